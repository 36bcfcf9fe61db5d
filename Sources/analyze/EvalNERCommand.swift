import ArgumentParser
import Foundation
import NER

/// `analyze eval ner GOLD.tsv`: scores the recognizer on gold CoNLL data (KIND/NERMuD format).
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Score entity recognition against gold token<TAB>tag data (per token as the NERMuD scorer does, and per exact span)."
    )

    @Argument(help: "Gold files: one token a line with its BIO/IO tag as the last column, blank line between sentences.")
    var gold: [String]

    @Option(help: "A name for the domain in the report (default: the file name).")
    var domain: String?

    @Option(help: "Sentences grouped into one document (one sense per document works within it; 0: the whole file).")
    var documentSentences = 25

    @Option(help: "Print up to N sentences with errors, gold vs predicted, on stdout.")
    var errors = 0

    @Option(help: .hidden)
    var dump: String?

    @Flag(help: .hidden)
    var taggerOnly = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let lexicons = try lexiconOptions.load()
        var recognizer = EntityRecognizer(lexicons: lexicons)
        recognizer.taggerOnly = taggerOnly
        let out = Output()
        var dumpText = ""
        for path in gold {
            guard let data = FileManager.default.contents(atPath: path) else {
                printError("\(path): cannot read"); throw ExitCode(Exit.noInput)
            }
            let doc: ConllDocument
            do { doc = try ConllDocument(parsing: String(decoding: data, as: UTF8.self)) } catch {
                printError("\(path):\(error.line): \(error.reason)"); throw ExitCode(Exit.dataError)
            }
            var scorer = NERScorer()
            var shown = 0
            var tokenCount = 0
            var recognizerNanos: UInt64 = 0
            for d in doc.documentRanges(of: documentSentences) {
                let s = d.lowerBound
                let text = PretokenizedText(sentences: Array(doc.sentences[d]))
                tokenCount += text.tokens.count
                let t0 = Self.threadCPUNanos()
                let mentions = recognizer.entities(in: text.tokens, text: text.text)
                recognizerNanos += Self.threadCPUNanos() - t0
                let tags = EntityMention.bioTags(count: text.tokens.count, mentions: mentions, types: Set(EntityLabel.kindTypes))
                for (k, r) in text.sentences.enumerated() {
                    let predicted = Array(tags[r]), goldTags = doc.tags[s + k]
                    scorer.add(gold: goldTags, predicted: predicted)
                    if dump != nil {
                        for (w, gp) in zip(doc.sentences[s + k], zip(goldTags, predicted)) { dumpText += "\(w)\t\(gp.0)\t\(gp.1)\n" }
                        dumpText += "\n"
                    }
                    if shown < errors, zip(goldTags, predicted).contains(where: { NERType.of($0) != NERType.of($1) }) {
                        shown += 1
                        out.line(zip(doc.sentences[s + k], zip(goldTags, predicted)).map { w, gp in
                            NERType.of(gp.0) == NERType.of(gp.1) ? (gp.0 == "O" ? w : "[\(w)|\(gp.0)]") : "[\(w)|\(gp.0)≠\(gp.1)]"
                        }.joined(separator: " "))
                    }
                }
            }
            let seconds = Double(recognizerNanos) / 1e9
            let name = domain ?? (path as NSString).lastPathComponent
            out.line("\(name): \(doc.sentences.count) sentences, \(tokenCount) tokens, tagger \(lexicons.hasModel && !lexiconOptions.noTagger ? "on" : "off"), \(String(format: "%.0f", Double(tokenCount) / max(seconds, 1e-9))) tokens per CPU second in the recognizer")
            out.line("type\ttoken-P\ttoken-R\ttoken-F1\tspan-P\tspan-R\tspan-F1\tgold-spans")
            for t in scorer.types + ["micro"] {
                let tc = t == "micro" ? scorer.tokenMicro : scorer.tokens[t]!
                let sc = t == "micro" ? scorer.spanMicro : scorer.spans[t]!
                out.line([t, f(tc.precision), f(tc.recall), f(tc.f1), f(sc.precision), f(sc.recall), f(sc.f1),
                          String(sc.truePositives + sc.falseNegatives)].joined(separator: "\t"))
            }
            out.flush()
        }
        if let dump { FileManager.default.createFile(atPath: dump, contents: Data(dumpText.utf8)) }
    }

    /// CPU time of this thread (the recognizer's own cost, whatever else the machine runs).
    static func threadCPUNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    private func f(_ x: Double) -> String { String(format: "%.4f", x) }
}

/// The entity type of a BIO tag, for comparisons.
enum NERType {
    static func of(_ tag: String) -> Substring { tag == "O" ? "" : tag.dropFirst(2) }
}
