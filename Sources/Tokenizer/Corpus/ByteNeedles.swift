/// A few byte strings searched for together in one pass (``occurs(in:)`` is true when any of
/// them occurs), instead of one pass per string.
struct ByteNeedles: Sendable {
    private var needles: [[UInt8]] = []
    /// Bit `c` set when some needle starts with byte `c`.
    private var firstBytes = [UInt64](repeating: 0, count: 4)
    private var hasEmpty = false

    init(_ strings: [String]) {
        for s in strings {
            let n = Array(s.utf8)
            guard let f = n.first else { hasEmpty = true; continue }
            needles.append(n)
            firstBytes[Int(f) >> 6] |= 1 << UInt64(f & 63)
        }
    }

    /// Whether any needle occurs in `hay` (as `containsBytes` on each one would say).
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEmpty { return true }
        var i = 0
        while i < hay.count {
            let c = hay[i]
            if firstBytes[Int(c) >> 6] & (1 << UInt64(c & 63)) != 0 {
                for n in needles where n[0] == c && n.count <= hay.count - i {
                    if n.withUnsafeBufferPointer({ memoryEqual(hay.baseAddress! + i, $0.baseAddress!, $0.count) }) { return true }
                }
            }
            i += 1
        }
        return false
    }
}
