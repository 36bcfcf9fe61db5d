import Testing
@testable import NER

/// The quotation-mark scan skips plain ASCII eight bytes at a time and counts scalars the
/// same way: every straight mark is still found, and each mark's scalar offset is the number
/// of scalars before it.
@Suite struct QuoteScannerTests {
    static let pieces = ["a", "b", "Zeta ", " ", "  ", "\"", "'", "«", "»", "“", "”", "‘", "’", "„", "‹", "›", "è", "É",
                         "ç", "\u{301}", "€", "😀", "Ж", "â€œ", "â€\u{9D}", "â€™", "â€“", "—", "…", ".", ":", "\n",
                         "dell'", "un lungo tratto di testo senza virgolette ", "12345678", "l’“AI”"]

    @Test func marksAndScalarOffsetsMatchAByteByByteScan() {
        var rng = SplitMix64(seed: 21)
        var marksSeen = 0
        for _ in 0..<2000 {
            let n = Int(rng.next() % 60)
            let string = (0..<n).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let text = QuoteText(string)
            let marks = QuoteScanner.marks(in: text)
            marksSeen += marks.count
            let bytes = Array(string.utf8)
            for m in marks {
                let before = bytes[..<m.byte].filter { $0 & 0xC0 != 0x80 }.count
                #expect(m.scalar == before, "\(string.debugDescription) at \(m.byte)")
            }
            let straight = bytes.indices.filter { bytes[$0] == 0x22 || bytes[$0] == 0x27 }
            let found = marks.filter { $0.glyph == .straightDouble || $0.glyph == .straightSingle }.map(\.byte)
            #expect(found == straight, "\(string.debugDescription)")
        }
        #expect(marksSeen > 5000)
    }

    /// The text's checkpoints (scalars before every 256th byte) and line feeds, counted eight
    /// bytes at a time, against a byte-by-byte count, on texts long enough for several strides.
    @Test func checkpointsAndLineFeedsMatchAByteByByteCount() {
        var rng = SplitMix64(seed: 22)
        for _ in 0..<300 {
            let n = Int(rng.next() % 400)
            let string = (0..<n).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let text = QuoteText(string)
            let bytes = Array(string.utf8)
            var checkpoints: [Int] = [], newlines: [Int] = [], scalars = 0
            for (i, b) in bytes.enumerated() {
                if i % QuoteText.checkpointStride == 0 { checkpoints.append(scalars) }
                if b & 0xC0 != 0x80 { scalars += 1 }
                if b == 0x0A { newlines.append(i) }
            }
            checkpoints.append(scalars)
            #expect(text.checkpoints == checkpoints)
            #expect(text.newlines == newlines)
            #expect(text.scalarOffset(bytes.count) == string.unicodeScalars.count)
        }
    }
}
