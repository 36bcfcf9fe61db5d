import Testing
@testable import NER

/// `NameRules.streetStart`: a lowercase street or district head joins the name after it, which
/// becomes a place (`via della Repubblica`, `viale Mazzini`).
@Suite struct StreetRuleTests {
    static let cases: [(String, String, EntityLabel, String?)] = [
        // (text, name as proposed, its label, the place expected or nil)
        ("La sede è in via della Repubblica da anni.", "Repubblica", EntityLabel.organization, "via della Repubblica"),
        ("Abita in viale Mazzini da anni.", "Mazzini", .person, "viale Mazzini"),
        ("Il corteo è passato da piazza Venezia ieri.", "Venezia", .location, "piazza Venezia"),
        ("Lo ha annunciato via Twitter ieri.", "Twitter", .organization, nil),       // a preposition
        ("Ha girato un vicolo di Oakland di notte.", "Oakland", .location, nil),      // where, not which
        ("Ieri la provincia ha deciso.", "provincia", .organization, nil),            // a lone head
        ("Hanno scalato il monte Bianco ieri.", "Bianco", .person, "monte Bianco"),   // a natural feature
    ]

    @Test(arguments: cases)
    func street(_ c: (String, String, EntityLabel, String?)) throws {
        let (text, name, label, place) = c
        let v = Fixture.view(text)
        let words = name.split(separator: " ").map(String.init)
        let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == words[0] })
        let c = Candidate(tokens: i..<(i + words.count), label: label, priority: 0, source: "test")
        let start = NameRules.streetStart(c, v, previousEnd: 0)
        let found = start.map { s in v.tokens[s..<c.tokens.upperBound].map { String($0.text) }.joined(separator: " ") }
        #expect(found == place)
    }
}

/// `NameRules.isPlaceAfterPlaceWord`: a name after `di` and a lowercase word for an area is a
/// place; not after a building's name, nor after the verb `stato`.
@Suite struct PlaceWordRuleTests {
    static let cases: [(String, String, Bool)] = [
        ("Viaggia nello stato indiano di Himachal Pradesh da anni.", "Himachal", true),
        ("È atterrato all’aeroporto di Fiumicino ieri.", "Fiumicino", true),
        ("Era stato rappresentante di Cavour a Parigi.", "Cavour", false),   // stato, the verb
        ("Ha visitato il palazzo di Cavour ieri.", "Cavour", false),          // a building: the owner
    ]

    @Test(arguments: cases)
    func placeWord(_ c: (String, String, Bool)) throws {
        let v = Fixture.view(c.0)
        let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == c.1 })
        let candidate = Candidate(tokens: i..<(i + 1), label: .person, priority: 0, source: "test")
        #expect(NameRules.isPlaceAfterPlaceWord(candidate, v) == c.2)
    }
}

/// `NameRules.compassAdjectiveEnd`: a lowercase compass adjective right after a place joins it.
@Suite struct CompassAdjectiveRuleTests {
    @Test(arguments: [
        ("Le piogge hanno colpito l’India nordorientale ieri.", "India", EntityLabel.location, String?("India nordorientale")),
        ("Il sisma ha scosso la Sardegna meridionale.", "Sardegna", .location, "Sardegna meridionale"),
        ("La Banca Centrale ha deciso.", "Banca", .organization, nil),              // not a place
        ("Il presidente Mario centrale ha parlato.", "Mario", .person, nil),          // not a place
    ])
    func compass(text: String, name: String, label: EntityLabel, expected: String?) throws {
        let v = Fixture.view(text)
        let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == name })
        let c = Candidate(tokens: i..<(i + 1), label: label, priority: 0, source: "test")
        let end = NameRules.compassAdjectiveEnd(c, v, nextStart: v.count)
        #expect(end.map { e in v.tokens[i..<e].map { String($0.text) }.joined(separator: " ") } == expected)
    }

    @Test func stopsAtTheNextSpan() throws {
        let v = Fixture.view("Il sisma ha scosso la Sardegna meridionale.")
        let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == "Sardegna" })
        let c = Candidate(tokens: i..<(i + 1), label: .location, priority: 0, source: "test")
        #expect(NameRules.compassAdjectiveEnd(c, v, nextStart: i + 1) == nil)
    }
}
