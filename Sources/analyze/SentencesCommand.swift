import ArgumentParser
import Tokenizer

/// `analyze sentences`: one sentence a line, or with offsets.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences (ICU sentence break plus Italian exceptions).",
        discussion: "Formats: text (one sentence a line; line breaks inside become spaces), tsv (start, end, byte_start, byte_end, tokens, sentence), json, jsonl, conllu. " + Exit.helpText
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, tsv, json, jsonl, conllu.")
    var format: OutputFormat = .text

    func validate() throws {
        guard [.text, .tsv, .json, .jsonl, .conllu].contains(format) else {
            throw ValidationError("--format must be text, tsv, json, jsonl or conllu")
        }
    }

    func run() throws {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let output = Output()
        defer { output.flush() }
        if format == .tsv { output.line("start\tend\tbyte_start\tbyte_end\ttokens\tsentence") }
        let format = self.format
        // Large files stream in pieces cut at line breaks (every line break ends a sentence),
        // except for the formats that hold one object per document.
        let chunk = input.jsonl || format == .json || format == .conllu ? nil : 1 << 20
        try CorpusRunner(options: input, chunkBytes: chunk).run({ doc in
            let out = Output.memory()
            Self.write(doc, format: format, tokenizer: tokenizer, splitter: splitter, to: out)
            return out.bytes
        }, emit: { _, bytes in output.append(bytes) })
    }

    /// One document's sentences, written to `out`.
    static func write(_ doc: Document, format: OutputFormat, tokenizer: Tokenizer, splitter: SentenceSplitter, to out: Output) {
        let tokens = tokenizer.tokens(in: doc.text)
        let sentences = splitter.sentences(in: doc.text, tokens: tokens)
        if format == .conllu {
            CoNLLU.write(doc: doc, tokens: tokens, sentences: sentences, expand: false, to: out)
            return
        }
        if format == .json { out.line("{\"id\":\(Escape.json(doc.id)),\"sentences\":[") }
        // A piece of a large file: offsets from the start of the file.
        let (b, sc) = (doc.utf8Base, doc.scalarBase)
        for (n, s) in sentences.enumerated() {
            let text = doc.text[s.range]
            switch format {
            case .tsv:
                out.line("\(s.scalarRange.lowerBound + sc)\t\(s.scalarRange.upperBound + sc)\t\(s.utf8Range.lowerBound + b)\t\(s.utf8Range.upperBound + b)\t\(s.tokenRange.count)\t\(Escape.tsv(text))")
            case .json, .jsonl:
                let id = format == .jsonl ? "\"id\":\(Escape.json(doc.id))," : ""
                out.line("{\(id)\"start\":\(s.scalarRange.lowerBound + sc),\"end\":\(s.scalarRange.upperBound + sc),\"byteStart\":\(s.utf8Range.lowerBound + b),\"byteEnd\":\(s.utf8Range.upperBound + b),\"tokens\":\(s.tokenRange.count),\"text\":\(Escape.json(text))}" + (format == .json && n + 1 < sentences.count ? "," : ""))
            default:
                out.line(text.split(whereSeparator: \.isNewline).joined(separator: " "))
            }
        }
        if format == .json { out.line("]}") }
    }
}
