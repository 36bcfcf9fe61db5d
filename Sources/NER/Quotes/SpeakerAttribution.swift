/// Who a quotation's text says spoke, found by the patterns in `SpeakerPatterns`.
struct Attribution: Sendable {
    /// Byte range of the speaker phrase, if the text states one.
    var speaker: Range<Int>?
    /// The verb of saying as written (auxiliary included: `ha detto`).
    var verb: String?
    var pattern: SpeakerPatterns.Pattern
}

/// Finds speakers around (and inside) quotations: after the closing mark, before the opening
/// mark, between dashes inside, or in the next or previous sentence.
struct SpeakerAttributor {
    typealias P = SpeakerPatterns
    let text: QuoteText

    /// Attributes `quote` given the byte range where its lead-in may start (`floor`: the end of
    /// the previous quotation on the line) and where its tail must stop (`ceiling`).
    func attribute(_ q: RawQuote, floor: Int, ceiling: Int) -> (Attribution?, leadIn: [CWord]) {
        let leadStart = sentenceStart(before: q.start, floor: floor)
        let lead = text.words(leadStart..<q.start)
        let tailEnd = sentenceEnd(after: q.end, limit: ceiling)
        let tail = text.words(q.end..<tailEnd)

        let after = afterPattern(tail)
        if let a = after, a.speaker != nil, !(endsWithColon(lead) && hasVerb(lead)) { return (a, lead) }
        if let b = beforePattern(lead) {
            if b.speaker != nil || after == nil { return (b, lead) }
        }
        if let a = after, a.speaker != nil { return (a, lead) }
        if let d = inlineDash(text.words(q.contentStart..<q.contentEnd)) { return (d, lead) }
        if let s = secondo(lead) { return (s, lead) }
        if var a = after {
            if P.pluralVerbs.contains(lastWord(a.verb)), let s = pluralSubject(before: leadStart) {
                a.speaker = s
                a.pattern = .afterVerbPreviousSubject
            }
            return (a, lead)
        }
        if tailEnd < ceiling || tail.isEmpty, let n = nextSentence(from: tailEnd, limit: text.lineEnd(after: tailEnd)) {
            return (n, lead)
        }
        if lead.allSatisfy({ $0.isPunct }), leadStart > text.lineStart(before: q.start) || leadStart > floor,
           let p = previousSentence(before: leadStart, floor: max(floor, text.lineStart(before: q.start))) {
            return (p, lead)
        }
        return (nil, lead)
    }

    // MARK: sentences

    /// Start of the sentence holding `byte`: after `.`, `!`, `?` and a space, a line feed, or `floor`.
    func sentenceStart(before byte: Int, floor: Int) -> Int {
        let lineStart = text.lineStart(before: byte)
        let lo = max(floor, lineStart)
        var b = byte
        while b > lo {
            let c = text.bytes[b - 1]
            if (c == 0x20 || c == 0x0A), b >= 2, [0x2E, 0x21, 0x3F].contains(text.bytes[b - 2]) { return b }
            b -= 1
        }
        return lo
    }

    /// End of the sentence that begins at `byte` (after its `.`, `!`, `?`), the line end or `limit`.
    func sentenceEnd(after byte: Int, limit: Int) -> Int {
        let hi = min(limit, text.lineEnd(after: byte))
        var b = byte
        while b < hi {
            let c = text.bytes[b]
            if c == 0x2E || c == 0x21 || c == 0x3F { return b + 1 }
            b += 1
        }
        return hi
    }

    // MARK: phrases

    private static let diWords: Set<String> = ["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’"]

