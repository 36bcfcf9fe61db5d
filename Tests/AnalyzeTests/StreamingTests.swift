import Foundation
import Testing

/// Large files are read in pieces cut at line breaks (`tokens`, `clean`, `entities`, `quotes`);
/// the output must be the same as reading the file whole, or at least point into the whole file:
/// offsets and line numbers relative to the whole file.
@Suite struct StreamingTests {
    static let pieces = ["ANALYZE_CHUNK_BYTES": "64"]

    static func corpusFile() throws -> String {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: CLI.repo.appendingPathComponent("seeds").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var bytes: [UInt8] = []
        for s in seeds.prefix(2) { bytes += try Data(contentsOf: CLI.repo.appendingPathComponent("seeds/" + s)) }
        bytes += Array("Perché è così? Ecco l’ultima riga senza a capo".utf8)
        return try CLI.write(bytes, "corpus.txt", in: try CLI.tempDirectory())
    }

    @Test(arguments: ["tokens", "normalize"], ["text", "tsv", "jsonl"])
    func piecesMatchWholeFile(command: String, format: String) throws {
        let path = try Self.corpusFile()
        let whole = try CLI.run([command, "--format", format, path])
        let pieces = try CLI.run([command, "--format", format, path], environment: Self.pieces)
        #expect(whole.status == 0 && pieces.status == 0)
        #expect(whole.stdout.count > 1000)
        #expect(pieces.text == whole.text)
    }

    @Test func cleanLabelsInPiecesKeepFileLineNumbers() throws {
        let path = try Self.corpusFile()
        let whole = try CLI.run(["clean", "--format", "labels", path]).text.split(separator: "\n")
        let pieces = try CLI.run(["clean", "--format", "labels", path], environment: Self.pieces).text.split(separator: "\n")
        #expect(pieces.count == whole.count)
        #expect(pieces.map { $0.split(separator: "\t").first } == whole.map { $0.split(separator: "\t").first })
    }

    @Test func invalidUTF8InALaterPieceNamesTheFileOffset() throws {
        var bytes = Array(String(repeating: "Riga di testo.\n", count: 20).utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28, 0x0A]
        let path = try CLI.write(bytes, "late.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", path], environment: Self.pieces)
        #expect(r.status == 65)
        #expect(r.stderr.contains("byte offset \(offset)"))
    }

    /// Every entity and quotation found in pieces must sit at its offsets in the whole file
    /// (each piece is its own context, so the lists may differ from a whole-file run).
    @Test func entitiesAndQuotesInPiecesPointIntoTheWholeFile() throws {
        let path = try Self.corpusFile()
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let big = ["ANALYZE_CHUNK_BYTES": "1500"]
        func check(_ rows: [[String]], text: Int, start: Int, end: Int, byteStart: Int, byteEnd: Int) {
            for f in rows {
                let s = Int(f[start])!, e = Int(f[end])!, bs = Int(f[byteStart])!, be = Int(f[byteEnd])!
                let surface = String(String.UnicodeScalarView(scalars[s..<e]))
                #expect(String(decoding: bytes[bs..<be], as: UTF8.self) == surface)
                #expect(surface == f[text], "\(f)")
            }
        }
        let entities = try CLI.run(["entities", "--format", "tsv", path], environment: big)
        #expect(entities.status == 0)
        let eRows = entities.text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(eRows.count > 30)
        check(Array(eRows), text: 2, start: 3, end: 4, byteStart: 5, byteEnd: 6)
        #expect(eRows.contains { Int($0[5])! > 3000 })  // mentions from later pieces too

        let quotes = try CLI.run(["quotes", "--format", "tsv", "--keep-boilerplate", path], environment: big)
        #expect(quotes.status == 0)
        let qRows = quotes.text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(qRows.count >= 3)
        for f in qRows {
            let s = Int(f[1])!, e = Int(f[2])!, bs = Int(f[3])!, be = Int(f[4])!
            #expect(String(decoding: bytes[bs..<be], as: UTF8.self) == String(String.UnicodeScalarView(scalars[s..<e])))
            #expect(String(String.UnicodeScalarView(scalars[s..<e])).contains(f[15].prefix(10)), "\(f)")
        }

        // The readable table gathers a document's pieces into one table.
        let table = try CLI.run(["entities", path], environment: big)
        #expect(table.text.components(separatedBy: "TYPE ").count == 2)
        let whole = try CLI.run(["entities", path])
        #expect(table.text.contains("OpenAI") && whole.text.contains("OpenAI"))
    }

    @Test func conllInPiecesKeepsTokensAndSentenceBreaks() throws {
        let path = try Self.corpusFile()
        let whole = try CLI.run(["entities", "--format", "conll", path]).text.split(separator: "\n", omittingEmptySubsequences: false)
        let pieces = try CLI.run(["entities", "--format", "conll", path], environment: ["ANALYZE_CHUNK_BYTES": "1500"]).text
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(whole.count > 500)
        #expect(pieces.map { $0.split(separator: "\t").first } == whole.map { $0.split(separator: "\t").first })
    }
}
