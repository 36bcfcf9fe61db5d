import ArgumentParser
import NER

/// Options for finding and loading the lexicons.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("The Lexicons directory (default: $ANALYZE_LEXICONS, then a Lexicons/ folder above the executable).", valueName: "DIR"))
    var directory: String?

    @Flag(help: "Rules and gazetteers only: ignore the statistical tagger's weights.")
    var noTagger = false

    /// Loads the lexicons or exits with a one-line error.
    func load() throws -> Lexicons {
        do {
            let dir = try Lexicons.locate(explicit: directory)
            return try Lexicons(directory: dir, useModel: !noTagger)
        } catch {
            printError(error.description)
            throw ExitCode(Exit.noInput)
        }
    }
}
