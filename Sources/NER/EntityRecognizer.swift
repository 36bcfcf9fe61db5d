import Tokenizer

/// Finds named entities (PER, ORG, LOC, PRODUCT, MISC) and pattern entities (DATE, MONEY,
/// PERCENT, MENTION, HASHTAG, URL, EMAIL) in tokenized Italian text.
///
/// Built once from ``Lexicons`` and shared across threads. Gazetteer matches and named rules
/// propose spans; overlaps go to the higher priority, then the longer span, then the earlier;
/// when the lexicons carry tagger weights, a perceptron tagger that sees those proposals as
/// features decides PER/ORG/LOC. Each mention's `source` says which rule or lexicon made it.
///
/// ```swift
/// let recognizer = EntityRecognizer(lexicons: try Lexicons(directory: "Lexicons"))
/// let tokens = Tokenizer().tokens(in: text)
/// for m in recognizer.entities(in: tokens, text: text) { print(m.label, m.text, m.source) }
/// ```
public struct EntityRecognizer: Sendable {
    /// The lexicons in use.
    public let lexicons: Lexicons
    /// Whether to use the statistical tagger when its weights are loaded.
    public var useTagger: Bool
    /// Ablation switch: the tagger's PER/ORG/LOC spans as they are, without the merge rules.
    public var taggerOnly = false

    /// Creates a recognizer over loaded lexicons.
    public init(lexicons: Lexicons, useTagger: Bool = true) {
        self.lexicons = lexicons
        self.useTagger = useTagger
    }

    /// The entities in `tokens`, a tokenization of `text`, in text order, without overlaps.
    /// - Complexity: O(n) in the number of tokens.
    public func entities(in tokens: [Token], text: String) -> [EntityMention] {
        entities(in: tokens, text: text, forms: nil)
    }

    /// ``entities(in:text:)`` given the tokens' normalized forms, when the caller computed
    /// them already (for word counts, say): they are not computed a second time. Forms of
    /// another token count are ignored.
    public func entities(in tokens: [Token], text: String, forms: NormalizedForms?) -> [EntityMention] {
        let view = DocumentView(tokens: tokens, text: text, lexicons: lexicons, forms: forms)
        let resolved = resolvedCandidates(view)
        return resolved.map { c in
            let a = tokens[c.tokens.lowerBound], b = tokens[c.tokens.upperBound - 1]
            return EntityMention(text: text[a.range.lowerBound..<b.range.upperBound],
                                 utf8Range: a.utf8Range.lowerBound..<b.utf8Range.upperBound,
                                 scalarRange: a.scalarRange.lowerBound..<b.scalarRange.upperBound,
                                 tokenRange: c.tokens, label: c.label, source: c.source)
        }
    }

    /// The entities in the parts of `text` that `lines` cover (UTF-8 byte ranges in text
    /// order, such as the main-text lines a boilerplate filter keeps); `nil`: all of it.
    /// Only tokens starting in those lines are tagged, so menus and teasers neither cost time
    /// nor lend their names' types to the article; token ranges still index `tokens`.
    public func entities(in tokens: [Token], text: String, within lines: [Range<Int>]?) -> [EntityMention] {
        guard let lines else { return entities(in: tokens, text: text) }
        var kept: [Int] = []
        kept.reserveCapacity(tokens.count)
        var k = 0
        for i in tokens.indices {
            let at = tokens[i].utf8Range.lowerBound
            while k < lines.count && lines[k].upperBound <= at { k += 1 }
            if k < lines.count && lines[k].contains(at) { kept.append(i) }
        }
        if kept.count == tokens.count { return entities(in: tokens, text: text) }
        return entities(in: kept.map { tokens[$0] }, text: text).map { m in
            // A mention stays on one line, so its tokens are consecutive in `tokens` too.
            m.withTokenRange(kept[m.tokenRange.lowerBound]..<(kept[m.tokenRange.upperBound - 1] + 1))
        }
    }

    /// Rule candidates after overlap resolution and one-sense-per-document.
    func ruleCandidates(_ view: DocumentView) -> [Candidate] {
        var cands: [Candidate] = []
        cands.reserveCapacity(view.count / 4)
        PatternRules.candidates(view, into: &cands)
        NameRules.gazetteerCandidates(view, lexicons, into: &cands)
        var capitalized: [Candidate] = []
        NameRules.capitalizedCandidates(view, into: &capitalized)
        NameRules.productCandidates(view, capitalized: capitalized, into: &cands)
        cands += capitalized
        var kept = Candidate.resolve(cands, tokenCount: view.count)
        OneSense.apply(view, &kept)
        return kept
    }

