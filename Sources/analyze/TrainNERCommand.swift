import ArgumentParser
import Foundation
import NER

/// `analyze train-ner`: trains the perceptron tagger on gold CoNLL files (development time).
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the entity tagger's weights on gold token<TAB>tag files (development only).",
        shouldDisplay: false
    )

    @Argument(help: "Gold training files (KIND/NERMuD format).")
    var train: [String]

    @Option(help: "Where to write the weights.")
    var output: String

    @Option(help: "Training passes.")
    var epochs = 8

    @Option(help: "Drop features seen fewer times than this.")
    var minCount = 2

    @Option(help: "Drop features whose largest averaged weight is below this.")
    var prune: Float = 1e-4

    @Option(help: "Training runs on differently shuffled orders, weights averaged.")
    var runs = 1

    @Option(help: "Seed of the document shuffles (another seed measures how much a score owes to the order).")
    var seed: UInt64 = 42

    @Option(help: "Sentences per document (0: the whole file).")
    var documentSentences = 25

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        var options = lexiconOptions
        options.noTagger = true
        let lexicons = try options.load()
        var examples: [TaggerTrainer.Example] = []
        for path in train {
            guard let data = FileManager.default.contents(atPath: path) else { printError("\(path): cannot read"); throw ExitCode(Exit.noInput) }
            let doc = try ConllDocument(parsing: String(decoding: data, as: UTF8.self))
            examples += doc.documents(of: documentSentences).map { TaggerTrainer.Example(text: $0.text, tags: $0.tags) }
        }
        var trainer = TaggerTrainer(lexicons: lexicons)
        let bytes = trainer.train(examples, epochs: epochs, minCount: minCount, prune: prune, runs: runs, seed: seed) { printError($0) }
        guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
            printError("\(output): cannot write"); throw ExitCode(Exit.ioError)
        }
        printError("wrote \(output) (\(bytes.count) bytes)")
    }
}
