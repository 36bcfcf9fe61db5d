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
            near.suffix(cue.contains(" ") ? 3 : 2).contains { $0.lower.hasPrefix(cue) } || nearText.hasSuffix(cue)
        }
        if naming, !(attribution?.pattern.rawValue.hasPrefix("after") ?? false) || attribution?.adjacent == false { return .term }

        // A headline or a line of its own in quotation marks is what someone said.
        if wholeLine { return .speech }
        if words.last?.text == ":" { return .speech }
        if P.speechCues.contains(where: { nearText.hasSuffix($0) }) { return .speech }
        let tailText = tail.prefix(4).map(\.lower).joined(separator: " ")
        if tailText.hasPrefix("a detta") || tailText.hasPrefix(", a detta") { return .speech }
        // `il remix di 'Sincero'`, `numero de «la Lettura»`: the object of a preposition is a name.
        let isShort = wordCount(content) <= 4
        if P.nameGoverningPrepositions.contains(lastLower), isShort || !looksLikeClause(content) { return .term }
        if let a = attribution, a.verb != nil || a.speaker != nil, a.adjacent || !isShort { return .speech }
        if let l = words.last, P.sayingVerbs.contains(l.lower) || (words.count >= 2 && l.lower == "che" && P.sayingVerbs.contains(words[words.count - 2].lower)) {
            return .speech
        }

        var wordCount = 0
        defer { _ = wordCount }
        var inWord = false
        var sentencePunct = false
        var lastNonSpace: Unicode.Scalar = " "
        for s in content.unicodeScalars {
            let letter = s.properties.isAlphabetic || s.properties.numericType != nil
            if letter && !inWord { wordCount += 1 }
            inWord = letter || s == "'" || s == "’"
            if s == "." || s == "!" || s == "?" || s == ";" { sentencePunct = true }
            if !s.properties.isWhitespace { lastNonSpace = s }
        }
        if lastNonSpace == "?" || lastNonSpace == "!" { return .speech }
        if wordCount >= 5 && content.contains(",") { return .speech }
        if wordCount >= 7 { return .speech }
        if sentencePunct && wordCount >= 3 { return .speech }
        return .term
    }

    private func looksLikeClause(_ s: String) -> Bool {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).contains { P.clauseMarkers.contains(String($0)) }
    }

    private func wordCount(_ s: String) -> Int {
        var n = 0
        var inWord = false
        for c in s.unicodeScalars {
            let letter = c.properties.isAlphabetic || c.properties.numericType != nil
            if letter && !inWord { n += 1 }
            inWord = letter || c == "'" || c == "’"
        }
        return n
    }
}
