import Testing
@testable import NER

/// The last checks on proposed names: English sentences quoted in Italian text and shouted
/// headings (seen in the seeds' tweet embeds and section titles).
@Suite struct SpuriousNameTests {
    @Test(arguments: [
        ("Made with Sora (see above for more info).", "Made"),
        ("Another leaked video, see above.", "Another"),
        ("Usate strumenti open Source, come dicono.", "Source"),
        ("“RILEVATO ARTWASHING AZIENDALE”", "ARTWASHING AZIENDALE"),
    ])
    func notAName(text: String, word: String) {
        let found = Fixture.entities(text)
        #expect(!found.contains { $0.1.contains(word) }, "\(found)")
    }

    @Test func namesAroundThemStay() {
        #expect(Fixture.label(of: "Sora", in: "Made with Sora (see above for more info).") == "PRODUCT")
        // A lone acronym that is also a common word is a name (the shouting needs two words).
        #expect(Fixture.label(of: "PACE", in: "Ieri la PACE ha votato.") == "ORG")
        // Capitalized unknown words that are not English stay MISC.
        #expect(Fixture.label(of: "Quibbo", in: "Usate strumenti open Quibbo, come dicono.") != nil)
    }

    @Test func anEnglishOpenerNeedsEnglishAfterIt() {
        let english = Fixture.view("Made with Sora.")
        #expect(NameRules.isEnglishOpener(english, 0))
        let italian = Fixture.view("Made ha parlato ieri.")
        #expect(!NameRules.isEnglishOpener(italian, 0))
        // Mid-sentence it is no opener.
        let middle = Fixture.view("Ieri Made with Sora.")
        #expect(!NameRules.isEnglishOpener(middle, 1))
    }

    @Test func shoutedHeadingNeedsACommonWord() {
        let v = Fixture.view("“RILEVATO ARTWASHING AZIENDALE”")
        #expect(NameRules.inShoutedHeading(v, 2..<3))
        let names = Fixture.view("“QUIBBO ZORBLAX”")
        #expect(!NameRules.inShoutedHeading(names, 1..<3))
    }

    @Test(arguments: [
        ("Ieri ho visto il film Kevin Quibbo al cinema.", "Kevin Quibbo", "MISC"),   // work word, then the title
        ("Lo dice il regista di Mira Zorblax, poi tace.", "Mira Zorblax", "MISC"),    // maker di title
        ("Lo dice il regista di Roma, poi tace.", "Roma", "LOC"),                    // lexicon places stay
        ("Ieri il film di Kevin Quibbo è uscito.", "Kevin Quibbo", "PER"),           // film di X: X made it
    ])
    func workTitles(text: String, name: String, label: String) {
        #expect(Fixture.label(of: name, in: text) == label, "\(Fixture.entities(text))")
    }
}
