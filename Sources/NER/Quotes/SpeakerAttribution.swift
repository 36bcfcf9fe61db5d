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

    /// Attributes `quote` given the byte range where its lead-in may start (`floor`: the end of
    /// the previous quotation on the line) and where its tail must stop (`ceiling`).
    func attribute(_ q: RawQuote, floor: Int, ceiling: Int) -> (Attribution?, leadIn: [CWord]) {
        // Windows are bounded so that pathological text (hundreds of nested marks on one line)
        // stays linear.
        let leadStart = sentenceStart(before: q.start, floor: max(floor, aligned(q.start - Self.window)))
        let lead = text.words(leadStart..<q.start)
        let tailEnd = sentenceEnd(after: q.end, limit: min(ceiling, aligned(q.end + Self.window)))
        let tail = text.words(q.end..<tailEnd)

        let after = afterPattern(tail)
        var before = beforePattern(lead)
        let leadHasVerb = endsWithColon(lead) && hasVerb(Array(lead.suffix(9)))

        let unquoted = lead.filter { !$0.isQuote }
        if let v = unquoted.indices.last(where: { isSaying(unquoted, $0) }) {
            let w = unquoted
            before?.adjacent = v >= w.count - 3 && !P.quotingVerbs.contains(w[v].lower)
        }
        if let a = after, a.speaker != nil, !(leadHasVerb && before?.speaker != nil) { return (a, lead) }
        if let b = before, b.speaker != nil, b.verb != nil { return (b, lead) }
        let dash = hasSpacedDash(q.contentStart..<q.contentEnd) ? inlineDash(text.words(q.contentStart..<q.contentEnd)) : nil
        if let d = dash, d.speaker != nil { return (d, lead) }
        if let b = before, b.speaker != nil { return (b, lead) }
        if var s = secondo(lead) { s.adjacent = false; return (s, lead) }
        if var n = nextSentence(from: q.end, limit: tailEnd) { n.adjacent = false; return (n, lead) }
        if tailEnd < ceiling || tail.isEmpty, var n = nextSentence(from: tailEnd, limit: text.lineEnd(after: tailEnd)) {
            n.adjacent = false
            return (n, lead)
        }
        if var a = after {
            let verbWords = (a.verb ?? "").lowercased().split(separator: " ").map(String.init)
            if verbWords.contains(where: { P.pluralVerbs.contains($0) }), let s = pluralSubject(before: leadStart) {
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

    // MARK: phrases

    private static let diWords: Set<String> = ["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’"]

    /// The speaker-like noun phrase starting at word `i` (`il segretario del Pd`, `Kevin Weil`).
    func nounPhrase(_ w: [CWord], _ i: Int, limit: Int? = nil, bare: Bool = false) -> Range<Int>? {
        let end = min(limit ?? w.count, w.count)
        guard i < end, !w[i].isPunct else { return nil }
        let first = w[i]
        // A bare lower-case noun (`dice espressione della …`) is rarely a speaker; a title
        // before a name (`papà Fabio`) is.
        if !bare, !first.isCapitalized, !P.phraseStarts.contains(first.lower),
           !(i + 1 < end && w[i + 1].isCapitalized && !w[i + 1].isPunct) { return nil }
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
            // `l'assessora alla salute Stefania Saccardi`: a title, a short phrase, then the name.
            if !sawName, P.locativePrepositions.contains(x.lower) || ["alla", "allo", "ai", "agli", "alle", "per"].contains(x.lower) {
                let a = j + 1 < end && P.articles.contains(w[j + 1].lower) ? 1 : 0
                if j + 2 + a < end, !w[j + 1 + a].isPunct, w[j + 2 + a].isCapitalized, !w[j + 2 + a].isPunct {
                    j += 2 + a
                    continue
                }
            }
            if P.phraseStops.contains(x.lower) || P.sayingVerbs.contains(x.lower) || isGerund(x.lower) { break }
            if P.articles.contains(x.lower) { break }  // `la parola il leghista`: a new phrase starts
            if sawName && !x.isCapitalized { break }
            // `gli artisti denunciano`: after a plural article, a word in -ano/-ono is the verb.
            if ["i", "gli", "le"].contains(first.lower), j > i + 1, x.lower.count > 4,
               x.lower.hasSuffix("ano") || x.lower.hasSuffix("ono") { break }
            if x.isCapitalized { sawName = true }
            content += 1
            j += 1
        }
        guard content > 0 || j > i + 1 else { return nil }
        while j > i + 1, Self.diWords.contains(w[j - 1].lower) || P.articles.contains(w[j - 1].lower) { j -= 1 }
        if j == i + 1, P.phraseStarts.contains(first.lower), !P.pronouns.contains(first.lower),
           !["portavoce", "fonti", "mamma", "papà"].contains(first.lower) { return nil }
        return i..<j
    }

    /// Skips adverbs, clitics and one prepositional phrase between a verb and its inverted
    /// subject (`ha detto all'Agi il virologo …`, `scrive in una nota Salini Impregilo`).
    func skipToSubject(_ w: [CWord], _ j0: Int) -> Int {
        var j = j0
        var pps = 0
        while j < w.count {
            let x = w[j].lower
            if P.auxiliaries.contains(x), !P.phraseStarts.contains(x), !P.articles.contains(x) { j += 1; continue }
            if pps < 2, P.locativePrepositions.contains(x) || ["ad", "alla", "all'", "all’", "nella", "nell'", "nell’"].contains(x) {
                var k = j + 1
                if k < w.count, P.articles.contains(w[k].lower) { k += 1 }
                guard k < w.count, !w[k].isPunct else { break }
                let nounCapitalized = w[k].isCapitalized
                k += 1
                // `al Corriere della Sera`: the phrase goes on through `di` + word.
                while k + 1 < w.count, Self.diWords.contains(w[k].lower), !w[k + 1].isPunct { k += 2 }
                if k < w.count, !w[k].isPunct, !w[k].isCapitalized, !P.articles.contains(w[k].lower),
                   !P.phraseStops.contains(w[k].lower) { k += 1 }  // in una nota ufficiale
                guard k < w.count, !w[k].isPunct,
                      P.articles.contains(w[k].lower) || (w[k].isCapitalized && !nounCapitalized) else { break }
                j = k
                pps += 1
                continue
            }
            break
        }
        return j
    }

    /// `riprende la parola il leghista`: after a verb, an object phrase may come before the
    /// inverted subject; the second article-led phrase is then the subject.
    func invertedSubject(_ w: [CWord], _ j: Int) -> Range<Int>? {
        guard let np = nounPhrase(w, j) else { return nil }
        if np.upperBound < w.count, P.articles.contains(w[np.upperBound].lower), P.articles.contains(w[np.lowerBound].lower),
           let second = nounPhrase(w, np.upperBound) {
            return second
        }
        return np
    }

    private func isGerund(_ s: String) -> Bool { s.count > 5 && (s.hasSuffix("ando") || s.hasSuffix("endo")) }

    private func span(_ w: [CWord], _ r: Range<Int>) -> Range<Int> { w[r.lowerBound].start..<w[r.upperBound - 1].end }

    private func verbText(_ w: [CWord], _ v: Int) -> String {
        var s = v
        while s > 0, ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "ho", "si"].contains(w[s - 1].lower) { s -= 1 }
        return text.string(w[s].start..<w[v].end)
    }

    private func lastWord(_ s: String?) -> String { s?.split(separator: " ").last.map { $0.lowercased() } ?? "" }

    private func endsWithColon(_ w: [CWord]) -> Bool {
        guard let last = w.last(where: { !($0.isPunct && ["-", "–", "—"].contains($0.text)) }) else { return false }
        return last.text == ":"
    }

    private func hasVerb(_ w: [CWord]) -> Bool { w.indices.contains { isSaying(w, $0) } }

    /// Whether word `k` is a verb of saying (`fanno sapere` counts as one).
    func isSaying(_ w: [CWord], _ k: Int) -> Bool {
        if P.sayingVerbs.contains(w[k].lower) { return true }
        return w[k].lower == "sapere" && k > 0 && ["fa", "fanno", "fatto", "far"].contains(w[k - 1].lower)
    }

    /// The subject at the start of a clause, after leading function words and a place phrase.
    func clauseSubject(_ w: [CWord], from s: Int, to e: Int) -> Range<Int>? {
        // Try the clause start, then the start of each comma-separated phrase
        // (`domenica, in un'intervista al Corriere, Fiore aveva glissato …`).
        var starts = [s]
        for k in s..<min(e, w.count) where w[k].text == "," && k + 1 < e { starts.append(k + 1) }
        for (n, start) in starts.prefix(4).enumerated() {
            var i = start
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
            // A phrase that starts with a preposition or connective is not the subject: go on
            // to the next comma.
            if i != start, n + 1 < starts.count { continue }
            if i < e, let np = nounPhrase(w, i, limit: e) { return np }
        }
        return nil
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
                guard f.isCapitalized || P.phraseStarts.contains(f.lower), !P.leadingFunctionWords.contains(f.lower),
                      !P.locativePrepositions.contains(f.lower), !f.isElided else { continue }
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
           !P.leadingFunctionWords.contains(words[np.lowerBound].lower) {
            return Attribution(speaker: span(words, np), verb: nil, pattern: .colon)
        }
        return nil
    }

    /// The first run of two or more capitalized words that is not a place or medium
    /// (`via Facebook`, `a Radio 24`) and does not open the sentence.
    func nameRun(_ w: [CWord]) -> Range<Int>? {
        var i = 0
        while i < w.count {
            guard w[i].isCapitalized, !w[i].isPunct else { i += 1; continue }
            var j = i
            while j < w.count, !w[j].isPunct, w[j].isCapitalized || (w[j].isElided && j + 1 < w.count && w[j + 1].isCapitalized) { j += 1 }
            let prev = i > 0 ? w[i - 1].lower : ""
            if j - i >= 2, !P.locativePrepositions.contains(prev),
               !P.leadingFunctionWords.contains(w[i].lower), !P.locativePrepositions.contains(w[i].lower) { return i..<j }
            i = j + 1
        }
        return nil
    }

    /// The subject before verb `v`: a relative's antecedent (`X, che ha dichiarato`), an
    /// apposition's name (`la sua insegnante, Elena Aliberti, lo ricorda`), the phrase right
    /// before the verb (`quando la studentessa ricorda`), or the clause's first phrase.
    func preverbalSubject(_ w: [CWord], _ v: Int) -> (Range<Int>, SpeakerPatterns.Pattern)? {
        // `X ha iniziato il suo discorso citando …`: a gerund's subject is the clause's.
        if isGerund(w[v].lower) { return clauseSubject(w, from: 0, to: v).map { ($0, .beforeSubjectVerb) } }
        var c = v - 1
        while c >= 0, P.auxiliaries.contains(w[c].lower), w[c].lower != "che" { c -= 1 }
        guard c >= 0 else { return nil }
        if w[c].lower == "che" {
            var e = c
            if e > 0, w[e - 1].text == "," { e -= 1 }
            if let np = backwardPhrase(w, before: e) { return (np, .beforeRelative) }
            return nil
        }
        if w[c].text == "," {
            var b = c - 1
            while b >= 0, w[b].text != "," { b -= 1 }
            if b + 1 < c, w[b + 1].isCapitalized, !P.leadingFunctionWords.contains(w[b + 1].lower),
               let np = nounPhrase(w, b + 1, limit: c) {
                return (np, .beforeSubjectVerb)
            }
            if b > 0, let np = clauseSubject(w, from: 0, to: b) { return (np, .beforeSubjectVerb) }
            return nil
        }
        if let np = backwardPhrase(w, before: c + 1) {
            let before = np.lowerBound > 0 ? w[np.lowerBound - 1].lower : ""
            let objectOfSomething = before.hasSuffix("are") || before.hasSuffix("ere") || before.hasSuffix("ire")
                || (P.phraseStops.contains(before) && !["che", "quando", "mentre", "e", "ma", "se", "poi", "ancora", "anche", "perché", "come"].contains(before))
            if !objectOfSomething { return (np, .beforeSubjectVerb) }
        }
        if let np = clauseSubject(w, from: 0, to: v) { return (np, .beforeSubjectVerb) }
        return nil
    }

    /// The noun phrase that ends right before word index `end` (`la studentessa`, `Burioni`).
    func backwardPhrase(_ w: [CWord], before end: Int) -> Range<Int>? {
        var k = end - 1
        guard k >= 0, !w[k].isPunct else { return nil }
        while k >= 0, !w[k].isPunct {
            let x = w[k].lower
            if P.articles.contains(x) || P.pronouns.contains(x) { break }
            if Self.diWords.contains(x) { k -= 1; continue }
            if P.phraseStops.contains(x) || P.sayingVerbs.contains(x) || P.leadingFunctionWords.contains(x) { k += 1; break }
            if end - k > 7 { k += 1; break }
            k -= 1
        }
        let start = k < 0 ? 0 : (w[k].isPunct ? k + 1 : k)
        guard start < end else { return nil }
        while start < end, Self.diWords.contains(w[start].lower) { return nil }
        return nounPhrase(w, start, limit: end, bare: true)
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
            while k < w.count, k < i + 4, P.auxiliaries.contains(w[k].lower) { k += 1 }
            guard k < w.count, P.sayingVerbs.contains(w[k].lower) else { continue }
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

    /// `… «…». Lo ha detto all'Agi il virologo Roberto Burioni.`
    func nextSentence(from byte: Int, limit: Int) -> Attribution? {
        let end = sentenceEnd(after: byte, limit: min(limit, aligned(byte + Self.window)))
        // Cheap test on the first words before tokenizing the whole sentence.
        let head = text.words(byte..<min(end, aligned(byte + 40))).filter { !$0.isPunct }.prefix(4).map(\.lower)
        let triggers: Set<String> = ["lo", "l'", "l’", "così", "questo", "queste", "è", "e'"]
        guard let h = head.first, triggers.contains(h) || head.contains(where: { ["parole", "commento", "dichiarazione", "dirlo"].contains($0) }) else { return nil }
        let w = text.words(byte..<end).filter { !$0.isPunct }
        // `Così il sindaco di Genova …` / `Le parole di X` / `questo il commento del presidente`.
        if let f = w.first, f.lower == "così", w.count > 1, !P.sayingVerbs.contains(w[1].lower), let np = nounPhrase(w, 1) {
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
        guard let v = w.prefix(5).firstIndex(where: { P.sayingVerbs.contains($0.lower) }) else { return nil }
        guard let np = nounPhrase(w, skipToSubject(w, v + 1)) else { return nil }
        return Attribution(speaker: span(w, np), verb: verbText(w, v), pattern: .nextSentence)
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
