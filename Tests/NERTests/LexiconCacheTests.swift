import Foundation
import Testing
@testable import NER

/// The compiled lexicon cache: reused while the files are unchanged, ignored once one
/// changes, and replaced in place (one file per set of lexicon paths, not one per version).
@Suite struct LexiconCacheTests {
    @Test func aChangedLexiconReplacesItsCacheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lexcache-\(UUID().uuidString)")
        let cacheDir = dir.appendingPathComponent("cache").path
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("places.tsv").path
        func load(_ text: String) throws -> Lexicons {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
            let parsed = try Lexicons(files: [(file, Array(text.utf8))])
            #expect(Lexicons.cached([file], directory: cacheDir) == nil, "a stale cache must not be used")
            parsed.saveCache([file], directory: cacheDir)
            return try #require(Lexicons.cached([file], directory: cacheDir))
        }
        let first = try load("surface\ttype\tcanonical\tsource\nRoma\tLOC\tRoma\tx\n")
        #expect(first.kinds(of: ["roma"], capitalized: true) == [.location])
        #expect(first.kinds(of: ["sora"], capitalized: true).isEmpty)
        let second = try load("surface\ttype\tcanonical\tsource\nRoma\tLOC\tRoma\tx\nSora\tORG\tSora\tx\n")
        #expect(second.kinds(of: ["sora"], capitalized: true) == [.organization])
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheDir)
        #expect(files.count == 1, "\(files)")
    }
}
