import Testing
@testable import NER

/// One test per quotation convention and per distractor the issue lists.
@Suite struct QuoteDetectorTests {
    let detector = QuoteDetector()

    /// The quoted texts found in `s`.
    func texts(_ s: String) -> [String] { detector.quotes(in: s).map(\.text) }

    @Test(arguments: [
        ("Ha detto: “Basta così” e se ne è andato.", "“", "”"),
        ("Ha detto: «Basta così» e se ne è andato.", "«", "»"),
        ("Ha detto: „Basta così“ e se ne è andato.", "„", "“"),
        ("Ha detto: \"Basta così\" e se ne è andato.", "\"", "\""),
        ("Ha detto: ‹Basta così› e se ne è andato.", "‹", "›"),
        ("Ha detto: ‘Basta così’ e se ne è andato.", "‘", "’"),
        ("Ha detto: 'Basta così' e se ne è andato.", "'", "'"),
    ])
    func pairedMarks(text: String, open: String, close: String) {
        let q = detector.quotes(in: text)
        #expect(q.count == 1)
        #expect(q.first?.text == "Basta così")
        #expect(q.first?.open == open)
        #expect(q.first?.close == close)
        #expect(q.first?.repairs == [])
    }

    @Test func closingMarkWrittenAsOpener() {
        let q = detector.quotes(in: "OpenAI li usava come “tester di bug gratuiti, burattini per le PR“, senza riconoscerlo.")
        #expect(q.map(\.text) == ["tester di bug gratuiti, burattini per le PR"])
        #expect(q.first?.close == "“")
        #expect(q.first?.repairs == [.mispaired])
    }

    @Test func missingOpenerRecoveredAtParagraphStart() {
        let s = "Primo paragrafo.\n\nNon siamo solo tester di bug gratuiti o fonte di dati“, si legge nella missiva."
        let q = detector.quotes(in: s)
        #expect(q.map(\.text) == ["Non siamo solo tester di bug gratuiti o fonte di dati"])
        #expect(q.first?.open == "")
        #expect(q.first?.repairs == [.missingOpen])
        #expect(q.first?.start == 18)  // the first quoted character
        #expect(q.first?.speaker?.text == "missiva")
        #expect(q.first?.verb == "si legge")
    }

    @Test func missingOpenerRecoveredAfterColon() {
        let q = detector.quotes(in: "La lettera è chiara: basta con lo sfruttamento”. Poi il silenzio.")
        #expect(q.map(\.text) == ["basta con lo sfruttamento"])
        #expect(q.first?.repairs == [.missingOpen])
    }

    @Test func missingCloserAtParagraphEnd() {
        let s = "Lei rispondeva: \"Perciò l'avrebbe fatto comunque?\nrep\nAltro paragrafo."
        let q = detector.quotes(in: s)
        #expect(q.map(\.text) == ["Perciò l'avrebbe fatto comunque?"])
        #expect(q.first?.repairs == [.missingClose])
        #expect(q.first?.close == "")
    }

    @Test func missingCloserStopsBeforeAttribution() {
        let q = detector.quotes(in: "«Se si arriva alla settima volta si sbaglia stile di vita, ha aggiunto Salvini.\nAltro.")
        #expect(q.map(\.text) == ["Se si arriva alla settima volta si sbaglia stile di vita"])
        #expect(q.first?.speaker?.text == "Salvini")
    }

    @Test func quoteSpanningSentencesAndLines() {
        let s = "Ha scritto: \"Noi abbiamo voglia di risolvere i problemi. Stiamo lottando.\nIntanto qualcuno gioca. Ne risponderà\". Fine."
        let q = detector.quotes(in: s)
        #expect(q.count == 1)
        #expect(q.first?.text == "Noi abbiamo voglia di risolvere i problemi. Stiamo lottando.\nIntanto qualcuno gioca. Ne risponderà")
    }

    @Test func quoteSpanningParagraphsReopenedWithGuillemet() {
        let s = "Disse: «Primo paragrafo del discorso.\n«Secondo paragrafo del discorso». Fine."
        let q = detector.quotes(in: s)
        #expect(q.count == 1)
        #expect(q.first?.text.hasPrefix("Primo paragrafo") == true)
        #expect(q.first?.text.hasSuffix("Secondo paragrafo del discorso") == true)
    }

    @Test func nestedQuotes() {
        let q = detector.quotes(in: "Scrive: «Sono cresciuto con la “paura” di morire giovane», e basta.")
        #expect(q.map(\.text) == ["Sono cresciuto con la “paura” di morire giovane", "paura"])
        #expect(q.map(\.depth) == [0, 1])
        #expect(q[1].kind == .term)
    }

