/// The language data behind speaker attribution and the speech/term decision, as named
/// Swift literals: verbs of saying, auxiliaries, the words that end a speaker phrase, the
/// words that name rather than quote. Every attribution reports which `Pattern` fired.
public enum SpeakerPatterns {
    /// The attribution patterns, by the name reported in `Quote.pattern`.
    public enum Pattern: String, Sendable, CaseIterable {
        /// `«…», ha detto un portavoce` / `"…" dice Roberta Castoldi`.
        case afterVerbSubject = "after:verb+subject"
        /// `«…», ha aggiunto.` — the verb without a subject.
        case afterVerbImplicit = "after:verb"
        /// `"…", hanno scritto.` — plural subject taken from a previous sentence.
        case afterVerbPreviousSubject = "after:verb+previous-subject"
        /// `«…», si legge nella missiva`.
        case afterSiLegge = "after:si-legge"
        /// `«… — ricorda la madre — …»`.
        case inlineDash = "inline:dash"
        /// `Buffagni dice che "…"` / `X ha detto: «…»`.
        case beforeSubjectVerb = "before:subject+verb"
        /// `ammonisce Zingaretti: "…"`.
        case beforeVerbSubject = "before:verb+subject"
        /// `il sindaco Virginio Merola, che ha dichiarato "…"`.
        case beforeRelative = "before:relative"
        /// `Secondo gli artisti, … “…”`.
        case secondo = "before:secondo"
        /// `Salvini: «…»`, `Il leader della Lega: «…»`.
        case colon = "before:colon"
        /// `… «…». Lo ha detto all'Agi il virologo Roberto Burioni.`
        case nextSentence = "next-sentence"
        /// `… replica Bugo, che ribadisce la sua posizione. "…"`.
        case previousSentence = "previous-sentence"
    }

    /// Regular verbs of saying, writing, asking and answering, by conjugation (infinitive);
    /// `sayingVerbs` holds their third-person, participle, imperfect and gerund forms.
    public static let regularSayingVerbs: [String] = [
        "dichiarare", "affermare", "spiegare", "sottolineare", "twittare", "postare", "raccontare",
        "ricordare", "replicare", "commentare", "osservare", "precisare", "domandare", "ammonire",
        "invocare", "confessare", "attaccare", "incalzare", "rimarcare", "annunciare", "denunciare",
        "insistere", "continuare", "esordire", "evidenziare", "avvertire", "assicurare", "gridare",
        "urlare", "tuonare", "esclamare", "ironizzare", "accusare", "rivendicare", "lamentare",
        "puntualizzare", "chiarire", "riferire", "riportare", "parlare", "citare", "recitare",
        "sorridere", "ribattere", "chiosare", "confidare", "specificare", "ripetere", "scandire",
        "minacciare", "sentenziare", "spiegare", "proseguire", "garantire", "rispondere",
        "concordare", "ammettere", "aggiungere", "sostenere", "chiedere", "scrivere",
        "concludere", "ribadire", "interrompere", "terminare", "definire", "notare", "rilanciare", "riprendere",
        "avvisare", "obiettare", "polemizzare", "ammonire", "rassicurare",
        "scherzare", "sbottare", "replicare", "attestare", "riconoscere", "insistere", "promettere",
        "assicurare", "lanciare", "cinguettare", "confermare", "smentire", "elencare",
    ]

    /// Irregular forms the conjugator does not make.
    public static let irregularSayingForms: [String] = [
        "dice", "dicono", "detto", "detta", "diceva", "dicevano", "disse", "dissero", "dicendo", "dirà",
        "aggiunto", "aggiunse", "scritto", "scrisse", "concluso", "concluse", "chiesto", "chiese",
        "risposto", "rispose", "ammesso", "ammise", "ribadisce", "ribadiscono", "chiarisce",
        "interrotto", "promesso", "riconosciuto", "gridai", "dissi", "sostenuto",
        "ammonisce", "definisce", "definiscono", "smentisce", "garantisce", "esordisce",
        "proseguito", "dirlo", "sostiene", "sostengono", "riferisce",
        "riferiscono", "scandisce", "ripreso", "rilancia",
    ]

