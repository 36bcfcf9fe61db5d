import Testing
@testable import Tokenizer

/// The sentence-break rules at token gaps must agree with ICU's sentence iterator exactly.
@Suite struct SentenceBreakRulesTests {
    let tokenizer = try! Tokenizer()
    let splitter = try! SentenceSplitter()

    func disagreements(_ text: String) -> [String] {
        let tokens = tokenizer.tokens(in: text)
        return splitter.ruleDisagreements(in: text, tokens: tokens).map { j in
            String(tokens[max(0, j - 2)].text) + " ‖ " + String(tokens[j].text)
        }
    }

    @Test func agreeWithICUOnTheSeeds() throws {
        for seed in try Repo.seeds() { #expect(disagreements(seed.text) == [], "\(seed.name)") }
    }

    /// The splitter skips gaps of at most one space after an ASCII letter or digit: the rules
    /// never break there, and no colon or period precedes them (the splitter's other checks).
    @Test func plainGapsNeverBreak() throws {
        var plain = 0
        for text in try Repo.seeds().map(\.text) + PropertyTests.texts() + Self.tricky {
            let tokens = tokenizer.tokens(in: text)
            var copy = text
            copy.withUTF8 { buf in
                let bytes = Bytes(p: buf)
                for j in tokens.indices.dropFirst() {
                    let gapStart = tokens[j - 1].utf8Range.upperBound, gapEnd = tokens[j].utf8Range.lowerBound
                    guard SentenceSplitter.isPlainGap(buf, gapStart, gapEnd) else { continue }
                    plain += 1
                    #expect(SentenceBreakRules.breaks(bytes, gapStart: gapStart, gapEnd: gapEnd) == false, "\(tokens[j - 1].text) ‖ \(tokens[j].text)")
                    #expect(!tokens[j - 1].isASCII(0x3A) && !tokens[j - 1].isASCII(0x2E))
                }
            }
        }
        #expect(plain > 1000)
    }

    static let tricky: [String] = [
        "Era il 3.14 e U.S.A. dissero: no. Poi? Sì! «Davvero?» chiese. «Sì.» Poi (forse.) Ecco.",
        "Fine.» Inizio. Fine.)» e poi. Fine… Poi. Fine... e poi. Fine.” Poi, “Ah.” lui.",
        "Vedi p. 5, cap. 2; fig. 3 — nota. Il 2. luglio. Il dott. rossi. Alle 5.30. V. Emanuele.",
        "Perché?! Mah.. Boh.\u{00A0}Poi.\u{2003}Ancora. (Nota.) [Fine.] {x.} 'a.' B.",
        "È così. è così. À la. Über. Ωmega. ωmega. 中文。 Ok. x.– y. z.— W. a.- B.",
        "Il sito è www.esempio.it. Scrivi a a@b.it. Poi #tag. @user. 10.000 euro. 3. 4.",
        "Disse: «no». Poi: «sì.» Quindi «forse?» e «mai!» Fine.‘ Bah.’ Eh.",
        "Fine." + String(repeating: "»", count: 200) + " Poi. x." + String(repeating: " 1", count: 100) + " e poi.",
    ]

    @Test func longRunsAreLeftToICU() {
        // Past maxWalk characters the rules answer nil (ICU decides): no gap costs more than that.
        let text = "Fine." + String(repeating: "»", count: 3 * SentenceBreakRules.maxWalk) + " Poi."
        let tokens = tokenizer.tokens(in: text)
        var copy = text
        let answers: [Bool?] = copy.withUTF8 { buf in
            tokens.indices.dropFirst().map { j in
                SentenceBreakRules.breaks(Bytes(p: buf), gapStart: tokens[j - 1].utf8Range.upperBound, gapEnd: tokens[j].utf8Range.lowerBound)
            }
        }
        #expect(answers.contains { $0 == nil })
        #expect(answers.contains { $0 != nil })
    }

    @Test(arguments: tricky)
    func agreeWithICUOnTrickyText(_ text: String) {
        #expect(disagreements(text) == [])
    }

    @Test func agreeWithICUOnRandomText() {
        let palette: [String] = ["a", "B", "è", "È", "1", ".", "?", "!", "…", " ", " ", "\u{00A0}", ",", ";", ":", "-", "–",
                                 "«", "»", "“", "”", "‘", "’", "\"", "'", "(", ")", "[", "]", "x", "Y", "ω", "中", "。", "\u{301}", "%", "/"]
        var rng = SeededGenerator(seed: 0x5EED)
        for _ in 0..<3000 {
            let n = 4 + Int(rng.next() % 24)
            let text = (0..<n).map { _ in palette[Int(rng.next() % UInt64(palette.count))] }.joined()
            #expect(disagreements(text) == [], "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
