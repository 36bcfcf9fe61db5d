import ArgumentParser
import Foundation
import NER
import Tokenizer

/// `analyze entities`: people, organizations, places, products and pattern entities in each input.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Find people, organizations, places, products, dates, amounts, handles and links.",
        discussion: """
            Formats: text (a table per document: type, entity, count, first offset), json, jsonl \
            (one object per mention), tsv (one mention a line), conll (token<TAB>tag, blank line \
            between sentences). Offsets are Unicode-scalar start/end plus UTF-8 bytes. \
            With --input conll each line's first column is a token and blank lines separate \
            sentences; the default output is then conll, one line per input token. 
            """ + Exit.helpText
    )

    enum InputKind: String, ExpressibleByArgument, CaseIterable { case text, conll }
    enum TagScheme: String, ExpressibleByArgument, CaseIterable { case bio, io }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Output format: text, json, jsonl, tsv, conll (default: text; conll with --input conll).")
    var format: OutputFormat?

    @Option(name: .customLong("input"), help: "Input kind: text, or conll (pre-tokenized, one token a line).")
    var input_: InputKind = .text

    @Option(help: "Only these types, comma-separated (PER,ORG,LOC,PRODUCT,MISC,DATE,MONEY,PERCENT,MENTION,HASHTAG,URL,EMAIL).")
    var types: String?

    @Option(help: "Tag scheme for conll output: bio or io.")
    var scheme: TagScheme = .bio

    @Option(help: "With --input conll: sentences grouped into one document, as 'analyze eval ner' does (one sense per document works within it; 0: the whole file).")
    var documentSentences = 25

    @Flag(help: "Also report entities in boilerplate lines (menus, footers, related links; see 'analyze clean').")
    var keepBoilerplate = false

    @Flag(help: "Say which rule or lexicon made each entity.")
    var explain = false

    var outputFormat: OutputFormat { format ?? (input_ == .conll ? .conll : .text) }

    func validate() throws {
        guard [.text, .json, .jsonl, .tsv, .conll].contains(outputFormat) else {
            throw ValidationError("--format must be text, json, jsonl, tsv or conll")
        }
        _ = try typeFilter()
    }

    func typeFilter() throws -> Set<EntityLabel>? {
        guard let types else { return nil }
        var set: Set<EntityLabel> = []
        for name in types.split(separator: ",") {
            guard let l = EntityLabel(name: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown entity type '\(name)' in --types (known: \(EntityLabel.allCases.map(\.rawValue).joined(separator: ",")))")
            }
            set.insert(l)
        }
        return set
    }

    func run() throws {
        let recognizer = EntityRecognizer(lexicons: try lexiconOptions.load())
        let filter = try typeFilter()
        let boilerplate = keepBoilerplate || input_ == .conll
            ? nil : BoilerplateFilter(phrases: try LexiconLocator(lexicons: lexiconOptions.directory).phrases(file: nil))
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let out = Output()
        let writer = EntityWriter(format: outputFormat, explain: explain, scheme: scheme, out: out,
                                  multipleInputs: input.paths.count > 1 || input.paths.contains { FileManager.default.isDirectory($0) })
        writer.begin()
        var first = true
        let (conllInput, conllOutput, jsonl) = (input_ == .conll, outputFormat == .conll, input.jsonl)
        // Large text files go in pieces of about 1 MB cut at line breaks, so memory stays flat
        // (the recognizer holds ~50 bytes per input byte); each piece is its own context for
        // one-sense-per-document. JSON holds one object per document, so it reads files whole.
        let chunk = conllInput || jsonl || outputFormat == .json ? nil : 1 << 20
        try CorpusRunner(options: input, chunkBytes: chunk).run({ doc in
            let tokens: [Token], text: String, sentences: [Range<Int>]
            if conllInput {
                let parsed: ConllDocument
                do { parsed = try ConllDocument(parsing: doc.text) } catch let error as ConllDocument.ParseError {
                    throw InputError.malformed(path: doc.id, line: error.line, reason: error.reason)
                }
                let pre = PretokenizedText(sentences: parsed.sentences)
                (tokens, text, sentences) = (pre.tokens, pre.text, pre.sentences)
                // A gold file holds many articles back to back: one sense per document works
                // within groups of sentences (the tokens keep their offsets in the whole text).
                var mentions: [EntityMention] = []
                for d in parsed.documentRanges(of: documentSentences) {
                    let r = sentences[d.lowerBound].lowerBound..<sentences[d.upperBound - 1].upperBound
                    mentions += recognizer.entities(in: Array(tokens[r]), text: text).map { $0.offsettingTokens(by: r.lowerBound) }
                }
                if let filter { mentions = mentions.filter { filter.contains($0.label) } }
                return (tokens, sentences, mentions)
            }
            text = doc.text
            // Unless --keep-boilerplate, only the main text is tagged: mentions in menus,
            // related links and footers are left out, and do not sway the article's names.
            // CoNLL output lists every token; the other formats need only the main text's.
            let kept = boilerplate?.classify(text).mainUTF8Ranges
            if let kept, !conllOutput {
                tokens = tokenizer.tokens(in: text, lines: kept)
                sentences = []
            } else {
                tokens = tokenizer.tokens(in: text)
                sentences = conllOutput ? splitter.sentences(in: text, tokens: tokens).map(\.tokenRange) : []
            }
            var mentions = recognizer.entities(in: tokens, text: text, within: conllOutput ? kept : nil)
            if let filter { mentions = mentions.filter { filter.contains($0.label) } }
            return (tokens, sentences, mentions)
        }, emit: { doc, result in
            let (tokens, sentences, mentions) = result
            if jsonl { return out.line(JSONLWriter.entities(id: doc.idJSON, mentions)) }
            writer.write(document: doc.id, piece: doc, tokens: tokens, sentences: sentences, mentions: mentions, first: first)
            first = false
        })
        writer.end()
    }
}

extension FileManager {
    func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}
