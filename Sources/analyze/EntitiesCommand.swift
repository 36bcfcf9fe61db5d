import ArgumentParser
import Foundation
import NER
import Tokenizer

/// `analyze entities`: placeholder until the tokenizer lands.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "Find people, organizations, places and other entities.")
    func run() throws {}
}
