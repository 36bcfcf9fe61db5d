/// The quotation-mark glyphs the detector knows, as data: which family each belongs to and
/// which role it can play.
enum Glyph: Sendable, Equatable {
    case guillemetOpen          // «
    case guillemetClose         // »
    case singleGuillemetOpen    // ‹
    case singleGuillemetClose   // ›
    case curlyOpen              // “ (also written, wrongly, as a closer)
    case curlyClose             // ” (also an opener in some typography)
    case lowOpen                // „
    case curlySingleOpen        // ‘
    case curlySingleClose       // ’ (usually an apostrophe)
    case straightDouble         // "
    case straightSingle         // ' (usually an apostrophe)

    /// Double marks delimit quotations; single marks are mostly apostrophes and nest inside.
    var isDouble: Bool {
        switch self {
        case .curlySingleOpen, .curlySingleClose, .straightSingle, .singleGuillemetOpen, .singleGuillemetClose:
            return false
        default:
            return true
        }
    }

    /// The glyph for a scalar, if it is a quotation mark we pair. The double prime ″ (U+2033)
    /// and the prime ′ are deliberately absent: they write inches, seconds and minutes.
    init?(_ s: Unicode.Scalar) {
        switch s {
        case "«": self = .guillemetOpen
        case "»": self = .guillemetClose
        case "‹": self = .singleGuillemetOpen
        case "›": self = .singleGuillemetClose
        case "“": self = .curlyOpen
        case "”": self = .curlyClose
        case "„": self = .lowOpen
        case "‘": self = .curlySingleOpen
        case "’": self = .curlySingleClose
        case "\"": self = .straightDouble
        case "'": self = .straightSingle
        default: return nil
        }
    }
}

/// Word lists that tell an apostrophe from a single quotation mark.
enum ApostropheData {
    /// Words written with a final apostrophe (elision, apocope): a `'` right after them, even
    /// with a stray space (`po 'sorprese`), is an apostrophe.
    static let elidingWords: Set<String> = [
        "po", "mo", "be", "to", "de", "ca", "l", "un", "dell", "all", "dall", "nell", "sull", "coll",
        "quest", "quell", "c", "d", "s", "m", "t", "v", "n", "gl", "bell", "sant", "senz", "tutt",
        "nessun", "buon", "qual", "com", "dov", "anch", "mezz", "ch", "pover", "grand",
    ]

    /// Words where `'` stands for an accent (`E'` for `È`, `perche'`): never closing quotes.
    static let accentWords: Set<String> = [
        "e", "po", "piu", "perche", "poiche", "affinche", "benche", "cosi", "gia", "puo", "pero",
        "cioe", "ne", "fu", "la", "li", "giu", "qua", "sara", "fara", "dara", "avra", "potra",
        "dovra", "citta", "universita", "liberta", "verita", "societa", "pieta", "meta", "te",
        "se", "si", "tre", "ventitre", "caffe", "blowin", "rockin", "nothin", "goin",
    ]
}
