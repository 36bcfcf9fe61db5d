import ArgumentParser

@main
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Italian text analysis: tokens, sentences, boilerplate, word frequency, entities, quotes.",
        discussion: Exit.helpText,
        version: "0.1.0",
        subcommands: [
            TokensCommand.self, EvalCommand.self,
            EntitiesCommand.self,
            EvalNERTopLevel.self,
            TrainNERCommand.self,
        ]
    )
}
