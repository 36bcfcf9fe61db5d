import Testing
@testable import NER

/// One-sense grouping asks whether a candidate came from a gazetteer by searching its source.
@Suite struct OneSenseTests {
    @Test(arguments: [("gazetteer:orgs.tsv:curated", true), ("tagger+gazetteer:places.tsv", true), ("tagger", false),
                      ("gazetteeR", false), ("", false), ("gazette", false), ("xgazetteer", true), ("tagger+groupName", false)])
    func sourcesNamingAGazetteer(_ source: String, _ expected: Bool) {
        #expect(OneSense.mentionsGazetteer(source) == expected)
        #expect(OneSense.mentionsGazetteer(source) == source.contains(Rule.gazetteer.0))
    }
}
