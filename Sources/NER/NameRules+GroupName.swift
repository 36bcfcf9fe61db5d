/// Names of groups (teams, bands, collectives) the tagger takes for people or places.
///
/// People: after a plural article (`contro gli Atlanta Braves`, `dai Barbarians`, `l’iniziativa
/// dei Sora PR Puppets`), or opened by a short all-caps word (`PR Puppets`, `TV Asahi`: 24
/// organizations to 1 person in the Wikinews training data). Italian puts no article before a person's name, and a plural one only
/// before a team, a band or a collective. Places: a town's club after an article (`il Parma`).
extension NameRules {
    /// Plural definite articles, alone or joined to a preposition.
    static let pluralArticles: Set<String> = [
        "i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "nei", "negli", "sui", "sugli", "coi", "cogli",
    ]

    /// Whether tokens `r`, tagged as a person, name a group instead. Spans holding a first
    /// name or surname from the lexicons stay people (`i Kennedy`, `CJ Ross`).
    static func isGroupName(_ r: Range<Int>, _ v: DocumentView) -> Bool {
        guard !r.isEmpty, !r.contains(where: { v.isKind($0, .givenName) || v.isKind($0, .surname) }) else { return false }
        let i = r.lowerBound
        if i > 0, pluralArticles.contains(v.normalized[i - 1]) { return true }
        return r.count >= 2 && v.has(i, F.allCaps) && (2...4).contains(v.normalized[i].utf8.count)
            && v.has(i + 1, F.capitalized) && v.has(i + 1, F.hasLower)
    }

    /// Whether tokens `r`, tagged as a place, are a town's club instead: one word that the
    /// lexicons also know as a club, right after an article (`il Parma`, `contro la Roma`;
    /// 58 clubs to 2 towns in the Wikinews training data). An elided article comes before
    /// continents and countries, not clubs (`l’Europa`, also a Gibraltar club's name).
    static func isClubAfterArticle(_ r: Range<Int>, _ v: DocumentView) -> Bool {
        let i = r.lowerBound
        return r.count == 1 && i > 0 && v.isKind(i, .organization) && !v.has(i - 1, F.elided)
            && TaggerModel.definiteArticles.contains(v.normalized[i - 1])
    }

    /// Whether token `e`, right after a place, ends an organization's name with it: a
    /// capitalized word that closes organization names (`Post`, `Institution`, `Express`;
    /// after a place 18 times inside an organization to 1 in KIND's training data, not counting
    /// `City`, which as often ends a place: Kansas City).
    static func isOrganizationAfterPlace(_ e: Int, _ v: DocumentView) -> Bool {
        v.isKind(e, .organizationSuffix) && v.has(e, F.capitalized) && !v.has(e, F.sentenceStart)
            && v.normalized[e] != "city" && v.tokens[e - 1].spaceAfter
    }
}
