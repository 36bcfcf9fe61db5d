/// A lazy sequence of tokens, tokenizing one block of lines at a time.
///
/// Blocks end at line breaks (no token crosses one), so the tokens are the same as
/// `Tokenizer.tokens(in:)` gives, with the same offsets.
public struct TokenSequence: Sequence, Sendable {
    let text: String
    let tokenizer: Tokenizer
    let blockSize: Int

    /// An iterator that tokenizes the next block when the current one runs out.
    public struct Iterator: IteratorProtocol {
        private let text: String
        private let tokenizer: Tokenizer
        private let blockSize: Int
        private let iterator: BreakIterator
        private var buffer: [Token] = []
        private var position = 0
        private var byteOffset = 0
        private var scalarOffset = 0

        init(_ s: TokenSequence) {
            text = s.text
            tokenizer = s.tokenizer
            blockSize = Swift.max(1, s.blockSize)
            iterator = s.tokenizer.makeIterator()
        }

        public mutating func next() -> Token? {
            while position == buffer.count {
                guard byteOffset < text.utf8.count else { return nil }
                fill()
            }
            defer { position += 1 }
            return buffer[position]
        }

        private mutating func fill() {
            buffer.removeAll(keepingCapacity: true)
            position = 0
            let utf8 = text.utf8
            let total = utf8.count
            let start = byteOffset
            var end = Swift.min(total, start + blockSize)
            let startIndex = utf8.index(utf8.startIndex, offsetBy: start)
            if end < total {
                // Extend to the next line break so no token is cut.
                var idx = utf8.index(utf8.startIndex, offsetBy: end)
                while idx < utf8.endIndex && utf8[idx] != 0x0A { idx = utf8.index(after: idx) }
                end = utf8.distance(from: utf8.startIndex, to: idx) + (idx < utf8.endIndex ? 1 : 0)
            }
            let endIndex = utf8.index(utf8.startIndex, offsetBy: end)
            var block = text[startIndex..<endIndex]
            let scalars = block.unicodeScalars.count
            var tokens: [Token] = []
            let (base, sBase, norm, it, whole) = (start, scalarOffset, tokenizer.normalizer, iterator, text)
            block.withUTF8 { buf in
                Tokenizer.scan(Bytes(p: buf), in: whole, byteBase: base, scalarBase: sBase, iterator: it,
                               normalizer: norm) { tokens.append($0) }
            }
            buffer = tokens
            byteOffset = end
            scalarOffset += scalars
        }
    }

    public func makeIterator() -> Iterator { Iterator(self) }
}
