/// A lexicon of page-furniture phrases (share bars, "Continua a leggere", cookie and paywall
/// texts…) with the role each plays in boilerplate detection.
///
/// The filter works without a file: ``builtIn`` holds the essentials. A TSV file
/// (`Lexicons/boilerplate_phrases.tsv`) replaces or extends it:
///
/// ```
/// phrase<TAB>match<TAB>role<TAB>origin
/// condividi	exact	widget	share button, many Italian sites
/// ```
///
/// Phrases are compared against a line normalized by ``normalize(_:)`` (lowercase, one
/// apostrophe, collapsed spaces, trailing `:` `.` `…` dropped).
public struct BoilerplatePhrases: Sendable, Hashable {
    /// What a matching line is.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// A widget line (share, print, login…): boiler by itself.
        case widget
        /// A marker of a link to another article (`Leggi anche`, `rep`, `Approfondimento`):
        /// boiler, and the short lines next to it are the teaser's title and author.
        case teaser
        /// The heading of a list of links (`Articoli correlati`, `I più letti`): boiler, and
        /// the short lines after it up to the next paragraph.
        case related
        /// A mark that the article is over (`Source link`, `© Riproduzione riservata`, `Tags`).
        case end
        /// A line of a social-media embed (`Visualizza questo post su Instagram`): main text.
        case embed
        /// The player label after an in-article video title (`in riproduzione…`): boiler,
        /// but it shows that the line before it is the video's title.
        case video
    }

    /// How a phrase is compared with a line.
    public enum Match: String, Sendable, Hashable, CaseIterable {
        /// The whole normalized line equals the phrase.
        case exact
        /// The normalized line starts with the phrase.
        case prefix
        /// The normalized line contains the phrase.
        case contains
    }

    /// One phrase and where it comes from.
    public struct Entry: Sendable, Hashable {
        /// The phrase, normalized.
        public var phrase: String
        public var match: Match
        public var role: Role
        /// Where the phrase was seen or taken from.
        public var origin: String

        /// Creates an entry; the phrase is normalized.
        public init(_ phrase: String, _ match: Match, _ role: Role, origin: String) {
            self.phrase = BoilerplatePhrases.normalize(phrase)
            self.match = match
            self.role = role
            self.origin = origin
        }
    }

    /// Why a phrase file could not be read.
    public enum LoadError: Error, Hashable, Sendable, CustomStringConvertible {
        case unreadable(path: String)
        case malformed(line: Int, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let p): return "\(p): cannot read the phrase lexicon"
            case .malformed(let l, let r): return "phrase lexicon line \(l): \(r)"
            }
        }
    }

    /// All entries, in file order.
    public private(set) var entries: [Entry]
    private var exact: [String: Int] = [:]
    private var others: [Int] = []

    /// Creates a lexicon from entries.
    public init(entries: [Entry]) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            if e.match == .exact { if exact[e.phrase] == nil { exact[e.phrase] = i } } else { others.append(i) }
        }
    }

    /// Parses the TSV form: a header line, `#` comments, `phrase<TAB>match<TAB>role<TAB>origin`.
    ///
    /// - Throws: `LoadError.malformed` naming the first bad line.
    public init(parsing tsv: String) throws(LoadError) {
        var list: [Entry] = []
        var sawHeader = false
        for (n, raw) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; if line.hasPrefix("phrase\t") { continue } }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 3 else { throw .malformed(line: n + 1, reason: "expected phrase, match, role, origin") }
            guard let m = Match(rawValue: String(f[1])) else { throw .malformed(line: n + 1, reason: "unknown match '\(f[1])'") }
            guard let r = Role(rawValue: String(f[2])) else { throw .malformed(line: n + 1, reason: "unknown role '\(f[2])'") }
            list.append(Entry(String(f[0]), m, r, origin: f.count > 3 ? String(f[3]) : ""))
        }
        self.init(entries: list)
    }

    /// The entry matching an already normalized line, exact matches first.
    public func match(normalized line: String) -> Entry? {
        if let i = exact[line] { return entries[i] }
        for i in others {
            let e = entries[i]
            switch e.match {
            case .prefix where line.utf8.starts(with: e.phrase.utf8): return e
            case .contains where line.containsBytes(e.phrase): return e
            default: continue
            }
        }
        return nil
    }

    /// Normalizes a line for matching: lowercase, `’` → `'`, runs of white space → one space,
    /// leading bullets and trailing `:` `.` `…` `|` removed.
    public static func normalize(_ s: some StringProtocol) -> String {
        // Works on UTF-8 bytes: ASCII by hand, other scalars through their lowercase mapping.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0A || (v >= 0x80 && u.properties.isWhitespace) {
                pendingSpace = !out.isEmpty; continue
            }
            if out.isEmpty && (u == "•" || u == "·" || u == "|" || u == "–" || u == "—" || u == "-") { continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : v == 0x60 ? 0x27 : UInt8(v))
            } else if u == "’" || u == "‘" || u == "´" {
                out.append(0x27)
            } else {
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            }
        }
        // Drop trailing ':' '.' '…' '|' and spaces.
        while let last = out.last {
            if last == 0x3A || last == 0x2E || last == 0x7C || last == 0x20 { out.removeLast(); continue }
            if out.count >= 3 && last == 0xA6 && out[out.count - 2] == 0x80 && out[out.count - 3] == 0xE2 {
                out.removeLast(3); continue
            }
            break
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    var trimmingSpaces: SubSequence {
        var s = self[...]
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
