import Testing
@testable import NER

/// The speaker-to-entity index must find what a linear `first(where:)` finds.
@Suite struct EntityOverlapIndexTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func agreesWithLinearSearch(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        // Random spans, some nested, some overlapping, some empty.
        let spans = (0..<Int.random(in: 0...40, using: &rng)).map { _ -> EntitySpan in
            let s = Int.random(in: 0...200, using: &rng)
            return EntitySpan(s..<(s + Int.random(in: 0...25, using: &rng)), label: "PER")
        }
        let sorted = spans.sorted { $0.scalarRange.lowerBound < $1.scalarRange.lowerBound }
        let index = EntityOverlapIndex(spans)
        for s in 0...230 {
            for len in [0, 1, 3, 12] {
                let r = s..<(s + len)
                let expected = sorted.first { $0.scalarRange.overlaps(r) }
                #expect(index.first(overlapping: r)?.scalarRange == expected?.scalarRange, "range \(r)")
            }
        }
    }
}
