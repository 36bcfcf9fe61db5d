/// A small set of normalized words looked up by a token's precomputed form hash
/// (`DocumentView.hash`): no String hashing in the per-token loops of the rules.
struct WordSet: Sendable {
    /// Open-addressed slots of form hashes (0: empty), a power-of-two count.
    private let slots: [UInt64]
    private let words: Set<String>

    init(_ words: Set<String>) {
        self.words = words
        var n = 16
        while n < words.count * 4 { n <<= 1 }
        var slots = [UInt64](repeating: 0, count: n)
        for w in words {
            let h = PhraseHash.token(w)
            var k = Int(truncatingIfNeeded: h) & (n - 1)
            while slots[k] != 0 && slots[k] != h { k = (k + 1) & (n - 1) }
            slots[k] = h
        }
        self.slots = slots
    }

    /// Whether token `i`'s normalized form is one of the words.
    @inline(__always)
    func contains(_ v: DocumentView, _ i: Int) -> Bool {
        let h = v.hash[i]
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[k]
            if s == 0 { return false }
            // A 64-bit hash match is confirmed on the form itself.
            if s == h { return words.contains(v.normalized[i]) }
            k = (k + 1) & mask
        }
    }
}
