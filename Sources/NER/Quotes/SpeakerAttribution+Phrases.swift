/// Phrase finding for speaker attribution: noun phrases (`il segretario del Pd`, `Kevin
/// Weil`), clause subjects, inverted subjects and the helpers the patterns share.
extension SpeakerAttributor {
    static let diWords: Set<String> = ["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "dell’", "d'", "d’"]

    /// The speaker-like noun phrase starting at word `i` (`il segretario del Pd`, `Kevin Weil`).
    func nounPhrase(_ w: [CWord], _ i: Int, limit: Int? = nil, bare: Bool = false) -> Range<Int>? {
        let end = min(limit ?? w.count, w.count)
        guard i < end, !w[i].isPunct else { return nil }
        let first = w[i]
        // A bare lower-case noun (`dice espressione della …`) is rarely a speaker; a title
        // before a name (`papà Fabio`) is.
        if !bare, !first.isCapitalized, !QuoteWords.phraseStarts.contains(first.lower),
           !(i + 1 < end && w[i + 1].isCapitalized && !w[i + 1].isPunct) { return nil }
        if QuoteWords.phraseStops.contains(first.lower) && !QuoteWords.phraseStarts.contains(first.lower) { return nil }
        if QuoteWords.sayingVerbs.contains(first.lower) || isGerund(first.lower) { return nil }
        if !first.isCapitalized && !QuoteWords.phraseStarts.contains(first.lower) && first.lower.count < 3 { return nil }
        if QuoteWords.pronouns.contains(first.lower) { return i..<(i + 1) }
        var j = i + 1
        var sawName = first.isCapitalized && !QuoteWords.phraseStarts.contains(first.lower)
        var content = QuoteWords.phraseStarts.contains(first.lower) && !["mamma", "papà", "padre", "madre", "fonti", "portavoce"].contains(first.lower) ? 0 : 1
        while j < end, j - i < 10 {
            let x = w[j]
            if x.isPunct { break }
            if QuoteWords.diWords.contains(x.lower) {
                if j + 1 < end, !w[j + 1].isPunct, !QuoteWords.phraseStops.contains(w[j + 1].lower) || QuoteWords.phraseStarts.contains(w[j + 1].lower) {
                    j += 2
                    if j - 1 < end, QuoteWords.phraseStarts.contains(w[j - 1].lower), j < end, !w[j].isPunct { j += 1 }
                    continue
                }
                break
            }
            if x.lower == "e", j + 1 < end, !w[j + 1].isPunct, !QuoteWords.phraseStarts.contains(w[j + 1].lower) || ["mamma", "papà"].contains(w[j + 1].lower),
               w[j + 1].isCapitalized || ["mamma", "papà", "padre", "madre"].contains(w[j + 1].lower) {
                j += 2
                continue
            }
            // `l'assessora alla salute Stefania Saccardi`: a title, a short phrase, then the name.
            if !sawName, QuoteWords.locativePrepositions.contains(x.lower) || ["alla", "allo", "ai", "agli", "alle", "per"].contains(x.lower) {
                let a = j + 1 < end && QuoteWords.articles.contains(w[j + 1].lower) ? 1 : 0
                if j + 2 + a < end, !w[j + 1 + a].isPunct, w[j + 2 + a].isCapitalized, !w[j + 2 + a].isPunct {
                    j += 2 + a
                    continue
                }
            }
            if QuoteWords.phraseStops.contains(x.lower) || QuoteWords.sayingVerbs.contains(x.lower) || isGerund(x.lower) { break }
            if QuoteWords.articles.contains(x.lower) { break }  // `la parola il leghista`: a new phrase starts
            if sawName && !x.isCapitalized { break }
            // `gli artisti denunciano`: after a plural article, a word in -ano/-ono is the verb.
            if ["i", "gli", "le"].contains(first.lower), j > i + 1, x.lower.count > 4,
               x.lower.hasSuffix("ano") || x.lower.hasSuffix("ono") { break }
            if x.isCapitalized { sawName = true }
            content += 1
            j += 1
        }
        guard content > 0 || j > i + 1 else { return nil }
        while j > i + 1, QuoteWords.diWords.contains(w[j - 1].lower) || QuoteWords.articles.contains(w[j - 1].lower) { j -= 1 }
        if j == i + 1, QuoteWords.phraseStarts.contains(first.lower), !QuoteWords.pronouns.contains(first.lower),
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
            if QuoteWords.auxiliaries.contains(x), !QuoteWords.phraseStarts.contains(x), !QuoteWords.articles.contains(x) { j += 1; continue }
            if pps < 2, QuoteWords.locativePrepositions.contains(x) || ["ad", "alla", "all'", "all’", "nella", "nell'", "nell’"].contains(x) {
                var k = j + 1
                if k < w.count, QuoteWords.articles.contains(w[k].lower) { k += 1 }
                guard k < w.count, !w[k].isPunct else { break }
                let nounCapitalized = w[k].isCapitalized
                k += 1
                // `al Corriere della Sera`: the phrase goes on through `di` + word.
                while k + 1 < w.count, QuoteWords.diWords.contains(w[k].lower), !w[k + 1].isPunct { k += 2 }
                if k < w.count, !w[k].isPunct, !w[k].isCapitalized, !QuoteWords.articles.contains(w[k].lower),
                   !QuoteWords.phraseStops.contains(w[k].lower) { k += 1 }  // in una nota ufficiale
                guard k < w.count, !w[k].isPunct,
                      QuoteWords.articles.contains(w[k].lower) || (w[k].isCapitalized && !nounCapitalized) else { break }
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
        if np.upperBound < w.count, QuoteWords.articles.contains(w[np.upperBound].lower), QuoteWords.articles.contains(w[np.lowerBound].lower),
           let second = nounPhrase(w, np.upperBound) {
            return second
        }
        return np
    }

    func isGerund(_ s: String) -> Bool { s.count > 5 && (s.hasSuffix("ando") || s.hasSuffix("endo")) }

    func span(_ w: [CWord], _ r: Range<Int>) -> Range<Int> { w[r.lowerBound].start..<w[r.upperBound - 1].end }

    func verbText(_ w: [CWord], _ v: Int) -> String {
        var s = v
        while s > 0, ["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "ho", "si"].contains(w[s - 1].lower) { s -= 1 }
        return text.string(w[s].start..<w[v].end)
    }

    func lastWord(_ s: String?) -> String { s?.split(separator: " ").last.map { $0.lowercased() } ?? "" }

    func endsWithColon(_ w: [CWord]) -> Bool {
        guard let last = w.last(where: { !($0.isPunct && ["-", "–", "—"].contains($0.text)) }) else { return false }
        return last.text == ":"
    }

    func hasVerb(_ w: [CWord]) -> Bool { w.indices.contains { isSaying(w, $0) } }

    /// Whether word `k` is a verb of saying (`fanno sapere` counts as one).
    func isSaying(_ w: [CWord], _ k: Int) -> Bool {
        if QuoteWords.sayingVerbs.contains(w[k].lower) { return true }
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
                if QuoteWords.locativePrepositions.contains(x.lower) {
                    i += 1
                    if i < e, QuoteWords.phraseStarts.contains(w[i].lower) { i += 1 }
                    if i < e, !w[i].isPunct { i += 1 }
                    continue
                }
                if QuoteWords.leadingFunctionWords.contains(x.lower) { i += 1; continue }
                break
            }
            // A phrase that starts with a preposition or connective is not the subject: go on
            // to the next comma.
            if i != start, n + 1 < starts.count { continue }
            if i < e, let np = nounPhrase(w, i, limit: e) { return np }
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
            if j - i >= 2, !QuoteWords.locativePrepositions.contains(prev),
               !QuoteWords.leadingFunctionWords.contains(w[i].lower), !QuoteWords.locativePrepositions.contains(w[i].lower) { return i..<j }
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
        while c >= 0, QuoteWords.auxiliaries.contains(w[c].lower), w[c].lower != "che" { c -= 1 }
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
            if b + 1 < c, w[b + 1].isCapitalized, !QuoteWords.leadingFunctionWords.contains(w[b + 1].lower),
               let np = nounPhrase(w, b + 1, limit: c) {
                return (np, .beforeSubjectVerb)
            }
            if b > 0, let np = clauseSubject(w, from: 0, to: b) { return (np, .beforeSubjectVerb) }
            return nil
        }
        if let np = backwardPhrase(w, before: c + 1) {
            let before = np.lowerBound > 0 ? w[np.lowerBound - 1].lower : ""
            let objectOfSomething = before.hasSuffix("are") || before.hasSuffix("ere") || before.hasSuffix("ire")
                || (QuoteWords.phraseStops.contains(before) && !["che", "quando", "mentre", "e", "ma", "se", "poi", "ancora", "anche", "perché", "come"].contains(before))
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
            if QuoteWords.articles.contains(x) || QuoteWords.pronouns.contains(x) {
                // `Gli autori di questa fuga`: a determiner after `di` is inside the phrase.
                if k > 0, QuoteWords.diWords.contains(w[k - 1].lower) { k -= 1; continue }
                break
            }
            if QuoteWords.diWords.contains(x) { k -= 1; continue }
            if QuoteWords.phraseStops.contains(x) || QuoteWords.sayingVerbs.contains(x) || QuoteWords.leadingFunctionWords.contains(x) { k += 1; break }
            if end - k > 7 { k += 1; break }
            k -= 1
        }
        let start = k < 0 ? 0 : (w[k].isPunct ? k + 1 : k)
        guard start < end else { return nil }
        while start < end, QuoteWords.diWords.contains(w[start].lower) { return nil }
        return nounPhrase(w, start, limit: end, bare: true)
    }
}
