import Testing
@testable import NER

/// `NameRules.religiousTitleStart`: `don` and `suor` join the person after them; other titles
/// do not.
@Suite struct ReligiousTitleRuleTests {
    @Test(arguments: [
        ("Ieri don Kevin Rossi ha parlato in chiesa.", "don Kevin Rossi"),
        ("Ieri suor Mira Rossi ha parlato in chiesa.", "suor Mira Rossi"),
        ("Ieri il regista Kevin Rossi ha parlato.", "Kevin Rossi"),
    ])
    func title(text: String, person: String) {
        let found = Fixture.entities(text)
        #expect(found.contains { $0.0 == "PER" && $0.1 == person }, "\(found)")
    }

    @Test func explainNamesTheRule() {
        #expect(Fixture.source(of: "don Kevin Rossi", in: "Ieri don Kevin Rossi ha parlato in chiesa.")?.hasSuffix("+religious-title") == true)
    }
}
