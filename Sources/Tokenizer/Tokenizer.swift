/// An ICU-based Italian tokenizer: ICU's word break iterator, then an Italian pass kept as data.
///
/// Build it once and share it: it is an immutable value, safe to use from many tasks at once.
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// tokenizer.tokens(in: "Dell’azienda, il dott. Rossi").map(\.text)
/// // ["Dell’", "azienda", ",", "il", "dott.", "Rossi"]
/// ```
public struct Tokenizer: Sendable {
    /// How tokens are normalized.
    public var normalizer: Normalizer
    private let prototype: IteratorPrototype

    /// Creates a tokenizer.
    ///
    /// - Parameter normalizer: how `Token.normalized` is computed (default: NFC, unified
    ///   apostrophes and quotes, case folded).
    /// - Throws: `ICUError` if ICU cannot open its word break rules.
    public init(normalizer: Normalizer = Normalizer()) throws(ICUError) {
        self.normalizer = normalizer
        self.prototype = try IteratorPrototype(.word)
    }

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func tokens(in text: String) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(text.utf8.count / 5)
        forEachToken(in: text) { out.append($0) }
        return out
    }

    /// Calls `body` with each token of `text`, in order, without building an array.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        var text = text
        let original = text
        let iterator = prototype.make()
        text.withUTF8 { buf in
            Self.scan(Bytes(p: buf), in: original, byteBase: 0, scalarBase: 0, iterator: iterator,
                      normalizer: normalizer, body)
        }
    }

    /// A lazy sequence of the tokens of `text`, tokenized a block of lines at a time, so a large
    /// input never needs all its tokens in memory at once.
    public func lazyTokens(in text: String, blockSize: Int = 1 << 16) -> TokenSequence {
        TokenSequence(text: text, tokenizer: self, blockSize: blockSize)
    }

    /// Tokenizes `bytes`, a slice of `text` starting at `byteBase` (UTF-8) and `scalarBase` (scalars).
    ///
    /// Works a block of lines at a time (blocks end after a line break, which no token crosses),
    /// so the working arrays stay small and in cache whatever the size of the text.
    static func scan(_ bytes: Bytes, in text: String, byteBase: Int, scalarBase: Int, iterator: BreakIterator,
                     normalizer: Normalizer, blockSize: Int = 1 << 14, _ body: (Token) -> Void) {
        var pieces: [Piece] = []
        var spans: [Span] = []
        var builder = TokenBuilder(bytes: bytes, text: text, byteBase: byteBase, scalarBase: scalarBase,
                                   normalizer: normalizer)
        var start = 0
        while start < bytes.count {
            var end = Swift.min(bytes.count, start + blockSize)
            while end < bytes.count && bytes.p[end - 1] != 0x0A { end += 1 }
            let block = Bytes(p: UnsafeBufferPointer(rebasing: bytes.p[start..<end]))
            WordBreaker.pieces(block, iterator: iterator, into: &pieces)
            spans.removeAll(keepingCapacity: true)
            var rules = ItalianRules(bytes: block, pieces: pieces, spans: spans)
            spans = []  // so the rules own the storage uniquely and append in place
            rules.run()
            for span in rules.spans { body(builder.token(start + span.start, start + span.end, span.kind)) }
            swap(&spans, &rules.spans)
            start = end
        }
    }

    func makeIterator() -> BreakIterator { prototype.make() }
}

/// Holds an opened ICU iterator that is only ever cloned, never used, so sharing it is safe.
final class IteratorPrototype: @unchecked Sendable {
    private let iterator: BreakIterator
    let kind: BreakKind

    init(_ kind: BreakKind) throws(ICUError) {
        self.kind = kind
        iterator = try BreakIterator(kind)
    }

    /// A private iterator for one call; falls back to opening a new one if cloning fails.
    func make() -> BreakIterator {
        if let c = try? iterator.clone() { return c }
        return (try? BreakIterator(kind)) ?? iterator
    }
}

