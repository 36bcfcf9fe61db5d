/// Builds JSON text as UTF-8 bytes: literals, integers and escaped strings are appended in
/// place, without an intermediate String per field (the report's hot path).
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) { bytes.reserveCapacity(capacity) }

    /// The text built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON syntax as it is. (A String overload of the same name would take every
    /// literal: a String is a literal's default type.)
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        // Byte by byte: literals are short, and the generic bulk append costs more for them.
        let p = s.utf8Start
        for i in 0..<s.utf8CodeUnitCount { bytes.append(p[i]) }
    }

    /// Appends a String as it is (an already escaped value such as a JSON id).
    mutating func rawText(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// Appends an integer in decimal.
    mutating func int(_ v: Int) {
        if v < 0 {
            bytes.append(0x2D)
            if v == Int.min { rawText(String(v).dropFirst().description); return }
            return int(-v)
        }
        if v < 10 { bytes.append(0x30 + UInt8(v)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var x = v
        withUnsafeMutableBytes(of: &digits) { d in
            while x > 0 { d[n] = 0x30 + UInt8(x % 10); x /= 10; n += 1 }
            while n > 0 { n -= 1; bytes.append(d[n]) }
        }
    }

    /// Appends a JSON string literal, quotes included, escaped as ``Escape/json(_:)`` does.
    mutating func string(_ s: some StringProtocol) {
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ string(bytes: $0) }) { _ = done; return }
        var copy = String(s)
        copy.withUTF8 { string(bytes: $0) }
    }

    /// ``string(_:)`` on valid UTF-8.
    mutating func string(bytes b: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(bytes.count + b.count + 2)
        bytes.append(0x22)
        var i = 0
        var run = 0  // start of the pending run of bytes copied as they are
        func flush(_ upTo: Int) {
            if upTo > run { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<upTo])) }
        }
        while i < b.count {
            let c = b[i]
            let escape: StaticString?
            switch c {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C: escape = "\\u003c"  // safe inside an HTML <script> block too
            case 0x3E: escape = "\\u003e"
            case 0x26: escape = "\\u0026"
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                escape = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                flush(i)
                raw(escape!)
                i += 3; run = i
                continue
            default:
                if c < 0x20 {
                    flush(i)
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                    i += 1; run = i
                    continue
                }
                escape = nil
            }
            if let escape {
                flush(i)
                raw(escape)
                run = i + 1
            }
            i += 1
        }
        flush(b.count)
        bytes.append(0x22)
    }
}
