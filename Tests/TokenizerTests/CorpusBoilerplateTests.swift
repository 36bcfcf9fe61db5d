import Foundation
import Testing
@testable import Tokenizer

/// Each boilerplate rule on realistic lines, plus the lexicon file.
@Suite struct CorpusBoilerplateTests {
    let filter = BoilerplateFilter()

    static let paragraph = "Il presidente della Repubblica ha ricevuto questa mattina al Quirinale i rappresentanti delle associazioni, che gli hanno consegnato un documento sulla situazione delle carceri."
    static let paragraph2 = "Secondo quanto riferito dalla presidenza, l'incontro è durato più di un'ora e si è concluso con l'impegno a rivedere entro l'estate le norme che regolano le visite dei familiari."

    func labels(_ lines: [String], filter: BoilerplateFilter? = nil) -> [String] {
        (filter ?? self.filter).classify(lines: lines).decisions.map(\.label.rawValue)
    }

    func reasons(_ lines: [String]) -> [String] {
        filter.classify(lines: lines).decisions.map(\.reason)
    }

    /// The kept lines as UTF-8 offsets are the kept lines as String ranges.
    @Test func mainUTF8RangesAreTheMainRanges() throws {
        for doc in try Repo.seeds() {
            let c = filter.classify(doc.text)
            let utf8 = Array(doc.text.utf8)
            #expect(c.mainUTF8Ranges.map { String(decoding: utf8[$0], as: UTF8.self) } == c.mainRanges.map { String(doc.text[$0]) })
            #expect(c.mainUTF8Ranges.count < c.decisions.count)
        }
    }

