import Testing
@testable import Tokenizer

@Suite struct NormalizerTests {
    static let cases: [(String, String)] = [
        ("L’Università", "l'università"),
        ("«Così»", "\"così\""),
        ("„Sì“ ‘no’", "\"sì\" 'no'"),
        ("e\u{0301}", "é"),               // NFC composes
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),            // full case folding, not lowercased()
        ("ca\u{00AD}sa", "casa"),          // soft hyphen removed
        ("zero\u{200B}width", "zerowidth"),
        ("a\u{00A0}b", "a b"),              // no-break space as space
    ]

    @Test(arguments: cases)
    func normalizes(_ c: (String, String)) {
        #expect(Normalizer().normalize(c.0) == c.1)
    }

    @Test func nfkcFoldsCompatibilityForms() {
        #expect(Normalizer(form: .nfkc).normalize("ﬁne Ａ²") == "fine a2")
        #expect(Normalizer(form: .nfc, foldCase: false).normalize("ﬁne") == "ﬁne")
    }

    @Test func keepsCaseWhenAsked() {
        #expect(Normalizer(foldCase: false).normalize("L’Aquila") == "L'Aquila")
    }

    @Test func emojiSequencesSurvive() {
        #expect(Normalizer().normalize("👩‍👩‍👧") == "👩‍👩‍👧")
    }
}
