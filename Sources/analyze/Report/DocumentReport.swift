import NER
import Tokenizer

/// Everything `analyze report` says about one document: the whole pipeline's results.
struct DocumentReport: Sendable {
    /// One distinct entity (type and surface) with how often it occurs in the main text.
    struct EntityGroup: Sendable, Hashable {
        var label: EntityLabel
        var text: String
        var count: Int
    }

    var id: String
    /// The id as a JSON value (the `--jsonl` id unchanged, else the path).
    var idJSON: String
    var text: String
    var metadata: [BoilerplateFilter.Metadata]
    var decisions: [BoilerplateFilter.LineDecision]
    var sentences: Int
    /// Tokens in the main text (boilerplate lines left out).
    var tokens: Int
    /// Distinct lowercase word forms in the main text.
    var types: Int
    var topWords: [(key: String, count: Int)]
    /// Entity mentions in the main text, in text order.
    var mentions: [EntityMention]
    var entityGroups: [EntityGroup]
    /// Quotations starting in the main text, in text order.
    var quotes: [Quote]
}

/// Runs the whole pipeline on one document. A value type holding only Sendable stages, so
/// one builder serves every parallel job.
struct ReportBuilder: Sendable {
    var tokenizer: Tokenizer
    var splitter: SentenceSplitter
    var filter: BoilerplateFilter
    var counter: WordCounter
    var recognizer: EntityRecognizer
    var detector: QuoteDetector
    var topWords: Int

    func report(_ doc: Document) -> DocumentReport {
        let text = LineEndings.loneCRToLF(doc.text)
        let classification = filter.classify(text)
        let kept = classification.mainUTF8Ranges
        // Only the kept lines are tokenized: every token, sentence and mention below is main
        // text, and a page's menus and teasers cost nothing further.
        let tokens = tokenizer.tokens(in: text, lines: kept)
        // Every token's normalized form, computed once for the word counts and the recognizer.
        let normalized = NormalizedForms(of: tokens)
        // Every word's form, counted once: the type count and the top words.
        var forms = FrequencyTable()
        // (about half an article's words are distinct)
        forms.reserveCapacity(keys: tokens.count / 2, bytes: tokens.count * 3)
        normalized.forEach { i, form in
            if tokens[i].kind == .word || tokens[i].kind == .abbreviation { forms.add(bytes: form) }
        }
        let sentences = splitter.sentences(in: text, tokens: tokens).count
        let top = counter.topWords(forms: forms, limit: topWords) ?? {
            var counts = WordCounter.Counts()
            counter.count(tokens, in: text, keepingIndex: { _ in true }, into: &counts)
            return counts.table.ranked(limit: self.topWords)
        }()
        let mentions = recognizer.entities(in: tokens, text: text, forms: normalized)
        let spans = mentions.map { EntitySpan($0.scalarRange, label: $0.label.rawValue) }
        let quotes = detector.quotes(in: text, entities: spans, within: kept)
        return DocumentReport(
            id: doc.id, idJSON: doc.idJSON, text: text, metadata: classification.metadata,
            decisions: classification.decisions, sentences: sentences, tokens: tokens.count, types: TypeCounter.distinct(forms),
            topWords: top, mentions: mentions,
            entityGroups: Self.group(mentions), quotes: quotes)
    }

    /// Mentions grouped by type and surface (spaces collapsed), most frequent first.
    static func group(_ mentions: [EntityMention]) -> [DocumentReport.EntityGroup] {
        struct Key: Hashable { var label: EntityLabel; var surface: String }
        var index: [Key: Int] = [:]
        var groups: [DocumentReport.EntityGroup] = []
        // Room for every mention up front: growing the table rehashes the String keys.
        index.reserveCapacity(mentions.count)
        groups.reserveCapacity(mentions.count)
        for m in mentions {
            let surface = collapsingSpaces(m.text)
            let key = Key(label: m.label, surface: surface)
            if let i = index[key] { groups[i].count += 1 } else {
                index[key] = groups.count
                groups.append(.init(label: m.label, text: surface, count: 1))
            }
        }
        return groups.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }

    /// The text's words joined by one space (white-space characters as separators).
    static func collapsingSpaces(_ text: Substring) -> String {
        // Most names are words with single spaces between them: the text as it is.
        var plain = true
        var previous: UInt8 = 0x20
        for c in text.utf8 {
            if c == 0x20 ? previous == 0x20 : (c < 0x20 || c == 0x7F || (c >= 0x80 && previous == 0x20) || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 || c == 0xEF) {
                plain = false; break
            }
            previous = c
        }
        if plain && previous != 0x20 { return String(text) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Corpus-level totals for the index: documents, top entities and top words over all documents.
struct CorpusSummary {
    var documents: [(id: String, tokens: Int, entities: Int, quotes: Int)] = []
    var entities: [String: (label: EntityLabel, text: String, count: Int, documents: Int)] = [:]
    var words: [String: Int] = [:]

    mutating func add(_ r: DocumentReport) {
        documents.append((r.id, r.tokens, r.mentions.count, r.quotes.count))
        for g in r.entityGroups {
            let key = g.label.rawValue + "\t" + g.text
            var e = entities[key] ?? (g.label, g.text, 0, 0)
            e.count += g.count
            e.documents += 1
            entities[key] = e
        }
        for w in r.topWords { words[w.key, default: 0] += w.count }
    }

    func topEntities(_ n: Int) -> [(label: EntityLabel, text: String, count: Int, documents: Int)] {
        Array(entities.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }.prefix(n))
    }

    func topWords(_ n: Int) -> [(key: String, count: Int)] {
        Array(words.map { (key: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }.prefix(n))
    }
}
