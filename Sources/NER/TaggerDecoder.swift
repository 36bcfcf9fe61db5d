import Tokenizer

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
/// second order, the class before it on that path's best history.
///
/// Running text is not scored: while the only live path ends in O, a token that can only be O
/// after an O (``TaggerModel/onlyO(_:_:previous:training:)``) collapses the lattice onto the
/// best path without scoring. Once a token is scored (a name may start or go on), every path
/// scores it, the O path included, so "the name ends here" competes on real scores; a name
/// runs through at most ``maxLowercaseRun`` such words, after which the lattice collapses.
/// Paths `margin` below the best are dropped.
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

    /// Words a name may run through that could not start one (Università di Pisa, Ministero
    /// degli affari esteri): past this many in a row, every path is forced to O.
    static let maxLowercaseRun = 2

    /// Counts the words in a row that cannot start a name (`run`) and says whether token `i` is
    /// past ``maxLowercaseRun`` (forced to O on every path).
    @inline(__always)
    static func runEnds(_ i: Int, skip: Bool, nonWord: Bool, run: inout Int) -> Bool {
        if !skip { run = 0 } else if !nonWord { run += 1 }
        return run > maxLowercaseRun
    }

    /// Per token: whether it can only be O after an O (``TaggerModel/onlyO(_:_:previous:training:)``).
    /// With `near` > 0 (training), lowercase words with any lexicon kind within `near` tokens
    /// of a possible name start are scored too: the model then also learns from the words around
    /// names (measured, runs 4: +0.6 to +1.7 points of token F1 on the three dev sets against
    /// training with `near` 0; scoring them when tagging too gained nothing more).
    static func skipsAfterO(_ v: DocumentView, near: Int) -> [Bool] {
        let n = v.count
        var skip = [Bool](repeating: false, count: n)
        for i in 0..<n { skip[i] = TaggerModel.onlyO(v, i, previous: 0) }
        guard near > 0 else { return skip }
        let known = (0..<n).map { !TaggerModel.onlyO(v, $0, previous: 0, training: true) }
        var anchor = Int.min / 2
        for i in 0..<n {
            if !skip[i] { anchor = i } else if i - anchor <= near, known[i] { skip[i] = false }
        }
        anchor = Int.max / 2
        for i in stride(from: n - 1, through: 0, by: -1) {
            if !TaggerModel.onlyO(v, i, previous: 0) { anchor = i } else if anchor - i <= near, known[i] { skip[i] = false }
        }
        return skip
    }

    /// The best class sequence for the document of `view` (classes as in ``TaggerFeatures``).
    /// - Parameters:
    ///   - margin: paths this far below the best are dropped (`.infinity`: exact).
    ///   - near: see ``skipsAfterO(_:near:)`` (0 when tagging).
    ///   - scored: set to whether each token was scored (then every path's features at that
    ///     token count in its score; elsewhere no path's do).
    static func decode<S: TaggerScorer>(_ v: DocumentView, _ scorer: inout S, margin: Float, skipMargin: Float = .infinity, near: Int = 0, scored: inout [Bool]) -> [Int] {
        let n = v.count
        scored = [Bool](repeating: false, count: n)
        guard n > 0 else { return [] }
        var back = [UInt8](repeating: 0, count: n * 8)
        let skip = skipsAfterO(v, near: near)
        var delta: SIMD8<Float>
        // The per-token arrays as plain buffers: the loop runs over every token of the document.
        delta = scored.withUnsafeMutableBufferPointer { scored in
            back.withUnsafeMutableBufferPointer { back in
                skip.withUnsafeBufferPointer { skip in
                    v.kinds_.withUnsafeBufferPointer { kinds in
                        v.flags.withUnsafeBufferPointer { flags in
                            forward(n, &scorer, margin: margin, skipMargin: skipMargin, kinds: kinds, flags: flags, skip: skip, back: back, scored: scored)
                        }
                    }
                }
            }
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

    /// Whether every class but O is at -inf in `d` (lane 7 always is): one vector compare
    /// rather than a loop over the lanes.
    @inline(__always)
    static func onlyO(_ d: SIMD8<Float>) -> Bool {
        let live = unsafeBitCast(d .> SIMD8<Float>(repeating: none), to: (UInt64, UInt64, UInt64, UInt64).self)
        return (live.0 >> 32) | live.1 | live.2 | live.3 == 0
    }

    /// The forward pass of ``decode(_:_:margin:skipMargin:near:scored:)``: fills the back
    /// pointers and returns the last token's scores.
    @inline(__always)
    private static func forward<S: TaggerScorer>(_ n: Int, _ scorer: inout S, margin: Float, skipMargin: Float,
                                                 kinds: UnsafeBufferPointer<Token.Kind>, flags: UnsafeBufferPointer<UInt16>, skip: UnsafeBufferPointer<Bool>,
                                                 back: UnsafeMutableBufferPointer<UInt8>, scored: UnsafeMutableBufferPointer<Bool>) -> SIMD8<Float> {
        let none = -Float.infinity
        let follow = Self.follow, onlyOMask = Self.onlyOMask, insideMask = Self.insideMask
        let back = back.baseAddress!
        var delta = onlyOMask  // before the first token: as after an O
        var onlyOLive = true
        var run = 0
        for i in 0..<n {
            let kind = kinds[i]
            let nonWord = !(kind == .word || kind == .abbreviation || kind == .number || kind == .symbol)
            let gluedInside = nonWord && flags[i] & DocumentView.Flag.glued != 0 && kind == .punctuation
            if skip[i] && !onlyOLive && skipMargin < margin {
                // A name rarely goes on through a word that cannot start one: drop the paths
                // already well behind before paying for the token.
                delta.replace(with: none, where: delta .< SIMD8<Float>(repeating: -skipMargin))
                onlyOLive = onlyO(delta)
            }
            if (nonWord && !gluedInside) || (onlyOLive && skip[i]) || runEnds(i, skip: skip[i], nonWord: nonWord, run: &run) {
                // Only O: the lattice collapses onto the best path so far.
                // (With only O live, the rest at -inf, the best is O: running text's usual case.)
                var best = 0
                if !onlyOLive { for p in 1..<TaggerFeatures.classCount where delta[p] > delta[best] { best = p } }
                back[i &* 8] = UInt8(best)
                delta = onlyOMask
                onlyOLive = true
                continue
            }
            scored[i] = true
            let e = scorer.emission(i)
            let tokenMask = nonWord ? insideMask : SIMD8<Float>()
            var next = SIMD8<Float>(repeating: none)
            var from = SIMD8<Int32>()
            for p in 0..<TaggerFeatures.classCount where delta[p] > none {
                let p2 = i > 0 ? Int(back[(i &- 1) &* 8 &+ p]) : 0
                var cand = SIMD8<Float>(repeating: delta[p]) + e + scorer.transition(i, previous: p, previous2: p2) + follow[p] + tokenMask
                // No name starts at a word that cannot start one (it may go on one).
                if p == 0 && skip[i] { cand += onlyOMask }
                let better = cand .> next
                next.replace(with: cand, where: better)
                from.replace(with: Int32(p), where: better)
            }
            var top = next[0]  // SIMD's max() is a generic call
            for c in 1..<8 { top = Swift.max(top, next[c]) }
            next -= SIMD8<Float>(repeating: top)
            next.replace(with: none, where: next .< SIMD8<Float>(repeating: -margin))
            onlyOLive = onlyO(next)
            UnsafeMutableRawPointer(back + i &* 8).storeBytes(of: SIMD8<UInt8>(truncatingIfNeeded: from), as: SIMD8<UInt8>.self)
            delta = next
        }
        return delta
    }
}
