/// Unicode properties the corpus stages (boilerplate features, phrase normalization) test on
/// every scalar, looked up in a table for the scalars below U+2100 (Latin, Greek, Cyrillic,
/// general punctuation) and computed from `Unicode.Scalar.Properties` for the others.
///
/// The flags are exactly the properties the per-scalar code used to query, so decisions do
/// not change; the table only saves the property look-ups on the hot path.
package enum ScalarTable {
    /// `Unicode.Scalar.Properties.isAlphabetic`.
    static let alphabetic: UInt8 = 1
    /// `isUppercase`.
    static let uppercase: UInt8 = 2
    /// `numericType != nil` (what `Character.isNumber` tests on a character's first scalar).
    static let numeric: UInt8 = 4
    /// `isWhitespace`.
    static let whitespace: UInt8 = 8
    /// `lowercaseMapping` is the scalar itself.
    static let lowercaseIsSelf: UInt8 = 16

    /// The flags of U+0000 ..< U+0800 (Latin, Greek, Cyrillic…), then of U+2000 ..< U+2100
    /// (general punctuation, currency symbols).
    static let flags: [UInt8] = (0..<0x800).map { compute($0) } + (0x2000..<0x2100).map { compute($0) }

    /// The flags of `v`, from `table` (``flags``) when it holds them.
    @inline(__always)
    static func lookup(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if v < 0x800 { return table[Int(v)] }
        if v >= 0x2000 && v < 0x2100 { return table[Int(v) - 0x2000 + 0x800] }
        return compute(v)
    }

    /// The flags of `v`.
    static func lookup(_ v: UInt32) -> UInt8 {
        flags.withUnsafeBufferPointer { lookup(v, $0) }
    }

    /// The flags of any scalar value (surrogate code points get none).
    static func compute(_ v: UInt32) -> UInt8 {
        guard let u = Unicode.Scalar(v) else { return 0 }
        let p = u.properties
        var f: UInt8 = 0
        if p.isAlphabetic { f |= alphabetic }
        if p.isUppercase { f |= uppercase }
        if p.numericType != nil { f |= numeric }
        if p.isWhitespace { f |= whitespace }
        // (A scalar that does not change when lowercased maps to itself; the mapping is only
        // built for the others.)
        if !p.changesWhenLowercased || Array(p.lowercaseMapping.utf8) == Array(String(u).utf8) { f |= lowercaseIsSelf }
        return f
    }

    /// Decodes the scalar starting at `i` of valid UTF-8: its value and length in bytes.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        Bytes(p: b).scalar(at: i)
    }

    /// Appends the lowercase mapping of a non-ASCII scalar as UTF-8.
    static func appendLowercase(_ v: UInt32, to out: inout [UInt8]) {
        guard let u = Unicode.Scalar(v) else { return }
        out.append(contentsOf: u.properties.lowercaseMapping.utf8)
    }

    /// Whether UTF-8 text holds only scalars that make any string of them NFC (below U+0300,
    /// most general punctuation, `€`): two such strings are canonically equivalent exactly
    /// when their bytes are equal, so a byte look-up agrees with `String` equality.
    package static func isNFCTrivial(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0xCC { i += c < 0x80 ? 1 : 2; continue }
            let (v, n) = decode(b, i)
            guard isTrivial(v) else { return false }
            i += n
        }
        return true
    }

    /// Whether a scalar at or above U+0300 is one of the NFC-trivial ones.
    @inline(__always)
    static func isTrivial(_ v: UInt32) -> Bool { (0x2010...0x205E).contains(v) || v == 0x20AC }
}

/// A set (or map to small integers) of byte strings with a fixed, non-seeded hash: for
/// tables built once from lexicon data (stop words, phrases) and probed with any bytes.
package struct ByteStringTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt32 = 0
        /// Key index + 1, or 0 for an empty slot.
        var entry: Int32 = 0
    }
    private var arena: [UInt8] = []
    /// Key `e` is `arena[bounds[e] ..< bounds[e + 1]]`.
    private var bounds: [Int] = [0]
    private var values: [Int] = []
    private var slots = [Slot](repeating: Slot(), count: 16)
    /// The longest key: longer probes miss at once.
    private var longest = 0
    /// A 4096-bit filter on (length, first byte, last byte) of the keys: most probes that
    /// miss stop here.
    private var filter = [UInt64](repeating: 0, count: 64)

    @inline(__always)
    private static func filterBit(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = key.first, let last = key.last else { return 0 }
        return (key.count &* 97 &+ Int(first) &* 31 &+ Int(last) &* 7) & 4095
    }

    init() {}

    package init(_ keys: some Sequence<String>) {
        for k in keys { var k = k; k.withUTF8 { _ = insert($0, value: 0) } }
    }

    var count: Int { values.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for b in key { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return h ^ (h >> 15)
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard key.count <= longest else { return nil }
        let bit = Self.filterBit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let h = Self.hash(key)
        let e = entry(key, h)
        return e == 0 ? nil : values[e - 1]
    }

    /// The entry (index + 1) holding `key`, or 0.
    private func entry(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt32) -> Int {
        arena.withUnsafeBufferPointer { a in
            bounds.withUnsafeBufferPointer { bounds in
                slots.withUnsafeBufferPointer { slots in
                    let mask = slots.count - 1
                    var s = Int(h) & mask
                    while true {
                        let slot = slots[s]
                        if slot.entry == 0 { return 0 }
                        if slot.hash == h {
                            let e = Int(slot.entry)
                            let lo = bounds[e - 1], hi = bounds[e]
                            if hi - lo == key.count && (key.count == 0 || memoryEqual(a.baseAddress! + lo, key.baseAddress!, key.count)) {
                                return e
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always)
    package func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { find(key) != nil }

    /// Adds `key` with `value` unless it is present (the first value stays); true when added.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int) -> Bool {
        if key.count <= longest && entry(key, Self.hash(key)) != 0 { return false }
        arena.append(contentsOf: key)
        bounds.append(arena.count)
        values.append(value)
        longest = max(longest, key.count)
        let bit = Self.filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        if values.count * 2 > slots.count {
            slots = [Slot](repeating: Slot(), count: slots.count * 2)
            for e in 1...values.count { place(e) }
        } else {
            place(values.count)
        }
        return true
    }

    private mutating func place(_ e: Int) {
        let lo = bounds[e - 1], hi = bounds[e]
        let h = arena.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[lo..<hi])) }
        let mask = slots.count - 1
        var s = Int(h) & mask
        while slots[s].entry != 0 { s = (s + 1) & mask }
        slots[s] = Slot(hash: h, entry: Int32(e))
    }
}

@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n { if a[i] != b[i] { return false }; i += 1 }
    return true
}

/// Whether `needle` occurs in `hay` (byte search).
@inline(__always)
func bytesContain(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = needle.first else { return true }
    guard hay.count >= needle.count else { return false }
    let last = hay.count - needle.count
    var i = 0
    while i <= last {
        if hay[i] == first && memoryEqual(hay.baseAddress! + i, needle.baseAddress!, needle.count) { return true }
        i += 1
    }
    return false
}
