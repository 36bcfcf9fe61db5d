/// One token of a text: a slice of the original string plus its offsets, kind and normalized form.
///
/// Tokens never alter the text: the original string is `text` of each token plus the gaps
/// (white space) between them, byte for byte.
///
/// A token stores its offsets and a reference to the original string (48 bytes); `text`,
/// `range` and `normalized` are computed on access, so tokenizing builds no strings.
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

        /// The case's position, stored in a token's packed word.
        @inline(__always)
        var code: UInt8 {
            switch self {
            case .word: 0
            case .abbreviation: 1
            case .number: 2
            case .date: 3
            case .quote: 4
            case .punctuation: 5
            case .symbol: 6
            case .url: 7
            case .email: 8
            case .mention: 9
            case .hashtag: 10
            case .emoji: 11
            }
        }

        @inlinable
        init(code: UInt8) {
            switch code {
            case 0: self = .word
            case 1: self = .abbreviation
            case 2: self = .number
            case 3: self = .date
            case 4: self = .quote
            case 5: self = .punctuation
            case 6: self = .symbol
            case 7: self = .url
            case 8: self = .email
            case 9: self = .mention
            case 10: self = .hashtag
            default: self = .emoji
            }
        }
    }

    /// A normalized form given explicitly (public init): rare, so boxed to keep tokens small.
    @usableFromInline final class CustomForm: Sendable {
        let normalized: String
        init(_ normalized: String) { self.normalized = normalized }
    }

    /// Bits of `flags`.
    @usableFromInline enum Flag {
        @usableFromInline static let spaceAfter: UInt8 = 1
        /// Needing no normalization but lowering ASCII capitals (when `foldCase` is set): ASCII
        /// text with no backquote to unify, or a form given equal to the text.
        @usableFromInline static let plainASCII: UInt8 = 2
        /// Has ASCII capitals.
        @usableFromInline static let upper: UInt8 = 4
        /// The normalizer's options.
        @usableFromInline static let foldCase: UInt8 = 8
        static let unifyPunctuation: UInt8 = 16
        static let nfkc: UInt8 = 32

        static func of(_ n: Normalizer) -> UInt8 {
            (n.foldCase ? foldCase : 0) | (n.unifyPunctuation ? unifyPunctuation : 0) | (n.form == .nfkc ? nfkc : 0)
        }
    }

    // Stored in 48 bytes (a token array of Italian text is about nine times its UTF-8 size).
    /// The string the token lies in.
    // (`@usableFromInline`: the small accessors below are inlined into other modules, so that
    // reading a token in an array does not copy it for a call.)
    @usableFromInline var base: String
    @usableFromInline var custom: CustomForm?
    /// The UTF-8 offset of the token in `base` (bits 0–47), its kind (48–55) and flags (56–63).
    @usableFromInline var packed: UInt64
    /// Unicode-scalar offset of the token in the original text.
    @usableFromInline var scalarStart: Int
    /// Length in UTF-8 bytes (ICU offsets are 32-bit, so no token is longer).
    @usableFromInline var utf8Count: UInt32
    /// Length in Unicode scalars.
    @usableFromInline var scalarCount: UInt32

    @inlinable static var offsetMask: UInt64 { 0xFFFF_FFFF_FFFF }

    /// UTF-8 offset of the token in its string.
    @inlinable var utf8Start: Int {
        get { Int(truncatingIfNeeded: packed & Self.offsetMask) }
    }
    @inlinable var flags: UInt8 {
        get { UInt8(truncatingIfNeeded: packed >> 56) }
    }
    @inline(__always)
    static func pack(utf8Start: Int, kind: Kind, flags: UInt8) -> UInt64 {
        UInt64(truncatingIfNeeded: utf8Start) & offsetMask | UInt64(kind.code) << 48 | UInt64(flags) << 56
    }

    /// What the token is.
    @inlinable public var kind: Kind { Kind(code: UInt8(truncatingIfNeeded: packed >> 48)) }

    /// The token's surface text, a slice of the original string.
    public var text: Substring { base[range] }
    /// Where the token lies in the original string.
    public var range: Range<String.Index> {
        let u = base.utf8
        let lo = u.index(u.startIndex, offsetBy: utf8Start)
        return lo..<u.index(lo, offsetBy: Int(utf8Count))
    }
    /// UTF-8 byte offsets in the original string.
    @inlinable public var utf8Range: Range<Int> { utf8Start..<(utf8Start + Int(utf8Count)) }
    /// Unicode-scalar offsets in the original string (what Python and spaCy call character offsets).
    @inlinable public var scalarRange: Range<Int> { scalarStart..<(scalarStart + Int(scalarCount)) }
    /// Whether white space follows the token in the original text.
    @inlinable public var spaceAfter: Bool { flags & Flag.spaceAfter != 0 }

    /// The normalized form: NFC, apostrophe and quote variants unified, zero-width characters
    /// and soft hyphens removed, case folded.
    ///
    /// Computed on access from the tokenizer's ``Normalizer`` (on bytes, without ICU, for
    /// ASCII and Italian Latin-1 text): read it once per token in hot loops.
    public var normalized: String { normalizedForm }

    /// ``normalized``, inlined where a loop over tokens computes it (``forEachNormalizedForm(of:_:)``).
    @inline(__always) var normalizedForm: String {
        if let custom { return custom.normalized }
        let f = flags
        if f & Flag.plainASCII != 0 {
            let lower = f & Flag.upper != 0 && f & Flag.foldCase != 0
            return withTextUTF8 { b in
                String(unsafeUninitializedCapacity: b.count) { out in
                    if lower {
                        Self.lowercaseASCII(b, into: out)
                    } else {
                        _ = out.initialize(from: b)
                    }
                    return b.count
                }
            }
        }
        let fold = f & Flag.foldCase != 0, unify = f & Flag.unifyPunctuation != 0
        if fold && unify {
            switch withTextUTF8(LatinNormalization.normalize) {
            case .unchanged: return withTextUTF8 { String(decoding: $0, as: UTF8.self) }
            case .changed(let n): return n
            case .unsupported: break
            }
        }
        let normalizer = Normalizer(form: f & Flag.nfkc != 0 ? .nfkc : .nfc, foldCase: fold, unifyPunctuation: unify)
        return normalizer.normalize(text)
    }

    /// Calls `body` with the UTF-8 bytes of ``normalized``; when the normalized form is the
    /// token's own text (most Italian words), no String is built.
    /// (Not generic, so that callers in other modules need no unspecialized generic code.)
    @inlinable
    public func withNormalizedUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // Inline, the common case: ASCII that folding leaves as it is, whose bytes are the text's.
        let f = flags
        if custom == nil, f & Flag.plainASCII != 0, f & Flag.upper == 0 || f & Flag.foldCase == 0 {
            let r = utf8Range
            if base.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[r])) }) != nil { return }
        }
        withStoredOrTextUTF8(body)
    }

    /// ``withNormalizedUTF8(_:)`` out of line: the stored normalized form, else the text's bytes.
    @usableFromInline
    func withStoredOrTextUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if var stored = storedNormalized { return stored.withUTF8(body) }
        withTextUTF8(body)
    }

    /// Calls `body` with each token's index and the UTF-8 bytes of its ``normalized`` form, in
    /// order: ``withNormalizedUTF8(_:)`` for a whole array, building no String for plain ASCII.
    public static func forEachNormalizedForm(of tokens: [Token], _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let text = tokens.first?.base else { return }
        var storage = text
        // Plain ASCII tokens of the first token's text (all of them, for a tokenizer's array)
        // are read from that text's bytes, fetched once, without a call per token; ASCII
        // uppercase is folded in a scratch buffer.
        storage.withUTF8 { bytes in tokens.withUnsafeBufferPointer { tp in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { scratch in
                for i in tp.indices {
                    let f = tp[i].flags
                    if f & Flag.plainASCII != 0, tp[i].custom == nil, tp[i].base == text {
                        let b = UnsafeBufferPointer(rebasing: bytes[tp[i].utf8Range])
                        if f & Flag.upper == 0 || f & Flag.foldCase == 0 { body(i, b); continue }
                        if b.count <= scratch.count {
                            Self.lowercaseASCII(b, into: UnsafeMutableBufferPointer(rebasing: scratch[..<b.count]))
                            body(i, UnsafeBufferPointer(rebasing: scratch[..<b.count]))
                            continue
                        }
                    }
                    // Anything else (and a long uppercase word) through the String.
                    var form = tp[i].normalizedForm
                    form.withUTF8 { body(i, $0) }
                }
            }
        } }
    }

    /// ASCII `b` with capitals lowered, written to `out` (as long as `b`).
    @inline(__always)
    static func lowercaseASCII(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        for k in b.indices { let c = b[k]; out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
    }

    /// Calls `body` with the token's own UTF-8 bytes (a slice of the base string's storage).
    @inline(__always)
    func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let r = utf8Range
        // `init` keeps only bases with contiguous UTF-8, so the fallback is for safety alone.
        if let result = try base.utf8.withContiguousStorageIfAvailable({ try body(UnsafeBufferPointer(rebasing: $0[r])) }) {
            return result
        }
        return try Array(base.utf8[range]).withUnsafeBufferPointer(body)
    }

    /// The normalized form when it differs from the text byte for byte, else nil (the text's
    /// own bytes are then the normalized form): lets byte-level counters skip a String.
    var storedNormalized: String? {
        if let custom { return custom.normalized }
        let f = flags
        if f & Flag.plainASCII != 0 {
            return f & Flag.upper != 0 && f & Flag.foldCase != 0 ? normalized : nil
        }
        let fold = f & Flag.foldCase != 0, unify = f & Flag.unifyPunctuation != 0
        if fold && unify {
            switch withTextUTF8(LatinNormalization.normalize) {
            case .unchanged: return nil
            case .changed(let n): return n
            case .unsupported: break
            }
        }
        let n = normalized
        return withTextUTF8 { n.utf8.elementsEqual($0) } ? nil : n
    }

    /// The Unicode-scalar offset where the token starts.
    @inlinable public var start: Int { scalarStart }
    /// The Unicode-scalar offset just past the token.
    @inlinable public var end: Int { scalarStart + Int(scalarCount) }

    /// Creates a token; the tokenizer is the usual source of tokens.
    ///
    /// - Parameters:
    ///   - text: the token, a slice of the original string; `utf8Range` must be where it lies
    ///     in that string (the token keeps the slice's own position).
    public init(text: Substring, utf8Range: Range<Int>, scalarRange: Range<Int>, kind: Kind,
                spaceAfter: Bool, normalized: String) {
        var base = text.base
        var start = base.utf8.distance(from: base.utf8.startIndex, to: text.startIndex)
        if base.utf8.withContiguousStorageIfAvailable({ _ in true }) == nil {
            base = String(text)
            start = 0
        }
        self.base = base
        // A form equal to the text byte for byte needs no box: plainASCII without foldCase
        // makes `normalized` the text itself.
        let same = normalized.utf8.elementsEqual(text.utf8)
        self.custom = same ? nil : CustomForm(normalized)
        let flags = (spaceAfter ? Flag.spaceAfter : 0) | (same ? Flag.plainASCII : 0)
        self.packed = Self.pack(utf8Start: start, kind: kind, flags: flags)
        self.scalarStart = scalarRange.lowerBound
        self.utf8Count = UInt32(truncatingIfNeeded: text.utf8.count)
        self.scalarCount = UInt32(truncatingIfNeeded: scalarRange.count)
    }

    /// An empty token over `base` that `TokenBuilder` fills in.
    init(base: String) {
        self.base = base
        self.custom = nil
        self.packed = 0
        self.scalarStart = 0
        self.utf8Count = 0
        self.scalarCount = 0
    }

    /// The token's first UTF-8 byte (tokens are never empty), without building `text`.
    var firstByte: UInt8 {
        let u = base.utf8
        return u[u.index(u.startIndex, offsetBy: utf8Start)]
    }

    /// Whether the token is exactly the ASCII character `c`.
    func isASCII(_ c: UInt8) -> Bool { utf8Count == 1 && firstByte == c }

    /// The token's first scalar, without building `text`.
    var firstScalar: Unicode.Scalar {
        let u = base.utf8
        let i = u.index(u.startIndex, offsetBy: utf8Start)
        let b = u[i]
        return b < 0x80 ? Unicode.Scalar(b) : base.unicodeScalars[i]
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
