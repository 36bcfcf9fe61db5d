import Testing
@testable import NER

/// The tagger's lexicon-kind features: every kind has templates of its own.
@Suite struct TaggerFeaturesTests {
    /// Kinds past the twentieth (LOC_SUFFIX) must not reuse the next family's templates
    /// (kind 20 of the token's family would be kind 0 of the previous token's).
    @Test func kindTemplatesAreDistinctAcrossFamilies() {
        let count = LexiconKind.allCases.count
        #expect(count > 20)
        var seen: Set<UInt64> = []
        for base: UInt64 in [20, 40, 60] {
            for k in 0..<count { seen.insert(TaggerFeatures.kindTemplate(base, k)) }
        }
        #expect(seen.count == 3 * count)
        #expect(!seen.contains(80))  // the gazetteer template
        #expect(TaggerFeatures.kindTemplate(40, 0) == 40)  // the first twenty keep their templates
    }

    @Test func locationSuffixWordCarriesItsKindFeature() {
        let v = Fixture.view("Abita sulla riva del Charles River da anni.")
        let f = TaggerFeatures(view: v, rules: Fixture.recognizer.ruleCandidates(v))
        let river = v.tokens.firstIndex { $0.text == "River" }!
        let key = TaggerFeatures.key(TaggerFeatures.kindTemplate(20, Int(LexiconKind.locationSuffix.rawValue)), UInt64(v.flags[river] & 9))
        var buf: [UInt64] = []
        f.staticFeatures(river, into: &buf)
        #expect(buf.contains(key))
        f.staticFeatures(river - 1, into: &buf)  // Charles
        #expect(!buf.contains(key))
        let previousKindKey = TaggerFeatures.key(TaggerFeatures.kindTemplate(60, Int(LexiconKind.locationSuffix.rawValue)), 0)
        #expect(buf.contains(previousKindKey))  // Charles sees the place word after it
    }
}
