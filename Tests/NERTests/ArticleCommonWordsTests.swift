import Testing
@testable import NER

/// `NameRules.isArticleAndCommonWords`: a lexicon name written with capitals (`Il Giorno`) is
/// not found in a sentence that opens with the same words in lowercase (`Il giorno dopo`).
@Suite struct ArticleCommonWordsTests {
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
}