    /// The speaker-like noun phrase starting at word `i` (`il segretario del Pd`, `Kevin Weil`).
    func nounPhrase(_ w: [CWord], _ i: Int, limit: Int? = nil) -> Range<Int>? {
        let end = min(limit ?? w.count, w.count)
        guard i < end, !w[i].isPunct else { return nil }
        let first = w[i]
        if P.phraseStops.contains(first.lower) && !P.phraseStarts.contains(first.lower) { return nil }
        if P.sayingVerbs.contains(first.lower) || isGerund(first.lower) { return nil }
        if !first.isCapitalized && !P.phraseStarts.contains(first.lower) && first.lower.count < 3 { return nil }
        if P.pronouns.contains(first.lower) { return i..<(i + 1) }
        var j = i + 1
        var sawName = first.isCapitalized && !P.phraseStarts.contains(first.lower)
        var content = P.phraseStarts.contains(first.lower) && !["mamma", "papà", "padre", "madre", "fonti", "portavoce"].contains(first.lower) ? 0 : 1
        while j < end, j - i < 10 {
            let x = w[j]
            if x.isPunct { break }
            if Self.diWords.contains(x.lower) {
                if j + 1 < end, !w[j + 1].isPunct, !P.phraseStops.contains(w[j + 1].lower) || P.phraseStarts.contains(w[j + 1].lower) {
                    j += 2
                    if j - 1 < end, P.phraseStarts.contains(w[j - 1].lower), j < end, !w[j].isPunct { j += 1 }
                    continue
                }
                break
            }
            if x.lower == "e", j + 1 < end, !w[j + 1].isPunct, !P.phraseStarts.contains(w[j + 1].lower) || ["mamma", "papà"].contains(w[j + 1].lower),
               w[j + 1].isCapitalized || ["mamma", "papà", "padre", "madre"].contains(w[j + 1].lower) {
                j += 2
                continue
            }
            if P.phraseStops.contains(x.lower) || P.sayingVerbs.contains(x.lower) || isGerund(x.lower) { break }
            if sawName && !x.isCapitalized { break }
            if x.isCapitalized { sawName = true }
            content += 1
            j += 1
        }
        guard content > 0 || j > i + 1 else { return nil }
        while j > i + 1, Self.diWords.contains(w[j - 1].lower) || P.phraseStarts.contains(w[j - 1].lower) { j -= 1 }
        if j == i + 1, P.phraseStarts.contains(first.lower), !P.pronouns.contains(first.lower),
           !["portavoce", "fonti", "mamma", "papà"].contains(first.lower) { return nil }
        return i..<j
    }

    private func isGerund(_ s: String) -> Bool { s.count > 5 && (s.hasSuffix("ando") || s.hasSuffix("endo")) }

    private func span(_ w: [CWord], _ r: Range<Int>) -> Range<Int> { w[r.lowerBound].start..<w[r.upperBound - 1].end }

