import Testing
@testable import NER

/// Speaker attribution: one case per pattern in `SpeakerPatterns.Pattern`.
@Suite struct QuoteSpeakerTests {
    let detector = QuoteDetector()

    @Test(arguments: [
        ("“Centinaia di artisti hanno plasmato Sora“, ha detto un portavoce.", "un portavoce", "ha detto", "after:verb+subject"),
        ("\"A bocce ferme è tutto più facile\" replica Bugo, che ribadisce.", "Bugo", "replica", "after:verb+subject"),
        ("«Lo abbiamo visto spegnersi», raccontano mamma Francesca e papà Fabio.", "mamma Francesca e papà Fabio", "raccontano", "after:verb+subject"),
        ("“Abbiamo ricevuto accesso a Sora.” si legge nella lettera pubblicata dal gruppo.", "lettera", "si legge", "after:si-legge"),
        ("«È sempre stato esigente — ricorda la madre —. Poi è cambiato».", "la madre", "ricorda", "inline:dash"),
        ("Ancora Buffagni dice che \"la manifestazione di domani è importante\".", "Buffagni", "dice", "before:subject+verb"),
        ("Allora ammonisce Zingaretti: \"Dico agli alleati che il Pd non subirà\".", "Zingaretti", "ammonisce", "before:verb+subject"),
        ("Al corteo c'era il sindaco Virginio Merola, che ha dichiarato \"Bologna è solidale con lui\".", "il sindaco Virginio Merola", "ha dichiarato", "before:relative"),
        ("Secondo gli artisti, OpenAI li usava come “tester di bug gratuiti e burattini per le PR“.", "gli artisti", "Secondo", "before:secondo"),
        ("Governo, Buffagni: \"Spesso con Renzi il vaffa viene istintivo\"", "Buffagni", nil, "before:colon"),
        ("«È assolutamente necessario che i cinesi restino a casa». Lo ha detto all'Agi il virologo Roberto Burioni.", "il virologo Roberto Burioni", "ha detto", "next-sentence"),
        ("Si chiede il filosofo. «Non è il solo piacere lo scopo per cui stanno stretti».", "il filosofo", "Si chiede", "previous-sentence"),
    ] as [(String, String, String?, String)])
    func pattern(text: String, speaker: String, verb: String?, pattern: String) {
        let q = detector.quotes(in: text).first { $0.depth == 0 }
        #expect(q?.speaker?.text == speaker)
        #expect(q?.verb == verb)
        #expect(q?.pattern == pattern)
        #expect(q?.kind == .speech)
    }

    @Test func pluralVerbTakesSubjectFromPreviousSentence() {
        let s = "In una lettera aperta, gli artisti denunciano lo sfruttamento. “Burattini delle pubbliche relazioni“, hanno scritto."
        let q = detector.quotes(in: s)
        #expect(q.first?.speaker?.text == "gli artisti")
        #expect(q.first?.verb == "hanno scritto")
        #expect(q.first?.pattern == "after:verb+previous-subject")
    }

    @Test func prepositionalPhraseBetweenVerbAndSubject() {
        let q = detector.quotes(in: "«La situazione è grave», spiega al Corriere della Sera l'assessore regionale alla Sanità Luigi Rossi.")
        #expect(q.first?.speaker?.text == "l'assessore regionale alla Sanità Luigi Rossi")
    }

    @Test func previousSentenceSpeakerIsNotTakenFromInsideAQuotation() {
        let q = detector.quotes(in: "«La situazione è grave», spiega il medico Luigi Rossi. «Servono più medici».")
        #expect(q.map { $0.speaker?.text } == ["il medico Luigi Rossi", "il medico Luigi Rossi"])
        #expect(q.last?.pattern == "previous-sentence")
    }

    @Test func implicitSingularSubjectGivesNoSpeaker() {
        let q = detector.quotes(in: "Parlava dei pronto soccorso.\n«Alcune donne si sono presentate sei volte», ha detto. Poi altro.")
        #expect(q.first?.speaker == nil)
        #expect(q.first?.verb == "ha detto")
    }

    @Test func speakerOffsetsPointAtTheSpeaker() {
        let s = "«Basta così», ha detto Kevin Weil."
        let q = detector.quotes(in: s)[0]
        let scalars = Array(s.unicodeScalars)
        let sp = try! #require(q.speaker)
        #expect(String(String.UnicodeScalarView(scalars[sp.start..<sp.end])) == "Kevin Weil")
    }

    @Test func speakerLinksToAnOverlappingEntity() {
        let s = "«Basta così», ha detto Kevin Weil."
        let q = detector.quotes(in: s, entities: [EntitySpan(23..<33, label: "PER")])[0]
        #expect(q.speaker?.entityLabel == "PER")
        #expect(q.speaker?.entityRange == 23..<33)
    }

    @Test func patternNamesAreTheDocumentedOnes() {
        let names = Set(SpeakerPatterns.Pattern.allCases.map(\.rawValue))
        for q in detector.quotes(in: "«Basta così», ha detto Kevin Weil. Governo, Buffagni: \"Spesso il vaffa viene istintivo\"") {
            if let p = q.pattern { #expect(names.contains(p)) }
        }
    }
}

/// Speech versus term.
@Suite struct QuoteKindTests {
    let detector = QuoteDetector()

    @Test(arguments: [
        ("Un gruppo di attivisti, autoproclamatosi “Sora PR Puppets”, ha pubblicato un progetto.", Quote.Kind.term),
        ("OpenAI ha costretto i ‘manifestanti’ a chiudere il modello.", .term),
        ("Il processo di “art washing” con cui l’azienda maschera le carenze.", .term),
        ("A Parigi l'hanno ribattezzata «la guerra delle Première dame». È lo scontro.", .term),
        ("C’è Giuseppe Pistolato, detto «Bepi», primo diacono.", .term),
        ("Morgan chiede a Boss Doms il remix di 'Sincero'. Lui dice no.", .term),
        ("Boss Doms è in tendenza per aver detto \"no\" alla richiesta.", .speech),
        ("Riguardo alla nave, Burioni dice \"si può fare\" e specifica.", .speech),
        ("Salvini e l'aborto: «Il pronto soccorso non è la soluzione»", .speech),
        ("«Abbiamo avuto segnalazione che alcune donne si sono presentate sei volte», ha detto.", .speech),
    ])
    func kind(text: String, kind: Quote.Kind) {
        #expect(detector.quotes(in: text).first?.kind == kind)
    }
}
