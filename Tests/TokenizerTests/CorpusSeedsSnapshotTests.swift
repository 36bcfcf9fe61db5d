import Foundation
import Testing
@testable import Tokenizer

/// Golden boilerplate labels for `seeds/`: every non-blank line's label, checked by hand against
/// the project's gold labels. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter CorpusSeedsSnapshotTests`
/// (then review the diff).
@Suite struct CorpusSeedsSnapshotTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/seeds_boilerplate.tsv")
    static let header = "# seed file<TAB>line (1-based, blank lines omitted)<TAB>label: main | boiler | embed\n"

    static func render(_ filter: BoilerplateFilter) throws -> String {
        let dir = root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        var out = header
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            for d in filter.classify(text).decisions where !text[d.range].allSatisfy(\.isWhitespace) {
                out += "\(file)\t\(d.line)\t\(d.label.rawValue)\n"
            }
        }
        return out
    }

    @Test func builtInPhrasesMatchTheSnapshot() throws {
        let got = try Self.render(BoilerplateFilter())
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try got.write(to: Self.snapshot, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(got == expected)
    }

    @Test func lexiconFileMatchesTheSnapshot() throws {
        let tsv = try String(contentsOf: Self.root.appendingPathComponent("Lexicons/boilerplate_phrases.tsv"), encoding: .utf8)
        let got = try Self.render(BoilerplateFilter(phrases: try BoilerplatePhrases(parsing: tsv)))
        #expect(got == (try String(contentsOf: Self.snapshot, encoding: .utf8)))
    }

    @Test func metadataOfTheFirstSeed() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("seeds/000_7ee37ed4f19f2e71.txt"), encoding: .utf8)
        #expect(BoilerplateFilter().classify(text).metadata.map(\.value) == ["2024-11"])
    }
}
