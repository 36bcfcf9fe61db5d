import Foundation
import Testing
@testable import Tokenizer

/// The shortcuts of the boilerplate features (link hints from the scan, one-pass agency
/// search, byte edges of a credit line, the stop-word set) against the code they replace,
/// on seeded random lines.
@Suite struct LineFeaturesShortcutTests {
    static let extra = ["instagram.com/p/abc ", "https://a.b ", "pic.twitter.com/", "www.", "www", "pic.", "://", "(", ")",
                        "© ", "Getty Images", "istock", "LaPresse", "fotogramma ", "agenzia ansa", "ANSA", "\r"]

    static func line(_ rng: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...16, using: &rng)).map { _ in
            Bool.random(using: &rng) ? extra.randomElement(using: &rng)! : CorpusFastPathTests.alphabet.randomElement(using: &rng)!
        }.joined()
    }

    /// URL words, embed links and credit shape as the features computed them before.
    @Test func linkAndCreditShapesMatchTheReference() {
        var rng = SeededGenerator(seed: 61)
        var urls = 0, embeds = 0, credits = 0
        for _ in 0..<6000 {
            let text = Self.line(&rng)
            let f = LineFeatures(text[...], phrases: .builtIn)
            let refURLs = text.split(separator: " ").filter {
                $0.containsBytes("http://") || $0.containsBytes("https://") || $0.hasPrefix("www.") || $0.containsBytes("pic.twitter.com")
            }.count
            #expect(f.urls == refURLs, "\(text.debugDescription)")
            let refEmbed = f.words > 0 && text.utf8.contains(0x2F) && text.utf8.contains(0x2E)
                && (text.containsBytes("pic.twitter.com/") || text.containsBytes("instagram.com/p/"))
            #expect(f.hasEmbedLink == refEmbed, "\(text.debugDescription)")
            var refCredit = false
            if f.words >= 1 && f.words <= 8 {
                let t = text.trimmingSpaces
                refCredit = (t.first == "(" && t.last == ")" && f.words <= 3) || (t.first == "©" && f.words <= 6)
                    || LineFeatures.creditPrefixes.contains { f.normalizedHasPrefix($0) }
                    || LineFeatures.agencies.contains { f.normalized.containsBytes($0) }
            }
            #expect(f.isCredit == refCredit, "\(text.debugDescription)")
            urls += refURLs > 0 ? 1 : 0; embeds += refEmbed ? 1 : 0; credits += refCredit ? 1 : 0
        }
        #expect(urls > 200 && embeds > 100 && credits > 200)
    }

    @Test func agencyNeedlesMatchOneSearchEach() {
        var rng = SeededGenerator(seed: 62)
        let needles = ByteNeedles(LineFeatures.agencies)
        for _ in 0..<3000 {
            var s = BoilerplatePhrases.normalize(Self.line(&rng))
            let one = s.withUTF8 { needles.occurs(in: $0) }
            #expect(one == LineFeatures.agencies.contains { s.containsBytes($0) }, "\(s.debugDescription)")
        }
        var empty = "x"
        #expect(empty.withUTF8 { ByteNeedles(["", "zz"]).occurs(in: $0) })
        // One-byte needles (first-byte test) beside longer ones (first-pair test).
        let mixed = ByteNeedles(["x", "ab"])
        for (hay, expected) in [("zzx", true), ("a", false), ("zab", true), ("ba", false), ("", false), ("xab", true)] {
            var h = hay
            #expect(h.withUTF8 { mixed.occurs(in: $0) } == expected, "\(hay)")
        }
    }

    /// The edge scalars, found from both ends, are those a scan of the whole line finds.
    @Test func edgeScalarsMatchAWholeLineScan() {
        var rng = SeededGenerator(seed: 64)
        func reference(_ b: UnsafeBufferPointer<UInt8>) -> (UInt32, UInt32) {
            var first: UInt32 = 0, last: UInt32 = 0, seen = false, i = 0
            while i < b.count {
                let (v, n) = ScalarTable.decode(b, i)
                if ScalarTable.lookup(v) & ScalarTable.whitespace == 0 { if !seen { first = v; seen = true }; last = v }
                i += n
            }
            return (first, last)
        }
        let pads = ["", " ", "\u{A0}", "\t", "\u{2003} ", "  \u{3000}"]
        for k in 0..<3000 {
            var s = pads[k % pads.count] + Self.line(&rng) + pads[(k / 6) % pads.count]
            if k % 97 == 0 { s = pads[k % pads.count] }
            let (got, want) = s.withUTF8 { (LineFeatures.edgeScalars($0), reference($0)) }
            #expect(got == want, "\(s.debugDescription)")
        }
    }

    @Test func shortWordSetMatchesTheByteTable() {
        var rng = SeededGenerator(seed: 63)
        let long = "precipitevolissimevolmente"
        let keys = Array(ItalianStopWords.all) + [long, "a", "é"]
        let set = ShortWordSet(keys), table = ByteStringTable(keys)
        var probes = keys + keys.map { $0.uppercased() } + keys.map { $0.capitalized } + ["", "x", long.uppercased()]
        for _ in 0..<3000 { probes.append(String(Self.line(&rng).prefix(Int.random(in: 0...20, using: &rng)))) }
        for probe in probes {
            var p = probe
            let shown = probe.debugDescription
            p.withUTF8 { b in
                #expect(set.contains(b) == table.contains(b), "\(shown)")
                // Probed in place at the start of a longer buffer (the one-load path).
                let padded = Array(b) + Array("  e per la".utf8)
                padded.withUnsafeBufferPointer { pb in
                    #expect(set.contains(pb, 0..<b.count) == table.contains(b), "\(shown)")
                }
                if b.count <= 16 && b.allSatisfy({ $0 < 0x80 }) {
                    var lower: [UInt8] = []
                    LineFeatures.lowercase(b, into: &lower)
                    #expect(set.contains(loweringASCII: b) == lower.withUnsafeBufferPointer { table.contains($0) }, "\(shown)")
                }
            }
        }
    }

    /// Alphanumeric tokens split on the scalar table, as `Character.isLetter || isNumber` split them.
    @Test func alnumTokensMatchTheCharacterSplit() {
        var rng = SeededGenerator(seed: 64)
        for _ in 0..<3000 {
            let f = LineFeatures(Self.line(&rng)[...], phrases: .builtIn)
            let reference = f.normalized.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            #expect(f.alnumTokens.map { $0.startIndex..<$0.endIndex } == reference.map { $0.startIndex..<$0.endIndex }, "\(f.normalized.debugDescription)")
            for p in LineFeatures.creditPrefixes + LineFeatures.bylinePrefixes where f.normalizedIsTrivial {
                #expect(f.normalizedHasPrefix(p) == f.normalized.utf8.starts(with: p.utf8))
            }
        }
    }

    /// Trimmed-line equality and the dash test on bytes, against the Character code.
    @Test func trimmedLinesAndDashesMatchTheCharacterCode() {
        var rng = SeededGenerator(seed: 65)
        let dashes = ["—", "–", "- ", "-", "â€”", " \t", "\u{A0}", "\u{2028}", "x", "\u{301}", "\r"]
        var previous = LineFeatures("", phrases: .builtIn)
        for _ in 0..<4000 {
            var line = Self.line(&rng)
            if Bool.random(using: &rng) { line = dashes.randomElement(using: &rng)! + dashes.randomElement(using: &rng)! + line }
            let f = LineFeatures(line[...], phrases: .builtIn)
            let t = f.text.trimmingSpaces
            let dash = t.hasPrefix("—") || t.hasPrefix("–") || t.hasPrefix("- ") || t.hasPrefix("â€”")
            #expect(f.startsWithDash == dash, "\(line.debugDescription)")
            // Equal pairs too: the same line with other white space around it.
            let twin = LineFeatures((dashes[5] + line + dashes[6])[...], phrases: .builtIn)
            for other in [previous, twin] {
                #expect(LineFeatures.sameTrimmedText(f, other) == (f.text.trimmingSpaces == other.text.trimmingSpaces),
                        "\(line.debugDescription) \(other.text.debugDescription)")
            }
            previous = f
        }
    }
}
