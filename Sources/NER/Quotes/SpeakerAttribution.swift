/// Who a quotation's text says spoke, found by the patterns in `SpeakerPatterns`.
struct Attribution: Sendable {
    /// Byte range of the speaker phrase, if the text states one.
    var speaker: Range<Int>?
    /// The verb of saying as written (auxiliary included: `ha detto`).
    var verb: String?
    var pattern: SpeakerPatterns.Pattern
    /// The verb governs the quotation directly (right before or right after it), so even a
    /// short fragment is speech (`Burioni dice "si può fare"`).
    var adjacent = true
}

/// Finds speakers around (and inside) quotations: after the closing mark, before the opening
/// mark, between dashes inside, or in the next or previous sentence.
struct SpeakerAttributor {
    typealias P = SpeakerPatterns
    let text: QuoteText

    /// The end of the sentence after `q` (bounded by `ceiling` and the window) and its words.
    func tail(of q: RawQuote, ceiling: Int) -> (end: Int, words: [CWord]) {
        let end = sentenceEnd(after: q.end, limit: min(ceiling, aligned(q.end + Self.window)))
        return (end, text.words(q.end..<end))
    }

    /// The words `text.words(start..<cut)` gives, from `words` = `text.words(start..<limit)`
    /// (`cut <= limit`): tokens are decided by position, so these are the tokens starting
    /// before `cut`, except that a word running past `cut` is split again up to it.
    func prefixWords(_ words: [CWord], before cut: Int) -> [CWord] {
        var out: [CWord] = []
        out.reserveCapacity(words.count)
        for t in words {
            if t.start >= cut { break }
            if !t.isPunct && t.end > cut {
                out += text.words(t.start..<cut)
            } else {
                out.append(t)
            }
        }
        return out
    }

    /// Attributes `quote` given the byte range where its lead-in may start (`floor`: the end of
    /// the previous quotation on the line) and where its tail must stop (`ceiling`); `known`
    /// is the quotation's ``tail(of:ceiling:)`` for that ceiling when the caller has it.
    func attribute(_ q: RawQuote, floor: Int, ceiling: Int, known: (end: Int, words: [CWord])? = nil) -> (Attribution?, leadIn: [CWord]) {
        // Windows are bounded so that pathological text (hundreds of nested marks on one line)
        // stays linear.
        let leadStart = sentenceStart(before: q.start, floor: max(floor, aligned(q.start - Self.window)))
        let lead = text.words(leadStart..<q.start)
        let (tailEnd, tail) = known ?? self.tail(of: q, ceiling: ceiling)

        let after = afterPattern(tail)
        var before = beforePattern(lead)
        let leadHasVerb = endsWithColon(lead) && hasVerb(Array(lead.suffix(9)))

        let unquoted = lead.filter { !$0.isQuote }
        if let v = unquoted.indices.last(where: { isSaying(unquoted, $0) }) {
            let w = unquoted
            before?.adjacent = v >= w.count - 3 && !QuoteWords.quotingVerbs.contains(w[v].lower)
        }
        if let a = after, a.speaker != nil, !(leadHasVerb && before?.speaker != nil) { return (a, lead) }
        if let b = before, b.speaker != nil, b.verb != nil { return (b, lead) }
        let dash = hasSpacedDash(q.contentStart..<q.contentEnd) ? inlineDash(text.words(q.contentStart..<q.contentEnd)) : nil
        if let d = dash, d.speaker != nil { return (d, lead) }
        if let b = before, b.speaker != nil { return (b, lead) }
        if var s = secondo(lead) { s.adjacent = false; return (s, lead) }
        if var n = nextSentence(from: q.end, limit: tailEnd, known: tail) { n.adjacent = false; return (n, lead) }
        if tailEnd < ceiling || tail.isEmpty, var n = nextSentence(from: tailEnd, limit: text.lineEnd(after: tailEnd)) {
            n.adjacent = false
            return (n, lead)
        }
        if var a = after {
            let verbWords = (a.verb ?? "").lowercased().split(separator: " ").map(String.init)
            if verbWords.contains(where: { QuoteWords.pluralVerbs.contains($0) }), let s = pluralSubject(before: leadStart) {
                a.speaker = s
                a.pattern = .afterVerbPreviousSubject
            }
            return (a, lead)
        }
        if let b = before { return (b, lead) }
        if let d = dash { return (d, lead) }
        if lead.allSatisfy({ $0.isPunct }), leadStart > text.lineStart(before: q.start) || leadStart > floor,
           var p = previousSentence(before: leadStart, floor: max(floor, text.lineStart(before: q.start))) {
            p.adjacent = false
            return (p, lead)
        }
        return (nil, lead)
    }