    func resolvedCandidates(_ view: DocumentView) -> [Candidate] {
        var spans = ruleCandidates(view)
        if useTagger, let model = lexicons.model {
            spans = model.merge(view: view, rules: spans, postRules: !taggerOnly)
            if taggerOnly { return spans }
        }
        // Last checks on what the rules and the tagger (which sees neither language nor
        // headings) proposed; the proposals themselves stay as the tagger was trained on them.
        spans.removeAll { NameRules.isSpurious($0, view) || NameRules.isArticleAndCommonWords($0, view) || NameRules.isAttributiveInstitution($0, view) }
        Self.movingEnds(&spans, view, Rule.exclamation.0) { c, _ in NameRules.exclamationEnd(c, view) }
        NameRules.labelParentheticalAcronyms(&spans, view)
        Self.movingEnds(&spans, view, Rule.institutionTail.0) { c, next in
            NameRules.institutionTailEnd(c, view).flatMap { $0 <= next ? $0 : nil }
        }
        Self.movingStarts(&spans, Rule.street.0, label: .location) { c, previousEnd in
            NameRules.streetStart(c, view, previousEnd: previousEnd)
        }
        for k in spans.indices where NameRules.isPlaceAfterPlaceWord(spans[k], view) {
            spans[k].label = .location
            spans[k].source += "+" + Rule.placeWord.0
        }
        Self.movingEnds(&spans, view, Rule.compassAdjective.0) { c, next in
            NameRules.compassAdjectiveEnd(c, view, nextStart: next)
        }
        Self.movingStarts(&spans, Rule.religiousTitle.0) { c, previousEnd in
            NameRules.religiousTitleStart(c, view, previousEnd: previousEnd)
        }
        for k in spans.indices where NameRules.isWorkTitle(spans[k], view) {
            spans[k].label = .misc
            spans[k].source += "+" + Rule.workTitle.0
        }
        let bodies = NameRules.governmentBodySpans(spans, view)
        if !bodies.isEmpty { spans = (spans + bodies).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
        Self.cutAtLineBreaks(&spans, view)
        return spans
    }

    /// A name does not run over a line break (a headline into its byline, a name into the
    /// next menu item): each span ends before the first token that starts a line.
    static func cutAtLineBreaks(_ spans: inout [Candidate], _ view: DocumentView) {
        for k in spans.indices {
            let r = spans[k].tokens
            guard let cut = r.dropFirst().first(where: { view.has($0, DocumentView.Flag.lineStart) }) else { continue }
            spans[k].tokens = r.lowerBound..<cut
        }
    }
}

extension EntityRecognizer {
    /// Moves each span's end to where `end` says (given the span and where the next one
    /// starts; nil leaves it), naming `rule` in its source.
    static func movingEnds(_ spans: inout [Candidate], _ view: DocumentView, _ rule: String, _ end: (Candidate, Int) -> Int?) {
        for k in spans.indices {
            let next = k + 1 < spans.count ? spans[k + 1].tokens.lowerBound : view.count
            guard let e = end(spans[k], next) else { continue }
            spans[k].tokens = spans[k].tokens.lowerBound..<e
            spans[k].source += "+" + rule
        }
    }

    /// Moves each span's start to where `start` says (given the span and where the previous
    /// one ends; nil leaves it), naming `rule` in its source and setting `label` if given.
    static func movingStarts(_ spans: inout [Candidate], _ rule: String, label: EntityLabel? = nil, _ start: (Candidate, Int) -> Int?) {
        for k in spans.indices {
            guard let s = start(spans[k], k > 0 ? spans[k - 1].tokens.upperBound : 0) else { continue }
            spans[k].tokens = s..<spans[k].tokens.upperBound
            if let label { spans[k].label = label }
            spans[k].source += "+" + rule
        }
    }
}

/// One sense per document: a name resolved once keeps its type (`Altman` after `Sam Altman`).
enum OneSense {
    /// Whether a candidate's source names a gazetteer (`gazetteer:…`, `tagger+gazetteer:…`):
    /// a byte search, where Foundation's `String.contains` costs thousands of instructions.
    static func mentionsGazetteer(_ source: String) -> Bool {
        let needle = Rule.gazetteer.0.utf8
        let bytes = Array(source.utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start...].starts(with: needle) { return true }
        return false
    }

