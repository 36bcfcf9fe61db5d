import Foundation
import Testing
@testable import Tokenizer

/// The byte-level fast paths of the corpus stages against straightforward reference versions
/// (the String and `Unicode.Scalar.Properties` code they replaced), on seeded random lines
/// mixing ASCII, accents, combining marks, odd white space, quotes and other scripts.
@Suite struct CorpusFastPathTests {
    static let alphabet: [String] = [
        "a", "b", "e", "i", "o", "s", "t", "z", "A", "E", "L", "Q", "X", "0", "7", " ", " ", " ", "  ", "\t",
        "\u{A0}", "\u{2028}", "\u{3000}", "è", "È", "é", "à", "ò", "ù", "É", "ç", "ß", "ẞ", "İ", "Ω", "ω", "Ж",
        "\u{301}", "\u{300}", "\u{345}", "’", "‘", "´", "`", "'", "«", "»", "“", "”", "…", ".", ":", "|", "-", "–",
        "—", "•", "·", "©", "(", ")", "@", "/", "€", "½", "Ⅻ", "\u{212A}", "😀", "ﬁ", "ǅ", "ǈ", "١", "\u{200D}",
        "di ", "foto: ", "http://x.it ", "www.a.it ", "pic.twitter.com/x ", "(@anna) ", "17 febbraio 2020",
        "26/11/2024", "minuti di lettura", "leggi anche", "condividi", "Perché", "PIÙ", "Dell'", "è", "del",
    ]

    static func randomLine(_ rng: inout SeededGenerator) -> String {
        let n = Int.random(in: 0...24, using: &rng)
        return (0..<n).map { _ in alphabet.randomElement(using: &rng)! }.joined()
    }

