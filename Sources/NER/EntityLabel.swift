/// The type of a named entity or pattern entity.
///
/// PER, ORG and LOC follow the KIND/NERMuD guidelines (e.g. lowercase `governo` is ORG);
/// the other labels come from lexicons (PRODUCT, MISC) or pattern rules.
public enum EntityLabel: String, Sendable, CaseIterable, Codable, Hashable {
    /// A person, a group of people or a named animal.
    case person = "PER"
    /// A formally established organization: company, institution, party, team, outlet.
    case organization = "ORG"
    /// A place: country, city, region, facility, geographic feature.
    case location = "LOC"
    /// A product, model or piece of software (`Sora`, `Mochi 1`).
    case product = "PRODUCT"
    /// Another proper name (events, works, nationality-free names).
    case misc = "MISC"
    /// A calendar date (`26 novembre 2024`, `26/11/2024`).
    case date = "DATE"
    /// An amount of money (`10 milioni di euro`, `$5`).
    case money = "MONEY"
    /// A percentage (`35%`, `12 per cento`).
    case percent = "PERCENT"
    /// A social-media handle (`@koltregaskes`).
    case mention = "MENTION"
    /// A hashtag (`#SoraLeak`).
    case hashtag = "HASHTAG"
    /// A web address.
    case url = "URL"
    /// An e-mail address.
    case email = "EMAIL"

    /// Whether the label is a name type (PER, ORG, LOC, PRODUCT, MISC), not a pattern entity.
    var isName: Bool { self == .person || self == .organization || self == .location || self == .product || self == .misc }

    /// The three types KIND/NERMuD score.
    public static let kindTypes: [EntityLabel] = [.person, .organization, .location]

    /// Parses a label name, case-insensitively, accepting `PERSON`, `LOCATION`, `ORGANIZATION` too.
    public init?(name: some StringProtocol) {
        let up = name.uppercased()
        switch up {
        case "PERSON": self = .person
        case "LOCATION", "GPE": self = .location
        case "ORGANIZATION", "ORGANISATION": self = .organization
        default:
            guard let l = EntityLabel(rawValue: up) else { return nil }
            self = l
        }
    }
}
