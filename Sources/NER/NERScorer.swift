/// Scores predicted entity tags against gold tags, both per token (the NERMuD/EVALITA 2023
/// scorer's way: each token's type, B/I ignored) and per exact entity span.
public struct NERScorer: Sendable {
    /// Counts for one type.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        /// Creates counts.
        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives; self.falsePositives = falsePositives; self.falseNegatives = falseNegatives
        }
        public var precision: Double { truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives) }
        public var recall: Double { truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        static func + (a: Counts, b: Counts) -> Counts {
            Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                   falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    /// The scored types (tags outside them count as O).
    public let types: [String]
    /// Per-token counts by type.
    public private(set) var tokens: [String: Counts] = [:]
    /// Per-span counts by type.
    public private(set) var spans: [String: Counts] = [:]

    /// Creates a scorer for the given types (default PER, ORG, LOC).
    public init(types: [String] = ["PER", "ORG", "LOC"]) {
        self.types = types
        for t in types { tokens[t] = Counts(); spans[t] = Counts() }
    }

    /// Micro-averaged per-token counts.
    public var tokenMicro: Counts { types.reduce(Counts()) { $0 + tokens[$1]! } }
    /// Micro-averaged per-span counts.
    public var spanMicro: Counts { types.reduce(Counts()) { $0 + spans[$1]! } }

    /// The type of a BIO/IO tag ("B-PER" → "PER"; "O" → nil).
    static func type(_ tag: String) -> String? {
        if tag == "O" || tag.isEmpty { return nil }
        if tag.hasPrefix("B-") || tag.hasPrefix("I-") { return String(tag.dropFirst(2)) }
        return tag
    }

    /// Exact spans `(start, end, type)` of a BIO (or IO) tag sequence.
    public static func spans(_ tags: [String]) -> Set<[String]> {
        var out: Set<[String]> = []
        var start = -1
        var current: String? = nil
        for (i, tag) in (tags + ["O"]).enumerated() {
            let t = type(tag)
            let begins = tag.hasPrefix("B-") || t != current
            if current != nil && (t == nil || begins) {
                out.insert([String(start), String(i), current!]); current = nil
            }
            if let t, current == nil { current = t; start = i }
        }
        return out
    }

    /// Adds one sentence's gold and predicted tags (same length).
    public mutating func add(gold: [String], predicted: [String]) {
        for (g, p) in zip(gold, predicted) {
            let gt = Self.type(g).flatMap { types.contains($0) ? $0 : nil }
            let pt = Self.type(p).flatMap { types.contains($0) ? $0 : nil }
            if let gt, gt == pt { tokens[gt]!.truePositives += 1; continue }
            if let pt { tokens[pt]!.falsePositives += 1 }
            if let gt { tokens[gt]!.falseNegatives += 1 }
        }
        let gs = Self.spans(gold).filter { types.contains($0[2]) }
        let ps = Self.spans(predicted).filter { types.contains($0[2]) }
        for s in gs { if ps.contains(s) { spans[s[2]]!.truePositives += 1 } else { spans[s[2]]!.falseNegatives += 1 } }
        for s in ps where !gs.contains(s) { spans[s[2]]!.falsePositives += 1 }
    }
}

extension EntityMention {
    /// BIO tags for `count` tokens from mentions (by token range), keeping only `types`.
    public static func bioTags(count: Int, mentions: [EntityMention], types: Set<EntityLabel>? = nil) -> [String] {
        var tags = Array(repeating: "O", count: count)
        for m in mentions where types?.contains(m.label) ?? true {
            for i in m.tokenRange where i < count {
                tags[i] = (i == m.tokenRange.lowerBound ? "B-" : "I-") + m.label.rawValue
            }
        }
        return tags
    }
}
