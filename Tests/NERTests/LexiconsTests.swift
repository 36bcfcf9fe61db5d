import Foundation
import Testing
@testable import NER

@Suite struct LexiconsTests {
    @Test func loadsEntriesAndSkipsCommentsAndBlankLines() throws {
        let l = try Lexicons(parsing: "# c\nsurface\ttype\tcanonical\tsource\n\nRoma\tLOC\tRoma\tistat\n# another\nrossi\tSURNAME\n", name: "a.tsv")
        #expect(l.entryCount == 2)
        #expect(l.kinds(of: ["roma"], capitalized: true) == [.location])
    }

    @Test func capitalizedEntriesNeedACapital() throws {
        let l = Fixture.lexicons
        #expect(l.kinds(of: ["roma"], capitalized: false).isEmpty)
        #expect(l.kinds(of: ["governo"], capitalized: false) == [.organization])
    }

    @Test(arguments: [
        (["stati", "uniti", "d'", "america"], LexiconKind.location),  // ’ in the file, elision split
        (["emilia", "-", "romagna"], .location),                     // hyphen split like the tokenizer
        (["regno", "unito"], .location),
        (["s.p.a."], .organizationSuffix),
    ])
    func phrasesAreSplitLikeTheTokenizer(words: [String], kind: LexiconKind) {
        #expect(Fixture.lexicons.kinds(of: words, capitalized: true).contains(kind))
    }

    @Test func wrongColumnCountNamesFileAndLine() {
        #expect(throws: LexiconError.badLine(file: "bad.tsv", line: 3, reason: "expected at least 2 tab-separated columns (surface, type), found 1")) {
            _ = try Lexicons(parsing: "surface\ttype\tcanonical\tsource\nRoma\tLOC\nMilano\n", name: "bad.tsv")
        }
    }

    @Test func unknownTypeNamesFileAndLine() {
        do {
            _ = try Lexicons(parsing: "# x\nsurface\ttype\tcanonical\tsource\nRoma\tCITY\tRoma\tx\n", name: "places.tsv")
            Issue.record("expected an error")
        } catch {
            #expect(error == .unknownType(file: "places.tsv", line: 3, type: "CITY"))
            #expect(error.description == "places.tsv:3: unknown entry type 'CITY'")
        }
    }

    @Test func filesWithAnotherHeaderAreSkipped() throws {
        let l = try Lexicons(files: [("lemmas.tsv", Array("form\tlemma\ncase\tcasa\n".utf8)), ("notes.tsv", Array("a\tb\tc\n".utf8))])
        #expect(l.entryCount == 0)
    }

    @Test func missingDirectoryIsAnError() {
        #expect(throws: LexiconError.self) { _ = try Lexicons(directory: "/nonexistent/Lexicons") }
    }

    @Test func badModelFileIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UInt64.random(in: 0...UInt64.max))")
        try FileManager.default.createDirectory(atPath: dir.path + "/ner", withIntermediateDirectories: true)
        try Data("NOPE".utf8).write(to: dir.appendingPathComponent("ner/tagger.bin"))
        #expect(throws: LexiconError.badModel(file: dir.path + "/ner/tagger.bin", reason: "missing NERT header")) {
            _ = try Lexicons(directory: dir.path)
        }
        #expect(try Lexicons(directory: dir.path, useModel: false).hasModel == false)
    }

    @Test func locateOrder() throws {
        let repo = Fixture.packageRoot.appendingPathComponent("Lexicons").path
        #expect(try Lexicons.locate(explicit: repo, environment: [:], executablePath: nil) == repo)
        #expect(try Lexicons.locate(environment: ["ANALYZE_LEXICONS": repo], executablePath: nil) == repo)
        // walking up from a binary inside the package (.build/debug/analyze)
        let exe = Fixture.packageRoot.appendingPathComponent(".build/debug/analyze").path
        #expect(try Lexicons.locate(environment: [:], executablePath: exe, sourceFile: "/nowhere/a/b/c.swift") == repo)
        #expect(throws: LexiconError.self) {
            _ = try Lexicons.locate(environment: [:], executablePath: "/usr/bin/true", sourceFile: "/nowhere/a/b/c.swift")
        }
        #expect(throws: LexiconError.self) { _ = try Lexicons.locate(explicit: "/nonexistent") }
    }

    @Test func repositoryLexiconsLoad() throws {
        let l = try Lexicons(directory: Lexicons.locate())
        #expect(l.entryCount > 100)
        #expect(l.kinds(of: ["regista"], capitalized: false).contains(.title))
    }
}
