import Foundation
import Testing
@testable import NER
import Tokenizer

/// DocumentView's capitalized flag for words that start with a non-ASCII letter: the table
/// for Latin letters gives `Character.isUppercase` of the token's first character.
@Suite struct DocumentViewTests {
    @Test func nonASCIIFirstLettersAgreeWithCharacter() {
        let followers = ["", "a", "lto", "\u{301}", "\u{300}x", "É", "\u{200D}a", "\u{20D0}", "\u{FE0F}", "1", "’", "ß"]
        var checked = 0
        for v in Array(0x80...0x24F) + Array(0x2000...0x207F) {
            for next in followers {
                let text = String(Unicode.Scalar(UInt32(v))!) + next + " fine"
                for t in Fixture.tokenizer.tokens(in: text) where t.utf8Range.lowerBound == 0 {
                    let fast = Array(t.text.utf8).withUnsafeBufferPointer { DocumentView.startsUppercase(t, $0) }
                    #expect(fast == (t.text.first?.isUppercase ?? false), "\(text.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked >= 3000)
    }

    @Test func uppercaseTablesAreCharactersAnswer() {
        for v in 0x80...0x24F {
            #expect(DocumentView.bit(DocumentView.latinUppercase, v - 0x80) == Character(Unicode.Scalar(UInt32(v))!).isUppercase,
                    "U+\(String(v, radix: 16))")
        }
        for v in 0x2000...0x207F {
            #expect(DocumentView.bit(DocumentView.punctuationUppercase, v - 0x2000) == Character(Unicode.Scalar(UInt32(v))!).isUppercase,
                    "U+\(String(v, radix: 16))")
        }
    }

    /// The view's normalized forms are the tokens' own, on the seeds and on a text whose
    /// forms are longer than the text (İ lowers to i + U+0307); the recognizer gives the same
    /// mentions with forms handed to it, and ignores forms of other tokens.
    @Test(arguments: ["İİİ İSTANBUL İZMİR e ﬁne", "seeds/000_7ee37ed4f19f2e71.txt", "seeds/003_d6f6e4ab7d8aeca8.txt"])
    func formsAreTheTokensNormalizedForms(_ source: String) throws {
        let text = source.hasPrefix("seeds/")
            ? try String(contentsOf: Fixture.packageRoot.appendingPathComponent(source), encoding: .utf8) : source
        let tokens = Fixture.tokenizer.tokens(in: text)
        let view = DocumentView(tokens: tokens, text: text, lexicons: Fixture.lexicons)
        #expect(view.normalized.count == tokens.count)
        for i in tokens.indices { #expect(view.normalized[i] == tokens[i].normalized, "\(tokens[i].text)") }
        let recognizer = EntityRecognizer(lexicons: Fixture.lexicons)
        let plain = recognizer.entities(in: tokens, text: text)
        #expect(recognizer.entities(in: tokens, text: text, forms: NormalizedForms(of: tokens)) == plain)
        #expect(recognizer.entities(in: tokens, text: text, forms: NormalizedForms(of: Array(tokens.dropLast()))) == plain)
        if !source.hasPrefix("seeds/") {
            #expect(tokens.reduce(0) { $0 + $1.normalized.utf8.count } > text.utf8.count)
        }
    }
}
