import Testing
@testable import Tokenizer

@Suite struct MultiwordExpanderTests {
    static let cases: [(String, [String]?)] = [
        ("della", ["di", "la"]), ("dell’", ["di", "l’"]), ("dell'", ["di", "l'"]), ("nel", ["in", "il"]),
        ("Nella", ["In", "la"]), ("col", ["con", "il"]), ("sul", ["su", "il"]), ("agli", ["a", "gli"]),
        ("darglielo", ["dar", "glie", "lo"]), ("farne", ["far", "ne"]), ("considerandoli", ["considerando", "li"]),
        ("punirlo", ["punir", "lo"]), ("casa", nil), ("parlo", nil), ("diversi", nil), ("interne", nil), ("Carlo", nil),
    ]

    @Test(arguments: cases)
    func expands(_ c: (String, [String]?)) {
        #expect(MultiwordExpander().words(for: c.0) == c.1)
    }
}
