/// Buffers the boilerplate filter reuses from line to line.
struct LineScratch {
    var word: [UInt8] = []
    var lower: [UInt8] = []
    var normalized: [UInt8] = []
    init() {
        word.reserveCapacity(64); lower.reserveCapacity(64); normalized.reserveCapacity(256)
    }
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

    var isBlank: Bool { words == 0 && chars == 0 }
    var stopDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }

    init(_ text: Substring, phrases: BoilerplatePhrases) {
        var scratch = LineScratch()
        self.init(text, phrases: phrases, scratch: &scratch)
    }

    /// Measures a line; `scratch` holds buffers reused from line to line.
    init(_ text: Substring, phrases: BoilerplatePhrases, scratch: inout LineScratch) {
        self.text = text
        normalized = ""
        var probe = Probe()
        var copy: String? = nil
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            probe = measure(bytes, &scratch)
        }
        if done == nil {
            copy = String(text)
            copy!.withUTF8 { probe = measure($0, &scratch) }
        }
        if !normalized.isEmpty { phrase = phrases.match(normalized: normalized, bytes: scratch.normalized, trivial: probe.trivial) }
        if words > 0 {
            isDate = probe.hasNumeric && dateShape
            isByline = bylineShape
            isCredit = creditShape
            hasEmbedLink = probe.slash && probe.dot
                && (text.containsBytes("pic.twitter.com/") || text.containsBytes("instagram.com/p/"))
            isEmbedAttribution = probe.at && attributionShape
        }
    }

    /// What one pass over the bytes saw besides the features: which rarer shapes are possible.
    struct Probe {
        var hasNumeric = false
        var dot = false, slash = false, at = false, colon = false
        /// The normalized line is NFC-trivial (see ``ScalarTable/isNFCTrivial(_:)``).
        var trivial = true
    }

    /// One pass over the line's UTF-8 bytes: counts, stop words, sentence ending, then the
    /// normalized form (in `scratch.normalized` and ``normalized``).
    private mutating func measure(_ b: UnsafeBufferPointer<UInt8>, _ scratch: inout LineScratch) -> Probe {
        var probe = Probe()
        let stop = ItalianStopWords.table
        // The current word's letters and digits, as UTF-8 (for the stop-word lookup).
        var word = scratch.word
        word.removeAll(keepingCapacity: true)
        var wordScalars = 0, upper = 0, letters = 0, firstUpper = false
        func flush(_ f: inout LineFeatures) {
            guard wordScalars > 0 else { return }
            if letters > 0 {
                f.words += 1
                if letters <= 12 {
                    let isStop: Bool
                    if upper == 0 {
                        isStop = word.withUnsafeBufferPointer { stop.contains($0) }
                    } else {
                        scratch.lower.removeAll(keepingCapacity: true)
                        Self.lowercase(word, into: &scratch.lower)
                        isStop = scratch.lower.withUnsafeBufferPointer { stop.contains($0) }
                    }
                    if isStop { f.stopWords += 1 }
                }
                if firstUpper { f.capitalized += 1 }
                if upper == letters && letters >= 2 { f.allCaps += 1 }
            }
            word.removeAll(keepingCapacity: true); wordScalars = 0; upper = 0; letters = 0; firstUpper = false
        }
        var lastNonSpace: UInt32 = 0x20
        var beforeLast: UInt32 = 0x20
        var allSpace = true
        ScalarTable.flags.withUnsafeBufferPointer { table in
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                let v: UInt32, len: Int
                let isLetter: Bool, isUpper: Bool, isDigit: Bool, isSpace: Bool
                chars += 1
                if c < 0x80 {
                    v = UInt32(c); len = 1
                    isUpper = c >= 65 && c <= 90
                    isLetter = isUpper || (c >= 97 && c <= 122)
                    isDigit = c >= 48 && c <= 57
                    isSpace = c == 32 || (c >= 9 && c <= 13)
                    if isDigit { probe.hasNumeric = true }
                    switch c {
                    case 0x2E: probe.dot = true
                    case 0x2F: probe.slash = true
                    case 0x40: probe.at = true
                    case 0x3A: probe.colon = true
                    default: break
                    }
                } else {
                    (v, len) = ScalarTable.decode(b, i)
                    let f = v < ScalarTable.limit ? table[Int(v)] : ScalarTable.compute(v)
                    isLetter = f & ScalarTable.alphabetic != 0
                    isUpper = isLetter && f & ScalarTable.uppercase != 0
                    isDigit = f & ScalarTable.numeric != 0
                    isSpace = f & ScalarTable.whitespace != 0
                    if isDigit { probe.hasNumeric = true }
                }
                if isLetter {
                    if wordScalars == 0 || letters == 0 { firstUpper = isUpper }
                    Self.append(b, i, len, to: &word); wordScalars += 1; letters += 1
                    longestLetterRun = max(longestLetterRun, letters)
                    if isUpper { upper += 1 }
                } else if isDigit {
                    Self.append(b, i, len, to: &word); wordScalars += 1
                } else {
                    flush(&self)
                }
                if !isSpace { allSpace = false; beforeLast = lastNonSpace; lastNonSpace = v }
                i += len
            }
        }
        flush(&self)
        scratch.word = word
        if allSpace { chars = 0 }
        endsSentence = Self.isTerminal(lastNonSpace) || (Self.isCloser(lastNonSpace) && Self.isTerminal(beforeLast))
        // A URL word holds "http://", "https://", "www." or "pic.twitter.com": a dot, or a colon and a slash.
        if probe.dot || (probe.colon && probe.slash),
           text.containsBytes("http") || text.containsBytes("www.") || text.containsBytes("pic.twitter.com") {
            urls = text.split(separator: " ").filter { $0.containsBytes("http://") || $0.containsBytes("https://") || $0.hasPrefix("www.") || $0.containsBytes("pic.twitter.com") }.count
        }
        BoilerplatePhrases.normalize(b, into: &scratch.normalized)
        normalized = String(decoding: scratch.normalized, as: UTF8.self)
        probe.trivial = scratch.normalized.withUnsafeBufferPointer { ScalarTable.isNFCTrivial($0) }
        return probe
    }

    @inline(__always)
    private static func append(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ len: Int, to word: inout [UInt8]) {
        word.append(b[i])
        if len > 1 { for k in 1..<len { word.append(b[i + k]) } }
    }

    /// `String.lowercased()` on UTF-8 bytes: every scalar replaced by its lowercase mapping.
    private static func lowercase(_ word: [UInt8], into out: inout [UInt8]) {
        word.withUnsafeBufferPointer { w in
            var i = 0
            while i < w.count {
                let c = w[i]
                if c < 0x80 { out.append(c >= 65 && c <= 90 ? c | 0x20 : c); i += 1; continue }
                let (v, n) = ScalarTable.decode(w, i)
                let f = v < ScalarTable.limit ? ScalarTable.flags[Int(v)] : ScalarTable.compute(v)
                if f & ScalarTable.lowercaseIsSelf != 0 { for k in 0..<n { out.append(w[i + k]) } } else { ScalarTable.appendLowercase(v, to: &out) }
                i += n
            }
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
