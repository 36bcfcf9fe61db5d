import Testing
import Tokenizer
@testable import NER

/// Tagging only some lines (the main text a boilerplate filter keeps), and names that stop at
/// line breaks.
@Suite struct MainTextTaggingTests {
    static let page = "Home\nRoma Milano Napoli Torino\nIl sindaco Roberto Gualtieri ha parlato a Roma con Sam Altman.\nSeguici su Facebook\n"

    @Test func onlyTheGivenLinesAreTaggedAndTokenRangesIndexTheWholeArray() throws {
        let text = Self.page
        let tokens = Fixture.tokenizer.tokens(in: text)
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        let utf8 = Array(text.utf8)
        var start = 0
        var ranges: [Range<Int>] = []
        for l in lines { ranges.append(start..<start + l.count); start += l.count + 1 }
        let main = [ranges[2]]
        let mentions = Fixture.recognizer.entities(in: tokens, text: text, within: main)
        #expect(mentions.contains { $0.text == "Roberto Gualtieri" && $0.label == .person })
        #expect(mentions.contains { $0.text == "Sam Altman" })
        for m in mentions {
            #expect(main[0].contains(m.utf8Range.lowerBound) && m.utf8Range.upperBound <= main[0].upperBound, "\(m.text)")
            let a = tokens[m.tokenRange.lowerBound], b = tokens[m.tokenRange.upperBound - 1]
            #expect(String(decoding: utf8[a.utf8Range.lowerBound..<b.utf8Range.upperBound], as: UTF8.self) == String(m.text))
        }
        // Every line given: the same as tagging the whole text.
        let all = Fixture.recognizer.entities(in: tokens, text: text, within: ranges)
        let whole = Fixture.recognizer.entities(in: tokens, text: text)
        #expect(all.map(\.utf8Range) == whole.map(\.utf8Range) && all.map(\.tokenRange) == whole.map(\.tokenRange))
    }

    @Test(arguments: [
        "Ha scritto Virgilio Chelli\nAllianzGI Investors ha chiuso il trimestre.",
        "Intervista a Mario Rossi\nGiovanni Bianchi risponde.",
        "ROMA\nGiuseppe Conte ha parlato.",
    ])
    func namesDoNotRunOverLineBreaks(_ text: String) {
        let mentions = Fixture.recognizer.entities(in: Fixture.tokenizer.tokens(in: text), text: text)
        #expect(!mentions.isEmpty)
        for m in mentions { #expect(!m.text.contains("\n"), "\(m.text.debugDescription)") }
    }

    /// A span the tagger ran over a line break (`USA\nJadon`, seen in the corpus document)
    /// ends at the break; spans within a line stay as they are.
    @Test func spansAreCutAtTheFirstLineStart() {
        let view = Fixture.view("Separati negli USA\nJadon e Anias McDonald")
        #expect(view.has(3, DocumentView.Flag.lineStart) && !view.has(2, DocumentView.Flag.lineStart))
        var spans = [Candidate(tokens: 2..<4, label: .location, priority: 0, source: "tagger"),
                     Candidate(tokens: 5..<7, label: .person, priority: 0, source: "tagger")]
        EntityRecognizer.cutAtLineBreaks(&spans, view)
        #expect(spans.map(\.tokens) == [2..<3, 5..<7])
    }
}
