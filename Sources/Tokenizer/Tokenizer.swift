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
    static func scan(_ bytes: Bytes, in text: String, byteBase: Int, scalarBase: Int, iterator: BreakIterator,
                     normalizer: Normalizer, _ body: (Token) -> Void) {
        var pieces: [Piece] = []
        pieces.reserveCapacity(bytes.count / 3)
        WordBreaker.pieces(bytes, iterator: iterator, into: &pieces)
        var builder = TokenBuilder(bytes: bytes, text: text, byteBase: byteBase, scalarBase: scalarBase,
                                   normalizer: normalizer)
        withoutActuallyEscaping(body) { body in
            var rules = ItalianRules(bytes: bytes, pieces: pieces) { s, e, kind in
                body(builder.token(s, e, kind))
            }
            rules.run()
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
        let surface = text[si..<ei]
        let space = e < bytes.count && bytes.spaceLength(at: e) > 0
        return Token(text: surface, utf8Range: (byteBase + s)..<(byteBase + e), scalarRange: ss..<se, kind: kind,
                     spaceAfter: space, normalized: normalizer.normalize(surface))
    }
}
