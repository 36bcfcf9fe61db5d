/// A set of short byte strings (words) probed on the hot path of the boilerplate features:
/// a key of up to 16 bytes is two zero-padded 64-bit words, and a probe compares those
/// against the few keys of its length and first byte. Longer keys go to a ``ByteStringTable``.
///
/// Answers exactly as ``ByteStringTable/contains(_:)`` on the same keys (byte equality).
struct ShortWordSet: Sendable {
    /// Key `k` is `lo[k]`, `hi[k]` (bytes in memory order, zero past its length).
    private var lo: [UInt64] = []
    private var hi: [UInt64] = []
    /// Keys of length `n` (1...16) starting with byte `c`: `bucketStart[b] ..< bucketStart[b + 1]`
    /// with `b = (n - 1) << 8 | c`.
    private var bucketStart: [Int32] = []
    private var long = ByteStringTable()
    private var hasEmpty = false

    init(_ keys: some Sequence<String>) {
        var byBucket = [[[UInt8]]](repeating: [], count: 16 * 256)
        for key in Set(keys) {
            let b = Array(key.utf8)
            if b.isEmpty { hasEmpty = true; continue }
            if b.count > 16 { var table = long; b.withUnsafeBufferPointer { _ = table.insert($0, value: 0) }; long = table; continue }
            byBucket[(b.count - 1) << 8 | Int(b[0])].append(b)
        }
        var starts: [Int32] = [0]
        for bucket in byBucket {
            for b in bucket {
                let (l, h) = b.withUnsafeBufferPointer { Self.words($0) }
                lo.append(l); hi.append(h)
            }
            starts.append(Int32(lo.count))
        }
        bucketStart = starts
    }

    /// The bytes of a key of at most 16 bytes as two little-endian words, zero-padded.
    @inline(__always)
    private static func words(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var l: UInt64 = 0, h: UInt64 = 0
        let n = b.count
        var k = 0
        while k < n && k < 8 { l |= UInt64(b[k]) << UInt64(8 * k); k += 1 }
        while k < n { h |= UInt64(b[k]) << UInt64(8 * (k - 8)); k += 1 }
        return (l, h)
    }

    /// ``words(_:)`` of the key with its ASCII capitals made lowercase.
    @inline(__always)
    private static func loweredWords(_ b: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var l: UInt64 = 0, h: UInt64 = 0
        let n = b.count
        var k = 0
        @inline(__always) func lowered(_ c: UInt8) -> UInt64 { UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
        while k < n && k < 8 { l |= lowered(b[k]) << UInt64(8 * k); k += 1 }
        while k < n { h |= lowered(b[k]) << UInt64(8 * (k - 8)); k += 1 }
        return (l, h)
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = key.count
        if n == 0 { return hasEmpty }
        if n > 16 { return long.contains(key) }
        return find(n, key[0], Self.words(key))
    }

    /// Whether the bytes `b[r]` are in the set: a key of up to eight bytes with eight bytes
    /// readable from its start (inside `b`) is read in one load and masked.
    @inline(__always)
    func contains(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let n = r.count
        guard n >= 1 && n <= 8 && r.lowerBound + 8 <= b.count else {
            return contains(UnsafeBufferPointer(rebasing: b[r]))
        }
        // Little-endian loads: byte k of the key is bits 8k..<8k+8, as `words` builds it.
        let x = UInt64(littleEndian: UnsafeRawPointer(b.baseAddress! + r.lowerBound).loadUnaligned(as: UInt64.self))
        let mask: UInt64 = n == 8 ? ~0 : (1 &<< UInt64(8 * n)) &- 1
        return find(n, b[r.lowerBound], (x & mask, 0))
    }

    /// Whether the ASCII `key` (at most 16 bytes), its capitals made lowercase, is in the set.
    @inline(__always)
    func contains(loweringASCII key: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = key.count
        if n == 0 { return hasEmpty }
        let c = key[0]
        return find(n, c >= 0x41 && c <= 0x5A ? c | 0x20 : c, Self.loweredWords(key))
    }

    @inline(__always)
    private func find(_ n: Int, _ first: UInt8, _ key: (UInt64, UInt64)) -> Bool {
        bucketStart.withUnsafeBufferPointer { starts in
            let b = (n - 1) << 8 | Int(first)
            var s = Int(starts[b])
            let e = Int(starts[b + 1])
            guard s < e else { return false }
            let (l, h) = key
            return lo.withUnsafeBufferPointer { lo in
                hi.withUnsafeBufferPointer { hi in
                    while s < e {
                        if lo[s] == l && hi[s] == h { return true }
                        s += 1
                    }
                    return false
                }
            }
        }
    }
}
