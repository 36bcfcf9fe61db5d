import Foundation
import Testing

/// The rest of the CLI's bad-input matrix (issue 7): malformed CoNLL, a UTF-8 BOM, one very long
/// line, and a bad file in the middle of a corpus run.
@Suite struct BadInputMatrixTests {
    @Test func malformedConllLineIsNamedWithItsLineNumber() throws {
        let path = try CLI.write(Array("Mario\tB-PER\n\tB-PER\nRossi\tI-PER\n".utf8), "bad.conll", in: try CLI.tempDirectory())
        let r = try CLI.run(["entities", "--input", "conll", path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.conll:2:"))
        #expect(r.stderr.contains("empty token column"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }

    @Test func utf8BOMIsKeptAndCountedInOffsets() throws {
        let text = "\u{FEFF}Il presidente Sergio Mattarella è a Roma."
        let path = try CLI.write(Array(text.utf8), "bom.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["tokens", "--format", "tsv", path])
        #expect(r.status == 0)
        // Offsets are on the text as given, BOM included (what Python's utf-8 decoding keeps).
        let first = r.text.split(separator: "\n").dropFirst().first.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(first?.first == "1")  // start of "Il"
        #expect(first?.dropFirst(6).first == "Il")
        let scalars = Array(text.unicodeScalars)
        let entities = try CLI.run(["entities", "--format", "tsv", path])
        var checked = 0
        for line in entities.text.split(separator: "\n").dropFirst() {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let surface = cols.first(where: { $0 == "Sergio Mattarella" || $0 == "Roma" }),
                  let i = cols.firstIndex(of: surface), cols.count > i + 2,
                  let start = Int(cols[i + 1]), let end = Int(cols[i + 2]) else { continue }
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == surface)
            checked += 1
        }
        #expect(checked >= 1, "no entity row with offsets to check")
        #expect(entities.text.contains("Mattarella"))
    }

    @Test func oneVeryLongLineIsTokenizedWhole() throws {
        // 3 MB without a line break: read in pieces, cut only at white space, nothing lost.
        let sentence = "L’azienda ha pubblicato il modello a Milano e l’annuncio è arrivato ieri. "
        let count = 3_000_000 / sentence.utf8.count
        let path = try CLI.write(Array(String(repeating: sentence, count: count).utf8), "line.txt", in: try CLI.tempDirectory())
        let r = try CLI.run(["freq", "--format", "tsv", "--keep-boilerplate", path])
        #expect(r.status == 0)
        let row = r.text.split(separator: "\n").first { $0.hasPrefix("annuncio\t") }
        #expect(row?.split(separator: "\t").dropFirst().first == Substring(String(count)))
    }

    @Test func badFileInADirectoryIsReportedAndTheRunGoesOn() throws {
        let dir = try CLI.tempDirectory()
        _ = try CLI.write(Array("Primo documento.".utf8), "a.txt", in: dir)
        _ = try CLI.write(Array("Rotto ".utf8) + [0xFF, 0xFE, 0x00], "b.txt", in: dir)
        _ = try CLI.write(Array("Terzo documento.".utf8), "c.txt", in: dir)
        let r = try CLI.run(["tokens", dir.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("b.txt"))
        #expect(r.text.contains("Primo"))
        #expect(r.text.contains("Terzo"))
        #expect(!r.text.contains("Rotto"))
    }
}

/// `entities --input conll` groups sentences into documents as `eval ner` does; each group's
/// tags land on its own tokens.
@Suite struct ConllDocumentGroupingTests {
    @Test(arguments: ["1", "2", "0"])
    func tagsLandOnTheirTokensWhateverTheGrouping(_ group: String) throws {
        let conll = "Oggi\tO\npiove\tO\n.\tO\n\nDomani\tO\npure\tO\n.\tO\n\nIeri\tO\nSam\tO\nAltman\tO\nera\tO\na\tO\nRoma\tO\n.\tO\n"
        let path = try CLI.write(Array(conll.utf8), "groups.conll", in: try CLI.tempDirectory())
        let r = try CLI.run(["entities", "--input", "conll", "--document-sentences", group, path])
        #expect(r.status == 0)
        let lines = r.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { !$0.isEmpty }.count == 13)
        #expect(lines.contains("Sam\tB-PER") && lines.contains("Altman\tI-PER") && lines.contains("Roma\tB-LOC"), "\(lines)")
        #expect(lines.filter { $0.hasSuffix("-PER") || $0.hasSuffix("-LOC") }.count == 3)
    }
}

/// `eval ner --document-sentences 0` scores the whole file as one document (it used to loop forever).
@Suite struct EvalWholeFileTests {
    @Test func zeroMeansTheWholeFile() throws {
        let gold = "Ieri\tO\nSam\tB-PER\nAltman\tI-PER\nera\tO\na\tO\nRoma\tB-LOC\n.\tO\n\nOggi\tO\npiove\tO\n.\tO\n"
        let path = try CLI.write(Array(gold.utf8), "gold.tsv", in: try CLI.tempDirectory())
        let r = try CLI.run(["eval", "ner", "--document-sentences", "0", path])
        #expect(r.status == 0)
        #expect(r.text.contains("2 sentences, 10 tokens"), "\(r.text)")
        #expect(r.text.contains("\nmicro\t"))
    }
}