    static func spanHash(_ v: DocumentView, _ r: Range<Int>) -> UInt64 {
        var h: UInt64 = 0
        for i in r { h = PhraseHash.extend(h, v.hash[i]) }
        return h
    }

    static func isWeak(_ c: Candidate) -> Bool {
        c.priority <= Rule.capSequence.1 + 5
    }

    static func apply(_ v: DocumentView, _ cands: inout [Candidate]) {
        var known: [UInt64: EntityLabel] = [:]
        for c in cands where !isWeak(c) {
            switch c.label {
            case .person, .organization, .location, .product:
                known[spanHash(v, c.tokens)] = c.label
                if c.label == .person, c.tokens.count >= 2 {
                    let last = c.tokens.upperBound - 1
                    if v.has(last, DocumentView.Flag.wordLike), v.has(last, DocumentView.Flag.capitalized) {
                        let h = spanHash(v, last..<last + 1)
                        known[h] = known[h] ?? .person
                    }
                }
            default: break
            }
        }
        guard !known.isEmpty else { return }
        for i in cands.indices where isWeak(cands[i]) {
            if let l = known[spanHash(v, cands[i].tokens)], l != cands[i].label || cands[i].source.hasPrefix(Rule.capSequence.0) {
                cands[i].label = l
                cands[i].source = Rule.oneSense.0
                cands[i].priority = Rule.capSequence.1 + 1
            }
        }
    }
}

extension OneSense {
    /// Gives every mention of the same name one type: the lexicon's when a mention came from
    /// one, else the most frequent (ties: the first). `Altman` after `Sam Altman` is PER.
    static func harmonize(_ v: DocumentView, _ spans: inout [Candidate]) {
        // The named mentions by name (span hash), each group in text order: one sorted array,
        // not a dictionary of arrays (an allocation per name).
        var byName: [(hash: UInt64, span: Int)] = []
        byName.reserveCapacity(spans.count)
        var personSurnames: Set<UInt64> = []
        for (k, c) in spans.enumerated() {
            switch c.label {
            case .person, .organization, .location: break
            default: continue
            }
            byName.append((spanHash(v, c.tokens), k))
            if c.label == .person, c.tokens.count >= 2 { personSurnames.insert(spanHash(v, c.tokens.upperBound - 1..<c.tokens.upperBound)) }
        }
        byName.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.span < $1.span }
        // Uncovered mentions of a name resolved elsewhere in the document: Köcher after Helmuth Köcher.
        var covered = [Bool](repeating: false, count: v.count)
        for c in spans { for t in c.tokens { covered[t] = true } }
        var added: [Candidate] = []
        for i in 0..<v.count where !covered[i] && v.has(i, DocumentView.Flag.capitalized) && v.has(i, DocumentView.Flag.wordLike) {
            if v.has(i, DocumentView.Flag.sentenceStart) && v.isKind(i, .common) { continue }
            let h = spanHash(v, i..<i + 1)
            if personSurnames.contains(h) {
                added.append(Candidate(tokens: i..<i + 1, label: .person, priority: 0, source: Rule.oneSense.0))
            }
        }
        var start = 0
        while start < byName.count {
            let h = byName[start].hash
            var end = start + 1
            while end < byName.count && byName[end].hash == h { end += 1 }
            defer { start = end }
            guard end - start > 1 || personSurnames.contains(h) else { continue }
            let members = byName[start..<end].map(\.span)
            var label: EntityLabel? = members.first(where: { Self.mentionsGazetteer(spans[$0].source) }).map { spans[$0].label }
            if label == nil, end - start == 1, spans[byName[start].span].tokens.count == 1, personSurnames.contains(h) { label = .person }
            if label == nil {
                // The most frequent label (PER, ORG or LOC), ties to the first in text order.
                var votes = (0, 0, 0)
                for m in members {
                    switch spans[m].label {
                    case .person: votes.0 += 1
                    case .organization: votes.1 += 1
                    default: votes.2 += 1
                    }
                }
                let top = max(votes.0, votes.1, votes.2)
                label = members.map { spans[$0].label }.first {
                    ($0 == .person ? votes.0 : $0 == .organization ? votes.1 : votes.2) == top
                }
            }
            guard let label else { continue }
            for m in members where spans[m].label != label {
                spans[m].label = label
                spans[m].source += "+" + Rule.oneSense.0
            }
        }
        if !added.isEmpty { spans = (spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound } }
    }
}
