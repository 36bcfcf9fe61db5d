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
    private var index = MatchIndex()

    /// Creates a lexicon from entries.
    public init(entries: [Entry]) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            if e.match == .exact { if exact[e.phrase] == nil { exact[e.phrase] = i } } else { others.append(i) }
        }
        index = MatchIndex(exact: exact, others: others.map { entries[$0] })
    }

    public static func == (a: Self, b: Self) -> Bool { a.entries == b.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// Look-up structures derived from the entries.
    private struct MatchIndex: Sendable {
        /// Exact phrases by bytes (used when all of them are NFC-trivial).
        var exact = ByteStringTable()
        var exactTrivial = false
        /// The prefix and contains phrases, in file order (positions in `others`).
        var phrases: [[UInt8]] = []
        var match: [Match] = []
        /// Positions in `phrases` by the phrase's first byte.
        var byFirstByte: [[Int]] = Array(repeating: [], count: 256)
        var emptyPhrase = Int.max
        var hasContains = false

        init() {}

        init(exact dict: [String: Int], others: [Entry]) {
            exactTrivial = true
            for (key, i) in dict {
                var key = key
                key.withUTF8 { b in
                    if !ScalarTable.isNFCTrivial(b) { exactTrivial = false }
                    exact.insert(b, value: i)
                }
            }
            for (k, e) in others.enumerated() {
                let p = Array(e.phrase.utf8)
                phrases.append(p)
                match.append(e.match)
                if e.match == .contains { hasContains = true }
                if let f = p.first { byFirstByte[Int(f)].append(k) } else { emptyPhrase = min(emptyPhrase, k) }
            }
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
        var copy = line
        return copy.withUTF8 { b in
            match(normalized: line, bytes: b, trivial: ScalarTable.isNFCTrivial(b))
        }
    }

    /// ``match(normalized:)`` given the line's bytes and whether they are NFC-trivial.
    func match(normalized line: String, bytes: [UInt8], trivial: Bool) -> Entry? {
        bytes.withUnsafeBufferPointer { match(normalized: line, bytes: $0, trivial: trivial) }
    }

    func match(normalized line: String, bytes b: UnsafeBufferPointer<UInt8>, trivial: Bool) -> Entry? {
        // Exact phrases compare as Strings (canonical equivalence); when the line and every
        // phrase are NFC-trivial that is byte equality, and a byte table answers.
        if trivial && index.exactTrivial {
            if let i = index.exact.find(b) { return entries[i] }
        } else if let i = exact[line] {
            return entries[i]
        }
        guard let first = b.first else {
            // Only an empty phrase matches an empty line.
            return index.emptyPhrase == Int.max ? nil : entries[others[index.emptyPhrase]]
        }
        // The first prefix or contains entry (in file order) that matches.
        var best = Int.max
        for k in index.byFirstByte[Int(first)] where index.match[k] == .prefix {
            let p = index.phrases[k]
            if p.count <= b.count && p.withUnsafeBufferPointer({ memoryEqual(b.baseAddress!, $0.baseAddress!, $0.count) }) {
                best = k; break
            }
        }
        if index.emptyPhrase < best { best = index.emptyPhrase }
        if index.hasContains {
            var i = 0
            while i < b.count {
                for k in index.byFirstByte[Int(b[i])] where k < best && index.match[k] == .contains {
                    let p = index.phrases[k]
                    if p.count <= b.count - i && p.withUnsafeBufferPointer({ memoryEqual(b.baseAddress! + i, $0.baseAddress!, $0.count) }) {
                        best = k
                    }
                }
                i += 1
            }
        }
        return best == Int.max ? nil : entries[others[best]]
    }

    /// Normalizes a line for matching: lowercase, `’` → `'`, runs of white space → one space,
    /// leading bullets and trailing `:` `.` `…` `|` removed.
    public static func normalize(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        if let done: Void = s.utf8.withContiguousStorageIfAvailable({ normalize($0, into: &out) }) { _ = done } else {
            var copy = String(s)
            copy.withUTF8 { normalize($0, into: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ``normalize(_:)`` on valid UTF-8 bytes, into `out` (emptied first).
    static func normalize(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        // ASCII by hand, other scalars through their lowercase mapping.
        out.removeAll(keepingCapacity: true)
        out.reserveCapacity(b.count)
        var pendingSpace = false
        ScalarTable.flags.withUnsafeBufferPointer { table in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { pendingSpace = !out.isEmpty; continue }
                    if out.isEmpty && (c == 0x7C || c == 0x2D) { continue }  // | -
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x60 ? 0x27 : c)
                    continue
                }
                let (v, n) = ScalarTable.decode(b, i)
                let f = v < ScalarTable.limit ? table[Int(v)] : ScalarTable.compute(v)
                if f & ScalarTable.whitespace != 0 { pendingSpace = !out.isEmpty; i += n; continue }
                // • · – —
                if out.isEmpty && (v == 0x2022 || v == 0xB7 || v == 0x2013 || v == 0x2014) { i += n; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                if v == 0x2019 || v == 0x2018 || v == 0xB4 {
                    out.append(0x27)
                } else if f & ScalarTable.lowercaseIsSelf != 0 {
                    for k in 0..<n { out.append(b[i + k]) }
                } else {
                    ScalarTable.appendLowercase(v, to: &out)
                }
                i += n
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
