/// Trains the perceptron tagger on gold-tagged documents: a structured, averaged perceptron
/// that decodes each document with the tagger's own Viterbi (``TaggerDecoder``).
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
    fileprivate var rowOf: [UInt64: Int32] = [:]
    private var keys: [UInt64] = []
    fileprivate var weights: [SIMD8<Float>] = []
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
    /// weights (parameter mixing: a steadier model at no cost when tagging). `seed` sets the
    /// shuffles: scores move by ~0.3 token F1 between seeds, so compare changes over several.
    public mutating func train(_ examples: [Example], epochs: Int, minCount: Int = 2, prune: Float = 1e-4, runs: Int = 1, seed: UInt64 = 42, margin: Float = .infinity, log: (String) -> Void = { _ in }) -> [UInt8] {
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
        var rng = SplitMix64(seed: seed &+ UInt64(run) &* 7919)
        var order = Array(docs.indices)
        var dyn: [UInt64] = []
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var errors = 0, total = 0
            for d in order {
                let doc = docs[d]
                var scored: [Bool] = []
                let predicted = predict(doc.features, rows: doc.rows, offsets: doc.offsets, margin: margin, scored: &scored)
                // Structured update: the gold path's features up, the predicted path's down,
                // on the tokens the decoder scored (elsewhere no path scores anything).
                for i in 0..<doc.gold.count where scored[i] {
                    let g = doc.gold[i], p = predicted[i]
                    let gp = i > 0 ? doc.gold[i - 1] : 0, pp = i > 0 ? predicted[i - 1] : 0
                    let gp2 = i > 1 ? doc.gold[i - 2] : 0, pp2 = i > 1 ? predicted[i - 2] : 0
                    if g == p && gp == pp && gp2 == pp2 { continue }
                    for (cls, prev, prev2, sign) in [(g, gp, gp2, Float(1)), (p, pp, pp2, Float(-1))] {
                        var delta = SIMD8<Float>()
                        delta[cls] = sign
                        if g != p { for r in doc.rows[doc.offsets[i]..<doc.offsets[i + 1]] { update(Int(r), delta) } }
                        doc.features.dynamicFeatures(i, previous: prev, previous2: prev2, into: &dyn)
                        for k in dyn { update(Int(rowID(k)), delta) }
                    }
                    if g != p { errors += 1 }
                }
                total += doc.gold.count
                now += doc.gold.count
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

extension TaggerTrainer {
    /// Lowercase known words this close to a possible name are scored in training (see
    /// ``TaggerDecoder/skipsAfterO(_:near:)``).
    static let near = 2

    /// The Viterbi path under the current weights (the scorer's copies die before any update).
    fileprivate func predict(_ features: TaggerFeatures, rows: [Int32], offsets: [Int], margin: Float, scored: inout [Bool]) -> [Int] {
        var scorer = Scorer(weights: weights, rowOf: rowOf, features: features, rows: rows, offsets: offsets)
        return TaggerDecoder.decode(features.view, &scorer, margin: margin, near: Self.near, scored: &scored)
    }

    /// Scores from the current (not averaged) weights; unseen dynamic features score 0.
    fileprivate struct Scorer: TaggerScorer {
        let weights: [SIMD8<Float>]
        let rowOf: [UInt64: Int32]
        let features: TaggerFeatures
        let rows: [Int32]
        let offsets: [Int]
        var dyn: [UInt64] = []

        mutating func emission(_ i: Int) -> SIMD8<Float> {
            var score = SIMD8<Float>()
            for r in rows[offsets[i]..<offsets[i + 1]] { score += weights[Int(r)] }
            return score
        }

        mutating func transition(_ i: Int, previous: Int, previous2: Int) -> SIMD8<Float> {
            features.dynamicFeatures(i, previous: previous, previous2: previous2, into: &dyn)
            var score = SIMD8<Float>()
            for k in dyn { if let r = rowOf[k] { score += weights[Int(r)] } }
            return score
        }
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
