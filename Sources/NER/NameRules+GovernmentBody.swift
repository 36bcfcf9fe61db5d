/// A state's bodies named by a lowercase common noun after a definite article are
/// organizations: `il governo`, `il governo italiano`, `il regime di Assad`, `la procura`.
/// KIND's guidelines annotate them so (`Il [governo italiano] si è espresso`, `[regime] di
/// [Assad]`), and its Wikinews training data follows them: after an article `governo` is ORG
/// 137 times to 7, `regime` 22 to 0, `esercito` 33 to 1, `consiglio` 31 to 3, `magistratura`
/// 12 to 0. The tagger, trained also on the De Gasperi letters whose annotators leave `il
/// governo` out (198 to 3), keeps only about half of them. Without an article the noun is mostly no name (`crisi di
/// governo`, `capi di stato e di governo`), so the rule needs one.
extension NameRules {
    /// Lowercase nouns for a state's bodies (ORG after an article in >= 80% of Wikinews cases).
    static let governmentBodies: Set<String> = [
        "governo", "regime", "magistratura", "esercito", "parlamento", "procura", "questura", "prefettura",
        "gendarmeria", "polizia", "ministero", "consolato", "consiglio", "giunta",
    ]
    static let governmentBodyWords = WordSet(governmentBodies)

    /// Organizations for the government nouns no span covers: the noun, and the lowercase
    /// nationality adjective right after it (`il governo tedesco`). `spans` is in text order.
    static func governmentBodySpans(_ spans: [Candidate], _ v: DocumentView) -> [Candidate] {
        var out: [Candidate] = []
        var k = 0
        for i in 1..<max(v.count, 1) where !v.has(i, F.capitalized) && governmentBodyWords.contains(v, i) {
            while k < spans.count && spans[k].tokens.upperBound <= i { k += 1 }
            if k < spans.count && spans[k].tokens.lowerBound <= i { continue }
            guard TaggerModel.definiteArticles.contains(v.normalized[i - 1]) else { continue }
            var end = i + 1
            if end < v.count, !v.has(end, F.capitalized), v.isKind(end, .demonym),
               k >= spans.count || spans[k].tokens.lowerBound > end { end += 1 }
            out.append(Candidate(tokens: i..<end, label: .organization, priority: 0, source: Rule.governmentBody.0))
        }
        return out
    }
}
