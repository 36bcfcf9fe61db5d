import Testing
import NER

@Suite struct ScorerTests {
    @Test func tokenAndSpanScores() {
        var s = NERScorer()
        s.add(gold: ["B-PER", "I-PER", "O", "B-LOC"], predicted: ["B-PER", "O", "O", "B-ORG"])
        #expect(s.tokens["PER"] == .init(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(s.tokens["LOC"] == .init(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        #expect(s.tokens["ORG"] == .init(truePositives: 0, falsePositives: 1, falseNegatives: 0))
        #expect(s.spans["PER"] == .init(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(abs(s.tokenMicro.precision - 0.5) < 1e-9)
        #expect(abs(s.tokenMicro.recall - 1.0 / 3.0) < 1e-9)
    }

    @Test func spansFromBIOAndIO() {
        #expect(NERScorer.spans(["B-PER", "I-PER", "B-PER", "O", "I-LOC", "I-LOC"]) ==
                [["0", "2", "PER"], ["2", "3", "PER"], ["4", "6", "LOC"]])
    }

    @Test func conllReaderKeepsSentences() throws {
        let d = try ConllDocument(parsing: "Mario\tB-PER\nRossi\tI-PER\n\n# comment\nciao\tO\n#\tO\n")
        #expect(d.sentences == [["Mario", "Rossi"], ["ciao", "#"]])
        #expect(d.tags == [["B-PER", "I-PER"], ["O", "O"]])
        let p = PretokenizedText(sentences: d.sentences)
        #expect(p.text == "Mario Rossi\nciao #")
        #expect(p.tokens.map(\.start) == [0, 6, 12, 17])
        #expect(p.sentences == [0..<2, 2..<4])
    }
}

/// `ConllDocument.documentRanges(of:)`: the grouping `eval ner`, `train-ner` and `entities
/// --input conll` share; 0 (or less) means the whole file, never an endless loop.
@Suite struct ConllDocumentRangesTests {
    static let five = try! ConllDocument(parsing: "a\n\nb\n\nc\n\nd\n\ne\n")

    @Test(arguments: [(2, [0..<2, 2..<4, 4..<5]), (5, [0..<5]), (9, [0..<5]), (0, [0..<5]), (-3, [0..<5])])
    func ranges(_ c: (Int, [Range<Int>])) {
        #expect(Self.five.documentRanges(of: c.0) == c.1)
        #expect(Self.five.documents(of: c.0).map(\.sentenceOffset) == c.1.map(\.lowerBound))
    }

    @Test func emptyFileHasNoDocuments() throws {
        #expect(try ConllDocument(parsing: "").documentRanges(of: 0).isEmpty)
    }
}
