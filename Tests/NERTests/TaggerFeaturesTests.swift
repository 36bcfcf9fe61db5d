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

    /// Tagging adds the weights of a few features from rows looked up once per value
    /// (`TaggerModel.FixedRows`): their values must stay in the ranges those rows cover.
    @Test func fixedRowFeaturesStayInTheirRanges() {
        let v = Fixture.view("La Università degli Studi di Milano-Bicocca e il CNR hanno firmato con Amnesty International, a Roma.")
        let f = TaggerFeatures(view: v, rules: Fixture.recognizer.ruleCandidates(v))
        #expect(f.runInfo.contains { $0 != 0 })
        for i in 0..<v.count {
            #expect(f.runInfo[i] < UInt64(TaggerFeatures.runInfoValues))
            #expect(f.document[i] < UInt64(TaggerFeatures.documentValues))
            #expect(UInt64(v.flags[i] & 0x1FF) < UInt64(TaggerFeatures.flagValues))
            #expect(v.kinds[i].bitWidth <= TaggerFeatures.kindValues)
        }
        // The largest run value: a run of five or more, at its middle.
        #expect(UInt64(5) << 4 | 3 < UInt64(TaggerFeatures.runInfoValues))
        // Every row has its own key.
        #expect(Set(TaggerModel.FixedRows.keys).count == TaggerModel.FixedRows.count)
    }
}
