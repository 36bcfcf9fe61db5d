/// The Italian language data the tokenizer, sentence splitter and multiword expander use:
/// small, stable tables kept as Swift literals (no I/O, type-checked), in the spirit of
/// spaCy's `lang/it/tokenizer_exceptions.py`. All keys are lowercase and use `'` for the
/// apostrophe; lookups normalize first.
enum ItalianData {
    /// Abbreviations that keep their final period (`dott.`), without the period.
    static let abbreviations: Set<String> = [
        // titles
        "dott", "dr", "dott.ssa", "dottssa", "sig", "sigg", "sig.ra", "sig.na", "sigra", "prof", "prof.ssa",
        "avv", "on", "on.le", "ing", "arch", "geom", "rag", "mons", "gen", "col", "cap", "ten", "magg",
        "sen", "dep", "card", "don", "fra", "sr", "jr", "st", "mr", "mrs", "ms", "gent", "egr", "spett",
        "ill", "ill.mo", "pres", "amm", "dir", "comm", "cav", "uff", "mons", "rev", "p.i", "ecc.mo",
        // references and text
        "art", "artt", "ecc", "etc", "pag", "pagg", "p", "pp", "es", "p.es", "cfr", "vol", "voll", "fig",
        "figg", "tab", "cap", "capp", "par", "lett", "n", "nr", "nn", "tel", "fax", "ca", "cca", "c.a",
        "sec", "secc", "cit", "op", "ed", "edd", "trad", "ibid", "id", "vs", "v", "ss", "sgg", "seg", "segg",
        "all", "min", "max", "distr", "prov", "reg", "loc", "fraz", "c.so", "v.le", "p.za", "p.zza", "l.go",
        "str", "d.lgs", "d.l", "d.p.r", "d.m", "l", "c.c", "c.p", "c.p.p", "c.d", "cd", "cosid", "ca", "q.b",
        "a.c", "d.c", "a.m", "p.m", "ss.mm.ii", "s.s", "ss.aa", "mld", "mln", "mrd", "km", "kg",
        // companies
        "s.p.a", "spa", "s.r.l", "srl", "s.a.s", "s.n.c", "s.c.a.r.l", "inc", "ltd", "co", "corp", "bros",
    ]

    /// Words that end in an apostrophe of their own (apocope), kept whole: `po’`, `mo’`, `be’`.
    static let apocopes: Set<String> = [
        "po", "mo", "be", "beh", "to", "di", "fa", "sta", "va", "da", "de", "ne", "pie", "mo", "vo",
    ]

    /// Words written with an apostrophe instead of an accent (`perche'`, `E'`, `piu'`), kept whole.
    static let pseudoAccents: Set<String> = [
        "e", "perche", "poiche", "benche", "affinche", "sicche", "finche", "purche", "giacche", "nonche",
        "cioe", "piu", "gia", "puo", "cosi", "pero", "cio", "giu", "li", "la", "qua", "si", "no",
        "ne", "se", "te", "tre", "ventitre", "trentatre", "re", "caffe", "lunedi", "martedi",
        "mercoledi", "giovedi", "venerdi", "citta", "liberta", "verita", "societa", "universita",
        "eta", "pieta", "novita", "realta", "attivita", "qualita", "possibilita", "capacita", "pubblicita",
        "sara", "fara", "avra", "potra", "dovra", "vorra", "verra", "andra", "stara", "dara", "sapra",
        "saro", "faro", "avro", "potro", "dovro", "vorro", "verro", "andro", "staro", "daro", "sapro",
        "parlo", "ando", "torno", "arrivo", "resto", "mori", "usci", "capi", "fini", "parti", "ecco",
    ]

    /// Hyphenated words UD Italian ISDT keeps as one token; all other hyphens split.
    static let hyphenatedWords: Set<String> = [
        "e-mail", "e-book", "e-commerce", "by-pass", "king-size", "hi-fi", "k-way", "t-shirt", "check-in",
        "check-up", "make-up", "play-off", "play-out", "talk-show", "fair-play", "know-how", "look-out",
        "part-time", "full-time", "no-global", "no-tav", "no-vax", "self-service", "stand-by", "ping-pong",
        "hip-hop", "rock'n'roll", "rap", "x-ray", "wi-fi", "co-working", "start-up", "sci-fi", "remake",
    ]

