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
        let kept = classification.decisions.filter(\.isKept).map(\.utf8Range)
        func inKept(_ at: Int) -> Bool {
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if kept[mid].upperBound <= at { lo = mid + 1 } else { hi = mid }
            }
            return lo < kept.count && kept[lo].contains(at)
        }
        let tokens = tokenizer.tokens(in: text)
        let keptTokens = tokens.filter { inKept($0.utf8Range.lowerBound) }
        let sentences = splitter.sentences(in: text, tokens: tokens).filter { inKept($0.utf8Range.lowerBound) }.count
        var types = Set<String>()
        for t in keptTokens where t.kind == .word || t.kind == .abbreviation { types.insert(t.normalized) }
        var counts = WordCounter.Counts()
        counter.count(tokens, in: text, keep: { inKept($0.utf8Range.lowerBound) }, into: &counts)
        let mentions = recognizer.entities(in: tokens, text: text).filter { inKept($0.utf8Range.lowerBound) }
        let spans = mentions.map { EntitySpan($0.scalarRange, label: $0.label.rawValue) }
        let quotes = detector.quotes(in: text, entities: spans, within: kept)
        return DocumentReport(
            id: doc.id, idJSON: doc.idJSON, text: text, metadata: classification.metadata,
            decisions: classification.decisions, sentences: sentences, tokens: keptTokens.count, types: types.count,
            topWords: Array(counts.table.ranked().prefix(topWords)), mentions: mentions,
            entityGroups: Self.group(mentions), quotes: quotes)
    }

    /// Mentions grouped by type and surface (spaces collapsed), most frequent first.
    static func group(_ mentions: [EntityMention]) -> [DocumentReport.EntityGroup] {
        var index: [String: Int] = [:]
        var groups: [DocumentReport.EntityGroup] = []
        for m in mentions {
            let surface = m.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let key = m.label.rawValue + "\t" + surface
            if let i = index[key] { groups[i].count += 1 } else {
                index[key] = groups.count
                groups.append(.init(label: m.label, text: surface, count: 1))
            }
        }
        return groups.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
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
