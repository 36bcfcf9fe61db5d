/// Streets, squares and districts are places with their lowercase head: `via della
/// Repubblica`, `viale Mazzini`, `piazza San Marco`, `provincia di Milano`. In KIND's training
/// data `via` + name is one place 49 times to 12, `piazza` 27 to 1, `provincia` 62 to 6; the
/// tagger often keeps only the name, and takes `Mazzini` for a person or `Repubblica` for the
/// state.
extension NameRules {
    /// Lowercase heads of place names; the first group also before a particle (`via della …`).
    static let streetHeadsBeforeParticle: Set<String> = ["via", "viale", "piazza", "piazzale", "vicolo", "lungomare", "lungotevere", "provincia", "frazione"]
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
}