    @Test(arguments: [
        "L’annuncio dell’azienda c’è stato, un po’ tardi, all’inizio degli anni ’80.",
        "Un po' di entusiasmo gli tornò, dell'8 febbraio, l'80 per cento, dall’8% al 19%.",
        "E' arrivato il tempo, perche' e' facile: Pelu' e Sofa' lo sanno.",
        "Siamo rimaste un po 'sorprese dal casting, l' ha fatto ancora.",
        "La storia del '900 e gli anni '80 in un libro.",
        "Uno schermo da 24\" e un tempo di 19\"72 sul giro.",
        "Il monitor da 27″ costa poco.",
        "Blowin' in the wind è una canzone del '63.",
    ])
    func distractorsAreNotQuotes(text: String) {
        #expect(detector.quotes(in: text).isEmpty, "\(detector.quotes(in: text).map(\.text))")
    }

    @Test func elidedWordRightBeforeMark() {
        #expect(texts("Il boom dell’“AI” generativa e la danza dell’«ancora, ancora».") == ["AI", "ancora, ancora"])
        #expect(texts("È stato soprannominato l’«angelo dei trapianti» da tutti.") == ["angelo dei trapianti"])
    }

    @Test func inchMarkInsideAQuotationDoesNotBreakIt() {
        #expect(texts("Disse: «Ho comprato un monitor da 24\" ieri». Fine.") == ["Ho comprato un monitor da 24\" ieri"])
    }

    @Test func mojibakeMarksAreReadAndFlagged() {
        let q = detector.quotes(in: "Dice Amadeus: â€œquattro anni fa tra le maniâ€\u{9D} e poi ride.")
        #expect(q.map(\.text) == ["quattro anni fa tra le mani"])
        #expect(q.first?.repairs.contains(.mojibake) == true)
        #expect(Mojibake.count(in: "tutto â€“ d'ora in avanti") == 1)
        #expect(Mojibake.count(in: "tutto – d'ora in avanti") == 0)
    }

    @Test func mojibakeDashesAreNotQuotes() {
        // `â€“` and `â€”` end in the cp1252 reading of “ and ”.
        #expect(texts("questa sera dopodiché â€“ d'ora in avanti â€“ io ti dirò â€” Francesco") == [])
    }

    @Test func mispairedStraightAndCurly() {
        let q = detector.quotes(in: "Ha dichiarato \"Bologna è solidale con lui”. Poi altro.")
        #expect(q.map(\.text) == ["Bologna è solidale con lui"])
        #expect(q.first?.repairs == [.mispaired])
    }

    @Test func offsetsAreScalarsAndBytes() {
        let s = "Città 🇮🇹: «Sì, è così»."
        let q = detector.quotes(in: s)
        #expect(q.count == 1)
        let scalars = Array(s.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[q[0].start..<q[0].end])) == "«Sì, è così»")
        let bytes = Array(s.utf8)
        #expect(String(decoding: bytes[q[0].utf8Start..<q[0].utf8End], as: UTF8.self) == "«Sì, è così»")
    }

    @Test func restrictingToMainLinesKeepsDocumentOffsets() {
        let s = "Menu \"Accedi\"\nIl ministro ha detto: «Basta così».\nCookie \"OK\""
        let mainLine = 15..<(15 + "Il ministro ha detto: «Basta così».".utf8.count)
        let q = detector.quotes(in: s, within: [mainLine])
        #expect(q.map(\.text) == ["Basta così"])
        #expect(q.first?.start == detector.quotes(in: s).first { $0.text == "Basta così" }?.start)
        #expect(detector.quotes(in: s).count == 3)
    }

    @Test func hostileAndDegenerateInputDoesNotCrash() {
        let samples = ["", "\"", "«", "»", "“", "”", "'", "’", "\n\n\"\n", "«««»»»", "\"\"\"\"", "a\"b\"c", "â€", "â€\n", "« \n » \" \n",
                       String(repeating: "«a “b ‘c", count: 200)]
        for s in samples {
            for q in detector.quotes(in: s) {
                #expect(q.start <= q.end && q.end <= s.unicodeScalars.count)
                #expect(q.utf8Start <= q.utf8End && q.utf8End <= s.utf8.count)
            }
        }
    }

    @Test func randomMarkSoupKeepsRangesValid() {
        var rng = SplitMix64(seed: 42)
        let alphabet: [String] = ["«", "»", "“", "”", "„", "‘", "’", "'", "\"", " ", "\n", "a", "è", ".", ",", ":", "-", "2", "🇮🇹", "â€"]
        for _ in 0..<300 {
            let s = (0..<Int(rng.next() % 60)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            for q in detector.quotes(in: s) {
                #expect(q.start <= q.end && q.end <= s.unicodeScalars.count, "\(s.debugDescription)")
                #expect(q.utf8Start <= q.utf8End && q.utf8End <= s.utf8.count)
            }
        }
    }
}

/// A small seeded generator so failures replay.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
