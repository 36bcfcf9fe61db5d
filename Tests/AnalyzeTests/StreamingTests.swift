import Foundation
import Testing

/// Large files are read in pieces cut at line breaks (`tokens`, `clean`); the output must be the
/// same as reading the file whole: offsets and line numbers relative to the whole file.
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

    @Test(arguments: ["text", "tsv", "jsonl"]) func tokensInPiecesMatchWholeFile(format: String) throws {
        let path = try Self.corpusFile()
        let whole = try CLI.run(["tokens", "--format", format, path])
        let pieces = try CLI.run(["tokens", "--format", format, path], environment: Self.pieces)
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
}
