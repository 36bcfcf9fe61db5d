/// A proposed entity span before overlaps are resolved.
struct Candidate: Sendable {
    var tokens: Range<Int>
    var label: EntityLabel
    /// Higher wins an overlap; then the longer span; then the earlier one (CoreNLP/spaCy order).
    var priority: Int
    var source: String

    /// Keeps a non-overlapping subset: explicit priority first, then longest, then earliest.
    static func resolve(_ candidates: [Candidate], tokenCount: Int) -> [Candidate] {
        let order = candidates.indices.sorted { a, b in
            let x = candidates[a], y = candidates[b]
            if x.priority != y.priority { return x.priority > y.priority }
            if x.tokens.count != y.tokens.count { return x.tokens.count > y.tokens.count }
            return x.tokens.lowerBound < y.tokens.lowerBound
        }
        var taken = Array(repeating: false, count: tokenCount)
        var kept: [Candidate] = []
        for i in order {
            let c = candidates[i]
            if c.tokens.contains(where: { taken[$0] }) { continue }
            for t in c.tokens { taken[t] = true }
            kept.append(c)
        }
        return kept.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}

/// The named rules and their priorities (shown as `source` by `--explain`).
enum Rule {
    static let pattern = ("pattern", 100)            // URL, e-mail, handle, hashtag token kinds
    static let numeric = ("numeric", 90)             // dates, money, percentages
    static let gazetteer = ("gazetteer", 60)         // a lexicon entry (plus its length)
    static let productContext = ("product-context", 59) // il modello X; strumenti come X, Y e Z
    static let orgSuffix = ("org-suffix", 58)        // Stability AI, Acme S.p.A.
    static let orgHead = ("org-head", 57)            // Ministero della Salute, Banca d'Italia
    static let locHead = ("loc-head", 56)            // Via Nazionale, Lago di Garda
    static let locSuffix = ("loc-suffix", 56)        // Charles River, Phillip Island
    static let givenName = ("given-name", 55)        // Kevin Weil
    static let titleContext = ("title-context", 54)  // il regista Patrick Cederberg
    static let handleApposition = ("handle-apposition", 54) // Kol Tregaskes (@koltregaskes)
    static let locContext = ("loc-context", 53)      // la città di X
    static let orgContext = ("org-context", 53)      // la startup X
    static let surname = ("surname", 52)             // X Rossi
    static let acronym = ("acronym", 45)             // CGIL
    static let capSequence = ("cap-sequence", 40)    // unknown capitalized words
    static let oneSense = ("one-sense", 0)           // a name already resolved in the document
    static let tagger = ("tagger", 0)
    static let street = ("street", 0)                      // via della Repubblica: the head joins, a place
    static let placeWord = ("place-word", 0)               // l'aeroporto di Fiumicino: a place after a place word
    static let religiousTitle = ("religious-title", 0)     // don Luigi Ciotti: the title is inside the name
    static let placeAndSuffix = ("place-and-suffix", 0)   // New York Post: a place, then an org's closing word
    static let club = ("club", 0)                          // il Parma: a town's club, LOC -> ORG
    static let groupName = ("group-name", 0)               // PR Puppets, TV Asahi: a group, PER -> ORG
    static let workTitle = ("work-title", 0)                // a title after a work word: relabels to MISC
    static let acronymApposition = ("acronym-apposition", 0) // Scarperia (FI): the name's short form
    static let institutionTail = ("institution-tail", 0)   // Museo della scienza e della tecnica
    static let compassAdjective = ("compass-adjective", 0) // Asia centrale: the adjective is the place's
    static let governmentBody = ("government-body", 0)     // il governo tedesco: a state's body, lowercase
    static let exclamation = ("exclamation-mark", 0)       // Yahoo! ha annunciato: the mark is the name's
}
