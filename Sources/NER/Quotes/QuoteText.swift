/// The analysed text as UTF-8 bytes, with the few look-ups the quote stages need:
/// scalars around a byte offset, byte-to-scalar offsets, line ends.
struct QuoteText: Sendable {
    /// The text's UTF-8 bytes.
    let bytes: [UInt8]
    /// Scalar count before byte `i * checkpointStride`.
    private(set) var checkpoints: [Int] = []
    /// Byte offsets of every line feed.
    private(set) var newlines: [Int] = []
    static let checkpointStride = 256

    init(_ string: String) {
        bytes = Array(string.utf8)
        var cps: [Int] = []
        cps.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var nls: [Int] = []
        var scalars = 0
        bytes.withUnsafeBufferPointer { buf in
            // A checkpoint stride at a time: its scalars by popcount, its line feeds by a
            // zero-byte test on eight bytes at a time.
            var start = 0
            let n = buf.count
            while start < n {
                cps.append(scalars)
                let end = min(n, start + Self.checkpointStride)
                scalars += Self.scalarStarts(buf, start..<end)
                Self.lineFeeds(buf, start..<end, into: &nls)
                start = end
            }
        }
        cps.append(scalars)
        checkpoints = cps
        newlines = nls
    }

    /// How many scalars start in `r` of valid UTF-8: the bytes that are not continuation
    /// bytes (10xxxxxx), eight at a time.
    static func scalarStarts(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int {
        var i = r.lowerBound, count = 0
        while i + 8 <= r.upperBound {
            let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
            // Bit 7 set and bit 6 clear in the same byte; the flags (one a byte) summed by a
            // multiply into the top byte: the baseline x86-64 target has no popcount
            // instruction, and `nonzeroBitCount` becomes a dozen operations.
            let continuation = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
            count += 8 - Int((continuation &* 0x0101_0101_0101_0101) >> 56)
            i += 8
        }
        while i < r.upperBound {
            if b[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Appends the offsets of the line feeds in `r` to `out`, in order.
    static func lineFeeds(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into out: inout [Int]) {
        var i = r.lowerBound
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i < r.upperBound {
            if i + 8 <= r.upperBound {
                let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                if (x &- ones) & ~x & highs == 0 { i += 8; continue }
                for k in i..<i + 8 where b[k] == 0x0A { out.append(k) }
                i += 8
                continue
            }
            if b[i] == 0x0A { out.append(i) }
            i += 1
        }
    }

    /// The Unicode-scalar offset of byte offset `byte` (which must start a scalar or be the end).
    func scalarOffset(_ byte: Int) -> Int {
        let cp = byte / Self.checkpointStride
        var count = checkpoints[min(cp, checkpoints.count - 1)]
        let i = cp * Self.checkpointStride
        if i > byte { return count }
        count += bytes.withUnsafeBufferPointer { Self.scalarStarts($0, i..<byte) }
        return count
    }

    /// Decodes the scalar starting at `byte`, returning it and its byte length.
    func scalar(at byte: Int) -> (Unicode.Scalar, Int)? {
        guard byte >= 0, byte < bytes.count else { return nil }
        let b0 = UInt32(bytes[byte])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard len > 1, byte + len <= bytes.count else { return (Unicode.Scalar(0xFFFD)!, 1) }
        var v = b0 & (0xFF >> UInt32(len + 1))
        for k in 1..<len { v = (v << 6) | (UInt32(bytes[byte + k]) & 0x3F) }
        return (Unicode.Scalar(v) ?? Unicode.Scalar(0xFFFD)!, len)
    }

    /// The start byte of the scalar that ends at `byte`.
    func scalarStart(before byte: Int) -> Int? {
        guard byte > 0 else { return nil }
        var i = byte - 1
        while i > 0, bytes[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    /// The scalar that ends at `byte`.
    func scalar(before byte: Int) -> Unicode.Scalar? {
        guard let s = scalarStart(before: byte) else { return nil }
        return scalar(at: s)?.0
    }

    /// Byte offset of the line feed ending the line that holds `byte` (or the text's end).
    func lineEnd(after byte: Int) -> Int {
        var lo = 0, hi = newlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if newlines[mid] < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo < newlines.count ? newlines[lo] : bytes.count
    }

    /// Byte offset where the line that holds `byte` starts.
    func lineStart(before byte: Int) -> Int {
        var lo = 0, hi = newlines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if newlines[mid] < byte { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? newlines[lo - 1] + 1 : 0
    }

    /// The text of a byte range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self)
    }
}

extension Unicode.Scalar {
    /// Upper case, with a fast path for ASCII and Latin-1.
    var isUpperFast: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0xDF && v <= 0xFF { return false }
        return properties.isUppercase
    }

    /// Alphabetic, with a fast path for ASCII and Latin-1/Latin Extended-A.
    var isLetterFast: Bool { CharClass(self) == .letter }
}

/// Coarse character classes that decide whether a mark opens or closes.
enum CharClass: Sendable {
    case space, letter, digit, openPunct, closePunct, quote, other

    init(_ s: Unicode.Scalar?) {
        guard let s else { self = .space; return }
        // Fast paths: ASCII letters and digits, Latin-1/Latin Extended-A letters.
        let v = s.value
        if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { self = .letter; return }
        if v >= 0x30 && v <= 0x39 { self = .digit; return }
        if v >= 0xC0 && v <= 0x17F && v != 0xD7 && v != 0xF7 { self = .letter; return }
        switch s {
        case " ", "\t", "\n", "\r", "\u{A0}", "\u{2009}", "\u{202F}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{3000}":
            self = .space
        case "(", "[", "{", "—", "–", "-", "/", "\u{2012}", "\u{2015}":
            self = .openPunct
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "…":
            self = .closePunct
        case "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‹", "›", "‚":
            self = .quote
        default:
            if s.properties.isAlphabetic { self = .letter }
            else if s.properties.numericType != nil { self = .digit }
            else if s.properties.isWhitespace { self = .space }
            else { self = .other }
        }
    }
}
