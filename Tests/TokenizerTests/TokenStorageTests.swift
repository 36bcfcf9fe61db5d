import Testing
@testable import Tokenizer

/// Tokens keep offsets into their string and compute `text`, `range` and `normalized` on
/// access; these check that what is computed is what was stored before, byte for byte.
@Suite struct TokenStorageTests {
    /// Strings compare by canonical equivalence (`"e\u{301}" == "é"`), so compare bytes.
    func bytes(_ s: some StringProtocol) -> [UInt8] { Array(s.utf8) }

    static let normalizers: [Normalizer] = [
        Normalizer(), Normalizer(foldCase: false), Normalizer(unifyPunctuation: false), Normalizer(form: .nfkc),
        Normalizer(form: .nfkc, foldCase: false, unifyPunctuation: false),
    ]

    @Test(arguments: normalizers)
    func normalizedIsTheNormalizersOutputByteForByte(_ normalizer: Normalizer) throws {
        let tokenizer = try Tokenizer(normalizer: normalizer)
        for text in try PropertyTests.texts() + ["piu\u{301} E\u{300} PERCHÉ L`ALTRO Straße ﬁne Ａ «Sì» l’ISTAT"] {
            for t in tokenizer.tokens(in: text) {
                #expect(bytes(t.normalized) == bytes(normalizer.normalize(t.text)), "\(t.text.debugDescription)")
            }
        }
    }