    private func verbText(_ w: [CWord], _ v: Int) -> String {
        var s = v
        while s > 0, ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "ho", "si", "lo", "l'", "l’"].contains(w[s - 1].lower) { s -= 1 }
        return text.string(w[s].start..<w[v].end)
    }

    private func lastWord(_ s: String?) -> String { s?.split(separator: " ").last.map { $0.lowercased() } ?? "" }

    private func endsWithColon(_ w: [CWord]) -> Bool {
        guard let last = w.last(where: { !($0.isPunct && ["-", "–", "—"].contains($0.text)) }) else { return false }
        return last.text == ":"
    }

    private func hasVerb(_ w: [CWord]) -> Bool { w.contains { P.sayingVerbs.contains($0.lower) } }

    /// The subject at the start of a clause, after leading function words and a place phrase.
    func clauseSubject(_ w: [CWord], from s: Int, to e: Int) -> Range<Int>? {
        var i = s
        var guardCount = 0
        while i < e, guardCount < 6 {
            guardCount += 1
            let x = w[i]
            if x.isPunct { i += 1; continue }
            if P.locativePrepositions.contains(x.lower) {
                i += 1
                if i < e, P.phraseStarts.contains(w[i].lower) { i += 1 }
                if i < e, !w[i].isPunct { i += 1 }
                continue
            }
            if P.leadingFunctionWords.contains(x.lower) { i += 1; continue }
            break
        }
        return nounPhrase(w, i, limit: e)
    }

    // MARK: patterns

    /// `«…», ha detto un portavoce` / `», si legge nella missiva`.
    func afterPattern(_ w: [CWord]) -> Attribution? {
        var i = 0
        while i < w.count, w[i].isPunct, [",", "-", "–", "—"].contains(w[i].text) { i += 1 }
        guard i < w.count else { return nil }
        if w[i].lower == "si", i + 1 < w.count, ["legge", "leggeva", "leggono"].contains(w[i + 1].lower) {
            var j = i + 2
            while j < w.count, !w[j].isPunct, !P.documentNouns.contains(w[j].lower), j < i + 6 { j += 1 }
            let verb = text.string(w[i].start..<w[i + 1].end)
            if j < w.count, P.documentNouns.contains(w[j].lower) {
                return Attribution(speaker: w[j].start..<w[j].end, verb: verb, pattern: .afterSiLegge)
            }
            return Attribution(speaker: nil, verb: verb, pattern: .afterSiLegge)
        }
        var k = i
        while k < w.count, k < i + 4, !w[k].isPunct, !P.sayingVerbs.contains(w[k].lower) {
            guard P.auxiliaries.contains(w[k].lower) else { return nil }
            k += 1
        }
        guard k < w.count, P.sayingVerbs.contains(w[k].lower), !isGerund(w[k].lower) else { return nil }
        let verb = verbText(w, k)
        var j = k + 1
        while j < w.count, P.auxiliaries.contains(w[j].lower), !P.phraseStarts.contains(w[j].lower) || w[j].lower == "lo" { j += 1 }
        if let np = nounPhrase(w, j) {
            return Attribution(speaker: span(w, np), verb: verb, pattern: .afterVerbSubject)
        }
        return Attribution(speaker: nil, verb: verb, pattern: .afterVerbImplicit)
    }

    /// `X ha detto: «…»`, `dice X: "…"`, `X, che ha dichiarato "…"`, `X: «…»`.
    func beforePattern(_ w: [CWord]) -> Attribution? {
        let words = w.filter { !$0.isQuote }
        let colon = endsWithColon(words)
        if let v = words.lastIndex(where: { P.sayingVerbs.contains($0.lower) }), v >= words.count - 8 || colon {
            let verb = verbText(words, v)
            var j = v + 1
            while j < words.count, P.auxiliaries.contains(words[j].lower), !P.phraseStarts.contains(words[j].lower) { j += 1 }
            if j < words.count, let np = nounPhrase(words, j), np.upperBound <= words.count {
                return Attribution(speaker: span(words, np), verb: verb, pattern: .beforeVerbSubject)
            }
            var c = v - 1
            while c >= 0, P.auxiliaries.contains(words[c].lower) { c -= 1 }
            if c >= 1, words[c].lower == "che", words[c - 1].text == "," {
                var s = c - 1
                while s > 0, words[s - 1].isCapitalized, !P.leadingFunctionWords.contains(words[s - 1].lower) { s -= 1 }
                if s < c - 1 {
                    return Attribution(speaker: span(words, s..<(c - 1)), verb: verb, pattern: .beforeRelative)
                }
            }
            if let np = clauseSubject(words, from: 0, to: v), !isGerund(words[v].lower) {
                return Attribution(speaker: span(words, np), verb: verb, pattern: .beforeSubjectVerb)
            }
            if colon || v >= words.count - 3 {
                return Attribution(speaker: nil, verb: verb, pattern: .beforeSubjectVerb)
            }
        }
        guard colon else { return nil }
        let content = words.filter { !$0.isPunct }
        if content.count <= 7 {
            // Headline `Sanremo 2020, Bugo su Morgan: "…"`: the last comma segment that starts
            // with a name or an article.
            var segments: [Range<Int>] = []
            var s = 0
            for (k, x) in words.enumerated() where x.text == "," || x.text == ":" {
                if k > s { segments.append(s..<k) }
                s = k + 1
            }
            for seg in segments.reversed() {
                let f = words[seg.lowerBound]
                guard f.isCapitalized || P.phraseStarts.contains(f.lower) else { continue }
                if let np = nounPhrase(words, seg.lowerBound, limit: seg.upperBound) {
                    return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
                }
            }
            return nil
        }
        if let np = clauseSubject(words, from: 0, to: words.count - 1) {
            return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
        }
        return nil
    }

    /// `«… — ricorda la madre — …»` inside the quotation.
    func inlineDash(_ w: [CWord]) -> Attribution? {
        for (i, x) in w.enumerated() where ["-", "–", "—"].contains(x.text) && x.start > 0 && text.bytes[x.start - 1] == 0x20 {
            var k = i + 1
            while k < w.count, k < i + 4, P.auxiliaries.contains(w[k].lower) { k += 1 }
            guard k < w.count, P.sayingVerbs.contains(w[k].lower) else { continue }
            let verb = verbText(w, k)
            var j = k + 1
            while j < w.count, P.auxiliaries.contains(w[j].lower), !P.phraseStarts.contains(w[j].lower) { j += 1 }
            let np = nounPhrase(w, j)
            return Attribution(speaker: np.map { span(w, $0) }, verb: verb, pattern: .inlineDash)
        }
        return nil
    }

    /// `Secondo gli artisti, … “…”`.
    func secondo(_ w: [CWord]) -> Attribution? {
        guard let s = w.lastIndex(where: { $0.lower == "secondo" }), let np = nounPhrase(w, s + 1) else { return nil }
        return Attribution(speaker: span(w, np), verb: w[s].text, pattern: .secondo)
    }

    /// `… «…». Lo ha detto all'Agi il virologo Roberto Burioni.`
    func nextSentence(from byte: Int, limit: Int) -> Attribution? {
        let end = sentenceEnd(after: byte, limit: limit)
        let w = text.words(byte..<end).filter { !$0.isPunct }
        guard let f = w.first, ["lo", "l'", "l’", "così", "questo", "queste", "è", "e'", "parole"].contains(f.lower) else { return nil }
        guard let v = w.prefix(5).firstIndex(where: { P.sayingVerbs.contains($0.lower) }) else { return nil }
        var j = v + 1
        while j < w.count, j < v + 6, !w[j].isCapitalized, !P.phraseStarts.contains(w[j].lower) || w[j].isElided { j += 1 }
        guard let np = nounPhrase(w, j) else { return nil }
        return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .nextSentence)
    }

    /// `… replica Bugo, che ribadisce la sua posizione. "…"`: the first attributed verb of the
    /// previous sentence, after its last quotation.
    func previousSentence(before byte: Int, floor: Int) -> Attribution? {
        guard byte > floor else { return nil }
        let start = sentenceStart(before: max(floor, byte - 1), floor: floor)
        let w = text.words(start..<byte).filter { !$0.isQuote }
        guard let v = w.firstIndex(where: { P.sayingVerbs.contains($0.lower) && !isGerund($0.lower) }) else { return nil }
        var j = v + 1
        while j < w.count, P.auxiliaries.contains(w[j].lower), !P.phraseStarts.contains(w[j].lower) { j += 1 }
        if let np = nounPhrase(w, j) {
            return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .previousSentence)
        }
        if let np = clauseSubject(w, from: 0, to: v) {
            return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .previousSentence)
        }
        return nil
    }

    /// `gli artisti` in `…, gli artisti denunciano …` up to three sentences back.
    func pluralSubject(before byte: Int) -> Range<Int>? {
        var end = byte
        for _ in 0..<5 {
            guard end > 0 else { return nil }
            let start = sentenceStart(before: end, floor: 0)
            let w = text.words(start..<end)
            for (i, x) in w.enumerated() where ["gli", "i", "le"].contains(x.lower) && (i == 0 || w[i - 1].text == ",") {
                if let np = nounPhrase(w, i), np.count > 1 { return span(w, np) }
            }
            end = start > 0 ? start - 1 : 0
        }
        return nil
    }
}
