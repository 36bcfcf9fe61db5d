import Foundation
import NER
import Testing
import Tokenizer

/// One recognizer and one quote detector used from many tasks at once give exactly the
/// sequential results (run under `swift test --sanitize=thread` to catch data races).
@Suite struct NERConcurrencyTests {
    struct Result: Equatable, Sendable {
        var sentences: [Range<Int>]
        var labels: [BoilerplateFilter.Label]
        var entities: [EntityMention]
        var quotes: [Quote]
    }

    @Test func tagFromManyTasksMatchesSequential() async throws {
        let dir = Fixture.packageRoot.appendingPathComponent("seeds").path
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        let texts = try names.map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }
        #expect(!texts.isEmpty)
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let filter = BoilerplateFilter()
        let recognizer = EntityRecognizer(lexicons: try Lexicons(directory: Lexicons.locate()))
        let detector = QuoteDetector()
        @Sendable func analyze(_ text: String) -> Result {
            let tokens = tokenizer.tokens(in: text)
            return Result(sentences: splitter.sentences(in: text, tokens: tokens).map(\.tokenRange),
                          labels: filter.classify(text).decisions.map(\.label),
                          entities: recognizer.entities(in: tokens, text: text),
                          quotes: detector.quotes(in: text))
        }
        let sequential = texts.map(analyze)
        #expect(sequential.contains { !$0.entities.isEmpty })
        let rounds = 6
        let concurrent = await withTaskGroup(of: (Int, Result).self) { group in
            for job in 0..<(texts.count * rounds) {
                let i = job % texts.count
                let text = texts[i]
                group.addTask { (i, analyze(text)) }
            }
            var out: [(Int, Result)] = []
            for await r in group { out.append(r) }
            return out
        }
        #expect(concurrent.count == texts.count * rounds)
        for (i, r) in concurrent { #expect(r == sequential[i], "document \(i) differs when analyzed concurrently") }
    }
}
