import Testing
@testable import NER

/// The last checks on proposed names (`EntityRecognizer.resolvedCandidates`).
@Suite struct LastChecksTests {
    /// `NameRules.isArticleAndCommonWords`: a lexicon name written with capitals (`Il Giorno`)
    /// is not found in a sentence that opens with the same words in lowercase (`Il giorno dopo`).
    @Test(arguments: [
        // (text, name, found)
        ("Il giorno dopo è arrivato.", "Il giorno", false),
        ("Il Giorno ha scritto del caso.", "Il Giorno", true),
        ("Lo ha scritto ieri Il Giorno in prima pagina.", "Il Giorno", true),
    ])
    func articleAndCommonWords(text: String, name: String, found: Bool) {
        let entities = Fixture.entities(text)
        #expect(entities.contains { $0.1 == name && $0.0 == "ORG" } == found, "\(entities)")
    }

    /// `NameRules.isAttributiveInstitution`: `Stato` after a bare `di` qualifies a noun.
    @Test(arguments: [
        ("Era una visita di Stato in Francia.", false),
        ("Ha tentato un colpo di Stato ieri.", false),
        ("Ha derubato le casse dello Stato ieri.", true),
        ("Il Segretario di Stato ha parlato.", true),
    ])
    func attributiveInstitution(text: String, found: Bool) {
        let entities = Fixture.entities(text)
        #expect(entities.contains { $0.1 == "Stato" && $0.0 == "ORG" } == found, "\(entities)")
    }
}
