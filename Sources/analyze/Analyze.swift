import ArgumentParser

@main
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Italian text analysis")
    func run() throws {}
}
