import Testing
@testable import Tokenizer

/// Invariants that must hold on any text: the seeds and seeded random strings built from the
/// characters that make Italian web text hard.
@Suite struct PropertyTests {
    let tokenizer = try! Tokenizer()
    static let alphabet: [String] = [
        "a", "E", "è", "l", "’", "'", "‘", "`", "«", "»", "“", "”", "\"", ".", "..", "…", " ", "\n", "\r\n", "\u{00A0}",
        "dott", "S.p.A", "@", "#", "http://", "www.", ".com", "/", "1", "2024", ",", ":", "-", "–", "€", "%",
        "👩‍👩‍👧", "\u{200B}", "\u{00AD}", "\u{FEFF}", "e\u{0301}", "ﬁ", "Ａ", "\t", "po", "C", "(", ")", "?", "!",
    ]

    static func texts() throws -> [String] {
        var rng = SeededGenerator(seed: 2024)
        var out = try Repo.seeds().map(\.text)
        for _ in 0..<300 {
            let n = Int.random(in: 1...40, using: &rng)
            out.append((0..<n).map { _ in alphabet.randomElement(using: &rng)! }.joined())
        }
        return out
    }

    @Test func tokensAndGapsRebuildTheInput() throws {
        for text in try Self.texts() {
            let tokens = tokenizer.tokens(in: text)
            var rebuilt = ""
            var last = text.startIndex
            for t in tokens {
                let gap = text[last..<t.range.lowerBound]
                #expect(gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace || [0x200B, 0x2060, 0xFEFF].contains($0.value) },
                        "non-space gap \(Array(gap.unicodeScalars)) in \(text.debugDescription)")
                rebuilt += gap
                rebuilt += t.text
                last = t.range.upperBound
            }
            rebuilt += text[last...]
            #expect(rebuilt == text)
            #expect(Array(rebuilt.utf8) == Array(text.utf8))
        }
    }

    @Test func offsetsAreOrderedInBoundsAndConsistent() throws {
        for text in try Self.texts() {
            let scalars = Array(text.unicodeScalars)
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for t in tokenizer.tokens(in: text) {
                #expect(t.start >= previousEnd && t.start < t.end && t.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[t.start..<t.end])) == String(t.text))
                #expect(Array(bytes[t.utf8Range]) == Array(t.text.utf8))
                previousEnd = t.end
            }
        }
    }

    @Test func normalizationIsIdempotent() throws {
        let n = Normalizer()
        for text in try Self.texts() {
            for t in tokenizer.tokens(in: text) {
                #expect(n.normalize(t.normalized) == t.normalized, "\(t.text.debugDescription)")
                #expect(n.normalize(t.text) == t.normalized, "fast path disagrees on \(t.text.debugDescription)")
            }
        }
    }

    @Test func sentencesCoverTokensInOrder() throws {
        let splitter = try SentenceSplitter()
        for text in try Self.texts() {
            let tokens = tokenizer.tokens(in: text)
            let sentences = splitter.sentences(in: text, tokens: tokens)
            #expect(sentences.map(\.tokenRange.count).reduce(0, +) == tokens.count)
            for (a, b) in zip(sentences, sentences.dropFirst()) { #expect(a.tokenRange.upperBound == b.tokenRange.lowerBound) }
        }
    }
}
