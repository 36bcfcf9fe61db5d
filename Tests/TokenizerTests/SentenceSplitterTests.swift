import Testing
@testable import Tokenizer

@Suite struct SentenceSplitterTests {
    let tokenizer = try! Tokenizer()
    let splitter = try! SentenceSplitter()

    func sentences(_ text: String) -> [String] {
        splitter.sentences(in: text, tokens: tokenizer.tokens(in: text)).map { String(text[$0.range]) }
    }

    static let cases: [(String, [String])] = [
        ("Il Dott. Rossi è arrivato. Poi è andato via.", ["Il Dott. Rossi è arrivato.", "Poi è andato via."]),
        ("Lavora per Eni S.p.A. da anni. Ora basta.", ["Lavora per Eni S.p.A. da anni.", "Ora basta."]),
        ("Lo scrisse J. R. R. Tolkien nel 1954.", ["Lo scrisse J. R. R. Tolkien nel 1954."]),
        ("«Davvero?» chiese Anna. «Sì.» Poi tacque.", ["«Davvero?» chiese Anna.", "«Sì.»", "Poi tacque."]),
        ("Ha detto: “Non siamo cavie.” Lo ha ripetuto.", ["Ha detto:", "“Non siamo cavie.”", "Lo ha ripetuto."]),
        ("Titolo senza punto\nIl testo comincia qui.", ["Titolo senza punto", "Il testo comincia qui."]),
        ("Era finita.Il giorno dopo ripartì.", ["Era finita.", "Il giorno dopo ripartì."]),
        ("Si legge a pag. 5 del testo.", ["Si legge a pag. 5 del testo."]),
        ("Ma ecco il colpo di scena: alcuni artisti parlano.", ["Ma ecco il colpo di scena: alcuni artisti parlano."]),
        ("858. Comprensorio di bonifica.", ["858. Comprensorio di bonifica."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: (String, [String])) {
        #expect(sentences(c.0) == c.1)
    }

    @Test func sentenceOffsetsMatchTheirText() {
        let text = "Più città. Altre due."
        let s = splitter.sentences(in: text, tokens: tokenizer.tokens(in: text))
        #expect(s.map(\.scalarRange) == [0..<10, 11..<21])
        #expect(s.map(\.utf8Range) == [0..<12, 13..<23])
    }
}
