import ArgumentParser
import Tokenizer

/// `analyze normalize`: the text with each token normalized, white space kept (NBSP as space).
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize text per token with ICU: NFC/NFKC, unified apostrophes and quotes, zero-width characters and soft hyphens removed, case folding.",
        discussion: "Formats: text (the normalized text, gaps kept, no-break spaces as spaces), tsv (start, end, token, normalized), jsonl. " + Exit.helpText
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, tsv, jsonl.")
    var format: OutputFormat = .text

    @Flag(help: "Use NFKC instead of NFC (folds ligatures, full-width forms, superscripts).")
    var nfkc = false

    @Flag(help: "Keep case instead of case folding.")
    var keepCase = false

    func validate() throws {
        guard [.text, .tsv, .jsonl].contains(format) else { throw ValidationError("--format must be text, tsv or jsonl") }
    }

    func run() throws {
        let normalizer = Normalizer(form: nfkc ? .nfkc : .nfc, foldCase: !keepCase)
        let tokenizer = try Tokenizer(normalizer: normalizer)
        let output = Output()
        defer { output.flush() }
        if format == .tsv { output.line("start\tend\ttoken\tnormalized") }
        let format = self.format
        // Large files go in pieces of about 1 MB cut at line breaks (memory stays flat); offsets
        // stay relative to the whole file. --jsonl documents are read whole.
        try CorpusRunner(options: input, chunkBytes: input.jsonl ? nil : 1 << 20).run({ doc in
            let out = Output.memory()
            var last = doc.text.startIndex
            tokenizer.forEachToken(in: doc.text) { t in
                switch format {
                case .tsv: out.line("\(t.start + doc.scalarBase)\t\(t.end + doc.scalarBase)\t\(Escape.tsv(t.text))\t\(Escape.tsv(t.normalized))")
                case .jsonl: out.line(TokenFormat.json(t, id: doc.id, base: doc))
                default:
                    out.write(Self.gap(doc.text[last..<t.range.lowerBound]))
                    out.write(t.normalized)
                    last = t.range.upperBound
                }
            }
            if format == .text { out.write(Self.gap(doc.text[last...])) }
            return out.bytes
        }, emit: { _, bytes in output.append(bytes) })
    }

    /// White space between tokens, with no-break and zero-width spaces normalized.
    static func gap(_ s: Substring) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.compactMap { u -> Unicode.Scalar? in
            switch u.value {
            case 0xA0, 0x2007, 0x202F: return " "
            case 0x200B, 0x2060, 0xFEFF, 0xAD: return nil
            default: return u
            }
        }))
    }
}
