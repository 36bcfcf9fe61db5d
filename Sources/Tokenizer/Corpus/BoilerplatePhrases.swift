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
    /// The look-up structures, behind one reference: copying the lexicon (every line of the
    /// filter passes it on) retains one object instead of each of their arrays.
    private var box = IndexBox(MatchIndex())

    private final class IndexBox: Sendable {
        let index: MatchIndex
        init(_ index: MatchIndex) { self.index = index }
    }

    /// Creates a lexicon from entries.
    public init(entries: [Entry]) {
        self.entries = entries
        for (i, e) in entries.enumerated() {
            if e.match == .exact { if exact[e.phrase] == nil { exact[e.phrase] = i } } else { others.append(i) }
        }
        box = IndexBox(MatchIndex(exact: exact, others: others.map { entries[$0] }))
    }

    public static func == (a: Self, b: Self) -> Bool { a.entries == b.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// Look-up structures derived from the entries.
    private struct MatchIndex: Sendable {
        /// Exact phrases by bytes (used when all of them are NFC-trivial).
        var exact = ByteStringTable()
        var exactTrivial = false
        /// The prefix and contains phrases, in file order (positions in `others`): their bytes
        /// are `flat[bounds[k]]`.
        var flat: [UInt8] = []
        var bounds: [Range<Int>] = []
        /// Prefix phrases by their first byte, in file order.
        var prefixByFirstByte: [[Int]] = Array(repeating: [], count: 256)
        /// The non-empty contains phrases, in file order, and their first bytes.
        var contains: [Int] = []
        /// Their first two bytes (every one is at least two bytes long, or matched by hand).
        var containsPairs = BytePairSet()
        var shortestContains = Int.max
        var longestExact = 0
        var emptyPhrase = Int.max
        /// The contains phrases of two bytes or more grouped by their first two bytes: the
        /// sorted pairs (`first << 8 | second`), and the phrases of `pairKeys[g]` in
        /// `pairEntries[pairStarts[g] ..< pairStarts[g + 1]]`, in file order. A position
        /// where the pair filter hits then tries only the phrases that start with its bytes.
        var pairKeys: [Int] = []
        var pairStarts: [Int] = [0]
        var pairEntries: [Int] = []
        /// The one-byte contains phrases, tried at every hit.
        var oneByte: [Int] = []

        init() {}

        init(exact dict: [String: Int], others: [Entry]) {
            exactTrivial = true
            for (key, i) in dict {
                var key = key
                key.withUTF8 { b in
                    if !ScalarTable.isNFCTrivial(b) { exactTrivial = false }
                    exact.insert(b, value: i)
                    longestExact = max(longestExact, b.count)
                }
            }
            for (k, e) in others.enumerated() {
                let p = Array(e.phrase.utf8)
                bounds.append(flat.count..<(flat.count + p.count))
                flat += p
                guard let f = p.first else { emptyPhrase = min(emptyPhrase, k); continue }
                if e.match == .prefix {
                    prefixByFirstByte[Int(f)].append(k)
                } else if p.count == 1 {
                    // A one-byte contains phrase: pair it with every second byte.
                    contains.append(k)
                    oneByte.append(k)
                    for second in 0...255 { containsPairs.insert(f, UInt8(second)) }
                    shortestContains = 1
                } else {
                    contains.append(k)
                    containsPairs.insert(f, p[1])
                    shortestContains = min(shortestContains, p.count)
                }
            }
            var groups: [Int: [Int]] = [:]
            for k in contains where bounds[k].count >= 2 {
                groups[Int(flat[bounds[k].lowerBound]) << 8 | Int(flat[bounds[k].lowerBound + 1]), default: []].append(k)
            }
            for key in groups.keys.sorted() {
                pairKeys.append(key)
                pairEntries += groups[key]!
                pairStarts.append(pairEntries.count)
            }
        }

        /// The group of `pairKeys` equal to `key`, or nil.
        @inline(__always)
        func group(_ key: Int) -> Int? {
            var lo = 0, hi = pairKeys.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairKeys[mid] < key { lo = mid + 1 } else { hi = mid }
            }
            return lo < pairKeys.count && pairKeys[lo] == key ? lo : nil
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
        let box = self.box
        // Exact phrases compare as Strings (canonical equivalence); when the line and every
        // phrase are NFC-trivial that is byte equality, and a byte table answers.
        if trivial && box.index.exactTrivial {
            if b.count <= box.index.longestExact, let i = box.index.exact.find(b) { return entries[i] }
        } else if let i = exact[line] {
            return entries[i]
        }
        guard let first = b.first else {
            // Only an empty phrase matches an empty line.
            return box.index.emptyPhrase == Int.max ? nil : entries[others[box.index.emptyPhrase]]
        }
        // The first prefix or contains entry (in file order) that matches.
        let best = box.index.flat.withUnsafeBufferPointer { flat -> Int in
            var best = box.index.emptyPhrase
            for k in box.index.prefixByFirstByte[Int(first)] {
                if k > best { break }
                let r = box.index.bounds[k]
                if r.count <= b.count && memoryEqual(b.baseAddress!, flat.baseAddress! + r.lowerBound, r.count) { best = k; break }
            }
            guard !box.index.contains.isEmpty else { return best }
            let last = b.count - box.index.shortestContains
            let pairs = box.index.containsPairs
            var from = 0
            // The earliest entry (smallest k) matching anywhere: at each hit, the phrases of
            // the hit's byte pair, then the one-byte ones.
            @inline(__always) func tryEntry(_ k: Int, at i: Int) {
                let r = box.index.bounds[k]
                if k < best && flat[r.lowerBound] == b[i] && r.count <= b.count - i
                    && memoryEqual(b.baseAddress! + i, flat.baseAddress! + r.lowerBound, r.count) {
                    best = k
                }
            }
            while let i = pairs.next(in: b, from: from, through: last) {
                if let g = box.index.group(Int(b[i]) << 8 | (i + 1 < b.count ? Int(b[i + 1]) : 0)) {
                    for e in box.index.pairStarts[g]..<box.index.pairStarts[g + 1] { tryEntry(box.index.pairEntries[e], at: i) }
                }
                for k in box.index.oneByte { tryEntry(k, at: i) }
                from = i + 1
            }
            return best
        }
        return best == Int.max ? nil : entries[others[best]]
    }

    /// Whether the eight bytes of `x` (in memory order) come out of the normalization unchanged
    /// after a non-space has been written and no space is pending: ASCII from `!` up, no
    /// capital, no backquote, and single spaces between other bytes (not last, since a space
    /// is only written once a non-space follows it). Exact per-byte tests, no carries between
    /// bytes.
    @inline(__always)
    static func copiesAsIs(_ x: UInt64) -> Bool {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
        if x & highs != 0 { return false }
        // Bytes equal to a value: the high bit of ~((y & 0x7F) + 0x7F | y | 0x7F) per byte of y = x ^ value.
        @inline(__always) func equal(_ v: UInt64) -> UInt64 {
            let y = x ^ v
            return ~(((y & low7) &+ low7) | y | low7)
        }
        let spaces = equal(0x2020_2020_2020_2020)
        // Below 0x21 other than a space (tab, line feed, carriage return, controls): x + 0x5F
        // sets the high bit from 0x21 up (bytes are below 0x80, so no carry).
        let belowBang = ~(x &+ 0x5F5F_5F5F_5F5F_5F5F) & highs & ~spaces
        // Capitals: from 0x41 (x + 0x3F sets the high bit) and not from 0x5B (x + 0x25 does not).
        let capitals = (x &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(x &+ 0x2525_2525_2525_2525) & highs
        let backquotes = equal(0x6060_6060_6060_6060)
        let spaceRuns = spaces & (spaces >> 8)
        let lastIsSpace = spaces & 0x8000_0000_0000_0000
        return (belowBang | capitals | backquotes | spaceRuns | lastIsSpace) == 0
    }

    /// The body of ``normalize(_:into:)`` (locals in one function, so they stay in registers).
    private static func normalize(_ b: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>,
                                  _ o: UnsafeMutableBufferPointer<UInt8>) -> (Int, Bool) {
        var n = 0
        var pendingSpace = false
        var trivial = true
        var i = 0
        while i < b.count {
            // Eight bytes at a time while they come out as they are (see `copiesAsIs`).
            if n > 0 && !pendingSpace {
                while i + 8 <= b.count {
                    let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    guard copiesAsIs(x) else { break }
                    UnsafeMutableRawPointer(o.baseAddress! + n).storeBytes(of: x, as: UInt64.self)
                    n += 8; i += 8
                }
                if i >= b.count { break }
            }
            let c = b[i]
            if c < 0x80 {
                i += 1
                if c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A { pendingSpace = n > 0; continue }
                if n == 0 && (c == 0x7C || c == 0x2D) { continue }  // | -
                if pendingSpace { o[n] = 0x20; n += 1; pendingSpace = false }
                o[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x60 ? 0x27 : c
                n += 1
                continue
            }
            let (v, len) = ScalarTable.decode(b, i)
            let f = ScalarTable.lookup(v, table)
            if f & ScalarTable.whitespace != 0 { pendingSpace = n > 0; i += len; continue }
            // • · – —
            if n == 0 && (v == 0x2022 || v == 0xB7 || v == 0x2013 || v == 0x2014) { i += len; continue }
            if pendingSpace { o[n] = 0x20; n += 1; pendingSpace = false }
            if v == 0x2019 || v == 0x2018 || v == 0xB4 {
                o[n] = 0x27; n += 1
            } else if f & ScalarTable.lowercaseIsSelf != 0 {
                if v >= 0x300 && !((0x2010...0x205E).contains(v) || v == 0x20AC) { trivial = false }
                for k in 0..<len { o[n + k] = b[i + k] }
                n += len
            } else if let u = Unicode.Scalar(v) {
                precondition(n + 4 * len <= o.count)  // lowercase mappings are at most 1.5× longer
                for m in u.properties.lowercaseMapping.unicodeScalars {
                    if m.value >= 0x300 && !((0x2010...0x205E).contains(m.value) || m.value == 0x20AC) { trivial = false }
                    for byte in UTF8.encode(m)! { o[n] = byte; n += 1 }
                }
            }
            i += len
        }
        return (n, trivial)
    }

    /// Normalizes a line for matching: lowercase, `’` → `'`, runs of white space → one space,
    /// leading bullets and trailing `:` `.` `…` `|` removed.
    public static func normalize(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        let count: Int
        if let (n, _) = s.utf8.withContiguousStorageIfAvailable({ normalize($0, into: &out) }) { count = n } else {
            var copy = String(s)
            count = copy.withUTF8 { normalize($0, into: &out).count }
        }
        return out.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
    }

    /// ``normalize(_:)`` on valid UTF-8 bytes, written to the start of `out` (grown when too
    /// small): how many bytes, and whether they are NFC-trivial (see ``ScalarTable/isNFCTrivial(_:)``).
    static func normalize(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> (count: Int, trivial: Bool) {
        // A lowercase mapping is at most twice as long as its scalar in UTF-8; a collapsed
        // space replaces at least one byte.
        let room = 2 * b.count + 8
        if out.count < room { out = [UInt8](repeating: 0, count: max(room, 2 * out.count)) }
        var (n, trivial) = out.withUnsafeMutableBufferPointer { o in
            ScalarTable.flags.withUnsafeBufferPointer { normalize(b, $0, o) }
        }
        // Drop trailing ':' '.' '…' '|' and spaces.
        while n > 0 {
            let last = out[n - 1]
            if last == 0x3A || last == 0x2E || last == 0x7C || last == 0x20 { n -= 1; continue }
            if n >= 3 && last == 0xA6 && out[n - 2] == 0x80 && out[n - 3] == 0xE2 { n -= 3; continue }
            break
        }
        return (n, trivial)
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
