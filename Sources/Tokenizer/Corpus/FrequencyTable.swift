/// Counts of keys (words, lemmas, n-grams), keyed on their UTF-8 bytes, that merge exactly.
///
/// ```swift
/// var a = FrequencyTable(); a.add("casa"); a.add("casa"); a.add("mare")
/// var b = FrequencyTable(); b.add("casa")
/// a.merge(b)
/// a.ranked().map { "\($0.key) \($0.count)" }   // ["casa 3", "mare 1"]
/// a.total                                        // 4
/// ```
///
/// Keys compare byte for byte (no Unicode canonical equivalence at lookup): callers pass
/// normalized text (``Token/normalized`` is NFC), which keeps counting fast.
public struct FrequencyTable: Sendable, Hashable {
    var storage = ByteCounts()
    /// The sum of all counts.
    public internal(set) var total: Int = 0

    /// An empty table.
    public init() {}

    /// Makes room for `keys` distinct keys of about `bytes` bytes in all, so that counting
    /// them does not grow the table.
    public mutating func reserveCapacity(keys: Int, bytes: Int) { storage.reserveCapacity(keys: keys, bytes: bytes) }

    /// The number of distinct keys.
    public var count: Int { storage.count }

    /// The count of `key` (0 when absent).
    public subscript(key: some StringProtocol) -> Int {
        Self.withBytes(key) { storage.count(of: $0) }
    }

    /// Whether the table holds a key given as UTF-8 bytes.
    public func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { storage.index(of: bytes) != nil }

    /// Adds `count` occurrences of `key`.
    public mutating func add(_ key: some StringProtocol, count: Int = 1) {
        if let done: Void = key.utf8.withContiguousStorageIfAvailable({ storage.add($0, count) }) { _ = done } else {
            Array(key.utf8).withUnsafeBufferPointer { storage.add($0, count) }
        }
        total += count
    }

    /// Adds `count` occurrences of `key` (the common case, without generic dispatch).
    public mutating func add(_ key: String, count: Int = 1) {
        var key = key
        key.withUTF8 { storage.add($0, count) }
        total += count
    }

    /// Adds `count` occurrences of a key given as UTF-8 bytes.
    public mutating func add(bytes: [UInt8], count: Int = 1) {
        bytes.withUnsafeBufferPointer { storage.add($0, count) }
        total += count
    }

    /// Adds `count` occurrences of a key given as valid UTF-8 bytes (no copy unless the key is new).
    public mutating func add(bytes: UnsafeBufferPointer<UInt8>, count: Int = 1) {
        storage.add(bytes, count)
        total += count
    }

    /// Calls `body` with every key's UTF-8 bytes and its count, in the order keys were first added.
    public func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        try storage.forEach(body)
    }

    /// Adds every count of `other` (map/reduce: counting pieces and merging gives the counts of the whole).
    public mutating func merge(_ other: FrequencyTable) {
        other.storage.forEach { storage.add($0, $1) }
        total += other.total
    }

    /// This table plus `other`.
    public func merging(_ other: FrequencyTable) -> FrequencyTable {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// All keys with their counts, most frequent first, ties in byte order of the key.
    ///
    /// - Parameter minCount: leave out keys counted fewer times.
    /// - Complexity: O(k log k) for k keys.
    public func ranked(minCount: Int = 1) -> [(key: String, count: Int)] {
        ranked(minCount: minCount, limit: Int.max)
    }

    /// The first `limit` rows of ``ranked(minCount:)`` (only those keys become Strings).
    public func ranked(minCount: Int = 1, limit: Int) -> [(key: String, count: Int)] {
        ranked(minCount: minCount, limit: limit) { _ in true }
    }

    /// ``ranked(minCount:limit:)`` over the keys whose UTF-8 bytes `including` accepts.
    public func ranked(minCount: Int = 1, limit: Int, including: (UnsafeBufferPointer<UInt8>) -> Bool) -> [(key: String, count: Int)] {
        let counts = storage.counts
        var order: [Int] = []
        order.reserveCapacity(storage.count)
        var e = 0
        storage.forEach { key, n in
            if n >= minCount && including(key) { order.append(e) }
            e += 1
        }
        if limit < order.count {
            // Keep the keys counted at least as often as the limit-th most frequent one, found
            // by counting how many keys have each count (counts are at most the total).
            var withCount = [Int](repeating: 0, count: (order.lazy.map { counts[$0] }.max() ?? 0) + 1)
            for e in order { withCount[counts[e]] += 1 }
            var threshold = withCount.count - 1, seen = withCount[threshold]
            while seen < max(1, limit) && threshold > 0 { threshold -= 1; seen += withCount[threshold] }
            // Every key counted more often makes the cut; of those at the threshold only the
            // first in byte order can, so when few are wanted only those are sorted.
            let above = order.filter { counts[$0] > threshold }
            let wanted = max(0, limit - above.count)
            let atThreshold = order.filter { counts[$0] == threshold }
            order = above + (wanted <= 64 ? storage.firstKeys(atThreshold, wanted) : atThreshold)
        }
        storage.sortByCountThenKey(&order)
        return order.prefix(max(0, limit)).map { (storage.string($0), counts[$0]) }
    }

    /// The keys and counts as a dictionary.
    public var counts: [String: Int] {
        var d: [String: Int] = [:]
        d.reserveCapacity(storage.count)
        for e in 0..<storage.count { d[storage.string(e)] = storage.counts[e] }
        return d
    }

    /// Equal tables hold the same keys with the same counts, and the same total.
    public static func == (a: FrequencyTable, b: FrequencyTable) -> Bool {
        guard a.total == b.total, a.storage.count == b.storage.count else { return false }
        // Every key of `a` in `b` with the same count, and as many keys: the same key sets.
        var same = true
        a.storage.forEach { key, n in
            if same, b.storage.index(of: key).map({ b.storage.counts[$0] }) != n { same = false }
        }
        return same
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(total)
        hasher.combine(storage.count)
    }

    static func withBytes<R>(_ key: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = key.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(key.utf8).withUnsafeBufferPointer(body)
    }
}
