import FuzzSupport
import Tokenizer

/// Boilerplate filter: one decision per line, numbered in order, ranges on the original text.
let filter = BoilerplateFilter()

/// Lines as the filter defines them: split at `\n`, a `\r` before it dropped, no final empty line.
func lineCount(_ s: String) -> Int {
    var n = 0
    var open = false
    for b in s.utf8 {
        if b == 0x0A { n += 1; open = false } else { open = true }
    }
    return n + (open ? 1 : 0)
}

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    let c = filter.classify(s)
    require(c.decisions.count == lineCount(s), "\(c.decisions.count) decisions for \(lineCount(s)) lines")
    var previousEnd = 0
    for (i, d) in c.decisions.enumerated() {
        require(d.line == i + 1, "decision \(i) has line \(d.line)")
        require(d.utf8Range.lowerBound >= previousEnd && d.utf8Range.upperBound <= s.utf8.count,
                "line \(d.line) range \(d.utf8Range) out of order or bounds")
        let slice = s[d.range]
        require(Array(slice.utf8) == Array(s.utf8.dropFirst(d.utf8Range.lowerBound).prefix(d.utf8Range.count)),
                "line \(d.line): range and utf8Range disagree")
        require(!slice.utf8.contains(0x0A), "line \(d.line) contains a line break")
        previousEnd = d.utf8Range.upperBound
    }
    _ = c.mainText
    // Several pages together: still one decision per line on each.
    if s.utf8.count < 4096 {
        let halves = [String(s.prefix(s.count / 2)), String(s.dropFirst(s.count / 2)), String(s.prefix(s.count / 2))]
        for (doc, r) in zip(halves, filter.classify(documents: halves)) {
            require(r.decisions.count == lineCount(doc), "classify(documents:) decisions per line")
        }
    }
    return 0
}
