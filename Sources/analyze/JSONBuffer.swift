import Foundation

/// Builds JSON text as UTF-8 bytes: literals, integers and escaped strings are written in
/// place, without an intermediate String per field (the report's hot path).
struct JSONBuffer {
    /// The bytes written (`used` of them), then zeros up to the capacity: writes copy into
    /// it, where an append per byte would check uniqueness and capacity every time.
    private var storage: [UInt8]
    private var used = 0

    init(capacity: Int = 1024) { storage = Self.zeros(max(16, capacity)) }

    /// `count` zero bytes (a memset, where `Array(repeating:count:)` stores byte by byte).
    private static func zeros(_ count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { memset(base, 0, count) }
            initialized = count
        }
    }

    /// The bytes written so far.
    var bytes: [UInt8] { used == storage.count ? storage : Array(storage[..<used]) }

    /// The text built so far.
    var string: String { storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[..<used]), as: UTF8.self) } }

    /// Calls `body` with room for `n` more bytes at the end; it writes exactly `n`.
    @inline(__always)
    private mutating func write(_ n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        if used + n > storage.count { grow(n) }
        storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + used) }
        used += n
    }

    private mutating func grow(_ n: Int) {
        var bigger = Self.zeros(storage.count + max(n, storage.count))
        let used = used
        storage.withUnsafeBufferPointer { old in
            bigger.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: old.baseAddress!, count: used) }
        }
        storage = bigger
    }

    /// Whether byte `c` may need escaping in ``string(bytes:)``: controls, `"`, `&`, `<`, `>`,
    /// backslash, and 0xE2 (which starts U+2028 and U+2029).
    @inline(__always)
    private static func mayEscape(_ c: UInt8) -> Bool {
        if c < 0x40 { return (0x5000_0044_FFFF_FFFF as UInt64) >> UInt64(c) & 1 != 0 }
        return c == 0x5C || c == 0xE2
    }

    @inline(__always)
    private mutating func append(_ c: UInt8) { write(1) { $0.pointee = c } }

    @inline(__always)
    private mutating func append(_ b: UnsafeBufferPointer<UInt8>) {
        guard let base = b.baseAddress, b.count > 0 else { return }
        write(b.count) { $0.initialize(from: base, count: b.count) }
    }

    /// Appends JSON syntax as it is. (A String overload of the same name would take every
    /// literal: a String is a literal's default type.)
    @inline(__always)
    mutating func raw(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends a String as it is (an already escaped value such as a JSON id).
    mutating func rawText(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Appends an integer in decimal.
    mutating func int(_ v: Int) {
        if v < 0 {
            append(0x2D)
            if v == Int.min { rawText(String(v).dropFirst().description); return }
            return int(-v)
        }
        if v < 10 { append(0x30 + UInt8(v)); return }
        var count = 2
        var rest = v / 100
        while rest > 0 { rest /= 10; count += 1 }
        // The digits from the last: the length is known, so no buffer to reverse.
        write(count) { out in
            var x = v, k = count
            repeat { k -= 1; out[k] = 0x30 &+ UInt8(truncatingIfNeeded: x % 10); x /= 10 } while k > 0
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
        if used + b.count + 2 > storage.count { grow(b.count + 2) }
        append(0x22)
        var i = 0
        var run = 0  // start of the pending run of bytes copied as they are
        func flush(_ upTo: Int) {
            if upTo > run { append(UnsafeBufferPointer(rebasing: b[run..<upTo])) }
        }
        while i < b.count {
            let c = b[i]
            // Most bytes are copied as they are, in the run flushed at the next escape.
            if !Self.mayEscape(c) { i += 1; continue }
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
                    for x in [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]] { append(x) }
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
        append(0x22)
    }
}
