/// The entry types a lexicon line may carry (second column of the gazetteer TSV format).
///
/// The first five are entity types; the rest are word classes the rules and the tagger use.
public enum LexiconKind: UInt8, Sendable, CaseIterable {
    case person, organization, location, product, misc
    /// A first name (`Kevin`).
    case givenName
    /// A surname (`Rossi`).
    case surname
    /// A title or role before a person's name (`presidente`, `regista`, `CEO`, `dott.`).
    case title
    /// A word announcing a place (`città`, `comune`, `provincia`).
    case locationTrigger
    /// A word announcing or heading an organization (`Ministero`, `Partito`, `azienda`).
    case organizationTrigger
    /// A word closing an organization name (`S.p.A.`, `Inc.`, `Foundation`, `AI`).
    case organizationSuffix
    /// A word that is never an entity by itself (`Il`, `Per`).
    case stop
    /// A particle inside names (`de`, `di`, `della`, `van`, `von`).
    case particle
    /// A common Italian word (from a word list), used to tell sentence-initial capitals from names.
    /// Files may also write it `WORD`.
    case common
    /// A nationality adjective or noun (`italiano`, `americana`), as in `governo italiano`.
    case demonym
    /// A province or country code (`FI`, `MI`), a place inside brackets: `Regello (FI)`.
    case locationCode
    /// A word announcing a product (`modello`, `app`, `chatbot`, `strumenti`).
    case productTrigger
    /// A word that marks English text (`with`, `another`, `leaked`): frequent in English, rare in Italian.
    case englishWord
    /// A word announcing the title of a work right after it (`il film Avatar`, `l’album Thriller`).
    case workTrigger
    /// A maker of works whose title follows `di` (`il regista di Avatar`, `l’autore di Gomorra`).
    case workAuthor
    /// A word closing a place name, mostly in English (`Charles River`, `Phillip Island`, `Hyde Park`).
    case locationSuffix

    /// The column value in lexicon files.
    public var name: String {
        switch self {
        case .person: return "PER"
        case .organization: return "ORG"
        case .location: return "LOC"
        case .product: return "PRODUCT"
        case .misc: return "MISC"
        case .givenName: return "GIVEN"
        case .surname: return "SURNAME"
        case .title: return "TITLE"
        case .locationTrigger: return "LOC_TRIGGER"
        case .organizationTrigger: return "ORG_TRIGGER"
        case .organizationSuffix: return "ORG_SUFFIX"
        case .stop: return "STOP"
        case .particle: return "PARTICLE"
        case .common: return "COMMON"
        case .demonym: return "DEMONYM"
        case .locationCode: return "LOC_CODE"
        case .productTrigger: return "PRODUCT_TRIGGER"
        case .englishWord: return "EN_WORD"
        case .workTrigger: return "WORK_TRIGGER"
        case .workAuthor: return "WORK_AUTHOR"
        case .locationSuffix: return "LOC_SUFFIX"
        }
    }

    /// Parses a column value given as raw bytes.
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> LexiconKind? {
        let count = end - start
        for (name, kind) in byteNames where name.count == count {
            var same = true
            for j in 0..<count where name[j] != b[start + j] { same = false; break }
            if same { return kind }
        }
        return nil
    }

    private static let byName: [String: LexiconKind] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
        .merging(["WORD": .common], uniquingKeysWith: { a, _ in a })
    private static let byteNames: [([UInt8], LexiconKind)] = byName.map { (Array($0.key.utf8), $0.value) }
        .sorted { $0.0.count < $1.0.count }

    /// The entity label of an entity-type entry.
    var label: EntityLabel? {
        switch self {
        case .person: return .person
        case .organization: return .organization
        case .location: return .location
        case .product: return .product
        case .misc: return .misc
        default: return nil
        }
    }

    /// This kind's bit in a type mask.
    @inline(__always) var bit: UInt32 { 1 << UInt32(rawValue) }
}

/// A set of lexicon kinds as a bit mask.
struct KindMask: Sendable, Hashable {
    var raw: UInt32
    @inline(__always) func contains(_ k: LexiconKind) -> Bool { raw & k.bit != 0 }
    static let entityKinds: UInt32 = 0b11111
}
