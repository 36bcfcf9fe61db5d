import ArgumentParser
import Foundation
import Tokenizer

extension WordCounter.Grouping: ExpressibleByArgument {}

/// `analyze freq`: word, lemma and n-gram frequencies over the article text, keyness against
/// a reference, and exact merging of count tables.
struct Freq: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count words, lemmas or n-grams in the main text of the inputs.",
        discussion: """
            Boilerplate lines are left out (see 'analyze clean'); punctuation, numbers and Italian \
            stop words too, unless asked. Elided forms count as their word (l’ = l'). \
            --ngrams 2|3 adds a log-likelihood collocation score. --compare REF ranks the words \
            over-represented against a reference (texts, or a table written by --format tsv) by \
            log-likelihood. --merge sums tables written by --format tsv, so counting can run in \
            pieces: merging the pieces gives exactly the counts of the whole.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Group by surface form, lowercase (normalized) form, or lemma.")
    var by: WordCounter.Grouping = .lower

    @Flag(help: "Keep Italian stop words (n-grams: allow them at the edges).")
    var keepStopwords = false

    @Flag(help: "Count every line, boilerplate included.")
    var keepBoilerplate = false

    @Option(help: "Count n-grams of this length (1, 2 or 3).")
    var ngrams: Int = 1

    @Option(help: "Leave out keys counted fewer times.")
    var minCount: Int = 1

    @Option(help: "Show only the first N rows (default: 50 for text, all otherwise).")
    var top: Int?

    @Option(help: "Output format: text, tsv, json or csv.")
    var format: OutputFormat = .text

    @Option(help: "Reference corpus for keyness: a file or directory of texts, or a table written by --format tsv.")
    var compare: String?

    @Flag(help: "Inputs are tables written by --format tsv: sum them.")
    var merge = false

    @Option(help: "Lemma table (form<TAB>lemma; default: lemmas.tsv in the lexicon directory).")
    var lemmas: String?

    @Option(help: "Directory holding the lexicons (default: $ANALYZE_LEXICONS or a Lexicons/ folder found above).")
    var lexicons: String?

    @Option(help: "Boilerplate phrase lexicon TSV.")
    var phrases: String?

    func validate() throws {
        guard [.text, .tsv, .json, .csv].contains(format) else { throw ValidationError("--format must be text, tsv, json or csv for freq") }
        guard (1...3).contains(ngrams) else { throw ValidationError("--ngrams must be 1, 2 or 3") }
        guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if merge && compare != nil { throw ValidationError("--merge and --compare do not go together") }
    }

    var settings: [(String, String)] {
        [("by", by.rawValue), ("ngrams", String(ngrams)), ("stopwords", keepStopwords ? "kept" : "removed"),
         ("boilerplate", keepBoilerplate ? "kept" : "removed")]
    }

    func run() throws {
        let out = Output()
        defer { out.flush() }
        if merge { return try runMerge(out) }
        let counter = WordCounter(grouping: by, keepStopWords: keepStopwords, n: ngrams, lemmas: try loadLemmas())
        let locator = LexiconLocator(lexicons: lexicons)
        let filter = keepBoilerplate ? nil : BoilerplateFilter(phrases: try locator.phrases(file: phrases))
        let tokenizer = try Tokenizer()
        if input.jsonl { return try runPerDocument(counter: counter, filter: filter, tokenizer: tokenizer, out: out) }
        var failure: Error?
        var counts = WordCounter.Counts()
        do { try Self.count(input, counter: counter, filter: filter, tokenizer: tokenizer, into: &counts) } catch { failure = error }

        if let compare {
            let reference = try referenceTable(compare, counter: counter, filter: filter, tokenizer: tokenizer)
            let rows = counts.table.keyness(against: reference, minCount: minCount)
            write(header: ["key", "count", "ref_count", "log_likelihood", "log_ratio"],
                  rows: rows.map { [$0.key, String($0.count), String($0.referenceCount), Self.fmt($0.logLikelihood), Self.fmt($0.logRatio)] },
                  total: counts.table.total, to: out)
        } else if ngrams > 1 {
            let rows = counter.collocations(counts, minCount: minCount)
            write(header: ["key", "count", "log_likelihood"], rows: rows.map { [$0.key, String($0.count), Self.fmt($0.score)] },
                  total: counts.table.total, to: out)
        } else {
            write(header: ["key", "count"], rows: counts.table.ranked(minCount: minCount).map { [$0.key, String($0.count)] },
                  total: counts.table.total, to: out)
        }
        if let failure { throw failure }
    }

    /// Counts the main text (or all text) of every input document: documents in parallel
    /// (`--jobs`), their counts merged (the same counts as one pass); files larger than 1 MB
    /// in pieces cut at line breaks, as `clean` reads them, so memory stays bounded.
    static func count(_ input: InputOptions, counter: WordCounter, filter: BoilerplateFilter?, tokenizer: Tokenizer,
                      into counts: inout WordCounter.Counts) throws {
        let merged = UncheckedBox(WordCounter.Counts())
        defer { counts.merge(merged.value) }
        try CorpusRunner(options: input, chunkBytes: input.jsonl ? nil : 1 << 20).run({ doc in
            var c = WordCounter.Counts()
            count(doc.text, counter: counter, filter: filter, tokenizer: tokenizer, into: &c)
            return c
        }, emit: { _, c in merged.value.merge(c) })
    }

    /// Counts the main text (or all text) of one document.
    static func count(_ text: String, counter: WordCounter, filter: BoilerplateFilter?, tokenizer: Tokenizer,
                      into counts: inout WordCounter.Counts) {
        // Only the main text is tokenized (n-grams do not cross line breaks either way).
        let kept = filter?.classify(text).mainUTF8Ranges
        let tokens = kept.map { tokenizer.tokens(in: text, lines: $0) } ?? tokenizer.tokens(in: text)
        counter.count(tokens, in: text, into: &counts)
    }

    /// `--jsonl`: one line per input document, `{"id":…,"total":…,"rows":[{"key":…,"count":…}]}`.
    func runPerDocument(counter: WordCounter, filter: BoilerplateFilter?, tokenizer: Tokenizer, out: Output) throws {
        let (limit, minCount) = (top ?? 50, self.minCount)
        try CorpusRunner(options: input).run({ doc in
            var counts = WordCounter.Counts()
            Self.count(doc.text, counter: counter, filter: filter, tokenizer: tokenizer, into: &counts)
            let rows = counts.table.ranked(minCount: minCount).prefix(limit)
                .map { "{\"key\":\(Escape.json($0.key)),\"count\":\($0.count)}" }
            return "{\"id\":\(doc.idJSON),\"total\":\(counts.table.total),\"rows\":[\(rows.joined(separator: ","))]}"
        }, emit: { _, line in out.line(line) })
    }

    func referenceTable(_ path: String, counter: WordCounter, filter: BoilerplateFilter?, tokenizer: Tokenizer) throws -> FrequencyTable {
        if path.hasSuffix(".tsv"), let data = FileManager.default.contents(atPath: path) {
            let text = String(decoding: data, as: UTF8.self)
            if text.hasPrefix("# analyze freq") {
                do { return try FrequencyTable(parsingTSV: text) } catch {
                    printError("\(path): \(error)"); throw ExitCode(Exit.dataError)
                }
            }
        }
        var options = input
        options.paths = [path]
        var counts = WordCounter.Counts()
        try Self.count(options, counter: counter, filter: filter, tokenizer: tokenizer, into: &counts)
        return counts.table
    }

    func runMerge(_ out: Output) throws {
        var table = FrequencyTable()
        var first: [String]?
        var failure: Error?
        do {
            try forEachDocument(input) { doc in
                do {
                    table.merge(try FrequencyTable(parsingTSV: doc.text))
                } catch let error as FrequencyTable.TSVError {
                    if case .malformed(let line, let reason) = error { throw InputError.malformed(path: doc.id, line: line, reason: reason) }
                }
                let s = FrequencyTable.settings(inTSV: doc.text)
                if let first, first != s { printError("\(doc.id): counted with other settings than the first table") }
                first = first ?? s
            }
        } catch { failure = error }
        let settings = (first ?? []).map { field -> (String, String) in
            let kv = field.split(separator: "=", maxSplits: 1).map(String.init)
            return (kv[0], kv.count > 1 ? kv[1] : "")
        }
        if format == .tsv && top == nil && minCount == 1 {
            out.write(table.tsv(settings: settings))
        } else {
            write(header: ["key", "count"], rows: table.ranked(minCount: minCount).map { [$0.key, String($0.count)] },
                  total: table.total, to: out, settings: settings)
        }
        if let failure { throw failure }
    }

    func write(header: [String], rows: [[String]], total: Int, to out: Output, settings: [(String, String)]? = nil) {
        let limit = top ?? (format == .text ? 50 : rows.count)
        let shown = rows.prefix(limit)
        switch format {
        case .tsv:
            out.line("# analyze freq" + (settings ?? self.settings).map { "\t\($0.0)=\($0.1)" }.joined())
            out.line("# total\t\(total)")
            out.line(header.joined(separator: "\t"))
            for r in shown { out.line(r.map { Escape.tsv($0) }.joined(separator: "\t")) }
        case .csv:
            out.line(header.joined(separator: ","))
            for r in shown { out.line(r.map { Escape.csv($0) }.joined(separator: ",")) }
        case .json:
            let s = (settings ?? self.settings).map { "\(Escape.json($0.0)):\(Escape.json($0.1))" }.joined(separator: ",")
            out.line("{\"settings\":{\(s)},\"total\":\(total),\"rows\":[")
            for (i, r) in shown.enumerated() {
                let fields = zip(header, r).map { h, v in "\(Escape.json(h)):" + (h == "key" ? Escape.json(v) : v) }
                out.line("{" + fields.joined(separator: ",") + "}" + (i + 1 < shown.count ? "," : ""))
            }
            out.line("]}")
        default:
            let width = shown.map { $0[1].count }.max() ?? 1
            for r in shown {
                let count = String(repeating: " ", count: max(0, width - r[1].count)) + r[1]
                out.line(([count, Escape.tsv(r[0])] + r.dropFirst(2)).joined(separator: "  "))
            }
        }
    }

    func loadLemmas() throws -> LemmaTable {
        guard by == .lemma else { return .empty }
        let path = lemmas ?? LexiconLocator(lexicons: lexicons).directory().map { ($0 as NSString).appendingPathComponent("lemmas.tsv") }
        guard let path, let data = FileManager.default.contents(atPath: path) else {
            if let lemmas { printError("\(lemmas): cannot read the lemma table"); throw ExitCode(Exit.noInput) }
            printError("no lemma table found (Lexicons/lemmas.tsv); only articles and contractions are lemmatized")
            return .empty
        }
        do { return try LemmaTable(parsing: String(decoding: data, as: UTF8.self)) } catch {
            printError("\(path): \(error)"); throw ExitCode(Exit.dataError)
        }
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}
