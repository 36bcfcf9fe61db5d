/// A lookup key of up to 15 bytes packed in two words, with its length in the top byte.
struct ByteKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    static let maxLength = 15

    /// The key of `bytes`; nil if longer than `maxLength`.
    init?(_ bytes: some Sequence<UInt8>) {
        var n = 0
        for c in bytes {
            guard n < Self.maxLength else { return nil }
            append(c, at: n)
            n += 1
        }
        high |= UInt64(n) << 56
    }

    private init() {}

    /// The empty key, which marks a free slot.
    static var empty: ByteKey { ByteKey() }

    @inline(__always)
    private mutating func append(_ c: UInt8, at n: Int) {
        if n < 8 { low |= UInt64(c) << UInt64(n * 8) } else { high |= UInt64(c) << UInt64((n - 8) * 8) }
    }

    /// The key `Bytes.lowerKey(s, e)` would give (ASCII lowercased, apostrophes as `'`),
    /// built without a String; nil if longer than `maxLength`.
    @inline(__always)
    static func lowered(_ b: Bytes, _ s: Int, _ e: Int) -> ByteKey? {
        var key = ByteKey()
        var n = 0
        var i = s
        while i < e {
            guard n < maxLength else { return nil }
            let a = b.apostropheLength(at: i)
            if a > 0 {
                key.append(0x27, at: n)
                i += a
            } else {
                let c = b.p[i]
                key.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c, at: n)
                i += 1
            }
            n += 1
        }
        key.high |= UInt64(n) << 56
        return key
    }
}

/// A set of short words (the tokenizer's tables) looked up straight from the text's bytes,
/// with no String built: an open-addressing table of `ByteKey`s.
struct ByteKeySet: Sendable {
    private let slots: [ByteKey]  // an empty slot is all zero (no key has length 0)
    private let mask: Int

    /// - Precondition: every word is non-empty and at most `ByteKey.maxLength` bytes of UTF-8.
    init(_ words: some Sequence<String>) {
        let keys = Set(words.map { w -> ByteKey in
            guard !w.isEmpty, let k = ByteKey(w.utf8) else { preconditionFailure("bad table word \(w)") }
            return k
        })
        var capacity = 8
        while capacity < keys.count * 3 { capacity *= 2 }
        var slots = [ByteKey](repeating: .empty, count: capacity)
        for k in keys {
            var j = Self.hash(k) & (capacity - 1)
            while slots[j].high != 0 { j = (j + 1) & (capacity - 1) }
            slots[j] = k
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    @inline(__always)
    private static func hash(_ k: ByteKey) -> Int {
        let h = (k.low &* 0x9E37_79B9_7F4A_7C15) ^ (k.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    func contains(_ k: ByteKey) -> Bool {
        var j = Self.hash(k) & mask
        while true {
            let slot = slots[j]
            if slot.high == 0 { return false }
            if slot == k { return true }
            j = (j + 1) & mask
        }
    }

    /// Whether the bytes `[s, e)`, ASCII lowercased and with apostrophes as `'`, are in the set.
    @inline(__always)
    func contains(_ b: Bytes, _ s: Int, _ e: Int) -> Bool {
        guard let k = ByteKey.lowered(b, s, e) else { return false }
        return contains(k)
    }
}
