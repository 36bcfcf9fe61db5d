/// A few byte strings searched for together in one pass (``occurs(in:)`` is true when any of
/// them occurs), instead of one pass per string.
struct ByteNeedles: Sendable {
    private var needles: [[UInt8]] = []
    /// Bit `c` set when some needle starts with byte `c` (one-byte needles).
    private var firstBytes = [UInt64](repeating: 0, count: 4)
    /// Bit `a << 8 | b` set when some needle of two bytes or more starts with `a b`: most
    /// positions of a text fail this test, where common first letters alone would pass.
    private var firstPairs = [UInt64](repeating: 0, count: 1024)
    private var hasEmpty = false

    init(_ strings: [String]) {
        for s in strings {
            let n = Array(s.utf8)
            guard let f = n.first else { hasEmpty = true; continue }
            needles.append(n)
            if n.count == 1 {
                firstBytes[Int(f) >> 6] |= 1 << UInt64(f & 63)
            } else {
                let pair = Int(f) << 8 | Int(n[1])
                firstPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
    }

    /// Whether any needle occurs in `hay` (as `containsBytes` on each one would say).
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        return firstBytes.withUnsafeBufferPointer { singles in firstPairs.withUnsafeBufferPointer { pairs in
            var i = 0
            while i < hay.count {
                let c = hay[i]
                var candidate = singles[Int(c) >> 6] & (1 << UInt64(c & 63)) != 0
                if !candidate, i + 1 < hay.count {
                    let pair = Int(c) << 8 | Int(hay[i + 1])
                    candidate = pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
                }
                if candidate {
                    for n in needles where n[0] == c && n.count <= hay.count - i {
                        if n.withUnsafeBufferPointer({ memoryEqual(hay.baseAddress! + i, $0.baseAddress!, $0.count) }) { return true }
                    }
                }
                i += 1
            }
            return false
        } }
    }
}
