import ArgumentParser
import Foundation
import Tokenizer

/// `analyze eval`: scores the tools against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score tokenization, sentences and other stages against gold data.",
        subcommands: [EvalTokensCommand.self, EvalNERCommand.self]
    )
}

/// `analyze eval tokens GOLD.conllu`: Tokens, Sentences and Words F1, the CoNLL 2018 way.
struct EvalTokensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Score tokens, sentences and (with --expand) words against a CoNLL-U treebank.",
        discussion: "The gold '# text' lines are joined by spaces, ten sentences a line, and fed to the tokenizer; spans are compared over the text with white space removed (CoNLL 2018 shared task). " + Exit.helpText
    )

    @Argument(help: "Gold CoNLL-U file.")
    var gold: String

    @Flag(help: "Expand contractions and clitics into syntactic words before scoring words.")
    var expand = false

    @Option(help: "Sentences per input line.")
    var perLine = 10

    @Flag(help: "List the token and sentence spans that differ, with their text, on stderr.")
    var showErrors = false

    func run() throws {
        let reader = DocumentReader(options: try InputOptions.parse([]))
        let doc: Document
        do { doc = try reader.read(gold) } catch { printError(error.description); throw ExitCode(error.exitCode) }
        let treebank: GoldTreebank
        do { treebank = try GoldTreebank(parsing: doc.text, path: gold) } catch {
            printError(error.description); throw ExitCode(error.exitCode)
        }
        let text = treebank.inputText(sentencesPerLine: perLine)
        let goldSeg = Self.goldSegmentation(treebank)
        let sysSeg = try Self.systemSegmentation(text, expand: expand)
        let s = Segmentation.score(gold: goldSeg, system: sysSeg)
        if showErrors { Self.showErrors(text: text, gold: goldSeg, system: sysSeg) }
        let out = Output()
        out.line("metric\tprecision\trecall\tf1\tgold\tsystem")
        for (name, m) in [("Tokens", s.tokens), ("Sentences", s.sentences), ("Words", s.words)] {
            out.line(String(format: "%@\t%.2f\t%.2f\t%.2f\t%d\t%d", name, m.precision * 100, m.recall * 100, m.f1 * 100, m.gold, m.system))
        }
    }

    /// Prints spans only one side has, as text, so a user can see what went wrong.
    static func showErrors(text: String, gold: Segmentation, system: Segmentation) {
        let chars = text.unicodeScalars.filter { !$0.properties.isWhitespace }.map { Character($0) }
        func show(_ r: Range<Int>) -> String { String(chars[max(0, r.lowerBound)..<min(chars.count, r.upperBound)]) }
        for (name, g, s) in [("token", gold.tokens, system.tokens), ("sentence", gold.sentences, system.sentences)] {
            let gs = Set(g), ss = Set(s)
            for r in g where !ss.contains(r) { printError("\(name) missed: \(show(r).prefix(120))") }
            for r in s where !gs.contains(r) { printError("\(name) spurious: \(show(r).prefix(120))") }
        }
    }

    static func goldSegmentation(_ tb: GoldTreebank) -> Segmentation {
        var seg = Segmentation()
        var pos = 0
        for s in tb.sentences {
            let start = pos
            for t in s.tokens {
                let n = t.form.unicodeScalars.filter { !$0.properties.isWhitespace }.count
                seg.add(token: pos..<(pos + n), words: t.words)
                pos += n
            }
            seg.sentences.append(start..<pos)
        }
        return seg
    }

    static func systemSegmentation(_ text: String, expand: Bool) throws -> Segmentation {
        let tokens = try Tokenizer().tokens(in: text)
        let sentences = try SentenceSplitter().sentences(in: text, tokens: tokens)
        // Non-white-space scalars before each scalar offset.
        var dense: [Int] = [0]
        dense.reserveCapacity(text.unicodeScalars.count + 1)
        for u in text.unicodeScalars { dense.append(dense.last! + (u.properties.isWhitespace ? 0 : 1)) }
        let expander = MultiwordExpander()
        var seg = Segmentation()
        for t in tokens {
            let words = expand && t.kind == .word ? expander.words(for: t.text) ?? [String(t.text)] : [String(t.text)]
            seg.add(token: dense[t.start]..<dense[t.end], words: words)
        }
        for s in sentences { seg.sentences.append(dense[s.scalarRange.lowerBound]..<dense[s.scalarRange.upperBound]) }
        return seg
    }
}
