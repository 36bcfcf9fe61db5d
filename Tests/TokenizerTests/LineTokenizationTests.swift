import Testing
@testable import Tokenizer

/// `tokens(in:lines:)` gives, for the lines asked, exactly the tokens `tokens(in:)` gives there.
@Suite struct LineTokenizationTests {
    static let tokenizer = try! Tokenizer()

    /// The UTF-8 ranges of `text`'s lines, without their line breaks.
    static func lineRanges(_ text: String) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for (i, b) in text.utf8.enumerated() where b == 0x0A { out.append(start..<i); start = i + 1 }
        out.append(start..<text.utf8.count)
        return out
    }

    static func same(_ a: Token, _ b: Token) -> Bool {
        a.utf8Range == b.utf8Range && a.scalarRange == b.scalarRange && a.kind == b.kind && a.spaceAfter == b.spaceAfter
            && a.text == b.text && a.normalized == b.normalized
    }

    @Test func everyOtherLineAndRunsOfLinesMatchTheWholeText() throws {
        let extra = ["Città più bella 👍🏽 è qui\nMENU HOME\n«Sì», disse l’ISTAT.\n\nwww.corriere.it/x è l’URL\nFine",
                     "date 2024-11 L’annuncio di Sora\nsecond line", "solo una riga senza a capo"]
        var rng = SystemRandomNumberGenerator()
        for text in try PropertyTests.texts() + extra {
            let whole = Self.tokenizer.tokens(in: text)
            let lines = Self.lineRanges(text)
            var choices: [[Range<Int>]] = [lines, lines.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                                          lines.filter { _ in Bool.random(using: &rng) }]
            // A line's tail after a space (after a metadata field's name).
            if let first = lines.first, whole.count > 1, whole[0].spaceAfter, first.contains(whole[1].utf8Range.lowerBound) {
                let second = whole[1]
                choices.append([second.utf8Range.lowerBound..<first.upperBound] + lines.dropFirst())
            }
            for chosen in choices {
                let got = Self.tokenizer.tokens(in: text, lines: chosen)
                var k = 0
                let expected = whole.filter { t in
                    while k < chosen.count && chosen[k].upperBound <= t.utf8Range.lowerBound { k += 1 }
                    return k < chosen.count && chosen[k].contains(t.utf8Range.lowerBound)
                }
                #expect(got.count == expected.count, "\(text.prefix(60).debugDescription)")
                #expect(zip(got, expected).allSatisfy(Self.same), "\(text.prefix(60).debugDescription) \(chosen.prefix(3))")
            }
        }
    }

    @Test func rangesOutOfOrderAreSkippedAndOthersClamped() {
        let text = "uno due\ntre quattro"
        #expect(Self.tokenizer.tokens(in: text, lines: [8..<19, 0..<7, 30..<40, 5..<5]).map(\.text) == ["tre", "quattro"])
        #expect(Self.tokenizer.tokens(in: text, lines: [-3..<4, 8..<100]).map(\.text) == ["uno", "tre", "quattro"])
        #expect(Self.tokenizer.tokens(in: "", lines: [0..<0]).isEmpty)
    }

    /// A range that starts or ends inside a character gives whole characters, with the offsets
    /// of the whole text: never a piece of a scalar.
    @Test func rangesInsideCharactersGiveWholeCharacters() {
        let text = "èè città\nà perché l’ISTAT 👍🏽 fine\n"
        let utf8 = Array(text.utf8)
        for lo in 0..<utf8.count {
            for hi in lo...utf8.count {
                for t in Self.tokenizer.tokens(in: text, lines: [lo..<hi]) {
                    let piece = String(decoding: utf8[t.utf8Range], as: UTF8.self)
                    #expect(String(t.text) == piece && !piece.contains("\u{FFFD}"))
                    #expect(t.scalarRange.count == piece.unicodeScalars.count)
                    #expect(t.scalarRange.lowerBound == String(decoding: utf8[..<t.utf8Range.lowerBound], as: UTF8.self).unicodeScalars.count)
                }
            }
        }
    }
}