    /// Slash forms kept whole (`e/o`).
    static let slashWords: Set<String> = ["e/o", "a/r", "c/o", "s/n"]

    /// Words after which a single capital letter and a period is a label, not an initial
    /// (`Serie A.`, `vitamina C.`).
    static let letterLabels: Set<String> = [
        "serie", "vitamina", "classe", "tipo", "gruppo", "girone", "lettera", "punto", "piano", "fascia",
        "zona", "categoria", "allegato", "sezione", "modello", "formula", "plan", "opzione", "scala",
    ]

    /// Top-level domains that make `name.tld` a web address.
    static let topLevelDomains: Set<String> = [
        "com", "it", "org", "net", "eu", "io", "ai", "co", "uk", "de", "fr", "es", "ch", "info", "gov", "edu",
        "ly", "tv", "me", "us", "app", "dev", "news", "int", "biz", "be", "nl", "at", "ru", "cn", "jp", "sm", "va",
    ]

    /// The tables the tokenizer looks up from bytes (see `ByteKeySet`).
    static let abbreviationKeys = ByteKeySet(abbreviations)
    static let apocopeKeys = ByteKeySet(apocopes)
    static let pseudoAccentKeys = ByteKeySet(pseudoAccents)
    static let hyphenatedWordKeys = ByteKeySet(hyphenatedWords)
    static let slashWordKeys = ByteKeySet(slashWords)
    static let letterLabelKeys = ByteKeySet(letterLabels)
    static let topLevelDomainKeys = ByteKeySet(topLevelDomains)

    /// Articulated prepositions and their UD expansion (`della` → `di la`), keyed lowercase.
    static let contractions: [String: (String, String)] = {
        var table: [String: (String, String)] = [:]
        let preps = [("del", "di", "de"), ("al", "a", "a"), ("dal", "da", "da"), ("nel", "in", "ne"), ("sul", "su", "su")]
        for (base, prep, stem) in preps {
            table[base] = (prep, "il")
            table[stem + "llo"] = (prep, "lo")
            table[stem + "lla"] = (prep, "la")
            table[stem + "i"] = (prep, "i")
            table[stem + "gli"] = (prep, "gli")
            table[stem + "lle"] = (prep, "le")
            table[stem + "ll'"] = (prep, "l'")
        }
        table["dei"] = ("di", "i")
        table["col"] = ("con", "il")
        table["coi"] = ("con", "i")
        table["cogli"] = ("con", "gli")
        table["colla"] = ("con", "la")
        table["pel"] = ("per", "il")
        table["pei"] = ("per", "i")
        return table
    }()

    /// Clitic pronouns that attach to infinitives, gerunds and imperatives (`darlo`, `dandogli`).
    static let clitics: [String] = ["gli", "lo", "la", "li", "le", "ne", "mi", "ti", "si", "ci", "vi"]
    /// First members of two-clitic clusters (`glielo`, `me lo`, `se ne`).
    static let cliticFirsts: [String] = ["glie", "me", "te", "se", "ce", "ve"]
    /// Short infinitive stems that take clitics (`dar`, `far`, `dir`); longer stems are matched by shape.
    static let shortInfinitives: Set<String> = ["dar", "far", "dir", "star", "trar", "por", "aver", "esser"]
    /// Words shaped like infinitive + clitic that are not (`interne`, `diversi`).
    static let cliticLookalikes: Set<String> = [
        "interne", "esterne", "moderne", "caverne", "taverne", "lanterne", "eterne", "paterne", "materne",
        "fraterne", "cisterne", "lucerne", "alterne", "superne", "inferne", "governi", "diversi", "versi",
        "emersi", "immersi", "dispersi", "sommersi", "conversi", "avversi", "inversi", "universi", "persi",
        "tersi", "aspersi", "dispersi", "riversi", "perle", "merli", "orli", "tarli", "carli", "parla",
        "parlo", "parli", "parle", "perla", "ciarle", "ferla", "merla", "sirene", "aperti",
        "interni", "esterni", "moderni", "eterni", "paterni", "materni", "fraterni", "superni", "inferni",
        "caserme", "alberi", "genere", "carne", "scarne", "torne", "sterne", "interline",
        "orlando", "fernando", "armando", "ferdinando", "secondo", "quando", "mandorla", "comando",
        "comandi", "bando", "brando", "esercito",
    ]
}
