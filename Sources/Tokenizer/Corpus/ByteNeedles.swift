/// A few byte strings searched for together in one pass (``occurs(in:)`` is true when any of
/// them occurs), instead of one pass per string.
struct ByteNeedles: Sendable {
    private var needles: [[UInt8]] = []
    /// The first two bytes of every needle (a one-byte needle with every second byte): most
    /// positions of a text fail this test, where common first letters alone would pass.
    private var pairs = BytePairSet()
    private var hasEmpty = false

    init(_ strings: [String]) {
        for s in strings {
            let n = Array(s.utf8)
            guard let f = n.first else { hasEmpty = true; continue }
            needles.append(n)
            if n.count == 1 {
                for second in 0...255 { pairs.insert(f, UInt8(second)) }
            } else {
                pairs.insert(f, n[1])
            }
        }
    }

    /// Whether any needle occurs in `hay` (as `containsBytes` on each one would say).
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        var from = 0
        while let i = pairs.next(in: hay, from: from, through: hay.count - 1) {
            for n in needles where n[0] == hay[i] && n.count <= hay.count - i {
                if n.withUnsafeBufferPointer({ memoryEqual(hay.baseAddress! + i, $0.baseAddress!, $0.count) }) { return true }
            }
            from = i + 1
        }
        return false
    }
}

/// A set of byte pairs (8 KB of bits).
struct BytePairSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    mutating func insert(_ a: UInt8, _ b: UInt8) {
        let k = Int(a) << 8 | Int(b)
        bits[k >> 6] |= 1 << UInt64(k & 63)
    }
    /// The first position `i` in `start...last` where `b[i]` then `b[i + 1]` (0 past the
    /// end) is in the set, or nil: the scan for ``contains(_:_:)`` hits in one tight loop.
    func next(in b: UnsafeBufferPointer<UInt8>, from start: Int, through last: Int) -> Int? {
        // Wrapping arithmetic and the second byte carried to the next step: the loop
        // stays in registers (no overflow checks, one load a byte).
        guard start <= last, let p = b.baseAddress else { return nil }
        let n = b.count
        return bits.withUnsafeBufferPointer { bits in
            var i = start
            var current = Int(p[i])
            while i <= last {
                let following = i &+ 1 < n ? Int(p[i &+ 1]) : 0
                let k = current &<< 8 | following
                if bits[k &>> 6] & (1 &<< UInt64(k & 63)) != 0 { return i }
                current = following
                i &+= 1
            }
            return nil
        }
    }

    /// Whether `a` then `b` (0 past the end of the line, see the caller) is in the set.
    @inline(__always) func contains(_ a: UInt8, _ b: UInt8) -> Bool {
        let k = Int(a) << 8 | Int(b)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
