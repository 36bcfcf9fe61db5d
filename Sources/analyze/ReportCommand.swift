import ArgumentParser
import Foundation
import NER
import Tokenizer

/// `analyze report`: the whole pipeline per document, as JSON or as one self-contained HTML page.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Run the whole pipeline and show it: entities, quotations, boilerplate, word counts (json or html).",
        discussion: """
            --format json (default) prints one JSON object per document on one line (schema in the \
            README). --format html prints ONE self-contained page (inline CSS and SVG, no script, \
            no network): with several inputs it starts with an index (links to each document, top \
            entities and words of the corpus), then one section per document: the article with \
            entities highlighted by type, quotations underlined with their speaker, boilerplate \
            lines greyed out (hover for the reason), an entity table and a word-frequency chart. \
            --output FILE writes to a file instead of standard output. With --jsonl the output is \
            one JSON line per input line, with the same id.
            """ + " " + Exit.helpText
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Output format: json or html.")
    var format: OutputFormat = .json

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Boilerplate phrase lexicon TSV (default: boilerplate_phrases.tsv in the lexicon directory).")
    var phrases: String?

    @Option(help: "How many top words to list per document.")
    var topWords: Int = 20

    func validate() throws {
        guard [.json, .jsonl, .html].contains(format) else { throw ValidationError("--format must be json or html for report") }
        guard topWords >= 1 else { throw ValidationError("--top-words must be at least 1") }
    }

    func run() throws {
        let out = try openOutput()
        defer { out.flush() }
        let builder = ReportBuilder(
            tokenizer: try Tokenizer(), splitter: try SentenceSplitter(),
            filter: BoilerplateFilter(phrases: try LexiconLocator(lexicons: lexiconOptions.directory).phrases(file: phrases)),
            counter: WordCounter(), recognizer: EntityRecognizer(lexicons: try lexiconOptions.load()),
            detector: QuoteDetector(), topWords: max(topWords, 50))
        let shown = topWords
        if format != .html || input.jsonl {
            return try CorpusRunner(options: input).run({ doc in
                var r = builder.report(doc)
                r.topWords = Array(r.topWords.prefix(shown))
                return ReportJSON.bytes(r)
            }, emit: { _, line in out.line(bytes: line) })
        }
        var summary = CorpusSummary()
        var sections: [String] = []
        var failure: Error?
        do {
            try CorpusRunner(options: input).run({ doc in builder.report(doc) }, emit: { _, r in
                summary.add(r)
                var r = r
                r.topWords = Array(r.topWords.prefix(shown))
                sections.append(ReportHTML.document(r, anchor: "doc-\(summary.documents.count)"))
            })
        } catch { failure = error }
        let title = sections.count == 1 ? "analyze report: \(summary.documents[0].id)" : "analyze report: \(sections.count) documents"
        out.write(ReportHTML.head(title: title))
        out.write("<h1>\(Escape.html(title))</h1>\n" + ReportHTML.legend())
        if sections.count > 1 { out.write(ReportHTML.index(summary)) }
        for s in sections { out.write(s) }
        out.write(ReportHTML.tail)
        if let failure { throw failure }
    }

    /// Standard output, or the `--output` file (exit 74 when it cannot be created).
    func openOutput() throws -> Output {
        guard let output, output != "-" else { return Output() }
        let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            printError("\(output): cannot write: \(String(cString: strerror(errno)))")
            throw ExitCode(Exit.ioError)
        }
        return Output(fd: fd)
    }
}
