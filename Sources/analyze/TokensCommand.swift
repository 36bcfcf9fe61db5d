import ArgumentParser
import Foundation
import Tokenizer

/// `analyze tokens`: the tokens of each input.
struct TokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Split text into tokens (ICU word break plus Italian rules).",
        discussion: "Formats: text (one token a line), tsv (start, end, byte_start, byte_end, kind, space_after, token, normalized), json, jsonl (one object per token), conllu (sentences, with multiword tokens when --expand). " + Exit.helpText
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, tsv, json, jsonl, conllu.")
    var format: OutputFormat = .text

    @Flag(help: "Expand contractions and clitics into UD multiword tokens (della → di la) in conllu output.")
    var expand = false

    func validate() throws {
        guard [.text, .tsv, .json, .jsonl, .conllu].contains(format) else {
            throw ValidationError("--format must be text, tsv, json, jsonl or conllu")
        }
    }

    func run() throws {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let out = Output()
        defer { out.flush() }
        let (format, expand, jsonl) = (self.format, self.expand, input.jsonl)
        let multi = input.paths.count > 1 || input.paths.contains { FileManager.default.isDirectory($0) }
        // Large files stream in pieces cut at line breaks (tokens never cross a line break),
        // except for the formats that hold one object or one sentence list per document.
        let chunk = jsonl || format == .json || format == .conllu ? nil : 1 << 20
        try CorpusRunner(options: input, chunkBytes: chunk).run({ doc in
            let o = Output.memory()
            // The line formats stream tokens without an array (a token is ~25x its text in
            // memory, which matters for a single line of 100 MB).
            if !jsonl { switch format {
            case .jsonl:
                tokenizer.forEachToken(in: doc.text) { o.line(TokenFormat.json($0, id: doc.id, base: doc)) }
                return o.bytes
            case .tsv:
                if doc.chunk == 0 { o.line("start\tend\tbyte_start\tbyte_end\tkind\tspace_after\ttoken\tnormalized") }
                tokenizer.forEachToken(in: doc.text) { o.line(TokenFormat.tsv($0, base: doc)) }
                return o.bytes
            case .text:
                if multi && doc.chunk == 0 { o.line("# \(doc.id)") }
                tokenizer.forEachToken(in: doc.text) { o.line(Escape.tsv($0.text)) }
                return o.bytes
            default: break
            } }
            let tokens = tokenizer.tokens(in: doc.text)
            if jsonl {
                o.line("{\"id\":\(doc.idJSON),\"tokens\":[" + tokens.map { TokenFormat.json($0) }.joined(separator: ",") + "]}")
                return o.bytes
            }
            switch format {
            case .conllu:
                CoNLLU.write(doc: doc, tokens: tokens, sentences: splitter.sentences(in: doc.text, tokens: tokens),
                             expand: expand, to: o)
            case .json:
                o.line("{\"id\":\(Escape.json(doc.id)),\"tokens\":[")
                for (n, t) in tokens.enumerated() { o.line(TokenFormat.json(t) + (n + 1 < tokens.count ? "," : "")) }
                o.line("]}")
            case .jsonl:
                for t in tokens { o.line(TokenFormat.json(t, id: doc.id, base: doc)) }
            case .tsv:
                if doc.chunk == 0 { o.line("start\tend\tbyte_start\tbyte_end\tkind\tspace_after\ttoken\tnormalized") }
                for t in tokens { o.line(TokenFormat.tsv(t, base: doc)) }
            default:
                if multi && doc.chunk == 0 { o.line("# \(doc.id)") }
                for t in tokens { o.line(Escape.tsv(t.text)) }
            }
            return o.bytes
        }, emit: { _, bytes in out.append(bytes) })
    }
}

/// How one token is written in each format.
enum TokenFormat {
    /// `base`: the piece of a large file the token comes from (its offsets are added).
    static func json(_ t: Token, id: String? = nil, base: Document? = nil) -> String {
        let (b, sc) = (base?.utf8Base ?? 0, base?.scalarBase ?? 0)
        var s = "{"
        if let id { s += "\"id\":\(Escape.json(id)),"}
        s += "\"text\":\(Escape.json(t.text)),\"start\":\(t.start + sc),\"end\":\(t.end + sc),"
        s += "\"byteStart\":\(t.utf8Range.lowerBound + b),\"byteEnd\":\(t.utf8Range.upperBound + b),"
        s += "\"kind\":\"\(t.kind.rawValue)\",\"spaceAfter\":\(t.spaceAfter),\"normalized\":\(Escape.json(t.normalized))}"
        return s
    }

    static func tsv(_ t: Token, base: Document? = nil) -> String {
        let (b, sc) = (base?.utf8Base ?? 0, base?.scalarBase ?? 0)
        return "\(t.start + sc)\t\(t.end + sc)\t\(t.utf8Range.lowerBound + b)\t\(t.utf8Range.upperBound + b)\t\(t.kind.rawValue)\t\(t.spaceAfter ? 1 : 0)\t\(Escape.tsv(t.text))\t\(Escape.tsv(t.normalized))"
    }
}
