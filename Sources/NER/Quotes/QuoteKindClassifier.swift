/// Decides whether a quotation is reported speech or a term (title, name, scare quotes).
///
/// Speech: an attribution or a verb of saying governs it, a colon introduces it, or it reads as
/// a clause of its own (several words, sentence punctuation). Term: a naming verb introduces it
/// (`ribattezzata`, `soprannominato`, `detto` without auxiliary) or it is a short fragment with
/// no such cue.
struct QuoteKindClassifier: Sendable {
    typealias P = SpeakerPatterns

    func kind(content: String, leadIn: [CWord], tail: [CWord], wholeLine: Bool, attribution: Attribution?) -> Quote.Kind {
        let words = leadIn.filter { !$0.isQuote }
        let near = words.suffix(4)
        let nearText = near.map(\.lower).joined(separator: " ")
        let lastLower = words.last?.lower ?? ""
        // Naming: `detto «Bepi»` (no auxiliary), `ribattezzata «…»`, `l'associazione «…»`.
        let namingDetto = ["detto", "detta", "detti", "dette"].contains(lastLower)
            && !(words.dropLast().last.map { ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "ho", "aver", "avere"].contains($0.lower) } ?? false)
        let naming = namingDetto || P.namingCues.contains { cue in
            near.suffix(2).contains { Self.hasPrefix($0.lower, cue) } || Self.hasSuffix(nearText, cue)
        }
        if naming, !(attribution?.pattern.rawValue.hasPrefix("after") ?? false) || attribution?.adjacent == false { return .term }

        // A headline or a line of its own in quotation marks is what someone said.
        if wholeLine { return .speech }
        // A quotation that is a sentence of its own (`"È una vergogna". "Il governo deve
        // dimettersi".`) is something said.
        let tailFirst = tail.first?.text ?? ""
        if words.allSatisfy(\.isPunct), words.last?.text != "(", [".", "!", "?"].contains(tailFirst) || tail.isEmpty,
           content.unicodeScalars.first?.isUpperFast == true {
            return .speech
        }
        if words.last?.text == ":" { return .speech }
        if P.speechCues.contains(where: { Self.hasSuffix(nearText, $0) }) { return .speech }
        let tailText = tail.prefix(4).map(\.lower).joined(separator: " ")
        if Self.hasPrefix(tailText, "a detta") || Self.hasPrefix(tailText, ", a detta") { return .speech }
        // `il remix di 'Sincero'`, `numero de «la Lettura»`: the object of a preposition is a name.
        let isShort = wordCount(content) <= 4
        if P.nameGoverningPrepositions.contains(lastLower), isShort || !looksLikeClause(content) { return .term }
        if let a = attribution, a.verb != nil || a.speaker != nil, a.adjacent || !isShort { return .speech }
        if let l = words.last, P.sayingVerbs.contains(l.lower) && !P.quotingVerbs.contains(l.lower) || (words.count >= 2 && l.lower == "che" && P.sayingVerbs.contains(words[words.count - 2].lower)) {
            return .speech
        }

        let (wordCount, sentencePunct, lastNonSpace) = Self.shape(content)
        if lastNonSpace == 0x3F || lastNonSpace == 0x21 { return .speech }
        if wordCount >= 3, content.unicodeScalars.first?.isUpperFast == true, looksLikeClause(content) { return .speech }
        if wordCount >= 5 && content.utf8.contains(0x2C) { return .speech }
        if wordCount >= 7 { return .speech }
        if sentencePunct && wordCount >= 3 { return .speech }
        return .term
    }

    private func looksLikeClause(_ s: String) -> Bool {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).contains { P.clauseMarkers.contains(String($0)) }
    }

    private func wordCount(_ s: String) -> Int { Self.shape(s).words }

    /// Byte-wise prefix test (no grapheme breaking).
    static func hasPrefix(_ s: String, _ p: String) -> Bool {
        s.utf8.count >= p.utf8.count && s.utf8.prefix(p.utf8.count).elementsEqual(p.utf8)
    }

    /// Byte-wise suffix test (no grapheme breaking).
    static func hasSuffix(_ s: String, _ p: String) -> Bool {
        // On the contiguous bytes: `utf8.suffix` walks the view index by index.
        var s = s, p = p
        return s.withUTF8 { a in
            p.withUTF8 { b in
                a.count >= b.count && b.indices.allSatisfy { a[a.count - b.count + $0] == b[$0] }
            }
        }
    }

    /// Word count, whether `.`/`!`/`?`/`;` occurs, and the last non-space byte, from UTF-8
    /// bytes (a lead byte of a non-ASCII scalar counts as a letter).
    static func shape(_ s: String) -> (words: Int, sentencePunct: Bool, last: UInt8) {
        var n = 0
        var inWord = false
        var punct = false
        var last: UInt8 = 0x20
        for b in s.utf8 {
            let letter = (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
            if letter && !inWord { n += 1 }
            inWord = letter || (inWord && b == 0x27)
            if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B { punct = true }
            if b != 0x20 && b != 0x0A && b != 0x09 { last = b }
        }
        return (n, punct, last)
    }
}
