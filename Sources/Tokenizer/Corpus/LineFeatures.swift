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
        self.text = text
        normalized = BoilerplatePhrases.normalize(text)
        measure()
        if !normalized.isEmpty { phrase = phrases.match(normalized: normalized) }
        if words > 0 {
            isDate = dateShape
            isByline = bylineShape
            isCredit = creditShape
            hasEmbedLink = text.containsBytes("pic.twitter.com/") || text.containsBytes("instagram.com/p/")
            isEmbedAttribution = attributionShape
        }
    }

    private mutating func measure() {
        // The current word's letters, ASCII-lowercased, as UTF-8 (for the stop-word lookup).
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var wordScalars = 0, upper = 0, letters = 0, firstUpper = false
        func flush(_ f: inout LineFeatures) {
            guard wordScalars > 0 else { return }
            if letters > 0 {
                f.words += 1
                if letters <= 12 {
                    let w = String(decoding: word, as: UTF8.self)
                    if ItalianStopWords.contains(upper > 0 ? w.lowercased() : w) { f.stopWords += 1 }
                }
                if firstUpper { f.capitalized += 1 }
                if upper == letters && letters >= 2 { f.allCaps += 1 }
            }
            word.removeAll(keepingCapacity: true); wordScalars = 0; upper = 0; letters = 0; firstUpper = false
        }
        var lastNonSpace: Unicode.Scalar = " "
        var beforeLast: Unicode.Scalar = " "
        var allSpace = true
        for u in text.unicodeScalars {
            chars += 1
            let isLetter: Bool, isUpper: Bool, isDigit: Bool, isSpace: Bool
            if u.isASCII {
                let v = u.value
                isUpper = v >= 65 && v <= 90
                isLetter = isUpper || (v >= 97 && v <= 122)
                isDigit = v >= 48 && v <= 57
                isSpace = v == 32 || v == 9 || v == 13 || v == 10 || v == 11 || v == 12
            } else {
                let p = u.properties
                isLetter = p.isAlphabetic
                isUpper = isLetter && p.isUppercase
                isDigit = p.numericType != nil
                isSpace = p.isWhitespace
            }
            if isLetter {
                if wordScalars == 0 || letters == 0 { firstUpper = isUpper }
                Self.appendUTF8(u, to: &word); wordScalars += 1; letters += 1
                longestLetterRun = max(longestLetterRun, letters)
                if isUpper { upper += 1 }
            } else if isDigit {
                Self.appendUTF8(u, to: &word); wordScalars += 1
            } else {
                flush(&self)
            }
            if !isSpace { allSpace = false; beforeLast = lastNonSpace; lastNonSpace = u }
        }
        flush(&self)
        if allSpace { chars = 0 }
        endsSentence = Self.isTerminal(lastNonSpace) || (Self.isCloser(lastNonSpace) && Self.isTerminal(beforeLast))
        if text.containsBytes("http") || text.containsBytes("www.") || text.containsBytes("pic.twitter.com") {
            urls = text.split(separator: " ").filter { $0.containsBytes("http://") || $0.containsBytes("https://") || $0.hasPrefix("www.") || $0.containsBytes("pic.twitter.com") }.count
        }
    }

    @inline(__always)
    private static func appendUTF8(_ u: Unicode.Scalar, to bytes: inout [UInt8]) {
        if u.isASCII { bytes.append(UInt8(u.value)) } else { UTF8.encode(u) { bytes.append($0) } }
    }

    private static func isTerminal(_ u: Unicode.Scalar) -> Bool { u == "." || u == "!" || u == "?" || u == "…" }
    private static func isCloser(_ u: Unicode.Scalar) -> Bool {
        u == "»" || u == "”" || u == "\"" || u == ")" || u == "’" || u == "'" || u == "“"
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
