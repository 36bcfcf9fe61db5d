/// A segment ICU's word break iterator found: byte offsets and its rule status.
struct Piece {
    var start: Int
    var end: Int
    /// ICU rule status: 0 none (space, punctuation), 100–199 number, 200+ letters.
    var status: Int

    var isWord: Bool { status >= 200 }
    var isNumber: Bool { status >= 100 && status < 200 }
}

/// Where the rules send each token's byte span, kind and (if they read its bytes) shape.
protocol SpanSink {
    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ shape: Shape)
}

/// A growable buffer of plain values that its owner frees: appending checks only capacity
/// (no uniqueness check, no copy on write).
struct ScratchBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    /// Doubles the capacity, keeping the first `count` elements.
    mutating func grow(keeping count: Int) {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func deallocate() { base.deallocate() }
}

/// Runs ICU's word break iterator over UTF-8 bytes and returns the non-space segments.
enum WordBreaker {
    /// Writes the segments of `bytes` that are not white space, in order, to `out`; returns
    /// how many.
    ///
    /// - Parameter iterator: an iterator owned by the caller; it is pointed at `bytes`.
    static func pieces(_ bytes: Bytes, iterator: BreakIterator, into out: inout ScratchBuffer<Piece>) -> Int {
        guard bytes.count > 0 else { return 0 }
        iterator.setText(bytes.p)
        var n = 0
        var start = iterator.first()
        while let end = iterator.next() {
            // A lone white-space byte (most segments between words) has no rule status to ask for.
            if end - start == 1, case let c = bytes.p[start], c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                start = end
                continue
            }
            let status = iterator.ruleStatus()
            var piece = Piece(start: start, end: end, status: status)
            if status == 0 && bytes.spaceLength(at: start) > 0 {
                // A run of spaces can hide a non-space scalar ICU attached to it (WB4).
                var i = start
                while i < end, case let k = bytes.spaceLength(at: i), k > 0 { i += k }
                piece.start = i
            }
            if piece.start < end {
                if n == out.capacity { out.grow(keeping: n) }
                out.base[n] = piece
                n += 1
            }
            start = end
        }
        return n
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
