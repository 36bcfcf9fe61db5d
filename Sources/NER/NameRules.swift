import Tokenizer

/// Gazetteer matches and the capitalized-sequence rules for PER, ORG, LOC, PRODUCT and MISC.
enum NameRules {
    typealias F = DocumentView.Flag
    /// Type preference when one phrase has several entity kinds (rules-only mode).
    static let kindOrder: [LexiconKind] = [.product, .organization, .location, .person, .misc]

    static func gazetteerCandidates(_ v: DocumentView, _ lex: Lexicons, into out: inout [Candidate]) {
        for i in 0..<v.count where v.matchLength[i] > 0 {
            let len = Int(v.matchLength[i])
            // A lone sentence-initial word that is also a common word is not taken from a gazetteer.
            if len == 1, v.has(i, F.sentenceStart), v.isKind(i, .common) || v.isKind(i, .stop) { continue }
            if len == 1, !v.has(i, F.capitalized), v.normalized[i].utf8.count <= 2 { continue }
            guard let best = lex.bestEntity(slot: Int(v.matchSlot[i]), capitalized: v.has(i, F.capitalized)), let label = best.kind.label else { continue }
            // A one-word product that is also a first name, before a surname, is a person's
            // first name (Claude Monet; the product's longer names are their own entries).
            if len == 1, label == .product, v.isKind(i, .givenName), i + 1 < v.count, v.has(i + 1, F.capitalized),
               v.isKind(i + 1, .surname), v.matchLength[i + 1] == 0 { continue }
            out.append(.init(tokens: i..<i + len, label: label, priority: Rule.gazetteer.1 + len, source: "gazetteer:" + best.source))
        }
    }

    /// Whether token `i` can be part of a capitalized name.
    static func isNameWord(_ v: DocumentView, _ i: Int) -> Bool {
        guard v.has(i, F.wordLike), v.has(i, F.capitalized), !v.has(i, F.elided) else { return false }
        if v.isKind(i, .title) && !v.isKind(i, .givenName) && v.matchLength[i] == 0 { return false }
        // Stop lists are noisy (video, anno): mid-sentence only short function words block a name.
        if v.isKind(i, .stop) && v.matchLength[i] == 0 && (v.has(i, F.sentenceStart) || v.tokens[i].text.utf8.count <= 4) { return false }
        if v.has(i, F.sentenceStart) && v.isKind(i, .common) && v.matchLength[i] == 0
            && !v.isKind(i, .givenName) && !v.isKind(i, .organizationTrigger) && !v.isKind(i, .locationTrigger) { return false }
        return true
    }

    /// Whether a proposed name is none: an English sentence's first word (`Made with Sora…`), a
    /// lone capitalized English word taken as MISC (`strumenti open Source`), or words of a
    /// shouted heading (`RILEVATO ARTWASHING AZIENDALE`). Lexicon entities always stay.
    static func isSpurious(_ c: Candidate, _ v: DocumentView) -> Bool {
        guard c.label.isName, !c.source.hasPrefix(Rule.gazetteer.0) else { return false }
        let i = c.tokens.lowerBound
        if c.tokens.count == 1 && isEnglishOpener(v, i) { return true }
        if c.tokens.count == 1, c.label == .misc, c.source == Rule.capSequence.0,
           v.isKind(i, .englishWord), v.matchLength[i] == 0 { return true }
        return inShoutedHeading(v, c.tokens)
    }

    /// Whether a span is a sentence's opening article and lowercase words (`Il giorno dopo…`,
    /// `Il tempo è…`) rather than the name the lexicon lists with capitals (the newspapers
    /// `Il Giorno`, `Il Tempo`): the case-folded lookup matches both.
    static func isArticleAndCommonWords(_ c: Candidate, _ v: DocumentView) -> Bool {
        let i = c.tokens.lowerBound
        guard c.label.isName, c.tokens.count >= 2, v.has(i, F.sentenceStart), v.isKind(i, .stop) else { return false }
        return c.tokens.dropFirst().allSatisfy { v.has($0, F.wordLike) && v.has($0, F.hasLower) && !v.has($0, F.capitalized) }
    }

    /// Institution words that after a bare `di` qualify the noun before them instead of naming
    /// an institution: `visita di Stato`, `colpo di Stato`, `capo di Stato`, `crisi di Governo`.
    static let attributiveAfterDi: Set<String> = ["stato", "governo"]

