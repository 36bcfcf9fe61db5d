import Testing
import Foundation
@testable import NER

/// The tagger's weight table: what is saved is what a lookup returns, and a full bucket keeps
/// its strongest features.
@Suite struct TaggerModelTests {
    static func weights(_ count: Int, seed: UInt64) -> [UInt64: SIMD8<Float>] {
        var rng = SplitMix64(seed: seed)
        var w: [UInt64: SIMD8<Float>] = [:]
        for _ in 0..<count {
            var v = SIMD8<Float>()
            for j in 0..<TaggerFeatures.classCount { v[j] = Float(Int(rng.next() % 2001) - 1000) / 10 }
            w[rng.next() | 1] = v
        }
        return w
    }

    @Test(arguments: [10, 1_000, 20_000])
    func savedWeightsComeBack(count: Int) throws {
        let w = Self.weights(count, seed: UInt64(count))
        let model = try TaggerModel(bytes: TaggerModel.serialize(w), file: "test")
        var found = 0, exact = 0
        let scale = w.values.map { v in (0..<7).map { abs(v[$0]) }.max()! }.max()! / 32767
        for (k, v) in w {
            guard let r = model.row(k) else { continue }
            found += 1
            if (0..<TaggerFeatures.classCount).allSatisfy({ abs(Float(r[$0]) * scale - v[$0]) <= scale }) { exact += 1 }
        }
        // Only features whose 4-row bucket overflowed may be missing (about 1%).
        #expect(found + model.dropped == count)
        #expect(Double(model.dropped) < Double(count) * 0.03 + 2)
        #expect(exact == found)
    }

    @Test func absentKeysAreRarelyFound() throws {
        let model = try TaggerModel(bytes: TaggerModel.serialize(Self.weights(5_000, seed: 7)), file: "test")
        var rng = SplitMix64(seed: 99)
        let hits = (0..<100_000).filter { _ in model.row(rng.next()) != nil }.count
        #expect(hits < 20, "15-bit fingerprints, ~1.2 rows a bucket: about 4 false hits expected")
    }

    @Test(arguments: [10, 5_000, 60_000])
    func lookupAgreesWithABucketScan(count: Int) throws {
        // The branch-free look-up tagging uses (one 64-bit fingerprint compare) returns the row
        // a plain scan of the bucket finds, zero when it finds none: for saved keys, which
        // include full buckets, and for absent keys, which include fingerprint false hits.
        let w = Self.weights(count, seed: UInt64(count) &+ 3)
        let model = try TaggerModel(bytes: TaggerModel.serialize(w), file: "test")
        var rng = SplitMix64(seed: 5)
        let keys = Array(w.keys) + (0..<50_000).map { _ in rng.next() }
        var hits = 0
        for k in keys {
            let r = model.row(k)
            if r != nil { hits += 1 }
            #expect(model.lookup(k) == (r ?? SIMD8()), "key \(k)")
        }
        #expect(hits >= count - model.dropped)
    }

    @Test func greedyVersionOneWeightsAreRefusedWithAReason() {
        var bytes = TaggerModel.serialize(Self.weights(10, seed: 1))
        #expect(bytes[4] == UInt8(TaggerModel.version))
        bytes[4] = 1
        #expect {
            try TaggerModel(bytes: bytes, file: "old.bin")
        } throws: { error in
            "\(error)".contains("old.bin") && "\(error)".contains("retrain")
        }
    }

    @Test func truncatedFileIsRejected() {
        var bytes = TaggerModel.serialize(Self.weights(10, seed: 1))
        bytes.removeLast()
        #expect(throws: LexiconError.self) { try TaggerModel(bytes: bytes, file: "cut.bin") }
    }
}

/// Tagging sums a token's static feature weights without building the feature array: the sum
/// must be the one the array's keys give (what training sees), on real text.
@Suite struct TaggerEmissionTests {
    @Test func emissionEqualsTheSumOverTheFeatureArray() throws {
        let dir = Fixture.packageRoot.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files.prefix(2) {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let view = Fixture.view(text)
            let features = TaggerFeatures(view: view, rules: Fixture.recognizer.ruleCandidates(view))
            // A model holding a weight for every feature of the document, so every lookup counts.
            var keys: [UInt64] = []
            var buf: [UInt64] = []
            for i in 0..<view.count { features.staticFeatures(i, into: &buf); keys += buf }
            var rng = SplitMix64(seed: 11)
            var weights: [UInt64: SIMD8<Float>] = [:]
            for k in keys where weights[k] == nil {
                var v = SIMD8<Float>()
                for j in 0..<TaggerFeatures.classCount { v[j] = Float(Int(rng.next() % 2001) - 1000) }
                weights[k] = v
            }
            let model = try TaggerModel(bytes: TaggerModel.serialize(weights), file: "test")
            var mismatches = 0
            for i in 0..<view.count {
                features.staticFeatures(i, into: &buf)
                if model.emission(features, i) != model.score(keys: buf) { mismatches += 1 }
            }
            #expect(mismatches == 0, "\(file)")
            #expect(model.score(keys: buf) != SIMD8<Int32>())
        }
    }

    /// Transitions come from pair scores summed at load and token scores the scorer keeps per
    /// label group within a token: they must be the sums of the dynamic feature keys' weights,
    /// for every token and every pair of previous classes.
    @Test func transitionEqualsTheSumOverTheDynamicFeatures() throws {
        let dir = Fixture.packageRoot.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let text = try String(contentsOf: dir.appendingPathComponent(files[0]), encoding: .utf8)
        let view = Fixture.view(text)
        let features = TaggerFeatures(view: view, rules: Fixture.recognizer.ruleCandidates(view))
        let c = TaggerFeatures.classCount
        var keys: Set<UInt64> = []
        var buf: [UInt64] = []
        for i in 0..<view.count {
            for p in 0..<c { for p2 in 0..<c { features.dynamicFeatures(i, previous: p, previous2: p2, into: &buf); keys.formUnion(buf) } }
        }
        var rng = SplitMix64(seed: 13)
        var weights: [UInt64: SIMD8<Float>] = [:]
        for k in keys.sorted() {
            var v = SIMD8<Float>()
            for j in 0..<c { v[j] = Float(Int(rng.next() % 2001) - 1000) }
            weights[k] = v
        }
        let model = try TaggerModel(bytes: TaggerModel.serialize(weights), file: "test")
        let got = model.transitions(features, tokens: 0..<view.count)
        var mismatches = 0, k = 0
        for i in 0..<view.count {
            for p in 0..<c {
                for p2 in 0..<c {
                    features.dynamicFeatures(i, previous: p, previous2: p2, into: &buf)
                    if got[k] != SIMD8<Float>(model.score(keys: buf)) { mismatches += 1 }
                    k += 1
                }
            }
        }
        #expect(mismatches == 0)
        #expect(got.contains { $0 != SIMD8() })
    }
}
