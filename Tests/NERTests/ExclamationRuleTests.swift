import Testing
@testable import NER

/// `NameRules.exclamationEnd`: a brand's `!` (Yahoo!) joins the name only when the sentence
/// goes on after it in lowercase, and only for organizations, products and other names.
@Suite struct ExclamationRuleTests {
    @Test(arguments: [
        // (text, entity expected, label)
        ("Ieri Yahoo! ha annunciato un accordo.", "Yahoo!", "ORG"),
        ("L’accordo tra OpenAI e Yahoo! è saltato.", "Yahoo!", "ORG"),
        ("Ha vinto Yahoo! Poi tutti a casa.", "Yahoo", "ORG"),          // the ! ends the sentence
        ("Ha vinto Yahoo!", "Yahoo", "ORG"),                            // nothing after it
        ("Ha chiamato Kevin Weil! poi è uscito.", "Kevin Weil", "PER"), // people are called, not named
        ("Viva Roma! viva noi.", "Roma", "LOC"),                        // places are cheered
    ])
    func exclamation(text: String, entity: String, label: String) {
        let found = Fixture.entities(text)
        #expect(found.contains { $0.1 == entity && $0.0 == label }, "\(found)")
        if !entity.hasSuffix("!") { #expect(!found.contains { $0.1.hasSuffix("!") }, "\(found)") }
    }

    @Test func explainNamesTheRule() {
        #expect(Fixture.source(of: "Yahoo!", in: "Ieri Yahoo! ha annunciato un accordo.")?.hasSuffix("+exclamation-mark") == true)
    }
}
