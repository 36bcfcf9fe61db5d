import NER
import Testing

/// Pathological inputs (scripts/pathological.sh) and fuzz finds (Fuzz/FuzzQuotes, FuzzNER) for
/// the NER module, kept as tests on the exact text.
@Suite struct NERRegressionTests {
    /// Quotations are sorted, and two of them are either apart or one inside the other.
    func expectNested(_ quotes: [Quote], sourceLocation: SourceLocation = #_sourceLocation) {
        var enclosing: [Quote] = []
        for q in quotes {
            while let top = enclosing.last, top.utf8End <= q.utf8Start { enclosing.removeLast() }
            if let top = enclosing.last {
                #expect(q.utf8End <= top.utf8End, "quotation crosses its enclosing one", sourceLocation: sourceLocation)
            }
            #expect(q.depth == enclosing.count, sourceLocation: sourceLocation)
            enclosing.append(q)
        }
    }

    /// 1000 nested `«…»` made 1000 quotations each holding all the text inside it: quadratic
    /// time and memory (10^6 levels took minutes and gigabytes). Nesting is now capped.
    @Test func deepNestingIsCapped() {
        let text = String(repeating: "«", count: 1000) + "x" + String(repeating: "»", count: 1000)
        let quotes = QuoteDetector().quotes(in: text)
        #expect(!quotes.isEmpty)
        #expect(quotes.count <= 32)
        #expect(quotes.map(\.depth).max() ?? 0 < 16)
        expectNested(quotes)
    }

    /// A run of closing marks with no opener: each one used to scan back over all the others.
    @Test(arguments: [
        "Ha detto basta" + String(repeating: "»", count: 2000),
        "Ha detto basta” e poi” ancora”",
    ])
    func strayClosersStayWellFormed(_ text: String) {
        expectNested(QuoteDetector().quotes(in: text))
    }

    /// Ordinary nesting (three levels) is untouched by the cap.
    @Test func ordinaryNestingKept() {
        let quotes = QuoteDetector().quotes(in: "Disse: «Lui mi ha scritto: “Ho letto ‘Il nome della rosa’ ieri”».")
        #expect(quotes.map(\.depth).max() == 2)
        expectNested(quotes)
    }

    /// FuzzQuotes, crash-38831426 (minimized): a straight `"` ended unclosed at the line break
    /// while the mojibake `â€` opened after it stayed open and closed on the next line, so the
    /// inner quotation crossed the outer one.
    @Test(arguments: [
        "\"\u{E2}\u{20AC}e\n\u{E2}\u{20AC}",
        "Disse \"â€ciao\nâ€ poi",
    ])
    func innerQuoteNeverOutlivesItsContainer(_ text: String) {
        expectNested(QuoteDetector().quotes(in: text))
    }

    /// FuzzQuotes, crash-cabdf943 (minimized): an unclosed quotation cut before `, dice` cut
    /// through the quotation nested in it, and the two crossed.
    @Test(arguments: [
        "â€a:\"m,dice\"",
        "«Ha detto \"basta, dice lui\" e poi",
        "«Tutto bene, ha detto Rossi.",
    ])
    func trimmedQuoteNeverCrossesANestedOne(_ text: String) {
        expectNested(QuoteDetector().quotes(in: text))
    }
}