    // MARK: sentences

    /// Bytes of context looked at on each side of a quotation.
    static let window = 220

    /// `byte` moved forward to a scalar boundary and clamped to the text.
    func aligned(_ byte: Int) -> Int {
        var b = min(max(0, byte), text.bytes.count)
        while b < text.bytes.count, text.bytes[b] & 0xC0 == 0x80 { b += 1 }
        return b
    }

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

    // MARK: patterns

    /// `«…», ha detto un portavoce` / `», si legge nella missiva`.
    func afterPattern(_ w: [CWord]) -> Attribution? {
        var i = 0
        while i < w.count, w[i].isPunct, [",", "-", "–", "—"].contains(w[i].text) { i += 1 }
        guard i < w.count else { return nil }
        if w[i].lower == "si", i + 1 < w.count, ["legge", "leggeva", "leggono"].contains(w[i + 1].lower) {
            var j = i + 2
            while j < w.count, !w[j].isPunct, !QuoteWords.documentNouns.contains(w[j].lower), j < i + 6 { j += 1 }
            let verb = text.string(w[i].start..<w[i + 1].end)
            if j < w.count, QuoteWords.documentNouns.contains(w[j].lower) {
                return Attribution(speaker: w[j].start..<w[j].end, verb: verb, pattern: .afterSiLegge)
            }
            return Attribution(speaker: nil, verb: verb, pattern: .afterSiLegge)
        }
        var k = i
        while k < w.count, k < i + 4, !w[k].isPunct, !QuoteWords.sayingVerbs.contains(w[k].lower) {
            guard QuoteWords.auxiliaries.contains(w[k].lower) else { return nil }
            k += 1
        }
        guard k < w.count, QuoteWords.sayingVerbs.contains(w[k].lower), !isGerund(w[k].lower) else { return nil }
        let verb = verbText(w, k)
        let j = skipToSubject(w, k + 1)
        if let np = invertedSubject(w, j) {
            return Attribution(speaker: span(w, np), verb: verb, pattern: .afterVerbSubject)
        }
        return Attribution(speaker: nil, verb: verb, pattern: .afterVerbImplicit)
    }