    /// Inflected forms of verbs of saying (lower case): third person present (sg./pl.),
    /// participle, imperfect, simple past and gerund of `regularSayingVerbs`, plus the irregular ones.
    public static let sayingVerbs: Set<String> = {
        var forms = Set(irregularSayingForms)
        for v in regularSayingVerbs {
            let stem = String(v.dropLast(3))
            switch v.suffix(3) {
            case "are":
                let hard = stem.hasSuffix("c") || stem.hasSuffix("g") ? "h" : ""
                forms.formUnion([stem + "a", stem + "ano", stem + "ato", stem + "ata", stem + "ava",
                                 stem + "avano", stem + "ando", stem + "ò", stem + "arono", stem + hard + "erà"])
            case "ere":
                forms.formUnion([stem + "e", stem + "ono", stem + "uto", stem + "eva", stem + "evano",
                                 stem + "endo", stem + "erà"])
            default:  // -ire
                forms.formUnion([stem + "e", stem + "ono", stem + "ito", stem + "iva", stem + "ivano",
                                 stem + "endo", stem + "ì", stem + "irà"])
            }
        }
        return forms.subtracting(["parla", "parlano", "leggere", "ricorda", "porta", "conta", "nota",
                                  "note", "lancia", "lanciata", "cita", "citata", "citato"])
            .union(["ricorda", "cita"])
    }()

    /// Verb forms that are plural (their implicit subject is looked for in earlier sentences).
    public static let pluralVerbs: Set<String> = [
        "hanno", "avevano", "avrebbero", "sono",
        "dicono", "dichiarano", "affermano", "spiegano", "aggiungono", "sottolineano", "scrivono",
        "raccontano", "ricordano", "replicano", "concludono", "commentano", "chiedono", "rispondono",
        "denunciano", "sostengono", "lamentano", "attaccano", "protestano", "dicevano", "dissero",
    ]

    /// Auxiliaries and clitics that may sit between a subject and a verb of saying.
    public static let auxiliaries: Set<String> = [
        "ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "avrà", "abbia", "è", "era",
        "sono", "lo", "l'", "l’", "gli", "le", "ci", "si", "mi", "ne", "fa", "fanno", "fatto", "ho",
        "poi", "anche", "già", "infatti", "inoltre", "ancora", "subito", "invece", "allora", "quindi",
        "dunque", "così", "sempre", "oggi", "ieri", "ora", "pure", "comunque", "tuttavia", "però",
        "incuriosito", "incuriosita", "amaramente", "chiaramente", "stesso", "stessa", "non", "mai",
    ]

    /// Words that end a speaker phrase (prepositions other than `di`, conjunctions, verbs).
    public static let phraseStops: Set<String> = [
        "a", "ad", "al", "alla", "allo", "ai", "agli", "alle", "all'", "all’", "in", "nel", "nella",
        "nello", "nei", "negli", "nelle", "nell'", "nell’", "su", "sul", "sulla", "sullo", "sui",
        "sugli", "sulle", "sull'", "sull’", "con", "col", "per", "tra", "fra", "da", "dal", "dalla",
        "dallo", "dai", "dagli", "dalle", "dall'", "dall’", "che", "ma", "mentre", "quando", "come",
        "se", "perché", "ancora", "anche", "poi", "oggi", "ieri", "via", "durante", "dopo", "prima",
        "davanti", "ed", "o", "non", "è", "ha", "hanno", "era", "sono", "aveva", "e", "in", "nel",
        "cui", "il quale", "dove", "dunque", "infatti", "inoltre", "sempre", "contro",
        "presso", "oltre", "senza", "sotto", "sopra", "secondo", "così", "qui", "lì", "già", "lo",
        "li", "ne", "ci", "si", "vi", "mi", "ti", "molto", "tanto", "intervenendo", "nell",
    ]

    /// Words that may start a speaker phrase (articles, determiners, pronouns).
    public static let phraseStarts: Set<String> = [
        "il", "lo", "la", "l'", "l’", "i", "gli", "le", "un", "uno", "una", "un'", "un’", "questo",
        "questa", "quel", "quella", "quelli", "quelle", "alcuni", "alcune", "molti", "tutti",
        "lui", "lei", "loro", "egli", "ella", "essi", "esse", "chi", "don", "mamma", "papà", "padre",
        "madre", "fonti", "portavoce", "entrambi",
    ]

    /// Articles and determiners (dropped from the end of a phrase).
    public static let articles: Set<String> = [
        "il", "lo", "la", "l'", "l’", "i", "gli", "le", "un", "uno", "una", "un'", "un’", "questo",
        "questa", "quel", "quella", "quelli", "quelle", "alcuni", "alcune", "molti", "tutti",
    ]

