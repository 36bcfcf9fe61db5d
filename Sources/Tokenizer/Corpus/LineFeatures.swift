/// What the boilerplate filter measures on one line of a page.
struct LineFeatures: Sendable {
    /// The line's text (after any metadata prefix).
    var text: Substring
    var normalized: String
    /// Unicode characters.
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

    var isBlank: Bool { words == 0 && chars == 0 }
    var stopDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }

    init(_ text: Substring, phrases: BoilerplatePhrases) {
        self.text = text
        normalized = BoilerplatePhrases.normalize(text)
        measure()
        if !normalized.isEmpty { phrase = phrases.match(normalized: normalized) }
    }

    private mutating func measure() {
        var word = ""
        var upper = 0, letters = 0
        func flush(_ f: inout LineFeatures) {
            guard !word.isEmpty else { return }
            if letters > 0 {
                f.words += 1
                if ItalianStopWords.contains(word.lowercased()) { f.stopWords += 1 }
                if let c = word.first, c.isUppercase { f.capitalized += 1 }
                if upper == letters && letters >= 2 { f.allCaps += 1 }
            }
            word = ""; upper = 0; letters = 0
        }
        var lastNonSpace: Character = " "
        var beforeLast: Character = " "
        for ch in text {
            chars += 1
            if ch.isLetter {
                word.append(ch); letters += 1
                longestLetterRun = max(longestLetterRun, letters)
                if ch.isUppercase { upper += 1 }
            } else if ch.isNumber {
                word.append(ch)
            } else {
                flush(&self)
            }
            if !ch.isWhitespace { beforeLast = lastNonSpace; lastNonSpace = ch }
        }
        flush(&self)
        if chars > 0, text.allSatisfy(\.isWhitespace) { chars = 0 }
        let terminal: Set<Character> = [".", "!", "?", "…"]
        let closers: Set<Character> = ["»", "”", "\"", ")", "’", "'", "“"]
        endsSentence = terminal.contains(lastNonSpace) || (closers.contains(lastNonSpace) && terminal.contains(beforeLast))
        urls = text.split(separator: " ").filter { $0.contains("http://") || $0.contains("https://") || $0.hasPrefix("www.") || $0.contains("pic.twitter.com") }.count
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
