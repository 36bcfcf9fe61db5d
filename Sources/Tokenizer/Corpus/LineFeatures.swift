/// Buffers the boilerplate filter reuses from line to line.
struct LineScratch {
    var lower: [UInt8] = []
    /// Room for a normalized line (``BoilerplatePhrases/normalize(_:into:)`` sizes it).
    var normalized: [UInt8] = []
    init() { lower.reserveCapacity(64) }
}

/// What the boilerplate filter measures on one line of a page.
struct LineFeatures: Sendable {
    /// The line's text (after any metadata prefix).
    var text: Substring
    var normalized: String
    /// Unicode scalars (0 for a line of white space).
    var chars = 0
    /// Letter-bearing words.
    var words = 0
    var stopWords = 0
    /// Words starting with an uppercase letter.
    var capitalized = 0
    /// Words wholly uppercase (two letters or more).
    var allCaps = 0
    var urls = 0
    /// The longest run of letters (1 for `A-A+`).
    var longestLetterRun = 0
    /// Ends like a sentence (`.`, `!`, `?`, `…`, or a closing quote/bracket after them).
    var endsSentence = false
    var phrase: BoilerplatePhrases.Entry?
    /// Shapes computed once (see LineFeatures+Anchors.swift).
    private(set) var isDate = false, isByline = false, isCredit = false
    private(set) var isEmbedAttribution = false, hasEmbedLink = false
    /// The line (and its normalized form) hold only NFC-trivial scalars (see
    /// ``ScalarTable/isNFCTrivial(_:)``): no scalar joins the one before it into a character,
    /// so characters are scalars and the shapes can be tested on bytes.
    private(set) var textIsTrivial = false, normalizedIsTrivial = false