    /// `storedNormalized` (what byte-level counters read) is nil exactly when the normalized
    /// form is the text itself, and the normalized form otherwise.
    @Test(arguments: normalizers)
    func storedNormalizedIsNilExactlyWhenTheFormIsTheText(_ normalizer: Normalizer) throws {
        let tokenizer = try Tokenizer(normalizer: normalizer)
        for text in try PropertyTests.texts() {
            for t in tokenizer.tokens(in: text) {
                let same = bytes(t.normalized) == bytes(t.text)
                #expect((t.storedNormalized == nil) == same, "\(t.text.debugDescription)")
                if let stored = t.storedNormalized { #expect(bytes(stored) == bytes(t.normalized)) }
            }
        }
    }

    /// `withNormalizedUTF8` (inlined into callers for plain ASCII) hands over the bytes of
    /// `normalized`.
    @Test(arguments: normalizers)
    func withNormalizedUTF8GivesTheNormalizedBytes(_ normalizer: Normalizer) throws {
        let tokenizer = try Tokenizer(normalizer: normalizer)
        for text in try PropertyTests.texts() + ["piu\u{301} E\u{300} PERCHÉ L`ALTRO Straße ﬁne Ａ «Sì» l’ISTAT"] {
            for t in tokenizer.tokens(in: text) {
                var got: [UInt8] = []
                t.withNormalizedUTF8 { got = Array($0) }
                #expect(got == bytes(t.normalized), "\(t.text.debugDescription)")
            }
        }
    }

    /// The bulk form (one call for a document's tokens) gives each token's `normalized`, also
    /// for an array mixing two texts' tokens and for an uppercase word longer than its scratch.
    @Test(arguments: normalizers)
    func forEachNormalizedFormGivesEachTokensNormalized(_ normalizer: Normalizer) throws {
        let tokenizer = try Tokenizer(normalizer: normalizer)
        let long = String(repeating: "ABC", count: 30)
        for text in try PropertyTests.texts() + ["piu\u{301} E\u{300} PERCHÉ L`ALTRO \(long) Straße ﬁne Ａ «Sì» l’ISTAT"] {
            let tokens = tokenizer.tokens(in: text) + tokenizer.tokens(in: "Il GOVERNO di \(long), perché")
            var seen: [[UInt8]] = []
            var order: [Int] = []
            Token.forEachNormalizedForm(of: tokens) { i, form in seen.append(Array(form)); order.append(i) }
            #expect(order == Array(tokens.indices))
            #expect(seen == tokens.map { bytes($0.normalized) })
        }
    }

    /// `NormalizedForms` holds each token's `normalized`, also past its first arrays' size:
    /// `İ` lowers to `i` + U+0307, a byte longer, so twenty of them outgrow the tokens' text.
    @Test(arguments: normalizers)
    func normalizedFormsHoldEachTokensNormalized(_ normalizer: Normalizer) throws {
        let tokenizer = try Tokenizer(normalizer: normalizer)
        let longer = Array(repeating: "İSTANBUL", count: 20).joined(separator: " ")
        for text in try PropertyTests.texts() + ["piu\u{301} E\u{300} PERCHÉ L`ALTRO Straße ﬁne Ａ «Sì» l’ISTAT", longer, ""] {
            let tokens = tokenizer.tokens(in: text)
            let forms = NormalizedForms(of: tokens)
            #expect(forms.count == tokens.count)
            #expect(tokens.indices.map { bytes(forms[$0]) } == tokens.map { bytes($0.normalized) })
            var seen: [[UInt8]] = []
            forms.forEach { i, form in
                #expect(i == seen.count)
                seen.append(Array(form))
            }
            #expect(seen == tokens.map { bytes($0.normalized) })
        }
        let tokens = tokenizer.tokens(in: longer)
        if normalizer.foldCase {
            #expect(tokens.reduce(0) { $0 + $1.normalized.utf8.count } > tokens.reduce(16) { $0 + $1.utf8Range.count })
        }
    }

    @Test func decomposedAccentsAreComposed() throws {
        let t = try Tokenizer().tokens(in: "piu\u{300} PERCHE\u{301}")
        #expect(t.map { bytes($0.normalized) } == [bytes("\u{70}\u{69}\u{F9}"), bytes("perch\u{E9}")])
        #expect(t.map { bytes($0.text) } == [bytes("piu\u{300}"), bytes("PERCHE\u{301}")])
    }

    @Test func textAndRangeAreSlicesOfTheInput() throws {
        let text = "«Sì», disse l’ISTAT 👍 ieri."
        for t in try Tokenizer().tokens(in: text) {
            #expect(t.text.base.utf8.elementsEqual(text.utf8))
            #expect(bytes(text[t.range]) == bytes(t.text))
            #expect(bytes(t.text) == Array(Array(text.utf8)[t.utf8Range]))
        }
    }

    @Test func publicInitKeepsItsNormalizedForm() {
        let text = "Il Dott. Rossi"
        let slice = text.dropFirst(3).prefix(5)
        let t = Token(text: slice, utf8Range: 3..<8, scalarRange: 3..<8, kind: .abbreviation, spaceAfter: true,
                      normalized: "dottore")
        #expect(t.text == "Dott.")
        #expect(t.utf8Range == 3..<8 && t.scalarRange == 3..<8)
        #expect(t.kind == .abbreviation && t.spaceAfter)
        #expect(t.normalized == "dottore")
        #expect(text[t.range] == "Dott.")
        // A form equal to the text is kept as given, not normalized again.
        let same = Token(text: text.suffix(5), utf8Range: 9..<14, scalarRange: 9..<14, kind: .word, spaceAfter: false,
                         normalized: "Rossi")
        #expect(same.normalized == "Rossi" && same.text == "Rossi" && !same.spaceAfter && same.utf8Range == 9..<14)
    }

    @Test func equalTokensHashEqually() throws {
        let tokenizer = try Tokenizer()
        let text = "Dell’azienda, il dott. Rossi"
        let a = tokenizer.tokens(in: text)
        let b = tokenizer.tokens(in: String(decoding: Array(text.utf8), as: UTF8.self))  // another string
        #expect(a == b)
        #expect(Set(a).count == a.count)
        #expect(a.map(\.hashValue) == b.map(\.hashValue))
        #expect(a[0] != a[1])
    }

    @Test func tokensStaySmall() {
        #expect(MemoryLayout<Token>.size <= 48)
    }

    @Test func everyKindRoundTripsThroughItsCode() {
        for kind in Token.Kind.allCases { #expect(Token.Kind(code: kind.code) == kind) }
    }

    /// The byte-keyed tables answer what the String tables answered for `lowerKey`.
    @Test func byteKeySetsAgreeWithStringSets() throws {
        let tables = [ItalianData.abbreviations, ItalianData.apocopes, ItalianData.pseudoAccents,
                      ItalianData.hyphenatedWords, ItalianData.letterLabels, ItalianData.topLevelDomains]
        var probes = tables.flatMap { $0 }.flatMap { [$0, $0.uppercased(), $0.replacingOccurrences(of: "'", with: "’"), $0 + "x", String($0.dropLast())] }
        probes += ["", "a\u{0}", "perchè", "ÈCC", "selfservice-self-service", "p.es.", "D'", "l`"]
        for table in tables {
            let keys = ByteKeySet(table)
            for probe in probes {
                var p = probe
                p.withUTF8 { buf in
                    let b = Bytes(p: buf)
                    #expect(keys.contains(b, 0, buf.count) == table.contains(b.lowerKey(0, buf.count)), "\(probe)")
                }
            }
        }
    }
}
