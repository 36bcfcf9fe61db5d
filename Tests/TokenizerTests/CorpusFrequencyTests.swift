import Foundation
import Testing
@testable import Tokenizer

/// Word frequency: grouping, filters, n-grams, keyness, and exact merging.
@Suite struct CorpusFrequencyTests {
    let tokenizer: Tokenizer
    init() throws { tokenizer = try Tokenizer() }

    func counts(_ text: String, _ counter: WordCounter = WordCounter()) -> WordCounter.Counts {
        var c = WordCounter.Counts()
        counter.count(tokenizer.tokens(in: text), in: text, into: &c)
        return c
    }

    @Test func topWordsFromFormsMatchCountingTokens() throws {
        for text in try Self.seeds + ["L’acqua e l'acqua DEL mare; Mare, mare! 3 volte È così. È"] {
            var forms = FrequencyTable()
            for t in tokenizer.tokens(in: text) where t.kind == .word || t.kind == .abbreviation {
                t.withNormalizedUTF8 { forms.add(bytes: $0) }
            }
            for counter in [WordCounter(), WordCounter(keepStopWords: true)] {
                let fromForms = try #require(counter.topWords(forms: forms, limit: 15))
                let fromTokens = counts(text, counter).table.ranked(limit: 15)
                #expect(fromForms.map(\.key) == fromTokens.map(\.key))
                #expect(fromForms.map(\.count) == fromTokens.map(\.count))
            }
        }
        #expect(WordCounter(n: 2).topWords(forms: FrequencyTable(), limit: 5) == nil)
    }

    static var seeds: [String] {
        get throws {
            let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("seeds")
            return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
                .map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
        }
    }

    @Test(arguments: [(1, WordCounter.Grouping.lower), (1, .surface), (1, .lemma), (2, .lower), (3, .lower)])
    func mergingPiecesEqualsCountingTheWhole(n: Int, by: WordCounter.Grouping) throws {
        let counter = WordCounter(grouping: by, n: n, lemmas: LemmaTable(forms: ["artisti": "artista"]))
        let docs = try Self.seeds
        var whole = WordCounter.Counts()
        for d in docs { counter.count(tokenizer.tokens(in: d), in: d, into: &whole) }
        var a = WordCounter.Counts(), b = WordCounter.Counts()
        for d in docs.prefix(2) { counter.count(tokenizer.tokens(in: d), in: d, into: &a) }
        for d in docs.dropFirst(2) { counter.count(tokenizer.tokens(in: d), in: d, into: &b) }
        #expect(a.table != whole.table)
        a.merge(b)
        #expect(a == whole)
        // The same through the TSV files `analyze freq --merge` reads.
        let viaFiles = try FrequencyTable(parsingTSV: a.table.tsv()).merging(try FrequencyTable(parsingTSV: FrequencyTable().tsv()))
        #expect(viaFiles == whole.table)
    }

    /// A table made room for, too small or large, counts as one that grew as it went.
    @Test(arguments: [0, 3, 100, 5000])
    func reservedTablesCountTheSame(_ keys: Int) throws {
        for doc in try Repo.seeds() {
            var plain = FrequencyTable(), reserved = FrequencyTable()
            reserved.reserveCapacity(keys: keys, bytes: keys * 4)
            for t in tokenizer.tokens(in: doc.text) { plain.add(t.normalized); reserved.add(t.normalized) }
            #expect(plain == reserved)
            #expect(plain.ranked().map(\.key) == reserved.ranked().map(\.key))
            #expect(plain.counts == reserved.counts)
        }
    }

    @Test func elidedFormsAreOneType() {
        let c = counts("L’acqua, l'acqua e l‘acqua.", WordCounter(keepStopWords: true))
        #expect(c.table["l'"] == 3)
        #expect(c.table["acqua"] == 3)
        let surface = counts("L’acqua e L'acqua", WordCounter(grouping: .surface, keepStopWords: true))
        #expect(surface.table["L'"] == 2)
    }

    @Test func lemmasSplitContractions() {
        let counter = WordCounter(grouping: .lemma, keepStopWords: true, lemmas: LemmaTable(forms: ["artisti": "artista"]))
        let c = counts("Dell’isola degli artisti", counter)
        #expect(c.table["di"] == 2)
        #expect(c.table["il"] == 2)
        #expect(c.table["artista"] == 1)
        #expect(c.table["dell'"] == 0)
    }

