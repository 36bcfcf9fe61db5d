/// Streets, squares and districts are places with their lowercase head: `via della
/// Repubblica`, `viale Mazzini`, `piazza San Marco`, `provincia di Milano`. In KIND's training
/// data `via` + name is one place 49 times to 12, `piazza` 27 to 1, `provincia` 62 to 6; the
/// tagger often keeps only the name, and takes `Mazzini` for a person or `Repubblica` for the
/// state.
extension NameRules {
    /// Lowercase heads of place names; the first group also before a particle (`via della …`).
    /// Natural features too (KIND Wikinews training data: `oceano` + place inside 5 times to 0,
    /// `monte` 4:0, `isole` 4:0, `golfo`, `lago`, `stretto`, `vulcano` 2:0 each).
    static let streetHeadsBeforeParticle: Set<String> = [
        "via", "viale", "piazza", "piazzale", "vicolo", "lungomare", "lungotevere", "provincia", "frazione",
        "oceano", "monte", "isole", "golfo", "lago", "stretto", "vulcano",
    ]
    static let streetHeads: Set<String> = streetHeadsBeforeParticle.union(["corso", "largo", "quartiere"])
    static let placeParticles: Set<String> = ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle", "d'"]

    /// Where name `c` starts once its lowercase head is taken in, and so becomes a place; nil
    /// when no such head comes right before it (or opens it). `previousEnd`: where the span
    /// before `c` ends. `via` before an organization without a particle is a preposition
    /// (`via Twitter`); a lone head is no name (`la provincia`).
    static func streetStart(_ c: Candidate, _ v: DocumentView, previousEnd: Int) -> Int? {
        guard c.label == .person || c.label == .organization || c.label == .location else { return nil }
        let i = c.tokens.lowerBound
        if isHead(v, i, streetHeads) { return c.label == .location || c.tokens.count < 2 ? nil : i }
        if i >= 1, i - 1 >= previousEnd, isHead(v, i - 1, streetHeads) {
            return v.normalized[i - 1] == "via" && c.label == .organization ? nil : i - 1
        }
        // After a particle a place is where the street is, not its name (`un vicolo di Oakland`).
        if i >= 2, i - 2 >= previousEnd, c.label != .location, placeParticles.contains(v.normalized[i - 1]),
           isHead(v, i - 2, streetHeadsBeforeParticle) {
            return i - 2
        }
        return nil
    }

    private static func isHead(_ v: DocumentView, _ i: Int, _ heads: Set<String>) -> Bool {
        !v.has(i, F.capitalized) && heads.contains(v.normalized[i])
    }

    /// Lowercase words for places that contain other places, after which `di` + name is a place
    /// (not buildings: `il palazzo di Cavour` is the man's).
    static let areaWords: Set<String> = [
        "città", "comune", "provincia", "regione", "paese", "capoluogo", "quartiere", "frazione", "località",
        "isola", "isole", "lago", "monte", "fiume", "valle", "aeroporto", "porto", "stazione", "golfo",
        "penisola", "contea", "distretto", "villaggio", "borgo", "stato",
    ]
    static let articlesBeforeStato: Set<String> = ["lo", "dello", "nello", "allo", "dallo", "sullo", "uno"]

    /// Whether name `c`, proposed as a person or an organization, is a place: right after `di`
    /// that follows a lowercase word for an area, maybe with an adjective between (`lo stato
    /// indiano di Himachal Pradesh`, `l’aeroporto di Fiumicino`). In KIND's training data the
    /// name after such words and `di` is a place 215 times, a person 2, an organization 18
    /// (mostly `comune di`, which the tagger already reads). `stato` counts only after an
    /// article (`era stato rappresentante di Cavour` is a verb).
    static func isPlaceAfterPlaceWord(_ c: Candidate, _ v: DocumentView) -> Bool {
        let i = c.tokens.lowerBound
        guard c.label == .person || c.label == .organization, i >= 2, v.normalized[i - 1] == "di" else { return false }
        func areaWord(_ k: Int) -> Bool {
            guard k >= 0, !v.has(k, F.capitalized), areaWords.contains(v.normalized[k]) else { return false }
            return v.normalized[k] != "stato" || (k > 0 && articlesBeforeStato.contains(v.normalized[k - 1]))
        }
        return areaWord(i - 2) || (areaWord(i - 3) && v.has(i - 2, F.wordLike) && !v.has(i - 2, F.capitalized))
    }
}

/// A compass adjective after a place belongs to it: `Asia centrale`, `Sardegna meridionale`,
/// `India nordorientale` (KIND Wikinews training data: inside the place 15 times to 0).
extension NameRules {
    static let compassAdjectives: Set<String> = [
        "centrale", "meridionale", "settentrionale", "orientale", "occidentale",
        "nordorientale", "nordoccidentale", "sudorientale", "sudoccidentale",
    ]

    /// Where place `c` ends with the compass adjective right after it, or nil; `nextStart`: where
    /// the next span starts.
    static func compassAdjectiveEnd(_ c: Candidate, _ v: DocumentView, nextStart: Int) -> Int? {
        let e = c.tokens.upperBound
        guard c.label == .location, e < v.count, e < nextStart, !v.has(e, F.capitalized),
              compassAdjectives.contains(v.normalized[e]) else { return nil }
        return e + 1
    }
}
