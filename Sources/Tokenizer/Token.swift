/// One token of a text: a slice of the original string plus its offsets, kind and normalized form.
///
/// Tokens never alter the text: the original string is `text` of each token plus the gaps
/// (white space) between them, byte for byte.
///
/// A token stores its offsets and a reference to the original string; `text`, `range` and
/// (for ASCII capitals) `normalized` are computed on access, so tokenizing builds no
/// substrings.
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

    /// The string the token lies in (a native UTF-8 string).
    var base: String
    /// UTF-8 offset of the token in `base`.
    var utf8Start: Int
    /// Unicode-scalar offset of the token in the original text.
    var scalarStart: Int
    /// Length in UTF-8 bytes (ICU offsets are 32-bit, so no token is longer).
    var utf8Count: UInt32
    /// Length in Unicode scalars.
    var scalarCount: UInt32
    /// What the token is.
    public internal(set) var kind: Kind
    /// Whether white space follows the token in the original text.
    public internal(set) var spaceAfter: Bool
    /// Whether `normalized` is `text` with ASCII capitals lowered (computed on access).
    var lowersASCII: Bool
    /// The normalized form when it differs from the surface and is not its ASCII lowercase.
    var storedNormalized: String?

    /// The token's surface text, a slice of the original string.
    public var text: Substring {
        let r = range
        return base[r]
    }
    /// Where the token lies in the original string.
    public var range: Range<String.Index> {
        let u = base.utf8
        let lo = u.index(u.startIndex, offsetBy: utf8Start)
        return lo..<u.index(lo, offsetBy: Int(utf8Count))
    }
    /// UTF-8 byte offsets in the original string.
    public var utf8Range: Range<Int> { utf8Start..<(utf8Start + Int(utf8Count)) }
    /// Unicode-scalar offsets in the original string (what Python and spaCy call character offsets).
    public var scalarRange: Range<Int> { scalarStart..<(scalarStart + Int(scalarCount)) }
    /// The normalized form: NFC, apostrophe and quote variants unified, zero-width characters
    /// and soft hyphens removed, case folded.
    public var normalized: String {
        if let storedNormalized { return storedNormalized }
        guard lowersASCII else { return String(text) }
        return String(unsafeUninitializedCapacity: Int(utf8Count)) { out in
            var k = 0
            for c in base.utf8[range] {
                out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
                k += 1
            }
            return k
        }
    }

    /// The Unicode-scalar offset where the token starts.
    public var start: Int { scalarStart }
    /// The Unicode-scalar offset just past the token.
    public var end: Int { scalarStart + Int(scalarCount) }

    /// Creates a token; the tokenizer is the usual source of tokens.
    ///
    /// - Parameters:
    ///   - text: the token, a slice of the original string; `utf8Range` must be where it lies
    ///     in that string (the token keeps the slice's own position).
    public init(text: Substring, utf8Range: Range<Int>, scalarRange: Range<Int>, kind: Kind,
                spaceAfter: Bool, normalized: String) {
        var base = text.base
        var start = base.utf8.distance(from: base.utf8.startIndex, to: text.startIndex)
        let count = text.utf8.count
        if !(base.utf8.withContiguousStorageIfAvailable { _ in true } ?? false) {
            base = String(text)
            start = 0
        }
        self.base = base
        self.utf8Start = start
        self.utf8Count = UInt32(truncatingIfNeeded: count)
        self.scalarStart = scalarRange.lowerBound
        self.scalarCount = UInt32(truncatingIfNeeded: scalarRange.count)
        self.kind = kind
        self.spaceAfter = spaceAfter
        self.lowersASCII = false
        self.storedNormalized = normalized == text ? nil : normalized
    }

    /// Creates a token from offsets into `base`, the tokenizer's fast path.
    @inline(__always)
    init(base: String, utf8Start: Int, utf8Count: Int, scalarStart: Int, scalarCount: Int, kind: Kind,
         spaceAfter: Bool, lowersASCII: Bool, storedNormalized: String?) {
        self.base = base
        self.utf8Start = utf8Start
        self.utf8Count = UInt32(truncatingIfNeeded: utf8Count)
        self.scalarStart = scalarStart
        self.scalarCount = UInt32(truncatingIfNeeded: scalarCount)
        self.kind = kind
        self.spaceAfter = spaceAfter
        self.lowersASCII = lowersASCII
        self.storedNormalized = storedNormalized
    }

    /// Whether the token is word-like (word or abbreviation).
    public var isWordLike: Bool { kind == .word || kind == .abbreviation }

    /// Tokens are equal when their text, offsets, kind, spacing and normalized form are.
    public static func == (a: Token, b: Token) -> Bool {
        a.utf8Start == b.utf8Start && a.utf8Count == b.utf8Count && a.scalarStart == b.scalarStart
            && a.scalarCount == b.scalarCount && a.kind == b.kind && a.spaceAfter == b.spaceAfter
            && a.text == b.text && a.normalized == b.normalized
    }

    /// Hashes the same parts `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(utf8Start)
        hasher.combine(scalarStart)
        hasher.combine(scalarCount)
        hasher.combine(kind)
        hasher.combine(spaceAfter)
        hasher.combine(normalized)
    }
}
