import ArgumentParser

@main
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Italian text analysis: tokens, sentences, boilerplate, word frequency, entities, quotes.",
        discussion: Exit.helpText,
        version: "0.1.0",
        subcommands: [
            TokensCommand.self, SentencesCommand.self, NormalizeCommand.self, Clean.self, Freq.self,
            EvalCommand.self, BenchCommand.self,
            EntitiesCommand.self,
            EvalNERTopLevel.self,
            TrainNERCommand.self,
            QuotesCommand.self,
        ]
    )
}