    /// Whether a lone `Stato`/`Governo` is attributive: after a bare `di` that follows a
    /// lowercase word (`una visita di Stato`; `Segretario di Stato` and `dello Stato` stay).
    static func isAttributiveInstitution(_ c: Candidate, _ v: DocumentView) -> Bool {
        let i = c.tokens.lowerBound
        guard c.tokens.count == 1, c.label == .organization || c.label == .location, i > 1,
              attributiveAfterDi.contains(v.normalized[i]), v.normalized[i - 1] == "di",
              v.has(i - 2, F.wordLike), !v.has(i - 2, F.capitalized) else { return false }
        return !(i + 1 < v.count && v.has(i + 1, F.capitalized))
    }

    /// Whether a proposed person, organization or place is the title of a work instead: right
    /// after a work word (`il film Avatar`) or after a maker and `di` (`il regista di Avatar`).
    /// Lexicon entities stay what they are (`il regista di Roma`).
    static func isWorkTitle(_ c: Candidate, _ v: DocumentView) -> Bool {
        guard c.label == .person || c.label == .organization || c.label == .location,
              !c.source.hasPrefix(Rule.gazetteer.0), c.tokens.allSatisfy({ v.matchLength[$0] == 0 }) else { return false }
        let i = c.tokens.lowerBound
        if i > 0, v.isKind(i - 1, .workTrigger), !v.has(i - 1, F.capitalized) { return true }
        return i > 1 && v.normalized[i - 1] == "di" && v.isKind(i - 2, .workAuthor) && !v.has(i - 2, F.capitalized)
    }

    /// Whether tokens `r` lie in a shouted heading (`“RILEVATO ARTWASHING AZIENDALE”`): a run
    /// of two or more all-capital words holding an Italian common word, none of the span's
    /// words matched by an entity lexicon.
    static func inShoutedHeading(_ v: DocumentView, _ r: Range<Int>) -> Bool {
        guard r.allSatisfy({ v.has($0, F.allCaps) && v.matchLength[$0] == 0 && !v.isKind($0, .givenName) }) else { return false }
        var lo = r.lowerBound, hi = r.upperBound
        while lo > 0, v.has(lo - 1, F.allCaps), !v.has(lo - 1, F.sentenceEnd) { lo -= 1 }
        while hi < v.count, v.has(hi, F.allCaps) { hi += 1 }
        // Two shouted words at least: a lone acronym (FIDE, PACE) is a name, common word or not.
        return hi - lo >= 2 && (lo..<hi).contains { v.isKind($0, .common) && v.matchLength[$0] == 0 && v.tokens[$0].utf8Range.count > 3 }
    }

    /// An English word opening an English sentence (`Made with Sora…`, `Another leaked…`): a
    /// tweet or title quoted in Italian text, not a name. Needs no entity-lexicon match and an
    /// English word among the next few words.
    static func isEnglishOpener(_ v: DocumentView, _ i: Int) -> Bool {
        guard v.has(i, F.sentenceStart), v.isKind(i, .englishWord), v.matchLength[i] == 0, !v.has(i, F.allCaps) else { return false }
        var j = i + 1, words = 0
        while j < v.count, words < 6, !v.has(j, F.sentenceEnd) {
            if v.has(j, F.wordLike) {
                if v.isKind(j, .englishWord) && !v.has(j, F.capitalized) { return true }
                words += 1
            }
            j += 1
        }
        return false
    }

    static func isParticle(_ v: DocumentView, _ i: Int) -> Bool {
        v.isKind(i, .particle) || (v.has(i, F.elided) && v.tokens[i].text.utf8.count <= 5 && v.has(i, F.wordLike))
    }

    static func capitalizedCandidates(_ v: DocumentView, into out: inout [Candidate]) {
        let n = v.count
        var i = 0
        while i < n {
            guard isNameWord(v, i) else { i += 1; continue }
            var e = i + 1
            while e < n {
                if isNameWord(v, e) && !v.has(e, F.sentenceStart) { e += 1; continue }
                // particles inside names: Leonardo da Vinci, Banca d'Italia, Università di Pisa
                if isParticle(v, e), e + 1 < n, isNameWord(v, e + 1), !v.has(e, F.capitalized) || v.isKind(e, .particle) { e += 2; continue }
                if v.tokens[e].text == "&", e + 1 < n, isNameWord(v, e + 1) { e += 2; continue }
                // a hyphenated name after an organization word: il collettivo PR-Puppet-Sora
                if v.tokens[e].text == "-", v.has(e, F.glued), e + 1 < n, isNameWord(v, e + 1), i > 0,
                   v.isKind(i - 1, .organizationTrigger), !v.has(i - 1, F.capitalized) { e += 2; continue }
                // a short number after a name: Mochi 1, Rai 2
                if v.has(e, F.number), v.tokens[e].text.utf8.count <= 2, v.tokens[e - 1].spaceAfter || true,
                   !(e + 1 < n && (PatternRules.months.contains(v.normalized[e + 1]) || v.tokens[e + 1].text == "%")) { e += 1 }
                break
            }
            classify(v, i..<e, into: &out)
            i = e
        }
    }

