/// An open-addressing hash table from phrase hashes to lexicon entries: a trie flattened
/// into hashes, where every proper prefix of a phrase is stored too so matching can stop early.
///
/// A phrase hash is `PhraseHash.extend` folded over the hashes of its normalized tokens, so the
/// matcher hashes each text token once and walks forward without building strings.
struct PhraseTable: Sendable {
    /// Slot keys; 0 marks an empty slot.
    private(set) var keys: [UInt64]
    /// Types of entries that match whatever the text's case (lowercase lexicon surfaces).
    private(set) var anyCaseMask: [UInt32]
    /// Types of entries that match only when the text's first token is capitalized.
    private(set) var capitalizedMask: [UInt32]
    /// Whether some longer phrase continues this one.
    private(set) var isPrefix: [Bool]
    /// Head of each slot's entry chain (-1: none).
    private(set) var firstEntry: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(expectedCount: Int) {
        var cap = 1024
        while cap < expectedCount * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        anyCaseMask = Array(repeating: 0, count: cap)
        capitalizedMask = Array(repeating: 0, count: cap)
        isPrefix = Array(repeating: false, count: cap)
        firstEntry = Array(repeating: -1, count: cap)
        mask = cap - 1
    }

    /// The slot holding `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int {
        var i = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let k = keys[i]
            if k == key { return i }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// The slot for `key`, inserting an empty one if needed.
    mutating func slot(_ key: UInt64) -> Int {
        if count * 2 >= keys.count { grow() }
        var i = Int(truncatingIfNeeded: key &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask
        while true {
            let k = keys[i]
            if k == key { return i }
            if k == 0 { keys[i] = key; count += 1; return i }
            i = (i + 1) & mask
        }
    }

    mutating func markPrefix(_ key: UInt64) { isPrefix[slot(key)] = true }

    /// Adds an entry of type bit `typeBit`; returns the previous chain head for the entry's `next`.
    mutating func add(_ key: UInt64, typeBit: UInt32, capitalizedOnly: Bool, entry: Int32) -> Int32 {
        let s = slot(key)
        if capitalizedOnly { capitalizedMask[s] |= typeBit } else { anyCaseMask[s] |= typeBit }
        let previous = firstEntry[s]
        firstEntry[s] = entry
        return previous
    }

    private mutating func grow() {
        let old = (keys, anyCaseMask, capitalizedMask, isPrefix, firstEntry)
        let cap = keys.count * 2
        keys = Array(repeating: 0, count: cap)
        anyCaseMask = Array(repeating: 0, count: cap)
        capitalizedMask = Array(repeating: 0, count: cap)
        isPrefix = Array(repeating: false, count: cap)
        firstEntry = Array(repeating: -1, count: cap)
        mask = cap - 1
        count = 0
        for j in 0..<old.0.count where old.0[j] != 0 {
            let s = slot(old.0[j])
            anyCaseMask[s] = old.1[j]
            capitalizedMask[s] = old.2[j]
            isPrefix[s] = old.3[j]
            firstEntry[s] = old.4[j]
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
