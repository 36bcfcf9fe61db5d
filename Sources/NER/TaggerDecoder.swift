import Foundation
/// Scores for the Viterbi decoder: per-token emission scores from the static features and,
/// per previous class, the scores of the features that depend on it.
protocol TaggerScorer {
    /// Scores of the features of token `i` that do not depend on earlier decisions (lane per class).
    mutating func emission(_ i: Int) -> SIMD8<Float>
    /// Scores of the features of token `i` that depend on the previous two classes.
    mutating func transition(_ i: Int, previous: Int, previous2: Int) -> SIMD8<Float>
}

/// First-order Viterbi decoding under BIO constraints, shared by tagging and training so the
/// perceptron is trained with the decoder it is used with (a structured perceptron).
///
/// The dynamic features see the previous class of each path and, as an approximation of
/// second order, the class before it on that path's best history. Tokens the tagger skips
/// (``TaggerModel/onlyO(_:_:previous:training:)``) stay skipped when the only live path ends
/// in O; paths whose score falls `margin` below the best are dropped (beam pruning), which lets
/// the lattice collapse back to O after a name so that running text is not scored.
enum TaggerDecoder {
    static let none = -Float.infinity

    /// Additive masks: 0 where class `c` may follow class `p`, -inf elsewhere (lane 7 always -inf).
    static let follow: [SIMD8<Float>] = (0..<8).map { p in
        var m = SIMD8<Float>(repeating: none)
        for c in 0..<TaggerFeatures.classCount where p < TaggerFeatures.classCount && TaggerFeatures.allowed(c, after: p) { m[c] = 0 }
        return m
    }
    /// Only O (non-word tokens outside a name).
    static let onlyOMask: SIMD8<Float> = { var m = SIMD8<Float>(repeating: none); m[0] = 0; return m }()
    /// O or I-X (punctuation glued inside a name: Emilia-Romagna's hyphen).
    static let insideMask: SIMD8<Float> = {
        var m = SIMD8<Float>(repeating: none)
        for c in 0..<TaggerFeatures.classCount where c == 0 || c & 1 == 0 { m[c] = 0 }
        return m
    }()

    /// Lowercase words a name may run through (Ministero degli affari esteri): past this many
    /// in a row, every path is forced to O, so running text after a name is not scored.
    static let maxLowercaseRun: Int = {
        if let e = ProcessInfo.processInfo.environment["NER_RUN"], let m = Int(e) { return m }
        return 2
    }()

    /// Counts the words in a row that only start a name with a previous class (`run`) and says
    /// whether token `i` is past ``maxLowercaseRun`` (forced to O on every path).
    @inline(__always)
    static func runEnds(_ v: DocumentView, _ i: Int, fromOOnlyO: Bool, nonWord: Bool, run: inout Int) -> Bool {
        if !fromOOnlyO { run = 0 } else if !nonWord { run += 1 }
        return run > maxLowercaseRun
    }

    /// Lowercase words with lexicon kinds this close to a possible name start are scored after
    /// an O too (their O score then informs the path), others are forced to O after an O.
    static let nearDistance: Int = {
        if let e = ProcessInfo.processInfo.environment["NER_NEAR"], let m = Int(e) { return m }
        return 0
    }()

    static let nearBack = ProcessInfo.processInfo.environment["NER_NEARBACK"] != "0"
    static let particlesOnly = ProcessInfo.processInfo.environment["NER_NEARBACK"] == "p"

