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

/// `NameRules.labelParentheticalAcronyms`: an acronym in parentheses after an organization or
/// a place takes its label; after a person it does not (`Mario Rossi (PD)` names a party).
@Suite struct ParentheticalAcronymTests {
    @Test(arguments: [
        // (text, acronym, label or nil)
        ("Vive nel Regno Unito (UK) da anni.", "UK", "LOC"),
        ("Ieri OpenAI (OAI) ha parlato.", "OAI", "ORG"),
    ])
    func acronym(text: String, acronym: String, label: String) {
        let found = Fixture.entities(text)
        #expect(found.first { $0.1 == acronym }?.0 == label, "\(found)")
    }

    @Test func onlyLetters() {
        let found = Fixture.entities("Vive nel Regno Unito (C3S) da anni.")
        #expect(!found.contains { $0.1 == "C3S" && $0.0 == "LOC" }, "\(found)")
    }

    @Test func notAfterAPerson() {
        let found = Fixture.entities("Ieri Kevin Weil (PD) ha parlato.")
        #expect(found.contains { $0.1 == "Kevin Weil" && $0.0 == "PER" }, "\(found)")
        #expect(!found.contains { $0.1 == "PD" && $0.0 == "PER" }, "\(found)")
        #expect(!found.contains { $0.2.contains("acronym-apposition") }, "\(found)")
    }
}

/// `NameRules.institutionTailEnd`: a name the tagger ran into lowercase after a capitalized
/// institution word goes on through its prepositional groups.
@Suite struct InstitutionTailTests {
    @Test(arguments: [
        // (text, span of the proposed name, expected name or nil)
        ("La Commissione internazionale per la caccia alle balene ha votato.", 1..<3, "Commissione internazionale per la caccia alle balene"),
        ("La Commissione internazionale della vigna e del vino ha votato.", 1..<3, "Commissione internazionale della vigna e del vino"),
        ("La Commissione internazionale ha votato.", 1..<3, nil),
        ("La Commissione per la caccia ha votato.", 1..<2, nil),          // a lone head word
        ("La Commissione nazionale di controllare ha votato.", 1..<3, nil), // an infinitive
        ("La Commissione europea della Germania ha votato.", 1..<3, nil),   // a capital ends it
    ] as [(String, Range<Int>, String?)])
    func tail(text: String, span: Range<Int>, expected: String?) {
        let v = Fixture.view(text)
        let c = Candidate(tokens: span, label: .organization, priority: 0, source: "test")
        let end = NameRules.institutionTailEnd(c, v)
        let name = end.map { e in v.tokens[span.lowerBound..<e].map { String($0.text) }.joined(separator: " ") }
        #expect(name == expected)
    }
}