    var isBlank: Bool { words == 0 && chars == 0 }
    var stopDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }

    init(_ text: Substring, phrases: BoilerplatePhrases) {
        var scratch = LineScratch()
        self.init(text, phrases: phrases, scratch: &scratch)
    }

    /// Measures a line; `scratch` holds buffers reused from line to line.
    init(_ text: Substring, phrases: borrowing BoilerplatePhrases, scratch: inout LineScratch) {
        self.text = text
        normalized = ""
        var probe = Probe()
        if let p = text.utf8.withContiguousStorageIfAvailable({ measure($0, phrases, &scratch) }) {
            probe = p
        } else {
            var copy = String(text)
            probe = copy.withUTF8 { measure($0, phrases, &scratch) }
        }
        if words > 0 {
            isDate = probe.hasNumeric && dateShape
            isByline = bylineShape
            isCredit = creditShape
            hasEmbedLink = probe.embedLink
            isEmbedAttribution = probe.at && probe.hasNumeric && attributionShape
        }
    }

    /// What one pass over the bytes saw besides the features: which rarer shapes are possible.
    struct Probe {
        var hasNumeric = false
        var at = false
        /// Holds `pic.twitter.com/` or `instagram.com/p/`.
        var embedLink = false
    }

    /// The Italian stop words, in a set made for probing every word of a page.
    static let stopWords = ShortWordSet(ItalianStopWords.all)

    /// Word counts gathered during the pass.
    private struct Words {
        var words = 0, stopWords = 0, capitalized = 0, allCaps = 0
        // The current word: a run of letters and digits, `start..<i` in the line's bytes.
        var start = -1, upper = 0, letters = 0, firstUpper = false

        /// Ends the current word (out of line: the scalar loop stays small).
        @inline(never)
        mutating func flush(_ b: UnsafeBufferPointer<UInt8>, _ end: Int, _ lower: inout [UInt8], _ stop: ShortWordSet) {
            if letters > 0 {
                words += 1
                if letters <= 12 {
                    let word = UnsafeBufferPointer(rebasing: b[start..<end])
                    let isStop: Bool
                    if upper == 0 {
                        isStop = stop.contains(b, start..<end)
                    } else if word.count <= 16 && word.allSatisfy({ $0 < 0x80 }) {
                        // ASCII: lowered on the fly (what `lowercase` writes for ASCII bytes).
                        isStop = stop.contains(loweringASCII: word)
                    } else {
                        lower.removeAll(keepingCapacity: true)
                        LineFeatures.lowercase(word, into: &lower)
                        isStop = lower.withUnsafeBufferPointer { stop.contains($0) }
                    }
                    if isStop { stopWords += 1 }
                }
                if firstUpper { capitalized += 1 }
                if upper == letters && letters >= 2 { allCaps += 1 }
            }
            start = -1; upper = 0; letters = 0; firstUpper = false
        }
    }

    /// One pass over the line's UTF-8 bytes: counts, stop words, sentence ending; then the
    /// normalized form and the phrase it matches.
    private mutating func measure(_ b: UnsafeBufferPointer<UInt8>, _ phrases: BoilerplatePhrases,
                                  _ scratch: inout LineScratch) -> Probe {
        var probe = Probe()
        let stop = Self.stopWords
        let scan = ScalarTable.flags.withUnsafeBufferPointer { Self.scan(b, $0, &scratch.lower, stop) }
        var w = scan.words
        let (lastNonSpace, beforeLast, dot, slash, colon) = (scan.lastNonSpace, scan.beforeLast, scan.dot, scan.slash, scan.colon)
        let (allSpace, scalars, longest) = (scan.allSpace, scan.scalars, scan.longest)
        probe.hasNumeric = scan.hasNumeric
        probe.at = scan.at
        textIsTrivial = scan.trivial
        if w.start >= 0 { w.flush(b, b.count, &scratch.lower, stop) }
        chars = allSpace ? 0 : scalars
        words = w.words; stopWords = w.stopWords; capitalized = w.capitalized; allCaps = w.allCaps
        longestLetterRun = longest
        endsSentence = Self.isTerminal(lastNonSpace) || (Self.isCloser(lastNonSpace) && Self.isTerminal(beforeLast))
        // A URL word holds "http://", "https://", "www." or "pic.twitter.com": a dot, or a colon and a slash.
        // The byte searches run only where the pass saw `://`, `www.` or `pic.` (every URL word
        // holds one), not on every line with a full stop.
        if scan.links & (Scan.scheme | Scan.www | Scan.pic) != 0,
           dot || (colon && slash), Self.has(b, "http") || Self.has(b, "www.") || Self.has(b, "pic.twitter.com") {
            urls = textIsTrivial ? Self.urlWords(b)
                : text.split(separator: " ").filter { $0.containsBytes("http://") || $0.containsBytes("https://") || $0.hasPrefix("www.") || $0.containsBytes("pic.twitter.com") }.count
        }
        probe.embedLink = scan.links & (Scan.pic | Scan.instagram) != 0
            && slash && dot && (Self.has(b, "pic.twitter.com/") || Self.has(b, "instagram.com/p/"))
        let (count, trivial) = BoilerplatePhrases.normalize(b, into: &scratch.normalized)
        normalizedIsTrivial = trivial
        scratch.normalized.withUnsafeBufferPointer { o in
            let bytes = UnsafeBufferPointer(rebasing: o[0..<count])
            normalized = String(decoding: bytes, as: UTF8.self)
            if count > 0 { phrase = phrases.match(normalized: normalized, bytes: bytes, trivial: trivial) }
        }
        return probe
    }

    /// What the pass over a line's scalars found.
    private struct Scan {
        var words = Words()
        var lastNonSpace: UInt32 = 0x20, beforeLast: UInt32 = 0x20
        var allSpace = true, hasNumeric = false, trivial = true
        var dot = false, slash = false, colon = false, at = false
        var scalars = 0, longest = 0
        /// Link shapes seen at a `.` or `:` (``scheme``, ``www``, ``pic``, ``instagram`` bits).
        var links: UInt8 = 0
        /// `://`.
        static let scheme: UInt8 = 1
        /// `www.`.
        static let www: UInt8 = 2
        /// `pic.`.
        static let pic: UInt8 = 4
        /// `instagram.`.
        static let instagram: UInt8 = 8
    }

    /// The link shapes ending at the `.` at `i`: `www.`, `pic.`, `instagram.`.
    @inline(__always)
    private static func linkShapes(beforeDotAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard i >= 3 else { return 0 }
        let (x, y, z) = (b[i - 3], b[i - 2], b[i - 1])
        if x == 0x77 && y == 0x77 && z == 0x77 { return Scan.www }
        if x == 0x70 && y == 0x69 && z == 0x63 { return Scan.pic }
        if z == 0x6D && i >= 9 && b[i - 9] == 0x69,
           ("instagram" as StaticString).withUTF8Buffer({ memoryEqual(b.baseAddress! + i - 9, $0.baseAddress!, 9) }) {
            return Scan.instagram
        }
        return 0
    }

    /// The pass over a line's scalars: letters, digits, words, stop words, the last two
    /// non-space scalars (locals in one function, so they stay in registers).
    private static func scan(_ b: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>,
                             _ lower: inout [UInt8], _ stop: ShortWordSet) -> Scan {
        var w = Words()
        var lastNonSpace: UInt32 = 0x20, beforeLast: UInt32 = 0x20
        var allSpace = true, hasNumeric = false, trivial = true
        var dot = false, slash = false, colon = false, at = false
        var scalars = 0, longest = 0
        var links: UInt8 = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            // Runs of ASCII lowercase letters (most of Italian prose) in one tight loop: each is
            // a letter that is not uppercase and not white space.
            if c >= 0x61 && c <= 0x7A {
                var e = i + 1
                while e < n && b[e] >= 0x61 && b[e] <= 0x7A { e += 1 }
                let k = e - i
                scalars += k
                if w.start < 0 || w.letters == 0 { w.firstUpper = false }
                if w.start < 0 { w.start = i }
                w.letters += k
                if w.letters > longest { longest = w.letters }
                allSpace = false
                beforeLast = k >= 2 ? UInt32(b[e - 2]) : lastNonSpace
                lastNonSpace = UInt32(b[e - 1])
                i = e
                continue
            }
            // A space (white space, not a letter, digit or mark): it ends the word, and that is all.
            if c == 0x20 {
                scalars += 1
                if w.start >= 0 { w.flush(b, i, &lower, stop) }
                i += 1
                continue
            }
            let v: UInt32, len: Int, f: UInt8
            scalars += 1
            if c < 0x80 {
                v = UInt32(c); len = 1
                f = table[Int(c)]
                if f & ScalarTable.alphabetic == 0 {
                    switch c {
                    case 0x2E: dot = true; links |= linkShapes(beforeDotAt: i, b)
                    case 0x2F: slash = true
                    case 0x40: at = true
                    case 0x3A:
                        colon = true
                        if i + 2 < n && b[i + 1] == 0x2F && b[i + 2] == 0x2F { links |= Scan.scheme }
                    default: if f & ScalarTable.numeric != 0 { hasNumeric = true }
                    }
                }
            } else {
                (v, len) = ScalarTable.decode(b, i)
                f = ScalarTable.lookup(v, table)
                if f & ScalarTable.numeric != 0 { hasNumeric = true }
                if v >= 0x300 && !ScalarTable.isTrivial(v) { trivial = false }
            }
            if f & ScalarTable.alphabetic != 0 {
                let isUpper = f & ScalarTable.uppercase != 0
                if w.start < 0 || w.letters == 0 { w.firstUpper = isUpper }
                if w.start < 0 { w.start = i }
                w.letters += 1
                if w.letters > longest { longest = w.letters }
                if isUpper { w.upper += 1 }
            } else if f & ScalarTable.numeric != 0 {
                if w.start < 0 { w.start = i }
            } else if w.start >= 0 {
                w.flush(b, i, &lower, stop)
            }
            if f & ScalarTable.whitespace == 0 { allSpace = false; beforeLast = lastNonSpace; lastNonSpace = v }
            i += len
        }
        return Scan(words: w, lastNonSpace: lastNonSpace, beforeLast: beforeLast, allSpace: allSpace, hasNumeric: hasNumeric,
                    trivial: trivial,
                    dot: dot, slash: slash, colon: colon, at: at, scalars: scalars, longest: longest, links: links)
    }

    /// The words (split at spaces) holding `http://`, `https://` or `pic.twitter.com`, or
    /// starting with `www.`, counted on bytes: for an NFC-trivial line, whose characters are
    /// single scalars, the same count as splitting the `String` at `" "`.
    static func urlWords(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var start = 0
        while start < b.count {
            var end = start
            while end < b.count && b[end] != 0x20 { end += 1 }
            if end > start {
                let w = UnsafeBufferPointer(rebasing: b[start..<end])
                if has(w, "http://") || has(w, "https://") || w.starts(with: "www.".utf8) || has(w, "pic.twitter.com") { count += 1 }
            }
            start = end + 1
        }
        return count
    }

    /// Whether `needle` occurs in `b` (byte search).
    @inline(__always)
    private static func has(_ b: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { bytesContain(b, $0) }
    }

    /// `String.lowercased()` on UTF-8 bytes: every scalar replaced by its lowercase mapping.
    static func lowercase(_ w: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        while i < w.count {
            let c = w[i]
            if c < 0x80 { out.append(c >= 65 && c <= 90 ? c | 0x20 : c); i += 1; continue }
            let (v, n) = ScalarTable.decode(w, i)
            let f = ScalarTable.lookup(v)
            if f & ScalarTable.lowercaseIsSelf != 0 { for k in 0..<n { out.append(w[i + k]) } } else { ScalarTable.appendLowercase(v, to: &out) }
            i += n
        }
    }

    private static func isTerminal(_ u: UInt32) -> Bool { u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 }
    private static func isCloser(_ u: UInt32) -> Bool {
        u == 0xBB || u == 0x201D || u == 0x22 || u == 0x29 || u == 0x2019 || u == 0x27 || u == 0x201C
    }


    // MARK: Line shapes

    /// A running paragraph of Italian prose.
    var isProse: Bool {
        (chars >= 120 && stopDensity >= 0.17) || (chars >= 100 && stopDensity >= 0.3)
            || (chars >= 70 && stopDensity >= 0.22 && endsSentence)
    }

    /// A sentence-like line of middling length.
    var isMedium: Bool { words >= 5 && stopDensity >= 0.12 }

    /// Short enough to be a kicker, a menu entry or a widget.
    var isShort: Bool { words <= 3 }

    /// Looks like a title: several words, not a widget.
    var isTitleLike: Bool { words >= 4 && phrase == nil }

    /// All words capitalized, 2–4 of them: a person's name as a caption (`Roberto Burioni`).
    var isNameLike: Bool {
        guard words >= 2 && words <= 4, capitalized == words, allCaps == 0 else { return false }
        return text.split(separator: " ").allSatisfy { w in w.count >= 3 && w.dropFirst().contains(where: \.isLowercase) }
    }

    /// Only digits and punctuation: a comment counter, a page number.
    var isNumeric: Bool { chars > 0 && words == 0 && text.contains(where: \.isNumber) }

    /// Characters but no word: `/`, `|`, `0`.
    var hasNoWords: Bool { chars > 0 && (words == 0 || longestLetterRun <= 1) }
}

extension StringProtocol {
    /// Whether the UTF-8 bytes of `needle` occur in the string (byte search, no Unicode equivalence).
    func containsBytes(_ needle: String) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ hay in Self.search(hay, needle) }) { return found }
        return Array(utf8).withUnsafeBufferPointer { Self.search($0, needle) }
    }

    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first else { return true }
            guard hay.count >= n.count else { return false }
            var i = 0
            let last = hay.count - n.count
            while i <= last {
                if hay[i] == first {
                    var j = 1
                    while j < n.count && hay[i + j] == n[j] { j += 1 }
                    if j == n.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
