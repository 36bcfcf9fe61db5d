/// Trains the perceptron tagger (averaged, greedy, BIO-constrained) on gold-tagged documents.
///
/// Development-time only: `analyze train-ner` feeds it the KIND train splits and writes
/// `Lexicons/ner/tagger.bin`.
public struct TaggerTrainer {
    /// One training document: tokens, text, gold BIO tags.
    public struct Example: Sendable {
        public var text: PretokenizedText
        public var tags: [String]
        public init(text: PretokenizedText, tags: [String]) { self.text = text; self.tags = tags }
    }

    let recognizer: EntityRecognizer
    private var rowOf: [UInt64: Int32] = [:]
    private var keys: [UInt64] = []
    private var weights: [SIMD8<Float>] = []
    private var totals: [SIMD8<Double>] = []
    private var stamps: [Int] = []
    private var counts: [Int32] = []
    private var now = 1

    /// Creates a trainer whose rule features come from `lexicons` (loaded without a model).
    public init(lexicons: Lexicons) {
        var l = lexicons
        l.model = nil
        recognizer = EntityRecognizer(lexicons: l, useTagger: false)
    }

    private mutating func rowID(_ k: UInt64) -> Int32 {
        if let r = rowOf[k] { counts[Int(r)] += 1; return r }
        let r = Int32(keys.count)
        rowOf[k] = r; keys.append(k); weights.append(SIMD8()); totals.append(SIMD8()); stamps.append(0); counts.append(1)
        return r
    }

    private mutating func update(_ r: Int, _ delta: SIMD8<Float>) {
        totals[r] += SIMD8<Double>(weights[r]) * Double(now - stamps[r])
        stamps[r] = now
        weights[r] += delta
    }

    /// Trains for `epochs` passes (documents shuffled with a fixed seed) and returns the
    /// serialized averaged weights, dropping features seen fewer than `minCount` times.
    /// With `runs` > 1, trains that many times on differently shuffled orders and averages the
    /// weights (parameter mixing: a steadier model at no cost when tagging).
    public mutating func train(_ examples: [Example], epochs: Int, minCount: Int = 2, prune: Float = 1e-4, runs: Int = 1, log: (String) -> Void = { _ in }) -> [UInt8] {
        // Precompute static feature rows per token.
        var docs: [(features: TaggerFeatures, rows: [Int32], offsets: [Int], gold: [Int])] = []
        var buf: [UInt64] = []
        for ex in examples {
            let view = DocumentView(tokens: ex.text.tokens, text: ex.text.text, lexicons: recognizer.lexicons)
            let f = TaggerFeatures(view: view, rules: recognizer.ruleCandidates(view))
            var rows: [Int32] = [], offsets = [0]
            for i in 0..<view.count {
                f.staticFeatures(i, into: &buf)
                for k in buf { rows.append(rowID(k)) }
                offsets.append(rows.count)
            }
            docs.append((f, rows, offsets, ex.tags.map(TaggerFeatures.classIndex(tag:))))
        }
        log("features after precompute: \(keys.count)")
        var mixed: [SIMD8<Double>] = []
        for run in 0..<max(1, runs) {
        for r in weights.indices { weights[r] = SIMD8(); totals[r] = SIMD8(); stamps[r] = 0 }
        now = 1
        var rng = SplitMix64(seed: 42 &+ UInt64(run) &* 7919)
        var order = Array(docs.indices)
        var dyn: [UInt64] = []
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var errors = 0, total = 0
            for d in order {
                let doc = docs[d]
                var prev = 0, prev2 = 0
                let v = doc.features.view
                for i in 0..<doc.gold.count {
                    if TaggerModel.onlyO(v, i, previous: prev, training: true) {
                        prev2 = prev; prev = 0
                        continue
                    }
                    var score = SIMD8<Float>()
                    for r in doc.rows[doc.offsets[i]..<doc.offsets[i + 1]] { score += weights[Int(r)] }
                    doc.features.dynamicFeatures(i, previous: prev, previous2: prev2, into: &dyn)
                    var dynRows: [Int32] = []
                    for k in dyn { let r = rowID(k); dynRows.append(r); score += weights[Int(r)] }
                    var best = 0, bestScore = -Float.infinity
                    let kind = v.kinds_[i]
                    let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
                    let gluedInside = nonWord && v.has(i, DocumentView.Flag.glued) && (kind == .punctuation)
                    for c in 0..<TaggerFeatures.classCount where TaggerFeatures.allowed(c, after: prev) && score[c] > bestScore {
                        if nonWord && c != 0 && !(gluedInside && c & 1 == 0) { continue }
                        best = c; bestScore = score[c]
                    }
                    let gold = doc.gold[i]
                    if best != gold {
                        var delta = SIMD8<Float>()
                        delta[gold] = 1; delta[best] = -1
                        for r in doc.rows[doc.offsets[i]..<doc.offsets[i + 1]] { update(Int(r), delta) }
                        for r in dynRows { update(Int(r), delta) }
                        errors += 1
                    }
                    total += 1
                    now += 1
                    // The next token sees this prediction, as it will when tagging.
                    prev2 = prev; prev = best
                }
            }
            log("epoch \(epoch + 1): \(errors) errors / \(total) tokens")
        }
        mixed += Array(repeating: SIMD8(), count: keys.count - mixed.count)
        for r in keys.indices {
            let t = totals[r] + SIMD8<Double>(weights[r]) * Double(now - stamps[r])
            mixed[r] += t / Double(now)
        }
        }
        var averaged: [UInt64: SIMD8<Float>] = [:]
        for r in keys.indices where counts[r] >= minCount {
            let avg = SIMD8<Float>(mixed[r] / Double(max(1, runs)))
            var m: Float = 0
            for j in 0..<TaggerFeatures.classCount { m = max(m, abs(avg[j])) }
            if m > prune { averaged[keys[r]] = avg }
        }
        log("features kept: \(averaged.count)")
        return TaggerModel.serialize(averaged)
    }
}

/// A small seeded generator so training runs replay exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
