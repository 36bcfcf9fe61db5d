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
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        return scanWhole(text, into: ArrayConsumer(tokens: consume tokens)).tokens
    }

    /// The tokens of some lines of `text`, in order, as ``tokens(in:)`` gives them there: the
    /// main text of a scraped page without tokenizing its menus. `lines` are UTF-8 byte ranges
    /// of whole lines (the line break left out or not; or a line's tail after a space), in text
    /// order, such as the lines a ``BoilerplateFilter`` keeps. Ranges are clamped to the text
    /// and widened to whole characters (scalars); ranges out of order are skipped.
    public func tokens(in text: String, lines: [Range<Int>]) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        let base = text
        var tokens: [Token] = []
        text.withUTF8 { buf in
            // Adjacent lines make one run (a line's break joins it to the next line).
            var runs: [Range<Int>] = []
            for r in lines {
                // (a range that starts or ends inside a scalar moves to the scalar's end)
                var lo = min(max(r.lowerBound, 0), buf.count), hi = min(max(r.upperBound, lo), buf.count)
                while lo < buf.count && buf[lo] & 0xC0 == 0x80 { lo += 1 }
                while hi < buf.count && buf[hi] & 0xC0 == 0x80 { hi += 1 }
                guard lo < hi, lo >= (runs.last?.upperBound ?? 0) else { continue }
                let end = hi < buf.count && buf[hi] == 0x0A ? hi + 1 : hi
                if let last = runs.last, last.upperBound == lo { runs[runs.count - 1] = last.lowerBound..<end } else { runs.append(lo..<end) }
            }
            tokens.reserveCapacity(runs.reduce(0) { $0 + $1.count } / 5)
            let iterator = prototype.make()
            var scalars = 0, counted = 0
            for run in runs {
                // Scalars before the run: every byte that is not a continuation byte.
                for i in counted..<run.lowerBound where buf[i] & 0xC0 != 0x80 { scalars += 1 }
                // (moved in and out, so that appending never copies the array)
                var sofar: [Token] = []
                swap(&sofar, &tokens)
                tokens = Self.scan(Bytes(p: UnsafeBufferPointer(rebasing: buf[run])), in: base, byteBase: run.lowerBound,
                                   scalarBase: scalars, iterator: iterator, normalizer: normalizer,
                                   into: ArrayConsumer(tokens: consume sofar)).tokens
                for i in run where buf[i] & 0xC0 != 0x80 { scalars += 1 }
                counted = run.upperBound
            }
        }
        return tokens
    }

    /// Calls `body` with each token of `text`, in order, without building an array.
    public func forEachToken(in text: String, _ body: (Token) -> Void) {
        withoutActuallyEscaping(body) { body in
            _ = scanWhole(text, into: CallConsumer(body: body))
        }
    }

    /// Tokenizes the whole of `text` into `consumer` and returns it.
    private func scanWhole<C: TokenConsumer>(_ text: String, into consumer: consuming C) -> C {
        var text = text
        text.makeContiguousUTF8()
        let base = text  // tokens keep this storage, which `withUTF8` will not move
        let iterator = prototype.make()
        var consumer = consumer
        text.withUTF8 { buf in
            consumer = Self.scan(Bytes(p: buf), in: base, byteBase: 0, scalarBase: 0, iterator: iterator,
                                 normalizer: normalizer, into: consume consumer)
        }
        return consumer
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
        withoutActuallyEscaping(body) { body in
            _ = scan(bytes, in: text, byteBase: byteBase, scalarBase: scalarBase, iterator: iterator,
                     normalizer: normalizer, blockSize: blockSize, into: CallConsumer(body: body))
        }
    }

    /// `scan` specialized for a consumer (no closure call per token when building an array);
    /// returns the consumer.
    static func scan<C: TokenConsumer>(_ bytes: Bytes, in text: String, byteBase: Int, scalarBase: Int,
                                       iterator: BreakIterator, normalizer: Normalizer, blockSize: Int = 1 << 14,
                                       into consumer: consuming C) -> C {
        var pieces = ScratchBuffer<Piece>(capacity: Swift.min(bytes.count, blockSize) / 4)
        defer { pieces.deallocate() }
        let builder = TokenBuilder(bytes: bytes, text: text, byteBase: byteBase, scalarBase: scalarBase,
                                   normalizer: normalizer)
        // One rules value for the whole text, so the consumer (an array) is never copied.
        var rules = ItalianRules(sink: TokenSink(builder: builder, offset: 0, consumer: consumer))
        var start = 0
        while start < bytes.count {
            var end = Swift.min(bytes.count, start + blockSize)
            while end < bytes.count && bytes.p[end - 1] != 0x0A { end += 1 }
            let block = Bytes(p: UnsafeBufferPointer(rebasing: bytes.p[start..<end]))
            let n = WordBreaker.pieces(block, iterator: iterator, into: &pieces)
            rules.sink.offset = start
            rules.run(block, UnsafeBufferPointer(start: pieces.base, count: n))
            start = end
        }
        return rules.sink.consumer
    }

    func makeIterator() -> BreakIterator { prototype.make() }
}

/// What receives the tokens `Tokenizer.scan` makes.
protocol TokenConsumer {
    mutating func consume(_ token: Token)
}

/// Calls a closure with each token.
struct CallConsumer: TokenConsumer {
    let body: (Token) -> Void
    @inline(__always) mutating func consume(_ token: Token) { body(token) }
}

/// Collects the tokens in an array.
struct ArrayConsumer: TokenConsumer {
    var tokens: [Token] = []
    @inline(__always) mutating func consume(_ token: Token) { tokens.append(token) }
}

/// Turns the rules' spans (offsets in the current block) into tokens for a consumer, as they come.
struct TokenSink<Consumer: TokenConsumer>: SpanSink {
    var builder: TokenBuilder
    /// Where the current block starts in the builder's bytes.
    var offset: Int
    var consumer: Consumer

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ shape: Shape) {
        builder.fill(offset + start, offset + end, kind, shape)
        consumer.consume(builder.token)
    }
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
