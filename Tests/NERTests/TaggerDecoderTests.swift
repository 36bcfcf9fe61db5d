import Testing
@testable import NER

/// The tagger's Viterbi decoder on hand-made scores: it finds the best BIO-valid path (which
/// greedy decoding misses), and it leaves running text unscored.
@Suite struct TaggerDecoderTests {
    /// Scores from tables: `emission[i]`, and `transition[i][previous]` (no second order, so the
    /// decoder is exact and a brute-force search can check it).
    struct TableScorer: TaggerScorer {
        var emission: [SIMD8<Float>]
        var transition: [[SIMD8<Float>]]
        var emissions = 0

        mutating func emission(_ i: Int) -> SIMD8<Float> { emissions += 1; return emission[i] }
        func transition(_ i: Int, previous: Int, previous2: Int) -> SIMD8<Float> { transition[i][previous] }

        func score(_ path: [Int]) -> Float {
            var s: Float = 0, prev = 0
            for (i, c) in path.enumerated() { s += emission[i][c] + transition[i][prev][c]; prev = c }
            return s
        }
    }

    static func view(_ text: String) -> DocumentView {
        DocumentView(tokens: Fixture.tokenizer.tokens(in: text), text: text, lexicons: Fixture.lexicons)
    }

    static func valid(_ path: [Int]) -> Bool {
        var prev = 0
        for c in path {
            if !TaggerFeatures.allowed(c, after: prev) { return false }
            prev = c
        }
        return true
    }

    static func decode(_ v: DocumentView, _ s: inout TableScorer) -> [Int] {
        var scored: [Bool] = []
        return TaggerDecoder.decode(v, &s, margin: .infinity, scored: &scored)
    }

    @Test func laterEvidenceRevisesAnEarlierClass() {
        // Token 0 alone looks a bit more like B-ORG, but token 1 is clearly I-PER: greedy would
        // commit to B-ORG and lose the name; Viterbi takes B-PER I-PER.
        let v = Self.view("Aldo Bruni")
        var e0 = SIMD8<Float>(repeating: -10), e1 = SIMD8<Float>(repeating: -10)
        e0[0] = 0; e0[3] = 5; e0[1] = 4
        e1[0] = 0; e1[2] = 10; e1[4] = 0
        var s = TableScorer(emission: [e0, e1], transition: Array(repeating: Array(repeating: SIMD8(), count: 8), count: 2))
        #expect(Self.decode(v, &s) == [1, 2])
    }

    @Test(arguments: 0..<20)
    func findsTheBestValidPath(seed: Int) {
        // Capitalized words only: every token is scored, so the decoder must match brute force.
        let v = Self.view("Aldo Bruni Carla Dini Elio")
        let n = v.count, c = TaggerFeatures.classCount
        var rng = SplitMix64(seed: UInt64(seed) &+ 1)
        func r() -> Float { Float(Int(rng.next() % 2001) - 1000) / 100 }
        let emission = (0..<n).map { _ in SIMD8<Float>((0..<8).map { _ in r() }) }
        let transition = (0..<n).map { _ in (0..<8).map { _ in SIMD8<Float>((0..<8).map { _ in r() }) } }
        var s = TableScorer(emission: emission, transition: transition)
        let path = Self.decode(v, &s)
        var best = -Float.infinity
        for code in 0..<(0..<n).reduce(1, { r, _ in r * c }) {
            var x = code, p: [Int] = []
            for _ in 0..<n { p.append(x % c); x /= c }
            if Self.valid(p) { best = max(best, s.score(p)) }
        }
        #expect(Self.valid(path))
        #expect(abs(s.score(path) - best) < 1e-3)
    }

    @Test func runningTextIsNotScored() {
        // Lowercase words without lexicon support after an O, and punctuation: nothing to score.
        let v = Self.view("la casa era bella, e poi piovve.")
        let zero = SIMD8<Float>(repeating: 1)
        var s = TableScorer(emission: Array(repeating: zero, count: v.count), transition: Array(repeating: Array(repeating: zero, count: 8), count: v.count))
        var scored: [Bool] = []
        let path = TaggerDecoder.decode(v, &s, margin: .infinity, scored: &scored)
        #expect(path == Array(repeating: 0, count: v.count))
        #expect(s.emissions == 0)
        #expect(!scored.contains(true))
    }

    @Test func aNameEndsOnScores() {
        // After a name, the next lowercase word is scored on every path, O included: here the
        // O path wins even though I-PER scores positive there.
        let v = Self.view("Aldo Bruni disse")
        var e = Array(repeating: SIMD8<Float>(repeating: -10), count: v.count)
        e[0][1] = 5; e[1][2] = 5
        e[2][2] = 1; e[2][0] = 3
        var s = TableScorer(emission: e, transition: Array(repeating: Array(repeating: SIMD8(), count: 8), count: v.count))
        var scored: [Bool] = []
        #expect(TaggerDecoder.decode(v, &s, margin: .infinity, scored: &scored) == [1, 2, 0])
        #expect(scored == [true, true, true])
    }
}
