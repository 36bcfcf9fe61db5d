/// The storage of a ``FrequencyTable``: counts keyed on UTF-8 byte strings, in one hash table
/// whose keys live side by side in one byte arena, so counting a key that is already there
/// allocates nothing.
///
/// Hashing is seeded per process (a wyhash-style multiply-mix of 8-byte words), so hostile
/// text cannot pick colliding keys in advance.
struct ByteCounts: Sendable {
    /// The keys' bytes, one after the other.
    private(set) var arena: [UInt8] = []
    /// Key `e` is `arena[ends[e] - length ..< ends[e]]`, starting where key `e - 1` ends.
    private var ends: [Int] = []
    private(set) var counts: [Int] = []
    /// `seed`, read once per table.
    private let localSeed = ByteCounts.seed
    /// Open addressing, linear probing: key index + 1 in the low 32 bits (0: an empty slot),
    /// the key hash's low 32 bits in the high ones (compared before the bytes, and the home
    /// slot when the table grows).
    private var slots: [UInt64] = []

    init() {}

    /// The number of distinct keys.
    var count: Int { counts.count }

    func start(_ e: Int) -> Int { e == 0 ? 0 : ends[e - 1] }
    func end(_ e: Int) -> Int { ends[e] }

    /// Random per process (an immutable global: no state changes after start-up).
    static let seed: (UInt64, UInt64) = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let r = a.multipliedFullWidth(by: b)
        return r.high ^ r.low
    }

    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer) -> Int { hash(key, seed: seed) }

    /// The hash under a given seed (callers in a loop read the global seed once).
    @inline(__always)
    static func hash(_ key: UnsafeRawBufferPointer, seed: (UInt64, UInt64)) -> Int {
        let (s0, s1) = seed
        var h = s0 ^ (UInt64(key.count) &* 0x9E37_79B9_7F4A_7C15)
        var i = 0
        let n = key.count
        while i + 8 <= n {
            h = mix(key.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ s1, h ^ 0xE703_7ED1_A0B4_28DB)
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n { tail |= UInt64(key[i]) << shift; shift += 8; i += 1 }
        h = mix(tail ^ s1 ^ 0x8EBC_6AF0_9C88_C6E3, h)
        return Int(truncatingIfNeeded: mix(h, s0 ^ 0x5899_65CC_7537_4CC3))
    }

    /// The slot index holding `key` or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: Int) -> Int {
        arena.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { ends in
                slots.withUnsafeBufferPointer { sl in
                    let mask = sl.count - 1
                    let tag = UInt64(UInt32(truncatingIfNeeded: hash))
                    var s = hash & mask
                    while true {
                        let slot = sl[s]
                        if slot == 0 { return s }
                        if slot >> 32 == tag {
                            let e = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF)
                            let lo = e == 1 ? 0 : ends[e - 2], hi = ends[e - 1]
                            if hi - lo == key.count
                                && (key.count == 0 || memoryEqual(a.baseAddress! + lo, key.baseAddress!, key.count)) {
                                return s
                            }
                        }
                        s = (s + 1) & mask
                    }
                }
            }
        }
    }

    /// The entry number (index + 1) of a non-empty slot.
    @inline(__always) private static func entry(_ slot: UInt64) -> Int { Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) }

    /// The count of `key` (0 when absent).
    func count(of key: UnsafeBufferPointer<UInt8>) -> Int {
        index(of: key).map { counts[$0] } ?? 0
    }

    /// The entry holding `key`, or nil.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let s = probe(key, hash: Self.hash(UnsafeRawBufferPointer(key), seed: localSeed))
        let e = Self.entry(slots[s])
        return e == 0 ? nil : e - 1
    }

    /// Makes room for `keys` keys of `bytes` bytes in all (an empty table only).
    mutating func reserveCapacity(keys: Int, bytes: Int) {
        guard slots.isEmpty, keys > 0 else { return }
        var size = 64
        while size < keys * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        arena.reserveCapacity(bytes); ends.reserveCapacity(keys); counts.reserveCapacity(keys)
    }

    /// Adds `n` to the count of `key`.
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ n: Int) {
        if slots.isEmpty {
            slots = Array(repeating: 0, count: 64)
            arena.reserveCapacity(256); ends.reserveCapacity(32); counts.reserveCapacity(32)
        }
        let h = Self.hash(UnsafeRawBufferPointer(key), seed: localSeed)
        let s = probe(key, hash: h)
        let e = Self.entry(slots[s])
        if e != 0 { counts.withUnsafeMutableBufferPointer { $0[e - 1] += n }; return }
        arena.append(contentsOf: key)
        ends.append(arena.count)
        counts.append(n)
        slots[s] = UInt64(UInt32(truncatingIfNeeded: h)) << 32 | UInt64(counts.count)
        if counts.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let size = slots.count * 2
        var fresh = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for slot in slots where slot != 0 {
            // The home slot is the hash's low bits, kept in the slot (tables stay under 2^32 slots).
            var s = Int(truncatingIfNeeded: slot >> 32) & mask
            while fresh[s] != 0 { s = (s + 1) & mask }
            fresh[s] = slot
        }
        slots = fresh
    }

    /// Calls `body` with every key's bytes and count, in insertion order.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        try arena.withUnsafeBufferPointer { a in
            for e in 0..<counts.count {
                try body(UnsafeBufferPointer(rebasing: a[start(e)..<ends[e]]), counts[e])
            }
        }
    }

    /// The key of entry `e` as a String.
    func string(_ e: Int) -> String {
        arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start(e)..<ends[e]]), as: UTF8.self) }
    }

    /// The `k` entries of `entries` whose keys come first in byte order, in no set order:
    /// one pass keeping the `k` best so far (for a small `k`; the caller sorts them).
    func firstKeys(_ entries: [Int], _ k: Int) -> [Int] {
        guard k < entries.count else { return entries }
        guard k > 0 else { return [] }
        return arena.withUnsafeBufferPointer { p in
            ends.withUnsafeBufferPointer { ends in
                func key(_ e: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: p[(e == 0 ? 0 : ends[e - 1])..<ends[e]])
                }
                func prefix(_ e: Int) -> UInt64 {
                    let b = key(e)
                    var x: UInt64 = 0
                    for i in 0..<8 { x = x << 8 | UInt64(i < b.count ? b[i] : 0) }
                    return x
                }
                // The kept entries sorted by key, the last the largest (the one to beat).
                var kept: [(prefix: UInt64, entry: Int)] = []
                kept.reserveCapacity(k + 1)
                func precedes(_ a: (prefix: UInt64, entry: Int), _ b: (prefix: UInt64, entry: Int)) -> Bool {
                    a.prefix != b.prefix ? a.prefix < b.prefix : key(a.entry).lexicographicallyPrecedes(key(b.entry))
                }
                for e in entries {
                    let row = (prefix: prefix(e), entry: e)
                    if kept.count == k && !precedes(row, kept[k - 1]) { continue }
                    var i = kept.count
                    while i > 0 && precedes(row, kept[i - 1]) { i -= 1 }
                    kept.insert(row, at: i)
                    if kept.count > k { kept.removeLast() }
                }
                return kept.map(\.entry)
            }
        }
    }

    /// Sorts entry indices most counted first, ties in byte order of the key.
    func sortByCountThenKey(_ order: inout [Int]) {
        arena.withUnsafeBufferPointer { p in
            counts.withUnsafeBufferPointer { c in
                ends.withUnsafeBufferPointer { ends in
                    func key(_ e: Int) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: p[(e == 0 ? 0 : ends[e - 1])..<ends[e]])
                    }
                    // The first eight bytes, big-endian, zero-padded: comparing them orders most
                    // keys; equal prefixes fall back to the whole keys.
                    var rows: [(count: Int, prefix: UInt64, entry: Int)] = order.map { e in
                        var prefix: UInt64 = 0
                        let k = key(e)
                        for i in 0..<8 { prefix = prefix << 8 | UInt64(i < k.count ? k[i] : 0) }
                        return (c[e], prefix, e)
                    }
                    rows.sort { a, b in
                        if a.count != b.count { return a.count > b.count }
                        if a.prefix != b.prefix { return a.prefix < b.prefix }
                        return key(a.entry).lexicographicallyPrecedes(key(b.entry))
                    }
                    order = rows.map(\.entry)
                }
            }
        }
    }
}
