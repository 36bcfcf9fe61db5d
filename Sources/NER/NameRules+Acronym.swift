/// An acronym in parentheses right after an organization or a place is its short form:
/// `Parliamentary Assembly of the Council of Europe (PACE)`, `Scarperia (FI)`.
extension NameRules {
    /// Gives such acronyms the label of the name before them (adding them when nothing was
    /// proposed there). A person's name is left alone: `Mario Rossi (PD)` names a party.
    /// `spans` must be in text order without overlaps; it stays so.
    static func labelParentheticalAcronyms(_ spans: inout [Candidate], _ v: DocumentView) {
        var added: [Candidate] = []
        var k = 0
        for s in spans.indices {
            let c = spans[s]
            guard c.label == .organization || c.label == .location else { continue }
            let e = c.tokens.upperBound
            guard e + 2 < v.count, v.normalized[e] == "(", v.normalized[e + 2] == ")", isAcronym(v, e + 1) else { continue }
            while k < spans.count, spans[k].tokens.upperBound <= e + 1 { k += 1 }
            if k < spans.count, spans[k].tokens.lowerBound <= e + 1 {
                // Something already there: relabel it when it is exactly the acronym.
                if spans[k].tokens == e + 1..<e + 2, spans[k].label.isName, spans[k].label != c.label {
                    spans[k].label = c.label
                    spans[k].source += "+" + Rule.acronymApposition.0
                }
            } else {
                added.append(Candidate(tokens: e + 1..<e + 2, label: c.label, priority: 0, source: Rule.acronymApposition.0))
            }
        }
        guard !added.isEmpty else { return }
        spans += added
        spans.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Two to eight capital letters, nothing else (`PACE`, `FI`; not `C3S` or `UTC+2`).
    static func isAcronym(_ v: DocumentView, _ i: Int) -> Bool {
        guard v.has(i, F.wordLike), v.has(i, F.allCaps), !v.has(i, F.hasDigit) else { return false }
        let u = v.normalized[i].utf8
        return u.count >= 2 && u.count <= 8 && u.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }
}
