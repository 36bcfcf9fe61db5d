/// An open-addressing hash table from phrase hashes to lexicon entries: a trie flattened
/// into hashes, where every proper prefix of a phrase is stored too so matching can stop early.
///
/// A phrase hash is `PhraseHash.extend` folded over the hashes of its normalized tokens, so the
/// matcher hashes each text token once and walks forward without building strings. One slot
/// holds everything about a key so a lookup touches one cache line.
struct PhraseTable: Sendable {
    struct Slot: Sendable {
        /// The key; 0 marks an empty slot.
        var key: UInt64 = 0
        /// Types of entries that match whatever the text's case (lowercase lexicon surfaces).
        var anyCase: UInt32 = 0
        /// Types of entries that match only when the text's first token is capitalized.
        var capitalized: UInt32 = 0
        /// Head of the slot's entry chain (-1: none).
        var firstEntry: Int32 = -1
        /// Whether some longer phrase continues this one.
        var isPrefix = false
    }

    private(set) var slots: [Slot]
    private(set) var count = 0
    private(set) var mask: Int

    init(expectedCount: Int) {
        var cap = 1024
        while cap * 2 < expectedCount * 3 { cap <<= 1 }
        slots = Array(repeating: Slot(), count: cap)
        mask = cap - 1
    }

    @inline(__always) static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    /// The slot index holding `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int {
        slots.withUnsafeBufferPointer { s in
            var i = Self.home(key, mask)
            while true {
                let k = s[i].key
                if k == key { return i }
                if k == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always) subscript(_ i: Int) -> Slot { slots[i] }

    /// The slot for `key`, inserting an empty one if needed.
    @inline(__always)
    mutating func slot(_ key: UInt64) -> Int {
        if count * 3 >= slots.count * 2 { grow() }
        let m = mask
        return slots.withUnsafeMutableBufferPointer { s in
            var i = Self.home(key, m)
            while true {
                let k = s[i].key
                if k == key { return i }
                if k == 0 { s[i].key = key; count += 1; return i }
                i = (i + 1) & m
            }
        }
    }

    mutating func markPrefix(_ key: UInt64) { let s = slot(key); slots[s].isPrefix = true }

    /// Adds an entry of type bit `typeBit`; returns the previous chain head for the entry's `next`.
    mutating func add(_ key: UInt64, typeBit: UInt32, capitalizedOnly: Bool, entry: Int32) -> Int32 {
        let s = slot(key)
        if capitalizedOnly { slots[s].capitalized |= typeBit } else { slots[s].anyCase |= typeBit }
        let previous = slots[s].firstEntry
        slots[s].firstEntry = entry
        return previous
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for o in old where o.key != 0 {
            var i = Self.home(o.key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = o
        }
    }
}

/// Stable 64-bit hashing (FNV-1a) for tokens and phrases; Swift's `Hasher` is seeded per process.
enum PhraseHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of one normalized token's bytes.
    @inline(__always)
    static func token(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = seed
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h == 0 ? 1 : h
    }

    /// The hash of a normalized string.
    @inline(__always)
    static func token(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { token($0) }
    }

    /// The hash of a phrase extended by one more token.
    @inline(__always)
    static func extend(_ phrase: UInt64, _ token: UInt64) -> UInt64 {
        var h = (phrase == 0 ? 0x51_7cc1_b727_220a : phrase) ^ (token &* 0xff51_afd7_ed55_8ccd)
        h = (h ^ (h >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 29
        return h == 0 ? 1 : h
    }
}

extension PhraseTable {
    /// Rebuilds a table from saved slots (a power-of-two count).
    init?(slots: [Slot], count: Int) {
        guard slots.count >= 1024, slots.count & (slots.count - 1) == 0 else { return nil }
        self.slots = slots
        self.count = count
        self.mask = slots.count - 1
    }
}

extension PhraseTable {
    /// The same table at the smallest capacity that keeps the load under 2/3.
    func compacted() -> PhraseTable {
        var t = PhraseTable(expectedCount: count)
        for s in slots where s.key != 0 {
            var i = Self.home(s.key, t.mask)
            while t.slots[i].key != 0 { i = (i + 1) & t.mask }
            t.slots[i] = s
        }
        t.count = count
        return t
    }
}
