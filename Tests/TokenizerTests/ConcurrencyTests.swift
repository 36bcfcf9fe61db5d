import Testing
import Tokenizer

/// Shared tokenizer, splitter, normalizer and filter values used from many tasks at once give
/// exactly the results of a sequential run. Run under `swift test --sanitize=thread` to catch
/// data races in the ICU iterator sharing (each call clones its own iterator).
@Suite struct ConcurrencyTests {
    /// What one document yields: tokens, sentence token ranges, normalized forms, line labels.
    struct Result: Equatable, Sendable {
        var tokens: [Token]
        var sentences: [Range<Int>]
        var normalized: [String]
        var labels: [BoilerplateFilter.Label]
        var lazyCount: Int
    }

    static func analyze(_ text: String, _ tokenizer: Tokenizer, _ splitter: SentenceSplitter,
                        _ filter: BoilerplateFilter) -> Result {
        let tokens = tokenizer.tokens(in: text)
        let sentences = splitter.sentences(in: text, tokens: tokens).map(\.tokenRange)
        let normalized = text.split(separator: "\n").map { tokenizer.normalizer.normalize($0) }
        let labels = filter.classify(text).decisions.map(\.label)
        let lazyCount = tokenizer.lazyTokens(in: text, blockSize: 512).reduce(0) { n, _ in n + 1 }
        return Result(tokens: tokens, sentences: sentences, normalized: normalized, labels: labels,
                      lazyCount: lazyCount)
    }

    @Test func manyTasksMatchSequential() async throws {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let filter = BoilerplateFilter()
        let texts = try Repo.seeds().map(\.text) + ["", "«Sì» — l’ha detto.\r\nDott. Rossi, S.p.A.", "🇮🇹 #tag @x"]
        let sequential = texts.map { Self.analyze($0, tokenizer, splitter, filter) }
        #expect(sequential.contains { !$0.tokens.isEmpty })
        let rounds = 8
        let concurrent = await withTaskGroup(of: (Int, Result).self) { group in
            for job in 0..<(texts.count * rounds) {
                let i = job % texts.count
                let text = texts[i]
                group.addTask { (i, Self.analyze(text, tokenizer, splitter, filter)) }
            }
            var out: [(Int, Result)] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(concurrent.count == texts.count * rounds)
        for (i, r) in concurrent {
            #expect(r == sequential[i], "document \(i) differs when analyzed concurrently")
            #expect(r.lazyCount == r.tokens.count)
        }
    }
}
