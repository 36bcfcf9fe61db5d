import Testing
@testable import NER

/// `NameRules.isGroupName`: a name the tagger takes for a person is a group's when a short
/// all-caps word opens it; first names and surnames stay people, and so do families.
/// (End to end on real text: the seed snapshot of `seeds/002…` holds `PR Puppets` as ORG.)
@Suite struct GroupNameRuleTests {
    @Test(arguments: [
        // (text, name, is a group)
        ("L’iniziativa dei Sora PR Puppets non è passata inosservata.", "PR Puppets", true),
        ("Il collettivo PR Puppets ha protestato.", "PR Puppets", true),
        ("Ieri i Rossi erano a cena.", "Rossi", false),                  // a family: a surname
        ("Il riavvicinamento dei Macron a Sarkozy.", "Macron", false),    // a family, unknown surname
        ("Ha parlato con Kevin Weil ieri.", "Kevin Weil", false),
    ])
    func group(text: String, name: String, isGroup: Bool) throws {
        let v = Fixture.view(text)
        let words = name.split(separator: " ").map(String.init)
        let start = try #require(v.tokens.indices.first { i in
            i + words.count <= v.count && (0..<words.count).allSatisfy { String(v.tokens[i + $0].text) == words[$0] }
        })
        #expect(NameRules.isGroupName(start..<(start + words.count), v) == isGroup)
    }
}

/// `NameRules.isClubAfterArticle`: a town the lexicons also know as a club is the club after
/// an article, not after a preposition alone nor after an elided article.
@Suite struct ClubRuleTests {
    @Test(arguments: [
        ("Domenica ha segnato contro la Roma.", true),
        ("Il gol del Roma è arrivato tardi.", true),
        ("Domenica era a Roma.", false),
        ("Partono da Roma ogni giorno.", false),
        ("Il porto dell’Roma è chiuso.", false),   // elided: the place
        ("La città dell’Austria è bella.", false),  // no club of that name
    ])
    func club(text: String, isClub: Bool) throws {
        let v = Fixture.view(text)
        let i = try #require(v.tokens.indices.first { ["Roma", "Austria"].contains(String(v.tokens[$0].text)) })
        #expect(NameRules.isClubAfterArticle(i..<(i + 1), v) == isClub)
    }
}

/// `NameRules.isOrganizationAfterPlace`: a word closing organization names, capitalized, right
/// after a place makes the place part of an organization's name (not `City`, nor a new sentence).
@Suite struct PlaceAndSuffixRuleTests {
    @Test(arguments: [
        ("Secondo il New York Post la notizia è falsa.", "Post", true),
        ("Abita a Kansas City da anni.", "City", false),
        ("Era a Roma. Post scriptum: tutto bene.", "Post", false),   // a new sentence
        ("Scrive a Roma post mortem.", "post", false),               // lowercase
    ])
    func suffix(text: String, word: String, isOrganization: Bool) throws {
        let v = Fixture.view(text)
        let e = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == word })
        #expect(NameRules.isOrganizationAfterPlace(e, v) == isOrganization)
    }
}

/// `NameRules.endsWithOrganizationWord`: a place the tagger ran into an organization's closing
/// word is that organization (the word inside the span, not after it).
@Suite struct PlaceEndingInSuffixTests {
    @Test(arguments: [
        ("Secondo il New York Post la notizia è falsa.", "New York Post", true),
        ("Abita a Kansas City da anni.", "Kansas City", false),
        ("Il Post ha scritto ieri.", "Post", false),   // the word alone: no place before it
    ])
    func ending(text: String, span: String, isOrganization: Bool) throws {
        let v = Fixture.view(text)
        let words = span.split(separator: " ").map(String.init)
        let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == words[0] })
        #expect(NameRules.endsWithOrganizationWord(i..<(i + words.count), v) == isOrganization)
    }
}
