import Testing
@testable import NER

/// The byte shortcuts of the quotation context (lower case of ASCII words, the words of a
/// sentence head taken from the tail already split) against the code they replace.
@Suite struct QuoteWordsShortcutTests {
    static let pieces = ["a", "Lo ", "lo ", "così ", "Così ", "parole ", "dell'", "dell’", "l’", "L'", "È ", "e' ", "QUESTO ",
                         "Questo", " ", "  ", ",", ".", ":", "«", "»", "\"", "'", "’", "è", "É", "Σ", "ẞ", "\u{301}", "😀",
                         "—", "–", "-", "12", "x", "Zeta", "ha detto ", "il sindaco Rossi", "\n"]

    static func text(_ rng: inout SplitMix64, _ n: Int) -> String {
        (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
    }

    /// Every word's lower case from its bytes equals `QuoteText.lower` of its text.
    @Test func wordLowerCaseMatchesTheStringPath() {
        var rng = SplitMix64(seed: 41)
        var words = 0
        for _ in 0..<1500 {
            let t = QuoteText(Self.text(&rng, Int(rng.next() % 30)))
            for w in t.words(0..<t.bytes.count) where !w.isPunct {
                #expect(w.lower == QuoteText.lower(w.text), "\(w.text.debugDescription)")
                #expect(Array(w.lower.utf8) == Array(QuoteText.lower(w.text).utf8))
                words += 1
            }
        }
        #expect(words > 5000)
    }

    /// The first four words before a cut, taken from the words of a longer range, equal the
    /// words of the range split up to the cut.
    @Test func firstWordsMatchASplitUpToTheCut() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let string = Self.text(&rng, Int(rng.next() % 25))
            let t = QuoteText(string)
            let n = t.bytes.count
            let attributor = SpeakerAttributor(text: t)
            let start = attributor.aligned(Int(rng.next() % UInt64(n + 1)))
            let cut = attributor.aligned(start + Int(rng.next() % UInt64(n - start + 1)))
            let limit = attributor.aligned(cut + Int(rng.next() % UInt64(n - cut + 1)))
            let viaTail = attributor.firstWords(t.words(start..<limit), before: cut)
            let direct = t.words(start..<cut).filter { !$0.isPunct }.prefix(4).map(\.lower)
            #expect(viaTail == Array(direct), "\(string.debugDescription) \(start) \(cut) \(limit)")
            // The whole prefix, with any cut (not only at a scalar boundary, as `raw.end + 80` may be).
            let rawCut = start + Int(rng.next() % UInt64(limit - start + 1))
            let prefix = attributor.prefixWords(t.words(start..<limit), before: rawCut)
            let split = t.words(start..<rawCut)
            #expect(prefix.map(\.text) == split.map(\.text) && prefix.map(\.lower) == split.map(\.lower)
                    && prefix.map(\.start) == split.map(\.start) && prefix.map(\.end) == split.map(\.end)
                    && prefix.map(\.isPunct) == split.map(\.isPunct) && prefix.map(\.isQuote) == split.map(\.isQuote),
                    "\(string.debugDescription) \(start) \(rawCut) \(limit)")
        }
    }

    @Test func joinedBytesMatchJoinedLowerCase() {
        var rng = SplitMix64(seed: 43)
        for _ in 0..<500 {
            let t = QuoteText(Self.text(&rng, Int(rng.next() % 12)))
            let w = t.words(0..<t.bytes.count)
            #expect(QuoteKindClassifier.joinedBytes(w.suffix(4)) == Array(w.suffix(4).map(\.lower).joined(separator: " ").utf8))
        }
    }

    /// The byte tables answer as the sets: words of the sets, their variants (capitals,
    /// decomposed accents, which a set finds by canonical equivalence), random words; and a
    /// set holding a decomposed word, which must send every probe to the set.
    @Test func wordTablesMatchTheSets() {
        var rng = SplitMix64(seed: 44)
        let sets: [Set<String>] = [SpeakerPatterns.sayingVerbs, SpeakerPatterns.auxiliaries, SpeakerPatterns.phraseStops,
                                   SpeakerPatterns.leadingFunctionWords, SpeakerAttributor.diWords,
                                   ["e\u{300}", "perche\u{301}", "lo"], ["", "’", "l’"]]
        for set in sets {
            let table = QuoteWordTable(set)
            var probes = Array(set) + set.map { $0.uppercased() } + ["è", "e\u{300}", "perché", "perche\u{301}", "", "l'", "l’"]
            for _ in 0..<300 {
                let t = QuoteText(Self.text(&rng, Int(rng.next() % 4)))
                probes += t.words(0..<t.bytes.count).map(\.lower)
            }
            for p in probes { #expect(table.contains(p) == set.contains(p), "\(p.debugDescription)") }
        }
    }

    @Test func aDettaMatchesTheJoinedPrefix() {
        var rng = SplitMix64(seed: 45)
        let pieces = ["a ", "A ", ", ", "detta ", "dettaglio ", "dett ", "a detta", "ta ", "x ", "à "]
        var hits = 0
        for _ in 0..<3000 {
            let t = QuoteText((0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined())
            let w = t.words(0..<t.bytes.count)
            let joined = Array(w.prefix(4).map(\.lower).joined(separator: " ").utf8)
            let expected = joined.starts(with: "a detta".utf8) || joined.starts(with: ", a detta".utf8)
            #expect(QuoteKindClassifier.startsWithADetta(w) == expected, "\(w.map(\.text))")
            if expected { hits += 1 }
        }
        #expect(hits > 50)
    }
}