    static func classify(_ v: DocumentView, _ r: Range<Int>, into out: inout [Candidate]) {
        let first = r.lowerBound, last = r.upperBound - 1
        var lastWord = last
        while lastWord > first, !v.has(lastWord, F.wordLike) { lastWord -= 1 }
        func add(_ l: EntityLabel, _ rule: (String, Int)) {
            out.append(.init(tokens: r, label: l, priority: rule.1, source: rule.0))
        }
        let multi = lastWord > first
        if multi, v.isKind(lastWord, .organizationSuffix) { return add(.organization, Rule.orgSuffix) }
        if multi, v.isKind(first, .organizationTrigger) { return add(.organization, Rule.orgHead) }
        if multi, v.isKind(first, .locationTrigger) { return add(.location, Rule.locHead) }
        if multi, v.isKind(lastWord, .locationSuffix) { return add(.location, Rule.locSuffix) }
        if v.isKind(first, .givenName), multi || !v.has(first, F.sentenceStart) {
            return add(.person, multi ? Rule.givenName : (Rule.givenName.0, Rule.capSequence.1 + 5))
        }
        // Context before the name: up to three tokens back (il regista X, l'ex CTO X, la città di X).
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 3 {
            if v.isKind(k, .title), k + 1 == first { return add(.person, Rule.titleContext) }
            if v.isKind(k, .locationTrigger), !v.has(k, F.capitalized), k + 2 == first, isParticle(v, k + 1) { return add(.location, Rule.locContext) }
            if v.isKind(k, .organizationTrigger), !v.has(k, F.capitalized), k + 1 == first { return add(.organization, Rule.orgContext) }
            if v.has(k, F.capitalized) || v.tokens[k].kind == .punctuation && v.tokens[k].text != "'" { break }
            k -= 1; steps += 1
        }
        // Handle in brackets after the name: Kol Tregaskes (@koltregaskes)
        let after = r.upperBound
        if multi, after + 1 < v.count, v.tokens[after].text == "(", v.tokens[after + 1].kind == .mention {
            return add(.person, Rule.handleApposition)
        }
        if multi, v.isKind(lastWord, .surname) { return add(.person, Rule.surname) }
        if !multi, v.has(first, F.allCaps), v.tokens[first].text.utf8.count <= 6 { return add(.organization, Rule.acronym) }
        if multi, r.count <= 3, (first...lastWord).allSatisfy({ !v.isKind($0, .common) && v.has($0, F.hasLower) && !v.has($0, F.number) }) {
            return add(.person, (Rule.capSequence.0 + ":name-shape", Rule.capSequence.1))
        }
        if !multi, v.isKind(first, .common) { return }
        add(.misc, Rule.capSequence)
    }
}

extension NameRules {
    /// Products named after a product word: `il modello Sora`, `strumenti come X, Y e Z`.
    static func productCandidates(_ v: DocumentView, capitalized: [Candidate], into out: inout [Candidate]) {
        var startsAt: [Int: Candidate] = [:]
        for c in capitalized { startsAt[c.tokens.lowerBound] = c }
        let n = v.count
        for k in 0..<n where v.isKind(k, .productTrigger) && !v.has(k, DocumentView.Flag.capitalized) {
            // Directly after the word (il modello Sora), or after an introducer a few words on
            // (strumenti open source, come X, Y e Z; modelli quali X).
            var introduced = false
            var j = k + 1
            if startsAt[j] == nil {
                var q = k + 1
                while q < min(n, k + 7), !v.has(q, DocumentView.Flag.sentenceEnd) {
                    if ["come", ":", "quali", "tipo", "cui"].contains(v.normalized[q]) { introduced = true; j = q + 1; break }
                    q += 1
                }
            }
            guard j < n, let first = startsAt[j] else { continue }
            var c = first
            while true {
                out.append(.init(tokens: c.tokens, label: .product, priority: Rule.productContext.1, source: Rule.productContext.0))
                guard introduced else { break }
                var e = c.tokens.upperBound
                guard e < n, [",", "e", "ed", "o", "oppure"].contains(v.normalized[e]) else { break }
                e += 1
                guard let next = startsAt[e] else { break }
                c = next
            }
        }
    }
}
