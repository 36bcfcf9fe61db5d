import FuzzSupport
#if canImport(Glibc)
import Glibc
#endif
import NER
import Tokenizer

/// Entity recognizer: mentions in order, without overlaps, lying exactly on token boundaries.
/// Loads the lexicons from `$FUZZ_LEXICONS` or `Lexicons/` (scripts/fuzz.sh runs from the repo root).
let tokenizer = try! Tokenizer()
let directory = getenv("FUZZ_LEXICONS").map { String(cString: $0) } ?? "Lexicons"
let recognizer = EntityRecognizer(lexicons: try! Lexicons(directory: directory))
let plain = EntityRecognizer(lexicons: recognizer.lexicons, useTagger: false)

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    let tokens = tokenizer.tokens(in: s)
    for r in [recognizer, plain] {
        let mentions = r.entities(in: tokens, text: s)
        var previous = 0
        for (n, m) in mentions.enumerated() {
            require(!m.tokenRange.isEmpty && m.tokenRange.upperBound <= tokens.count, "mention \(n) token range \(m.tokenRange)")
            require(m.tokenRange.lowerBound >= previous, "mention \(n) overlaps or precedes the previous one")
            let a = tokens[m.tokenRange.lowerBound], z = tokens[m.tokenRange.upperBound - 1]
            require(m.utf8Range == a.utf8Range.lowerBound..<z.utf8Range.upperBound, "mention \(n) not on token boundaries")
            require(m.scalarRange == a.start..<z.end, "mention \(n) scalar range off its tokens")
            require(m.range == a.range.lowerBound..<z.range.upperBound, "mention \(n) range off its tokens")
            require(m.text == s[a.range.lowerBound..<z.range.upperBound], "mention \(n) text")
            previous = m.tokenRange.upperBound
        }
    }
    return 0
}
