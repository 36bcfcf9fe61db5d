/// Names of groups (teams, bands, collectives) the tagger takes for people or places.
///
/// People: a name opened by a short all-caps word (`PR Puppets`, `TV Asahi`: 24 organizations
/// to 1 person in the Wikinews training data). A plural article is no sign: it comes before
/// families as often as before teams (`i Macron`, `gli Atlanta Braves`). Places: a town's club
/// after an article (`il Parma`).
extension NameRules {
    /// Whether tokens `r`, tagged as a person, name a group instead. Spans holding a first
    /// name or surname from the lexicons stay people (`CJ Ross`).
    static func isGroupName(_ r: Range<Int>, _ v: DocumentView) -> Bool {
        guard r.count >= 2, !r.contains(where: { v.isKind($0, .givenName) || v.isKind($0, .surname) }) else { return false }
        let i = r.lowerBound
        return v.has(i, F.allCaps) && (2...4).contains(v.normalized[i].utf8.count)
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

    /// Whether a place the tagger ran into such a closing word is the organization's name
    /// (`Secondo il New York Post`: the tagger's place is all three words).
    static func endsWithOrganizationWord(_ r: Range<Int>, _ v: DocumentView) -> Bool {
        r.count >= 2 && isOrganizationAfterPlace(r.upperBound - 1, v)
    }
}
