import Testing
@testable import NER

/// Each named rule on its own, with the small fixture lexicon (no tagger).
@Suite struct RulesTests {
    @Test(arguments: [
        // (text, entity, label, rule)
        ("Ieri il regista Patrick Cederberg ha parlato.", "Patrick Cederberg", "PER", "title-context"),
        ("Ne ha parlato l’ex CTO Murati ieri.", "Murati", "PER", "title-context"),
        ("Ieri Kevin Weil ha parlato.", "Kevin Weil", "PER", "given-name"),
        ("Lo dice Luca Rossi stamattina.", "Luca Rossi", "PER", "surname"),
        ("Ieri Stability AI ha firmato.", "Stability AI", "ORG", "org-suffix"),
        ("Ieri Acme Tessile S.p.A. ha chiuso.", "Acme Tessile S.p.A.", "ORG", "org-suffix"),
        ("Lo ha deciso la Celtic League ieri.", "Celtic League", "ORG", "org-suffix"),
        ("Abita sulla riva del Charles River da anni.", "Charles River", "LOC", "loc-suffix"),
        ("Si corre a Phillip River domenica.", "Phillip River", "LOC", "loc-suffix"),  // the place word beats the first name
        ("Lo dice il Ministero della Salute oggi.", "Ministero della Salute", "ORG", "org-head"),
        ("Abito in Via Nazionale da anni.", "Via Nazionale", "LOC", "loc-head"),
        ("Vive nella città di Tarvisio da anni.", "Tarvisio", "LOC", "loc-context"),
        ("Ha investito nella startup Brizzolo ieri.", "Brizzolo", "ORG", "org-context"),
        ("Lo scrive Kol Tregaskes (@koltregaskes) su X.", "Kol Tregaskes", "PER", "handle-apposition"),
        ("Ieri la CGIL ha scioperato.", "CGIL", "ORG", "acronym"),
        ("Ha usato il modello Zorblax per i video.", "Zorblax", "PRODUCT", "product-context"),
        ("Usate strumenti open source, come Quibbo, Mochi 1 e Zeta Flow.", "Mochi 1", "PRODUCT", "product-context"),
        ("Usate strumenti open source, come Quibbo, Mochi 1 e Zeta Flow.", "Zeta Flow", "PRODUCT", "product-context"),
        ("Ne parla oggi Vincent van Gogh al museo.", "Vincent van Gogh", "PER", "cap-sequence:name-shape"),
    ])
    func rule(text: String, entity: String, label: String, rule: String) {
        let found = Fixture.entities(text)
        let hit = found.first { $0.1 == entity }
        #expect(hit?.0 == label, "\(found)")
        #expect(hit?.2 == rule, "\(found)")
    }

    @Test(arguments: [
        ("La conferenza dell’Austria è finita.", "Austria", "LOC"),   // elided article before a name
        ("L’Onu ha risposto.", "Onu", "ORG"),                          // sentence-initial elision
        ("Il governo ha deciso.", "governo", "ORG"),                   // lowercase lexicon entry
        ("Ha vinto il Regno Unito.", "Regno Unito", "LOC"),            // longest match
        ("Sono tornato a Roma ieri.", "Roma", "LOC"),                  // a town beats the club named after it
        ("Ieri OpenAI ha presentato Sora.", "Sora", "PRODUCT"),
        ("Ieri Claude ha risposto.", "Claude", "PRODUCT"),              // a one-word product…
    ])
    func gazetteer(text: String, entity: String, label: String) {
        #expect(Fixture.label(of: entity, in: text) == label, "\(Fixture.entities(text))")
        #expect(Fixture.source(of: entity, in: text)?.hasPrefix("gazetteer:") == true)
    }

    /// …that is also a first name is a person's before a surname (Claude Monet).
    @Test func productThatIsAFirstNameBeforeASurnameIsAPerson() {
        #expect(Fixture.label(of: "Claude Monet", in: "Ieri Claude Monet dipingeva.") == "PER")
        #expect(Fixture.label(of: "Claude", in: "Ieri Claude dipingeva.") == "PRODUCT")
    }

    @Test func sentenceInitialCommonWordsAreNotNames() {
        let found = Fixture.entities("Oggi piove. Il tempo cambia.")
        #expect(found.isEmpty, "\(found)")
    }

    @Test func sentenceInitialSurnameThatIsACommonWordIsSkippedButNotMidSentence() {
        // "Pace" is a surname and a common word: only a capital mid-sentence counts.
        let lex = try! Lexicons(parsing: Fixture.lexiconText + "\npace\tWORD\t\ttest\n")
        let r = EntityRecognizer(lexicons: lex)
        #expect(Fixture.entities("Pace e bene.", recognizer: r).isEmpty)
    }

    @Test func oneSensePerDocument() {
        let found = Fixture.entities("Ieri Kevin Weil ha parlato. Poi Weil ha risposto.")
        #expect(found.filter { $0.1 == "Weil" }.map(\.0) == ["PER"], "\(found)")
        #expect(found.first { $0.1 == "Weil" }?.2 == "one-sense")
    }

    @Test(arguments: [
        ("Vai su https://example.com/a?b=1 ora.", "https://example.com/a?b=1", "URL"),
        ("Scrivi a mario.rossi@example.it oggi.", "mario.rossi@example.it", "EMAIL"),
        ("Lo dice @koltregaskes ora.", "@koltregaskes", "MENTION"),
        ("Cresce #SoraLeak ovunque.", "#SoraLeak", "HASHTAG"),
        ("Il 26 novembre 2024 è uscito.", "26 novembre 2024", "DATE"),
        ("Era il 26/11/2024 a mezzogiorno.", "26/11/2024", "DATE"),
        ("Vale 150 miliardi di dollari ormai.", "150 miliardi di dollari", "MONEY"),
        ("Costa € 20 al mese.", "€ 20", "MONEY"),
        ("Crescita del 10,5% annuo.", "10,5%", "PERCENT"),
        ("Crescita del 12 per cento annuo.", "12 per cento", "PERCENT"),
    ])
    func patterns(text: String, entity: String, label: String) {
        #expect(Fixture.label(of: entity, in: text) == label, "\(Fixture.entities(text))")
    }

    @Test func overlapsGoToPriorityThenLengthThenStart() {
        let c = [
            Candidate(tokens: 0..<2, label: .misc, priority: 40, source: "a"),
            Candidate(tokens: 1..<3, label: .person, priority: 55, source: "b"),
            Candidate(tokens: 3..<6, label: .location, priority: 50, source: "c"),
            Candidate(tokens: 3..<5, label: .organization, priority: 50, source: "d"),
            Candidate(tokens: 6..<8, label: .person, priority: 10, source: "e"),
            Candidate(tokens: 7..<9, label: .organization, priority: 10, source: "f"),
        ]
        #expect(Candidate.resolve(c, tokenCount: 10).map(\.source) == ["b", "c", "e"])
    }

    @Test func mentionsCarryConsistentOffsets() {
        let text = "«Così» ha detto Kevin Weil all’Onu."
        let tokens = Fixture.tokenizer.tokens(in: text)
        for m in Fixture.recognizer.entities(in: tokens, text: text) {
            #expect(String(text.unicodeScalars.dropFirst(m.start).prefix(m.end - m.start)) == String(m.text))
            #expect(Array(Array(text.utf8)[m.utf8Range]) == Array(m.text.utf8))
        }
    }
}