    /// Pronoun subjects kept as written (`lui`, `lei`).
    public static let pronouns: Set<String> = ["lui", "lei", "loro", "egli", "ella", "essi", "esse"]

    /// Sentence-initial function words that are never a speaker (`Poi`, `Ancora`, `E`).
    public static let leadingFunctionWords: Set<String> = [
        "e", "ed", "ma", "poi", "ancora", "anche", "allora", "così", "dunque", "quindi", "intanto",
        "inoltre", "infatti", "invece", "però", "eppure", "oggi", "ieri", "ora", "adesso", "qui",
        "via", "secondo", "mentre", "quando", "se", "perché", "già", "nel", "nella", "in", "a", "da",
        "su", "per", "con", "tra", "fra", "dal", "dalla", "al", "alla", "sul", "sulla", "dopo",
        "prima", "durante", "non", "c'è", "è", "sì", "no", "insomma", "tuttavia", "comunque",
        "seppur", "seppure", "sebbene", "benché", "pur", "pure", "nonostante", "malgrado", "oltre",
        "invece", "inoltre", "infine", "insomma", "certo", "anzi", "cioè", "ebbene",
    ]

    /// Prepositions whose object is a place or medium, not a speaker (`Da Potenza`, `su Facebook`).
    public static let locativePrepositions: Set<String> = [
        "a", "ad", "da", "in", "su", "via", "con", "per", "tra", "fra", "dal", "dalla", "nel",
        "nella", "sul", "sulla", "al", "alla", "all'", "all’", "dall'", "dall’", "nell'", "nell’",
    ]

    /// Verbs and phrases that introduce a name rather than words said (`ribattezzata «…»`).
    public static let namingCues: [String] = [
        "ribattezzat", "soprannominat", "chiamat", "chiamare", "intitolat", "denominat", "nome di",
        "noto come", "nota come", "noti come", "conosciut", "conoscono come", "detto anche",
        "detti anche", "detta anche", "cosiddett", "il termine", "la parola", "l'etichetta",
        "l’etichetta", "hashtag", "marchio", "il titolo", "progetto", "associazione", "libro",
        "manifestazione", "rubrica", "programma", "trasmissione", "tema",
    ]

    /// Phrases right before a quotation that make it speech even when short (`al grido di "…"`).
    public static let speechCues: [String] = [
        "al grido di", "parla di", "parlato di", "a detta", "per aver detto", "spiegando di",
        "definendolo", "definendola", "definisce", "definito", "risposta", "rispondendo",
        "scandendo", "urlando", "gridando", "slogan", "con la frase", "le parole", "minacce",
    ]

    /// Verbs of citing: right before a short quotation they introduce a title (`citando
    /// "Blowin' in the wind"`), not words said.
    public static let quotingVerbs: Set<String> = ["cita", "citano", "citando", "citato", "citata", "citati", "citate", "intitola", "intitolato"]

    /// Prepositions that make the next quotation a name (`il remix di 'Sincero'`, `a 'Domenica In'`).
    public static let nameGoverningPrepositions: Set<String> = [
        "di", "de", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "a", "ad",
        "al", "alla", "allo", "ai", "agli", "alle", "all'", "all’", "su", "sul", "sulla", "sull'",
        "sull’", "in", "nel", "nella", "nell'", "nell’", "con", "col", "dal", "dalla", "dall'", "dall’",
    ]

    /// Finite verbs and negation that make a quotation read as a clause (`un virus … perché è …`).
    public static let clauseMarkers: Set<String> = [
        "è", "ha", "hanno", "sono", "era", "erano", "può", "possono", "deve", "devono", "abbiamo",
        "siamo", "ho", "sei", "hai", "non", "c'è", "c’è", "sarà", "siete", "avete", "fa", "fanno",
    ]

    /// Nouns for documents that "speak" in `si legge nella lettera` (`lettera`, `missiva`, `nota`).
    public static let documentNouns: Set<String> = [
        "lettera", "missiva", "nota", "comunicato", "post", "messaggio", "documento", "testo",
        "appello", "tweet", "dichiarazione", "sentenza", "ordinanza", "relazione", "rapporto",
        "report", "verbale", "motivazioni", "email", "mail", "blog", "sito", "pagina", "libro",
    ]
}