/// Turns byte spans into `Token`s, keeping a running Unicode-scalar count.
struct TokenBuilder {
    let bytes: Bytes
    let text: String
    let byteBase: Int
    let normalizer: Normalizer
    private var bytePos = 0
    private var scalarPos: Int
    private var index: String.Index

    init(bytes: Bytes, text: String, byteBase: Int, scalarBase: Int, normalizer: Normalizer) {
        self.bytes = bytes
        self.text = text
        self.byteBase = byteBase
        self.normalizer = normalizer
        self.scalarPos = scalarBase
        self.index = text.utf8.index(text.utf8.startIndex, offsetBy: byteBase)
    }

    @inline(__always)
    private mutating func advance(to b: Int) -> (scalar: Int, index: String.Index) {
        var k = bytePos
        var n = 0
        while k < b { if (bytes.p[k] & 0xC0) != 0x80 { n += 1 }; k += 1 }
        scalarPos += n
        index = text.utf8.index(index, offsetBy: b - bytePos)
        bytePos = b
        return (scalarPos, index)
    }

    mutating func token(_ s: Int, _ e: Int, _ kind: Token.Kind) -> Token {
        let (ss, si) = advance(to: s)
        let (se, ei) = advance(to: e)
        let surface = Substring(text.utf8[si..<ei])
        let space = e < bytes.count && bytes.spaceLength(at: e) > 0
        let stored: String?
        switch asciiCase(s, e) {
        case .lower: stored = nil
        case .upper: stored = normalizer.foldCase ? asciiLowered(s, e) : nil
        case .other:
            let n = latinNormalized(s, e) ?? normalizer.normalize(surface)
            stored = n == surface ? nil : n
        }
        return Token(text: surface, utf8Range: (byteBase + s)..<(byteBase + e), scalarRange: ss..<se, kind: kind,
                     spaceAfter: space, storedNormalized: stored)
    }

    private enum ASCIICase { case lower, upper, other }

    /// Whether `[s, e)` is ASCII without capitals (already normalized), ASCII with capitals, or other.
    @inline(__always)
    private func asciiCase(_ s: Int, _ e: Int) -> ASCIICase {
        var upper = false
        var k = s
        while k < e {
            let c = bytes.p[k]
            if c >= 0x80 || c == 0x27 || c == 0x60 || c == 0x22 { return .other }
            if c >= 0x41 && c <= 0x5A { upper = true }
            k += 1
        }
        return upper ? .upper : .lower
    }

    /// The normalized form of Latin-1 text (Italian accented letters, curly apostrophes and
    /// quotes) computed on bytes; nil for anything that needs ICU (other scripts, combining
    /// marks, ß, zero-width characters). Agrees with `Normalizer.normalize` on what it accepts.
    private func latinNormalized(_ s: Int, _ e: Int) -> String? {
        guard normalizer.foldCase && normalizer.unifyPunctuation else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var k = s
        while k < e {
            let c = bytes.p[k]
            if c < 0x80 {
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x60 ? 0x27 : c)
                k += 1
            } else if c == 0xC3 && k + 1 < e {
                let d = bytes.p[k + 1]
                if d == 0x9F { return nil }  // ß folds to ss
                out.append(0xC3)
                out.append(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d)
                k += 2
            } else if c == 0xE2 && k + 2 < e && bytes.p[k + 1] == 0x80 {
                switch bytes.p[k + 2] {
                case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA: out.append(0x27)
                case 0x9C, 0x9D, 0x9E, 0x9F: out.append(0x22)
                default: return nil
                }
                k += 3
            } else if c == 0xC2 && k + 1 < e && (bytes.p[k + 1] == 0xAB || bytes.p[k + 1] == 0xBB) {
                out.append(0x22)
                k += 2
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII bytes lowercased by hand.
    @inline(__always)
    private func asciiLowered(_ s: Int, _ e: Int) -> String {
        let fold = true
        let src = UnsafeBufferPointer(rebasing: bytes.p[s..<e])
        return String(unsafeUninitializedCapacity: e - s) { buf in
            for n in 0..<(e - s) {
                let c = src[n]
                buf[n] = fold && c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return e - s
        }
    }
}
