import Testing
import Tokenizer

/// Inputs the fuzzers (Fuzz/, scripts/fuzz.sh) found breaking an invariant, kept as tests on the
/// exact text. Each checks the invariant that broke, not a particular tokenization.
@Suite struct RegressionTests {
    let tokenizer = try! Tokenizer()
    let splitter = try! SentenceSplitter()

    /// Tokens are in order, do not overlap, and with the gaps rebuild the input.
    func expectWellFormed(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tokens = tokenizer.tokens(in: text)
        var end = 0
        var rebuilt = ""
        let utf8 = Array(text.utf8)
        for t in tokens {
            #expect(t.utf8Range.lowerBound >= end, "token \(t.text.debugDescription) overlaps the previous one",
                    sourceLocation: sourceLocation)
            guard t.utf8Range.lowerBound >= end, t.utf8Range.upperBound <= utf8.count else { return }
            rebuilt += String(decoding: utf8[end..<t.utf8Range.lowerBound], as: UTF8.self) + t.text
            end = t.utf8Range.upperBound
        }
        rebuilt += String(decoding: utf8[end...], as: UTF8.self)
        #expect(rebuilt == text, sourceLocation: sourceLocation)
        #expect(tokenizer.lazyTokens(in: text, blockSize: 7).map { $0 } == tokens, sourceLocation: sourceLocation)
        let sentences = splitter.sentences(in: text, tokens: tokens)
        #expect(sentences.map(\.tokenRange.count).reduce(0, +) == tokens.count, sourceLocation: sourceLocation)
    }

    /// FuzzTokenizer, crash-3e79c4c4: a year apostrophe (`’80`) whose digits continue the ICU
    /// word (`00_7ee…`, `80.5`) emitted `` `00`` and then the whole word again from `00`.
    @Test(arguments: [
        "main\n`00_7ee37ed4f19f2e71.txt\t1",
        "l'anno '80.5 e '80_x",
        "nel ’80,5%",
    ])
    func yearApostropheInsideALongerNumber(_ text: String) {
        expectWellFormed(text)
    }

    /// FuzzTokenizer, crash-6f161d5c (minimized to `4:48l`): a time whose minutes run into a
    /// letter inside one ICU word (`30l`) emitted `10:30` and then `30l` again, overlapping.
    @Test(arguments: ["4:48l", "alle 10:30l e alle 10:30_x", "il 26/11/2024b", "ore 9:05.", "26-11-24x"])
    func timeRunningIntoALetter(_ text: String) {
        expectWellFormed(text)
    }

    /// FuzzNormalizer, crash-abd9021d: NFKC turns `‴` into three primes that the first pass had
    /// not seen, so normalizing twice changed them into apostrophes. U+1FEF (NFC: a grave accent) too.
    @Test(arguments: ["‴", "a″b", "\u{2057}", "\u{1FEF}x", "\u{1FFD}", "l’‴AI‴", "＂ciao＂"])
    func normalizingTwiceChangesNothing(_ text: String) {
        let configurations = [Normalizer(), Normalizer(form: .nfkc), Normalizer(foldCase: false), Normalizer(unifyPunctuation: false)]
        for n in configurations {
            let once = n.normalize(text)
            #expect(n.normalize(once) == once, "\(n) on \(text.debugDescription)")
        }
        #expect(Normalizer(form: .nfkc).normalize("‴") == String(repeating: "'", count: 3))
    }
}