    /// `X ha detto: «…»`, `dice X: "…"`, `X, che ha dichiarato "…"`, `X: «…»`.
    func beforePattern(_ w: [CWord]) -> Attribution? {
        var words = w.filter { !$0.isQuote }
        // Only the clause after an inner colon leads into the quotation.
        if words.count > 2, let c = words.dropLast().lastIndex(where: { $0.text == ":" || $0.text == ";" }),
           words[(c + 1)...].contains(where: { !$0.isPunct }) {
            words = Array(words[(c + 1)...])
        }
        let colon = endsWithColon(words)
        if let v = words.indices.last(where: { isSaying(words, $0) }),
           v >= words.count - 8 || colon || (invertedSubject(words, skipToSubject(words, v + 1))?.upperBound ?? 0) >= words.count - 1 {
            let verb = verbText(words, v)
            let j = skipToSubject(words, v + 1)
            let post = j < words.count ? invertedSubject(words, j) : nil
            // `ammonisce Zingaretti:` (inverted subject right before the quotation) beats a
            // clause subject; otherwise a noun after the verb is more likely its object.
            if let np = post, np.upperBound >= words.count - 1 {
                return Attribution(speaker: span(words, np), verb: verb, pattern: .beforeVerbSubject)
            }
            if let (np, pattern) = preverbalSubject(words, v) {
                return Attribution(speaker: span(words, np), verb: verb, pattern: pattern)
            }
            if let np = post {
                return Attribution(speaker: span(words, np), verb: verb, pattern: .beforeVerbSubject)
            }
            if colon || v >= words.count - 3 {
                return Attribution(speaker: nil, verb: verb, pattern: .beforeSubjectVerb)
            }
        }
        guard colon else { return nil }
        let content = words.filter { !$0.isPunct }
        if content.count <= 10 {
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
                guard f.isCapitalized || QuoteWords.phraseStarts.contains(f.lower), !QuoteWords.leadingFunctionWords.contains(f.lower),
                      !QuoteWords.locativePrepositions.contains(f.lower), !f.isElided else { continue }
                if let np = nounPhrase(words, seg.lowerBound, limit: seg.upperBound) {
                    return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
                }
            }
            if let run = nameRun(words) {
                return Attribution(speaker: span(words, run), verb: nil, pattern: .colon)
            }
            if let np = clauseSubject(words, from: 0, to: words.count - 1), words[np.lowerBound].isCapitalized || np.count > 1 {
                return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
            }
            return nil
        }
        if let run = nameRun(words) {
            return Attribution(speaker: span(words, run), verb: nil, pattern: .colon)
        }
        if let np = clauseSubject(words, from: 0, to: words.count - 1), words[np.lowerBound].isCapitalized || np.count > 1,
           !QuoteWords.leadingFunctionWords.contains(words[np.lowerBound].lower) {
            return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
        }
        return nil
    }

    /// Whether a space-preceded dash (`-`, `–`, `—`) occurs in the byte range (a cheap test
    /// before tokenizing a long quotation).
    func hasSpacedDash(_ r: Range<Int>) -> Bool {
        var b = r.lowerBound + 1
        while b < r.upperBound {
            if text.bytes[b - 1] == 0x20 {
                let c = text.bytes[b]
                if c == 0x2D { return true }
                if c == 0xE2, b + 2 < text.bytes.count, text.bytes[b + 1] == 0x80, text.bytes[b + 2] == 0x93 || text.bytes[b + 2] == 0x94 { return true }
            }
            b += 1
        }
        return false
    }

    /// `«… — ricorda la madre — …»` inside the quotation.
    func inlineDash(_ w: [CWord]) -> Attribution? {
        for (i, x) in w.enumerated() where ["-", "–", "—"].contains(x.text) && x.start > 0 && text.bytes[x.start - 1] == 0x20 {
            var k = i + 1
            while k < w.count, k < i + 4, QuoteWords.auxiliaries.contains(w[k].lower) { k += 1 }
            guard k < w.count, QuoteWords.sayingVerbs.contains(w[k].lower) else { continue }
            let verb = verbText(w, k)
            let np = nounPhrase(w, skipToSubject(w, k + 1))
            return Attribution(speaker: np.map { span(w, $0) }, verb: verb, pattern: .inlineDash)
        }
        return nil
    }

    /// `Secondo gli artisti, … “…”`.
    func secondo(_ w: [CWord]) -> Attribution? {
        guard let s = w.lastIndex(where: { $0.lower == "secondo" }), let np = nounPhrase(w, s + 1) else { return nil }
        return Attribution(speaker: span(w, np), verb: w[s].text, pattern: .secondo)
    }

    /// The words that open a sentence attributing the quotation before it (`Lo ha detto …`),
    /// and the nouns naming it (`Le parole di …`): built once, not on every call.
    static let nextSentenceTriggers: Set<String> = ["lo", "l'", "l’", "così", "questo", "queste", "è", "e'"]
    static let nextSentenceNouns: Set<String> = ["parole", "commento", "dichiarazione", "dirlo"]

    /// `… «…». Lo ha detto all'Agi il virologo Roberto Burioni.`
    ///
    /// `known`, when given, is `text.words(byte..<limit)` (the caller's tail): when the
    /// sentence runs to `limit` its words are not split again.
    func nextSentence(from byte: Int, limit: Int, known: [CWord]? = nil) -> Attribution? {
        let end = sentenceEnd(after: byte, limit: min(limit, aligned(byte + Self.window)))
        let reuse = known != nil && end == limit
        // Cheap test on the first words before tokenizing the whole sentence.
        let headEnd = min(end, aligned(byte + 40))
        let head = reuse ? firstWords(known!, before: headEnd)
            : text.words(byte..<headEnd).filter { !$0.isPunct }.prefix(4).map(\.lower)
        guard let h = head.first, QuoteWords.nextSentenceTriggers.contains(h) || head.contains(where: { QuoteWords.nextSentenceNouns.contains($0) }) else { return nil }
        let w = (reuse ? known! : text.words(byte..<end)).filter { !$0.isPunct }
        // `Così il sindaco di Genova …` / `Le parole di X` / `questo il commento del presidente`.
        if let f = w.first, f.lower == "così", w.count > 1, !QuoteWords.sayingVerbs.contains(w[1].lower), let np = nounPhrase(w, 1) {
            return Attribution(speaker: span(w, np), verb: f.text, pattern: .nextSentence)
        }
        if let k = w.prefix(4).firstIndex(where: { ["parole", "commento", "dichiarazione", "dirlo"].contains($0.lower) }) {
            var j = k + 1
            while j < w.count, j < k + 4, ["di", "del", "della", "dello", "dell'", "dell’", "è", "stato", "stata", "a"].contains(w[j].lower) || w[j].isQuote { j += 1 }
            if w[k].lower != "dirlo", j > k + 1, ["di", "del", "della", "dello", "dell'", "dell’"].contains(w[j - 1].lower) || w[j - 1].lower == "di",
               let np = nounPhrase(w, j, bare: true) {
                return Attribution(speaker: span(w, np), verb: w[k].text, pattern: .nextSentence)
            }
            if w[k].lower == "dirlo", let np = nounPhrase(w, j) {
                return Attribution(speaker: span(w, np), verb: w[k].text, pattern: .nextSentence)
            }
        }
        guard let f = w.first, ["lo", "l'", "l’", "così", "questo", "queste", "è", "e'"].contains(f.lower) else { return nil }
        guard let v = w.prefix(5).firstIndex(where: { QuoteWords.sayingVerbs.contains($0.lower) }) else { return nil }
        guard let np = nounPhrase(w, skipToSubject(w, v + 1)) else { return nil }
        return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .nextSentence)
    }

    /// The lower-case forms of the first four words (not punctuation) of `words` that start
    /// before `cut`, as `text.words(start..<cut)` would give them: tokens are decided by
    /// position, so only a word running past `cut` differs, and it is split again up to `cut`.
    func firstWords(_ words: [CWord], before cut: Int) -> [String] {
        var out: [String] = []
        for t in words {
            if t.start >= cut || out.count == 4 { break }
            if t.isPunct { continue }
            if t.end > cut {
                if let cutWord = text.words(t.start..<cut).first { out.append(cutWord.lower) }
            } else {
                out.append(t.lower)
            }
        }
        return out
    }

    /// `… replica Bugo, che ribadisce la sua posizione. "…"`: the first attributed verb of the
    /// previous sentence, after its last quotation.
    func previousSentence(before byte: Int, floor: Int) -> Attribution? {
        guard byte > floor else { return nil }
        let start = sentenceStart(before: max(floor, byte - 1), floor: max(floor, aligned(byte - Self.window)))
        var w = text.words(start..<byte)
        // Only what follows the sentence's last quotation can attribute the next one.
        if let lastMark = w.lastIndex(where: { $0.isQuote && $0.text != "'" && $0.text != "’" }) {
            w = Array(w[(lastMark + 1)...])
        }
        w = w.filter { !$0.isQuote }
        guard let v = w.indices.first(where: { isSaying(w, $0) && !isGerund(w[$0].lower) }) else { return nil }
        if let (np, _) = preverbalSubject(w, v) {
            return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .previousSentence)
        }
        if let np = nounPhrase(w, skipToSubject(w, v + 1)) {
            return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .previousSentence)
        }
        return nil
    }

    /// `gli artisti` in `…, gli artisti denunciano …` up to three sentences back.
    func pluralSubject(before byte: Int) -> Range<Int>? {
        var end = byte
        for _ in 0..<5 {
            guard end > 0 else { return nil }
            let start = sentenceStart(before: end, floor: aligned(end - Self.window))
            let w = text.words(start..<end)
            for (i, x) in w.enumerated() where ["gli", "i", "le"].contains(x.lower) && (i == 0 || w[i - 1].text == ",") {
                if let np = nounPhrase(w, i), np.count > 1 { return span(w, np) }
            }
            end = start > 0 ? start - 1 : 0
        }
        return nil
    }
}
