import Testing
@testable import Tokenizer

/// Golden tokens and sentences for every seed article.
@Suite struct SnapshotTests {
    @Test func seedTokensAndSentences() throws {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        for seed in try Repo.seeds() {
            let tokens = tokenizer.tokens(in: seed.text)
            var out = "start\tend\tkind\ttoken\n"
            for t in tokens { out += "\(t.start)\t\(t.end)\t\(t.kind.rawValue)\t\(t.text)\n" }
            try assertSnapshot(out, named: seed.name.replacingOccurrences(of: ".txt", with: ".tokens.tsv"))
            let sentences = splitter.sentences(in: seed.text, tokens: tokens).map { seed.text[$0.range] + "\n" }.joined()
            try assertSnapshot(sentences, named: seed.name.replacingOccurrences(of: ".txt", with: ".sentences.txt"))
        }
    }
}