    @Test func shareBarAndAggregatorFooter() {
        let lines = ["Artisti contro lo sfruttamento, rilasciato il modello per protesta", "", "Facebook", "WhatsApp",
                     "Twitter", "", Self.paragraph, "", Self.paragraph2, "", "Source link", "", "Visite totale 1 , 1 visite oggi",
                     "Continua a leggere", "Meta fa la voce grossa", "Scorri verso l'alto"]
        #expect(labels(lines) == ["main", "boiler", "boiler", "boiler", "boiler", "boiler", "main", "boiler", "main",
                                  "boiler", "boiler", "boiler", "boiler", "boiler", "boiler", "boiler"])
        let r = reasons(lines)
        #expect(r[2] == "phrase:widget 'facebook'")
        #expect(r[10] == "phrase:end 'source link'")
        #expect(r[14] == "outside-article")
        #expect(r[1] == "blank")
    }

    @Test func advertisingSeparatorAndRelatedHeading() {
        let lines = [Self.paragraph, "Pubblicità, i tuoi contenuti continuano di seguito", "Una lettera aperta", Self.paragraph2,
                     "Related News :", "Altro titolo di un articolo qualunque"]
        #expect(labels(lines) == ["main", "boiler", "main", "main", "boiler", "boiler"])
        #expect(reasons(lines)[5] == "related-list")
    }

    @Test func pageHeaderWalk() {
        // Menu, kicker, date, headline, standfirst, byline, font widget, caption, body, closing date, copyright.
        let lines = ["Cronaca", "Politica", "Esteri", "la storia", "16 febbraio 2020 - 20:12",
                     "L'ultimo bambino uscito vivo dal campo racconta il suo ritorno",
                     "Oggi ha 87 anni. «Nei momenti di difficoltà prendo l'auto e parto»",
                     "di Mario Rossi", "A-A+", "Il protagonista della storia fotografato nel 2015 (Epa)", "Stampa",
                     Self.paragraph, "Il ritorno", Self.paragraph2, "16 febbraio 2020 (modifica il 17 febbraio 2020 | 12:45)",
                     "© RIPRODUZIONE RISERVATA", "I PIÙ VISTI", "Un altro titolo"]
        let d = filter.classify(lines: lines).decisions
        #expect(d.map(\.label.rawValue) == ["boiler", "boiler", "boiler", "boiler", "main", "main", "main", "main", "boiler",
                                            "main", "boiler", "main", "main", "main", "main", "boiler", "boiler", "boiler"])
        #expect(d[3].reason == "kicker")
        #expect(d[4].reason == "header:date")
        #expect(d[7].reason == "header:byline")
        #expect(d[14].reason == "footer:date")
    }

    @Test func breadcrumbRepeatingTheHeadline() {
        let lines = ["Sport", "Arbitri, Rossi dirige la sfida di domani", "Arbitri, Rossi dirige la sfida di domani",
                     "© ANSA", "Redazione ANSA ROMA", Self.paragraph]
        #expect(labels(lines) == ["boiler", "boiler", "main", "main", "main", "main"])
        #expect(reasons(lines)[1] == "breadcrumb-repeats-headline")
    }

    @Test func nameCaptionBetweenHeadlineAndStandfirst() {
        let lines = ["Video", "Coronavirus, il virologo: sì alla quarantena", "Roberto Burioni",
                     "Dalla Asl hanno spiegato che già in molti sono in isolamento volontario a casa, e il numero potrebbe salire nei prossimi giorni.",
                     "abbonati a", "17 febbraio 2020", Self.paragraph]
        #expect(labels(lines) == ["boiler", "main", "main", "main", "boiler", "main", "main"])
    }

    @Test func teasersInsideTheBody() {
        let lines = [Self.paragraph, "rep", "Approfondimento", "Il governo ora balla", "di TOMMASO CIRIACO",
                     Self.paragraph2, "Politica", "Caso Zaky, i senatori chiedono una missione in Egitto",
                     Self.paragraph, "Leggi anche: la vera bomba del processo", Self.paragraph2]
        let d = filter.classify(lines: lines).decisions
        #expect(d.map(\.label.rawValue) == ["main", "boiler", "boiler", "boiler", "boiler", "main", "boiler", "boiler",
                                            "main", "boiler", "main"])
        #expect(d[6].reason == "teaser-label")
    }

    @Test func videoTitleStaysPlayerLabelGoes() throws {
        let file = BoilerplateFilter(phrases: try Self.lexiconFile())
        let lines = [Self.paragraph, "Sanremo 2020, il cantante: \"Canzone e testo sono miei\"", "in riproduzione....",
                     "Condividi", Self.paragraph2]
        let d = file.classify(lines: lines).decisions
        #expect(d.map(\.label.rawValue) == ["main", "main", "boiler", "boiler", "main"])
        #expect(d[1].reason == "video-title")
    }

    @Test func lowercaseTagInsideBody() {
        let lines = [Self.paragraph, "mascolinità tossica", Self.paragraph2]
        #expect(labels(lines) == ["main", "boiler", "main"])
    }

    @Test func duplicateTeaserLines() {
        let lines = [Self.paragraph, "Mercati, ottimismo e fiducia resistono", "Mercati, ottimismo e fiducia resistono", Self.paragraph2]
        #expect(labels(lines) == ["main", "boiler", "boiler", "main"])
    }

    @Test func tweetEmbeds() {
        // Dash-led attribution: the post's text is the line above; a thread of posts stays together.
        let thread = [Self.paragraph, "quando vieni rifiutato e non riesci a fartene una ragione pic.twitter.com/QRQveq62es",
                      "— Tizio (@tizio) February 17, 2020", "Volevo solo fare 92 minuti di applausi, grazie davvero a tutti.",
                      "comunque in tendenza mi fa capire che la pensiamo tutti così, good.", "— Caio (@caio) February 17, 2020",
                      Self.paragraph2]
        #expect(labels(thread) == ["main", "embed", "embed", "embed", "embed", "embed", "main"])
        // Inline attribution: only a short foreign line above joins the post.
        let inline = [Self.paragraph, "“Abbiamo ricevuto accesso al modello con la promessa di essere partner creativi, ma non è andata così” scrivono gli artisti nella lettera.",
                      "🚨 Another leaked anime video", "",
                      "Do you think the next generation of anime will be AI-generated? pic.twitter.com/vOp8WxVUri — Haider. (@slow_developer) November 26, 2024",
                      Self.paragraph2]
        #expect(labels(inline) == ["main", "main", "embed", "boiler", "embed", "main"])
    }

    @Test func instagramEmbed() {
        let lines = [Self.paragraph, "Visualizza questo post su Instagram",
                     "Un post condiviso da Barbican Centre (@barbicancentre) in data: 12 Feb 2020 alle ore 7:40 PST", Self.paragraph2]
        #expect(labels(lines) == ["main", "embed", "embed", "main"])
    }

    @Test func commentThreadAndAuthorBoxAreCut() {
        let comments = [Self.paragraph, Self.paragraph2, "Testo", "Commenti all'articolo", "lettore72", "17 Febbraio 2020 - 13:04",
                        "La verità è che nessuno di questi politici ha mai voluto risolvere il problema, e lo sanno tutti da anni.",
                        "lettrice", "17 Febbraio 2020 - 13:01",
                        "Non sono per niente d'accordo con quello che scrive il giornalista, perché la realtà è molto diversa."]
        #expect(labels(comments) == ["main", "main"] + Array(repeating: "boiler", count: 8))
        let author = [Self.paragraph, Self.paragraph2, "Francesco Specchia",
                      "Francesco Specchia, fiorentino di nascita, veronese d'adozione, ha una laurea in legge e una specializzazione in comunicazioni di massa."]
        #expect(labels(author) == ["main", "main", "boiler", "boiler"])
    }

    @Test func metadataPrefixIsPulledOut() {
        let text = " date 2024-11 L'annuncio in pompa magna del modello risale ormai a febbraio. Da allora l'azienda tiene la bocca cucita sulla data di rilascio.\n\nSecondo titolo"
        let r = filter.classify(text)
        #expect(r.metadata == [.init(key: "date", value: "2024-11", line: 1)])
        #expect(text[r.decisions[0].range].hasPrefix("L'annuncio"))
        #expect(r.mainText.hasPrefix("L'annuncio"))
        #expect(r.decisions[0].utf8Range.lowerBound == " date 2024-11 ".utf8.count)
    }

    @Test func crossDocumentRepetition() {
        let page = { (title: String, body: String) in
            ["Menu", "Il mio account", "Offerte del giorno per i lettori", "17 febbraio 2020", title, body, Self.paragraph2,
             "Iniziativa editoriale: la grande storia d'Italia in edicola ogni settimana con il giornale e un libro in regalo per te."
            ].joined(separator: "\n")
        }
        let docs = [page("Primo titolo della giornata di oggi", Self.paragraph),
                    page("Secondo titolo completamente diverso", "Un altro paragrafo con parole diverse, perché ogni articolo ha il suo testo e la sua storia da raccontare ai lettori del giornale.")]
        let alone = filter.classify(docs[0]).decisions
        #expect(alone[7].label == .main)  // a promo paragraph looks like the article on one page…
        let grouped = filter.classify(documents: docs)
        #expect(grouped[0].decisions[7].label == .boiler)  // …but it repeats on every page of the site
        #expect(grouped[0].decisions[7].reason == "repeated-across-documents")
        #expect(grouped[0].decisions[3].label == .main)  // dates are exempt
        #expect(grouped[1].decisions[4].label == .main)
        #expect(grouped[1].decisions[0].label == .boiler)
    }

    @Test func shortTextWithoutProseIsKept() {
        #expect(labels(["Ciao a tutti", "Condividi"]) == ["main", "boiler"])
        #expect(filter.classify("").decisions.isEmpty)
    }

    @Test func linesAndRangesFollowTheOriginal() {
        let text = "Primo\r\n\r\nSecondo è qui\n"
        let r = filter.classify(text)
        #expect(r.decisions.count == 3)
        #expect(r.decisions.map { String(text[$0.range]) } == ["Primo", "", "Secondo è qui"])
        #expect(r.decisions[2].utf8Range == 9..<23)
    }

    @Test func phraseNormalization() {
        #expect(BoilerplatePhrases.normalize("  Scorri verso l’alto ") == "scorri verso l'alto")
        #expect(BoilerplatePhrases.normalize("in riproduzione....") == "in riproduzione")
        #expect(BoilerplatePhrases.normalize("Related News :") == "related news")
    }

    @Test func tsvParsingErrors() {
        #expect(throws: BoilerplatePhrases.LoadError.malformed(line: 2, reason: "unknown role 'menu'")) {
            try BoilerplatePhrases(parsing: "phrase\tmatch\trole\torigin\ncerca\texact\tmenu\tx")
        }
        let p = try? BoilerplatePhrases(parsing: "# comment\nphrase\tmatch\trole\torigin\nCERCA ORA\tprefix\twidget\tx\n")
        #expect(p?.match(normalized: "cerca ora il tuo")?.role == .widget)
    }

    static var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func lexiconFile() throws -> BoilerplatePhrases {
        try BoilerplatePhrases(parsing: String(contentsOf: repoRoot.appendingPathComponent("Lexicons/boilerplate_phrases.tsv"), encoding: .utf8))
    }

    @Test func lexiconFileParsesAndContainsTheBuiltIns() throws {
        let text = try String(contentsOf: Self.repoRoot.appendingPathComponent("Lexicons/boilerplate_phrases.tsv"), encoding: .utf8)
        let lexicon = try BoilerplatePhrases(parsing: text)
        #expect(lexicon.entries.count >= BoilerplatePhrases.builtIn.entries.count)
        #expect(lexicon.entries.allSatisfy { !$0.origin.isEmpty })
        let inFile = Set(lexicon.entries.map { "\($0.phrase)|\($0.match)|\($0.role)" })
        for e in BoilerplatePhrases.builtIn.entries {
            #expect(inFile.contains("\(e.phrase)|\(e.match)|\(e.role)"), "built-in \(e.phrase) missing from the file")
        }
        #expect(text == text.precomposedStringWithCanonicalMapping, "lexicon must be NFC")
    }
}
