/// Decides whether a quotation is reported speech or a term (title, name, scare quotes).
///
/// Speech: an attribution or a verb of saying governs it, a colon introduces it, or it reads as
/// a clause of its own (several words, sentence punctuation). Term: a naming verb introduces it
/// (`ribattezzata`, `soprannominato`, `detto` without auxiliary) or it is a short fragment with
/// no such cue.
struct QuoteKindClassifier: Sendable {
    typealias P = SpeakerPatterns

    func kind(content: String, leadIn: [CWord], tail: [CWord], wholeLine: Bool, attribution: Attribution?) -> Quote.Kind {
        // The lead-in's words other than quotation marks are only looked at from the end: the
        // last four (`near`), and whether all of them are punctuation.
        var from = leadIn.count, found = 0
        while from > 0 && found < 4 {
            from -= 1
            if !leadIn[from].isQuote { found += 1 }
        }
        let near = leadIn[from...].filter { !$0.isQuote }
        let allPunct = leadIn.allSatisfy { $0.isQuote || $0.isPunct }
        let last = near.last, beforeLast = near.count >= 2 ? near[near.count - 2] : nil
        let lastLower = last?.lower ?? ""
        // Naming: `detto «Bepi»` (no auxiliary), `ribattezzata «…»`, `l'associazione «…»`.
        let namingDetto = ["detto", "detta", "detti", "dette"].contains(lastLower)
            && !(beforeLast.map { ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "ho", "aver", "avere"].contains($0.lower) } ?? false)
        // The cues compared on bytes: the last two words' starts and the end of the last four
        // joined by spaces.
        let nearBytes = Self.joinedBytes(near)
        let lastTwo = near.suffix(2).map { Array($0.lower.utf8) }
        let naming = namingDetto || Self.namingCueBytes.contains { cue in
            lastTwo.contains { $0.starts(with: cue) } || Self.ends(nearBytes, with: cue)
        }
        if naming, !(attribution?.pattern.rawValue.hasPrefix("after") ?? false) || attribution?.adjacent == false { return .term }

        // A headline or a line of its own in quotation marks is what someone said.
        if wholeLine { return .speech }
        // A quotation that is a sentence of its own (`"È una vergogna". "Il governo deve
        // dimettersi".`) is something said.
        let tailFirst = tail.first?.text ?? ""
        if allPunct, last?.text != "(", [".", "!", "?"].contains(tailFirst) || tail.isEmpty,
           content.unicodeScalars.first?.isUpperFast == true {
            return .speech
        }
        if last?.text == ":" { return .speech }
        if Self.speechCueBytes.contains(where: { Self.ends(nearBytes, with: $0) }) { return .speech }
        if Self.startsWithADetta(tail) { return .speech }
        // `il remix di 'Sincero'`, `numero de «la Lettura»`: the object of a preposition is a name.
        let (wordCount, sentencePunct, lastNonSpace) = Self.shape(content)
        let isShort = wordCount <= 4
        if QuoteWords.nameGoverningPrepositions.contains(lastLower), isShort || !looksLikeClause(content) { return .term }
        if let a = attribution, a.verb != nil || a.speaker != nil, a.adjacent || !isShort { return .speech }
        if let l = last, QuoteWords.sayingVerbs.contains(l.lower) && !QuoteWords.quotingVerbs.contains(l.lower) || (beforeLast != nil && l.lower == "che" && QuoteWords.sayingVerbs.contains(beforeLast!.lower)) {
            return .speech
        }

        if lastNonSpace == 0x3F || lastNonSpace == 0x21 { return .speech }
        if wordCount >= 3, content.unicodeScalars.first?.isUpperFast == true, looksLikeClause(content) { return .speech }
        if wordCount >= 5 && content.utf8.contains(0x2C) { return .speech }
        if wordCount >= 7 { return .speech }
        if sentencePunct && wordCount >= 3 { return .speech }
        return .term
    }

    static let namingCueBytes = P.namingCues.map { Array($0.utf8) }
    static let speechCueBytes = P.speechCues.map { Array($0.utf8) }

    /// Whether the bytes `s` end with `p`.
    static func ends(_ s: [UInt8], with p: [UInt8]) -> Bool {
        guard s.count >= p.count else { return false }
        var k = 0, o = s.count - p.count
        while k < p.count { if s[o] != p[k] { return false }; k += 1; o += 1 }
        return true
    }

    private func looksLikeClause(_ s: String) -> Bool {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).contains { QuoteWords.clauseMarkers.contains(String($0)) }
    }

    /// The lower-case forms of `words` joined by single spaces, as bytes.
    static func joinedBytes(_ words: some Collection<CWord>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for (k, w) in words.enumerated() {
            if k > 0 { out.append(0x20) }
            var lower = w.lower
            lower.withUTF8 { out.append(contentsOf: $0) }
        }
        return out
    }

    /// Whether the tail's first words, lower case and joined by spaces, start with `a detta`
    /// or `, a detta`. Words hold no spaces, so that is `a` then a word starting with
    /// `detta`, after an optional `,`.
    static func startsWithADetta(_ tail: [CWord]) -> Bool {
        var i = 0
        if i < tail.count && tail[i].lower.utf8.elementsEqual(",".utf8) { i += 1 }
        guard i + 1 < tail.count, tail[i].lower.utf8.elementsEqual("a".utf8) else { return false }
        return tail[i + 1].lower.utf8.starts(with: "detta".utf8)
    }

    /// Word count, whether `.`/`!`/`?`/`;` occurs, and the last non-space byte, from UTF-8
    /// bytes (a lead byte of a non-ASCII scalar counts as a letter).
    static func shape(_ s: String) -> (words: Int, sentencePunct: Bool, last: UInt8) {
        var s = s
        return s.withUTF8 { shape($0) }
    }

    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: Int, sentencePunct: Bool, last: UInt8) {
        var n = 0
        var inWord = false
        var punct = false
        var last: UInt8 = 0x20
        for b in bytes {
            let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
            if letter && !inWord { n += 1 }
            inWord = letter || (inWord && b == 0x27)
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B { punct = true }
            if b != 0x20 && b != 0x0A && b != 0x09 { last = b }
        }
        return (n, punct, last)
    }
}