    /// Per token: whether it can only be O after an O (see ``TaggerModel/onlyO(_:_:previous:training:)``),
    /// scoring lowercase known words near a possible name (``nearDistance``).
    static func skipsAfterO(_ v: DocumentView) -> [Bool] {
        let n = v.count
        var skip = [Bool](repeating: false, count: n)
        var lastAnchor = Int.min / 2
        for i in 0..<n {
            skip[i] = TaggerModel.onlyO(v, i, previous: 0)
            if !skip[i] { lastAnchor = i }
            else if nearDistance > 0, i - lastAnchor <= nearDistance, !TaggerModel.onlyO(v, i, previous: 0, training: true) { skip[i] = false }
        }
        guard nearDistance > 0, nearBack else { return skip }
        var nextAnchor = Int.max / 2
        for i in stride(from: n - 1, through: 0, by: -1) {
            if !TaggerModel.onlyO(v, i, previous: 0) { nextAnchor = i }
            else if skip[i], nextAnchor - i <= nearDistance, !TaggerModel.onlyO(v, i, previous: 0, training: true),
                    !particlesOnly || (nextAnchor == i + 1 && v.isKind(i, .particle)) { skip[i] = false }
        }
        return skip
    }

    /// Whether token `i` is forced to O after class `previous` (`skip`: ``skipsAfterO(_:)``).
    @inline(__always)
    static func forced(_ v: DocumentView, _ skip: [Bool], _ i: Int, previous: Int) -> Bool {
        if previous == 0 { return skip[i] }
        return TaggerModel.onlyO(v, i, previous: previous)
    }

    /// The best class sequence for the document of `view` (classes as in ``TaggerFeatures``).
    /// - Parameter margin: paths this far below the best are dropped (`.infinity`: exact).
    static func decode<S: TaggerScorer>(_ v: DocumentView, _ scorer: inout S, training: Bool, margin: Float) -> [Int] {
        let n = v.count
        guard n > 0 else { return [] }
        var back = [UInt8](repeating: 0, count: n * 8)
        let skip = skipsAfterO(v)
        var delta = onlyOMask  // before the first token: as after an O
        var onlyOLive = true
        var run = 0
        for i in 0..<n {
            let kind = v.kinds_[i]
            let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
            let gluedInside = nonWord && v.has(i, DocumentView.Flag.glued) && kind == .punctuation
            let fromOOnlyO = skip[i]
            if (nonWord && !gluedInside) || (onlyOLive && fromOOnlyO) || runEnds(v, i, fromOOnlyO: fromOOnlyO, nonWord: nonWord, run: &run) {
                // Only O: the lattice collapses onto the best path so far.
                var best = 0
                for p in 1..<TaggerFeatures.classCount where delta[p] > delta[best] { best = p }
                back[i &* 8] = UInt8(best)
                delta = onlyOMask
                onlyOLive = true
                continue
            }
            let e = scorer.emission(i)
            let tokenMask = nonWord ? insideMask : SIMD8<Float>()
            var next = SIMD8<Float>(repeating: none)
            var from = SIMD8<Int32>()
            for p in 0..<TaggerFeatures.classCount where delta[p] > none {
                var cand = SIMD8<Float>(repeating: delta[p])
                if p == 0 && fromOOnlyO {
                    // Forced to O after an O: the token scores nothing on this path.
                    cand += onlyOMask
                } else {
                    let p2 = i > 0 ? Int(back[(i &- 1) &* 8 &+ p]) : 0
                    cand += e + scorer.transition(i, previous: p, previous2: p2) + follow[p] + tokenMask
                }
                let better = cand .> next
                next.replace(with: cand, where: better)
                from.replace(with: Int32(p), where: better)
            }
            let top = next.max()
            next -= SIMD8<Float>(repeating: top)
            next.replace(with: none, where: next .< SIMD8<Float>(repeating: -margin))
            onlyOLive = true
            for c in 1..<TaggerFeatures.classCount where next[c] > none { onlyOLive = false }
            for c in 0..<8 { back[i &* 8 &+ c] = UInt8(truncatingIfNeeded: from[c]) }
            delta = next
        }
        var out = [Int](repeating: 0, count: n)
        var c = 0
        for p in 1..<TaggerFeatures.classCount where delta[p] > delta[c] { c = p }
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = c
            c = Int(back[i &* 8 &+ c])
        }
        return out
    }
}
