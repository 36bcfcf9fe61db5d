/// One token of a text: a slice of the original string plus its offsets, kind and normalized form.
///
/// Tokens never alter the text: the original string is `text` of each token plus the gaps
/// (white space) between them, byte for byte.
///
/// ```swift
/// let t = Tokenizer().tokens(in: "L’accusa")
/// t.map(\.text)        // ["L’", "accusa"]
/// t[0].normalized      // "l'"
/// t[0].start, t[0].end // 0, 2 (Unicode scalars)
/// ```
public struct Token: Hashable, Sendable {
    /// What a token is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A word, including elided forms (`l’`) and apocopes (`po’`).
        case word
        /// An abbreviation or initial with its period (`dott.`, `S.p.A.`, `J.`).
        case abbreviation
        /// A number in Italian style (`1.000.000`, `3,5`, `150mila`, `’80`).
        case number
        /// A date (`26/11/2024`) or a time of day (`10:30`).
        case date
        /// A quotation mark of any style (“ ” « » „ ‘ ’ " ' ‹ ›).
        case quote
        /// Other punctuation (`.`, `,`, `…`, `...`, dashes, brackets).
        case punctuation
        /// A symbol (`€`, `%`, `+`, `&`).
        case symbol
        /// A URL (`https://…`, `www.…`, `pic.twitter.com/…`).
        case url
        /// An e-mail address.
        case email
        /// A social-media handle (`@koltregaskes`).
        case mention
        /// A hashtag (`#SoraLeak`).
        case hashtag
        /// An emoji, including ZWJ sequences and flags.
        case emoji
    }

    /// The token's surface text, a slice of the original string.
    public let text: Substring
    /// Where the token lies in the original string.
    public var range: Range<String.Index> { text.startIndex..<text.endIndex }
    /// UTF-8 byte offsets in the original string.
    public let utf8Range: Range<Int>
    /// Unicode-scalar offsets in the original string (what Python and spaCy call character offsets).
    public let scalarRange: Range<Int>
    /// What the token is.
    public let kind: Kind
    /// Whether white space follows the token in the original text.
    public let spaceAfter: Bool
    /// The normalized form: NFC, apostrophe and quote variants unified, zero-width characters
    /// and soft hyphens removed, case folded.
    public var normalized: String { storedNormalized ?? String(text) }
    /// The normalized form when it differs from the surface; nil saves building a copy.
    let storedNormalized: String?

    /// The Unicode-scalar offset where the token starts.
    public var start: Int { scalarRange.lowerBound }
    /// The Unicode-scalar offset just past the token.
    public var end: Int { scalarRange.upperBound }

    /// Creates a token; the tokenizer is the usual source of tokens.
    public init(text: Substring, utf8Range: Range<Int>, scalarRange: Range<Int>, kind: Kind,
                spaceAfter: Bool, normalized: String) {
        self.text = text
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.kind = kind
        self.spaceAfter = spaceAfter
        self.storedNormalized = normalized == text ? nil : normalized
    }

    /// Creates a token whose normalized form is stored only when it differs from `text`.
    init(text: Substring, utf8Range: Range<Int>, scalarRange: Range<Int>, kind: Kind, spaceAfter: Bool,
         storedNormalized: String?) {
        self.text = text
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.kind = kind
        self.spaceAfter = spaceAfter
        self.storedNormalized = storedNormalized
    }

    /// Whether the token is word-like (word or abbreviation).
    public var isWordLike: Bool { kind == .word || kind == .abbreviation }
}