    @Test func lemmaTableKeepsFormsThatAreLemmas() throws {
        let t = try LemmaTable(parsing: "# c\nform\tlemma\nmodello\tmodellare\nmodelli\tmodello\nsono\tessere\n")
        #expect(t.lemma(of: "modello") == "modello")
        #expect(t.lemma(of: "modelli") == "modello")
        #expect(t.lemma(of: "sono") == "essere")
        #expect(t.lemma(of: "mare") == "mare")
        #expect(throws: LemmaTable.LoadError.malformed(line: 2)) { try LemmaTable(parsing: "form\tlemma\nsenza tab\n") }
    }

    @Test func stopWordsPunctuationAndNumbersAreOut() {
        let text = "Il governo, nel 2024, ha speso 3,5 miliardi: il governo!"
        #expect(counts(text).table.ranked().map(\.key) == ["governo", "miliardi", "speso"])
        let kept = counts(text, WordCounter(keepStopWords: true)).table
        #expect(kept["il"] == 2 && kept["ha"] == 1 && kept["2024"] == 0)
    }

    @Test func ngramsStopAtLinesAndPunctuation() {
        let c = counts("Sam Altman parla.\nSam Altman, poi Altman Sam", WordCounter(n: 2))
        #expect(c.table["sam altman"] == 2)
        #expect(c.table["altman parla"] == 1)
        #expect(c.table["parla sam"] == 0)      // line break
        #expect(c.table["altman poi"] == 0)     // comma
        #expect(c.table["altman sam"] == 1)
    }

    @Test func ngramsDropStopWordEdgesButKeepInnerOnes() {
        let c = counts("il presidente della Repubblica", WordCounter(n: 3))
        #expect(c.table.ranked().map(\.key) == ["presidente della repubblica"])
    }

    @Test func collocationScoreFavoursFixedPairs() {
        let text = Array(repeating: "intelligenza artificiale oggi", count: 5).joined(separator: "\n")
            + "\noggi domani\ndomani oggi\nintelligenza domani"
        let counter = WordCounter(n: 2)
        let ranked = counter.collocations(counts(text, counter))
        #expect(ranked.first?.key == "intelligenza artificiale")
        #expect(ranked.first!.score > ranked.last!.score)
    }

    @Test func logLikelihoodValues() {
        #expect(abs(FrequencyTable.logLikelihood(a: 10, b: 0, c: 100, d: 100) - 20 * log(2)) < 1e-9)
        #expect(FrequencyTable.logLikelihood(k11: 5, k12: 0, k21: 0, k22: 95) > 30)
        #expect(FrequencyTable.logLikelihood(k11: 1, k12: 9, k21: 9, k22: 81) < 1e-9)  // independent
    }

    @Test func keynessRanksOverRepresentedWords() {
        var target = FrequencyTable(), reference = FrequencyTable()
        for (w, n) in [("sora", 20), ("governo", 5), ("casa", 5)] { target.add(w, count: n) }
        for (w, n) in [("governo", 50), ("casa", 50), ("sora", 1)] { reference.add(w, count: n) }
        let k = target.keyness(against: reference)
        #expect(k.map(\.key) == ["sora"])
        #expect(k[0].referenceCount == 1 && k[0].logLikelihood > 10)
    }

    @Test func tsvRoundTripEscapesKeys() throws {
        var t = FrequencyTable()
        t.add("a\tb", count: 2); t.add("back\\slash"); t.add("città")
        let text = t.tsv(settings: [("by", "lower")])
        #expect(text.hasPrefix("# analyze freq\tby=lower\n# total\t4\nkey\tcount\n"))
        #expect(try FrequencyTable(parsingTSV: text) == t)
        #expect(FrequencyTable.settings(inTSV: text) == ["by=lower"])
        #expect(throws: FrequencyTable.TSVError.malformed(line: 2, reason: "expected key<TAB>count")) {
            try FrequencyTable(parsingTSV: "key\tcount\ncasa\tmolte\n")
        }
    }
}
