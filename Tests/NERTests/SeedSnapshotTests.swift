import Foundation
import Testing
import NER
import Tokenizer

/// Golden entity lists for seeds/: run the recognizer with the repository's Lexicons/ and
/// compare with Snapshots/<seed>.tsv. Re-record with `RECORD_SNAPSHOTS=1 swift test --filter SeedSnapshotTests`.
@Suite struct SeedSnapshotTests {
    static let seeds: [String] = {
        let dir = Fixture.packageRoot.appendingPathComponent("seeds").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }()
    static let recognizer = EntityRecognizer(lexicons: try! Lexicons(directory: Lexicons.locate()))

    static func render(_ name: String) throws -> String {
        let text = try String(contentsOf: Fixture.packageRoot.appendingPathComponent("seeds/" + name), encoding: .utf8)
        let tokens = Fixture.tokenizer.tokens(in: text)
        var out = "type\ttext\tstart\tend\n"
        for m in recognizer.entities(in: tokens, text: text) {
            out += "\(m.label.rawValue)\t\(m.text)\t\(m.start)\t\(m.end)\n"
        }
        return out
    }

    @Test func thereAreSeeds() { #expect(Self.seeds.count == 5) }

    @Test(arguments: seeds)
    func matchesSnapshot(seed: String) throws {
        let actual = try Self.render(seed)
        let url = Fixture.packageRoot.appendingPathComponent("Tests/NERTests/Snapshots/" + seed.replacingOccurrences(of: ".txt", with: ".tsv"))
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let a = actual.split(separator: "\n"), e = expected.split(separator: "\n")
        #expect(Set(a).subtracting(e).sorted() == [], "new entities (re-record with RECORD_SNAPSHOTS=1 if intended)")
        #expect(Set(e).subtracting(a).sorted() == [], "missing entities")
    }

    /// The built binary finds Lexicons/ by walking up from its own directory, from any cwd.
    @Test func binaryFindsLexiconsFromAnyDirectory() throws {
        let exe = Fixture.packageRoot.appendingPathComponent(".build/debug/analyze")
        try #require(FileManager.default.isExecutableFile(atPath: exe.path), "build the package first (swift build)")
        func run(_ extra: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = exe
            p.arguments = ["entities", "--format", "tsv", "--explain", Fixture.packageRoot.appendingPathComponent("seeds/" + Self.seeds[0]).path] + extra
            p.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
            var env = ProcessInfo.processInfo.environment
            env["ANALYZE_LEXICONS"] = nil
            p.environment = env
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: data, as: UTF8.self))
        }
        let found = try run([])
        let explicit = try run(["--lexicons", Fixture.packageRoot.appendingPathComponent("Lexicons").path])
        #expect(found.0 == 0)
        #expect(found.1.contains("\tOpenAI\t"))
        #expect(found.1 == explicit.1)
        #expect(try run(["--lexicons", "/nonexistent"]).0 == 66)
    }
}
