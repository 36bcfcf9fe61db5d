/// A segment ICU's word break iterator found: byte offsets and its rule status.
struct Piece {
    var start: Int
    var end: Int
    /// ICU rule status: 0 none (space, punctuation), 100–199 number, 200+ letters.
    var status: Int

    var isWord: Bool { status >= 200 }
    var isNumber: Bool { status >= 100 && status < 200 }
}

/// A token's byte span and kind, before it becomes a `Token`.
struct Span {  // 24 bytes
    var start: Int
    var end: Int
    /// The span's shape when the rules computed it.
    var shape = Shape()
    var kind: Token.Kind
}

/// Runs ICU's word break iterator over UTF-8 bytes and returns the non-space segments.
enum WordBreaker {
    /// The segments of `bytes` that are not white space, in order.
    ///
    /// - Parameter iterator: an iterator owned by the caller; it is pointed at `bytes`.
    static func pieces(_ bytes: Bytes, iterator: BreakIterator, into out: inout [Piece]) {
        out.removeAll(keepingCapacity: true)
        guard bytes.count > 0 else { return }
        iterator.setText(bytes.p)
        var start = iterator.first()
        while let end = iterator.next() {
            // A lone white-space byte (most segments between words) has no rule status to ask for.
            if end - start == 1, case let c = bytes.p[start], c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                start = end
                continue
            }
            let status = iterator.ruleStatus()
            if status != 0 || bytes.spaceLength(at: start) == 0 {
                out.append(Piece(start: start, end: end, status: status))
            } else if end - start > 1 {
                // A run of spaces can hide a non-space scalar ICU attached to it (WB4).
                var i = start
                while i < end, case let n = bytes.spaceLength(at: i), n > 0 { i += n }
                if i < end { out.append(Piece(start: i, end: end, status: 0)) }
            }
            start = end
        }
    }
}

/// A bare ICU word-break loop, the baseline benchmarks compare the tokenizer against.
public enum ICUBaseline {
    /// Counts the non-space segments ICU's word break iterator finds in `text`.
    public static func countSegments(in text: String) throws(ICUError) -> Int {
        let iterator = try BreakIterator(.word)
        var text = text
        return text.withUTF8 { buf in
            iterator.setText(buf)
            var count = 0
            var start = iterator.first()
            while let end = iterator.next() {
                if iterator.ruleStatus() != 0 || (buf[start] != 0x20 && buf[start] != 0x0A) { count += 1 }
                start = end
            }
            return count
        }
    }
}
