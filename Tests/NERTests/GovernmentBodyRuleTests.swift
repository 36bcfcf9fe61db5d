import Testing
@testable import NER

/// `NameRules.governmentBodySpans`: a lowercase noun for a state's body after a definite
/// article is an organization, with the nationality adjective after it; not without the
/// article, not when capitalized or inside another span.
@Suite struct GovernmentBodyRuleTests {
    static func found(_ text: String, covered: String? = nil) throws -> [String] {
        let v = Fixture.view(text)
        var spans: [Candidate] = []
        if let covered {
            let i = try #require(v.tokens.indices.first { String(v.tokens[$0].text) == covered })
            spans.append(Candidate(tokens: i..<(i + 1), label: .person, priority: 0, source: "test"))
        }
        return NameRules.governmentBodySpans(spans, v).map { c in
            #expect(c.label == .organization)
            return v.tokens[c.tokens].map { String($0.text) }.joined(separator: " ")
        }
    }

    @Test func afterAnArticle() throws {
        #expect(try Self.found("Ieri il governo tedesco ha approvato la legge.") == ["governo tedesco"])
        #expect(try Self.found("Le proteste contro il regime non si fermano.") == ["regime"])
        #expect(try Self.found("La notizia è stata confermata dalla procura e dalla questura.") == ["procura", "questura"])
    }

    @Test func notWithoutAnArticle() throws {
        #expect(try Self.found("È scoppiata una crisi di governo ieri.").isEmpty)
        #expect(try Self.found("Serve un nuovo governo subito.").isEmpty)
    }

    @Test func notWhenCoveredOrCapitalized() throws {
        #expect(try Self.found("Il governo tedesco ha deciso.", covered: "governo").isEmpty)
        #expect(try Self.found("Ieri il Governo ha deciso.").isEmpty)
        // The adjective stays outside when another span starts there.
        #expect(try Self.found("Ieri il governo tedesco ha deciso.", covered: "tedesco") == ["governo"])
    }
}