    /// The phrase normalization as it was written on `Unicode.Scalar` (the reference).
    static func referenceNormalize(_ s: String) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x20 || v == 0x09 || v == 0x0D || v == 0x0A || (v >= 0x80 && u.properties.isWhitespace) {
                pendingSpace = !out.isEmpty; continue
            }
            if out.isEmpty && (u == "•" || u == "·" || u == "|" || u == "–" || u == "—" || u == "-") { continue }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : v == 0x60 ? 0x27 : UInt8(v))
            } else if u == "’" || u == "‘" || u == "´" {
                out.append(0x27)
            } else {
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            }
        }
        while let last = out.last {
            if last == 0x3A || last == 0x2E || last == 0x7C || last == 0x20 { out.removeLast(); continue }
            if out.count >= 3 && last == 0xA6 && out[out.count - 2] == 0x80 && out[out.count - 3] == 0xE2 { out.removeLast(3); continue }
            break
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func normalizeMatchesTheReference() {
        var rng = SeededGenerator(seed: 6)
        for _ in 0..<3000 {
            let line = Self.randomLine(&rng)
            #expect(BoilerplatePhrases.normalize(line) == Self.referenceNormalize(line), "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    /// URL words counted on the bytes of an NFC-trivial line, as splitting the String at " "
    /// counts them (the code they replace).
    @Test func urlWordsMatchTheStringSplit() {
        var rng = SeededGenerator(seed: 12)
        var trivial = 0, withURLs = 0
        for _ in 0..<5000 {
            var line = Self.randomLine(&rng)
            let isTrivial = line.withUTF8 { ScalarTable.isNFCTrivial($0) }
            guard isTrivial else { continue }
            trivial += 1
            let reference = line.split(separator: " ").filter {
                $0.containsBytes("http://") || $0.containsBytes("https://") || $0.hasPrefix("www.") || $0.containsBytes("pic.twitter.com")
            }.count
            if reference > 0 { withURLs += 1 }
            #expect(line.withUTF8 { LineFeatures.urlWords($0) } == reference, "\(line.debugDescription)")
        }
        #expect(trivial > 500 && withURLs > 100)
    }

    /// Mostly-ASCII prose, where the normalization copies eight bytes at a time between the
    /// spaces, capitals, backquotes and runs of white space that stop it.
    @Test func normalizeMatchesTheReferenceOnASCIIProse() {
        let pieces = ["il", "governo", "di", "Roma", " ", " ", " ", "  ", "\t", "\r\n", "`", "'", "ABC", "x", ".", ":",
                      "|", "-", "è", "’", "~", "!", "0123456789", "\u{7F}", "\u{1}", "a b c d e f g h", "zz  zz"]
        var rng = SeededGenerator(seed: 13)
        for _ in 0..<5000 {
            let n = Int.random(in: 0...30, using: &rng)
            let line = (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined()
            #expect(BoilerplatePhrases.normalize(line) == Self.referenceNormalize(line), "\(line.debugDescription)")
        }
    }

    /// Line offsets found eight bytes at a time, against a byte-by-byte split.
    @Test func lineOffsetsMatchAByteByByteSplit() {
        var rng = SeededGenerator(seed: 14)
        let pieces = ["\n", "\r\n", "\r", "riga di testo ", "è", "x", "\n\n", "  ", "«Sì»"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let b = Array(text.utf8)
            var expected: [Range<Int>] = []
            var start = 0
            for i in b.indices where b[i] == 0x0A {
                expected.append(start..<(i > start && b[i - 1] == 0x0D ? i - 1 : i))
                start = i + 1
            }
            if start < b.count { expected.append(start..<b.count) }
            #expect(BoilerplateFilter.lineOffsets(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func scalarTableMatchesTheProperties() {
        for v in UInt32(0)..<0x3000 {
            guard let u = Unicode.Scalar(v) else { continue }
            let p = u.properties, f = ScalarTable.lookup(v)
            #expect((f & ScalarTable.alphabetic != 0) == p.isAlphabetic)
            #expect((f & ScalarTable.uppercase != 0) == p.isUppercase)
            #expect((f & ScalarTable.numeric != 0) == (p.numericType != nil))
            #expect((f & ScalarTable.whitespace != 0) == p.isWhitespace)
            #expect((f & ScalarTable.lowercaseIsSelf != 0) == (Array(p.lowercaseMapping.utf8) == Array(String(u).utf8)))
        }
    }

    /// The phrase match as it was: exact phrases by String, then prefix and contains in file order.
    static func referenceMatch(_ phrases: BoilerplatePhrases, _ line: String) -> BoilerplatePhrases.Entry? {
        var exact: [String: Int] = [:]
        for (i, e) in phrases.entries.enumerated() where e.match == .exact && exact[e.phrase] == nil { exact[e.phrase] = i }
        if let i = exact[line] { return phrases.entries[i] }
        for e in phrases.entries where e.match != .exact {
            if e.match == .prefix && line.utf8.starts(with: e.phrase.utf8) { return e }
            if e.match == .contains && line.containsBytes(e.phrase) { return e }
        }
        return nil
    }

    @Test func phraseMatchMatchesTheReference() throws {
        let file = try String(contentsOf: Repo.root.appendingPathComponent("Lexicons/boilerplate_phrases.tsv"), encoding: .utf8)
        for phrases in [try BoilerplatePhrases(parsing: file), BoilerplatePhrases.builtIn] {
            var rng = SeededGenerator(seed: 7)
            let pieces = phrases.entries.map(\.phrase)
            for _ in 0..<3000 {
                var line = Self.randomLine(&rng)
                if Bool.random(using: &rng) { line = pieces.randomElement(using: &rng)! + (Bool.random(using: &rng) ? "" : " " + line) }
                if Bool.random(using: &rng) { line = Self.randomLine(&rng) + " " + pieces.randomElement(using: &rng)! }
                let n = BoilerplatePhrases.normalize(line)
                #expect(phrases.match(normalized: n) == Self.referenceMatch(phrases, n), "\(n)")
            }
        }
    }

    @Test func stopWordBytesMatchTheSet() {
        var rng = SeededGenerator(seed: 8)
        var words = Array(ItalianStopWords.all) + ItalianStopWords.all.map { $0.uppercased() } + ["Perché", "PIÙ", "È", "dell", "x"]
        for _ in 0..<2000 { words.append(Self.randomLine(&rng)) }
        for w in words {
            var bytes = w.lowercased()
            let viaBytes = bytes.withUTF8 { ItalianStopWords.table.contains($0) }
            // The byte table answers for NFC-trivial words, which is every word the filter probes.
            if bytes.withUTF8({ ScalarTable.isNFCTrivial($0) }) { #expect(viaBytes == ItalianStopWords.contains(w.lowercased()), "\(w)") }
        }
    }

    @Test func rankedWithALimitIsAPrefixOfTheRanking() {
        var rng = SeededGenerator(seed: 9)
        for _ in 0..<200 {
            var t = FrequencyTable()
            for _ in 0..<Int.random(in: 0...300, using: &rng) {
                // Some keys share their first eight bytes (the sort's prefix) and differ after.
                let stem = Bool.random(using: &rng) ? "precisam" : ""
                t.add(stem + Self.randomLine(&rng).prefix(Int.random(in: 0...12, using: &rng)), count: Int.random(in: 1...4, using: &rng))
            }
            let all = t.ranked()
            for limit in [0, 1, 3, 5, 20, 50, 64, 65, 100, 1000] {
                let top = t.ranked(limit: limit)
                #expect(top.map(\.key) == all.prefix(limit).map(\.key) && top.map(\.count) == all.prefix(limit).map(\.count))
            }
            // The same counts added in another order make an equal table.
            var u = FrequencyTable()
            for row in all.reversed() { u.add(row.key, count: row.count) }
            #expect(u == t && u.count == t.count && u.total == t.total)
        }
    }

    @Test func tablesWithAZeroCountKeyDiffer() {
        var a = FrequencyTable(), b = FrequencyTable()
        a.add("casa"); a.add("mare", count: 0)
        b.add("casa"); b.add("cielo", count: 0)
        #expect(a != b)
        b = FrequencyTable(); b.add("casa"); b.add("mare", count: 0)
        #expect(a == b)
    }
}

/// Counting survives tokens that overlap (the tokenizer has produced them for `1:34.19`).
@Suite struct WordCounterOverlapTests {
    @Test(arguments: [1, 2, 3]) func overlappingTokensDoNotTrap(n: Int) {
        let text = "ore 1:34.19 casa"
        func token(_ a: Int, _ b: Int, _ kind: Token.Kind) -> Token {
            let u = text.utf8
            let s = u.index(u.startIndex, offsetBy: a), e = u.index(u.startIndex, offsetBy: b)
            return Token(text: text[s..<e], utf8Range: a..<b, scalarRange: a..<b, kind: kind, spaceAfter: false,
                         normalized: String(text[s..<e]))
        }
        let tokens = [token(0, 3, .word), token(4, 8, .date), token(6, 11, .number), token(12, 16, .word)]
        var counts = WordCounter.Counts()
        WordCounter(keepStopWords: true, n: n).count(tokens, in: text, into: &counts)
        #expect(counts.table.total == (n == 1 ? 2 : 0))
    }
}
