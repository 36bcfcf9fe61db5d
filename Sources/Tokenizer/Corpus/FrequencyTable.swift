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
    /// A key as raw UTF-8 bytes, hashed in one pass.
    struct Key: Hashable, Sendable, Comparable {
        var bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
        static func < (a: Key, b: Key) -> Bool { a.bytes.lexicographicallyPrecedes(b.bytes) }
        var string: String { String(decoding: bytes, as: UTF8.self) }
    }

    var storage: [Key: Int] = [:]
    /// The sum of all counts.
    public internal(set) var total: Int = 0

    /// An empty table.
    public init() {}

    /// The number of distinct keys.
    public var count: Int { storage.count }

    /// The count of `key` (0 when absent).
    public subscript(key: some StringProtocol) -> Int {
        storage[Key(bytes: Array(key.utf8)), default: 0]
    }

    /// Adds `count` occurrences of `key`.
    public mutating func add(_ key: some StringProtocol, count: Int = 1) {
        add(bytes: Array(key.utf8), count: count)
    }

    /// Adds `count` occurrences of a key given as UTF-8 bytes.
    public mutating func add(bytes: [UInt8], count: Int = 1) {
        storage[Key(bytes: bytes), default: 0] += count
        total += count
    }

    /// Adds every count of `other` (map/reduce: counting pieces and merging gives the counts of the whole).
    public mutating func merge(_ other: FrequencyTable) {
        storage.merge(other.storage, uniquingKeysWith: +)
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
        storage.filter { $0.value >= minCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { ($0.key.string, $0.value) }
    }

    /// The keys and counts as a dictionary.
    public var counts: [String: Int] {
        Dictionary(uniqueKeysWithValues: storage.map { ($0.key.string, $0.value) })
    }
}
