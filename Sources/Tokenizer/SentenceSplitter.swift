/// One sentence: a run of tokens and where it lies in the text.
public struct Sentence: Hashable, Sendable {
    /// The indices of its tokens in the token array it was split from.
    public let tokenRange: Range<Int>
    /// UTF-8 byte offsets, from its first token's start to its last token's end.
    public let utf8Range: Range<Int>
    /// Unicode-scalar offsets, from its first token's start to its last token's end.
    public let scalarRange: Range<Int>
    /// Where it lies in the original string.
    public let range: Range<String.Index>
}

/// Splits tokens into sentences: ICU's sentence-break rules (UAX #29) propose, Italian rules decide.
///
/// The rules are asked only where one token ends and the next begins (``SentenceBreakRules``;
/// gaps they do not cover ask ICU's iterator itself, with the same answers).
///
/// Exceptions to ICU: no break after abbreviations (`Dott.`, `S.p.A.`) or initials (`J.`),
/// nor before a lowercase word (`«Davvero?» chiese`); a break after a period glued to a
/// capitalized word (`fine.Il`); and every line break ends a sentence, since scraped text
/// puts each headline or block on a line of its own.
///
/// ```swift
/// let text = "Il dott. Rossi è arrivato. «Davvero?» chiese Anna."
/// let tokens = try Tokenizer().tokens(in: text)
/// try SentenceSplitter().sentences(in: text, tokens: tokens).count  // 2
/// ```
public struct SentenceSplitter: Sendable {
    private let prototype: IteratorPrototype

    /// Abbreviations that may end a sentence when a capitalized word follows.
    static let terminalAbbreviations: Set<String> = [
        "ecc.", "etc.", "s.p.a.", "spa.", "s.r.l.", "srl.", "inc.", "ltd.", "corp.", "co.", "bros.",
    ]

    /// Creates a splitter.
    /// - Throws: `ICUError` if ICU cannot open its sentence break rules.
    public init() throws(ICUError) {
        prototype = try IteratorPrototype(.sentence)
    }

    /// The sentences of `tokens`, which must be the tokens of `text`.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func sentences(in text: String, tokens: [Token]) -> [Sentence] {
        guard !tokens.isEmpty else { return [] }
        var text = text
        var starts = [0]
        text.withUTF8 { buf in
            let bytes = Bytes(p: buf)
            // ICU's own boundaries, computed only if a gap needs them (see SentenceBreakRules).
            var icu: [Int]? = nil
            var k = 0
            tokens.withUnsafeBufferPointer { tokens in
                for j in 1..<tokens.count {
                    let gapStart = tokens[j - 1].utf8Range.upperBound, gapEnd = tokens[j].utf8Range.lowerBound
                    // Most gaps: at most one space after a token ending in an ASCII letter or
                    // digit. No terminator, colon or period before it: neither the rules nor
                    // the missed-break checks below break there.
                    if Self.isPlainGap(buf, gapStart, gapEnd) { continue }
                    if hasNewline(bytes, gapStart, gapEnd) { starts.append(j); continue }
                    let icuBreak: Bool
                    if gapStart <= gapEnd && gapEnd <= buf.count, let rule = SentenceBreakRules.breaks(bytes, gapStart: gapStart, gapEnd: gapEnd) {
                        icuBreak = rule
                    } else {
                        if icu == nil { icu = icuBoundaries(buf) }
                        while k < icu!.count && icu![k] < gapStart { k += 1 }
                        icuBreak = k < icu!.count && icu![k] <= gapEnd
                    }
                    // A numbered heading (`858. Comprensorio di bonifica`) is not a sentence of its own.
                    if j >= 2 && starts.last == j - 2 && tokens[j - 2].kind == .number && tokens[j - 1].isASCII(0x2E) { continue }
                    if icuBreak ? keeps(tokens, j) : missedBreak(tokens, j) { starts.append(j) }
                }
            }
        }
        starts.append(tokens.count)
        return (0..<(starts.count - 1)).map { n in
            let a = tokens[starts[n]], z = tokens[starts[n + 1] - 1]
            return Sentence(tokenRange: starts[n]..<starts[n + 1],
                            utf8Range: a.utf8Range.lowerBound..<z.utf8Range.upperBound,
                            scalarRange: a.start..<z.end,
                            range: a.range.lowerBound..<z.range.upperBound)
        }
    }

    /// ICU's sentence boundaries in `buf` (UTF-8 offsets, ascending).
    func icuBoundaries(_ buf: UnsafeBufferPointer<UInt8>) -> [Int] {
        let iterator = prototype.make()
        iterator.setText(buf)
        _ = iterator.first()
        var icu: [Int] = []
        while let b = iterator.next() { icu.append(b) }
        return icu
    }

    /// The gaps between tokens (as the next token's index) where ``SentenceBreakRules`` and
    /// ICU's iterator disagree: empty when the rules stand in for ICU exactly (a test checks).
    func ruleDisagreements(in text: String, tokens: [Token]) -> [Int] {
        var text = text
        return text.withUTF8 { buf in
            let bytes = Bytes(p: buf)
            let icu = icuBoundaries(buf)
            var k = 0
            var out: [Int] = []
            for j in tokens.indices.dropFirst() {
                let gapStart = tokens[j - 1].utf8Range.upperBound, gapEnd = tokens[j].utf8Range.lowerBound
                guard gapStart <= gapEnd, !hasNewline(bytes, gapStart, gapEnd) else { continue }
                while k < icu.count && icu[k] < gapStart { k += 1 }
                let icuBreak = k < icu.count && icu[k] <= gapEnd
                if let rule = SentenceBreakRules.breaks(bytes, gapStart: gapStart, gapEnd: gapEnd), rule != icuBreak { out.append(j) }
            }
            return out
        }
    }

    private func hasNewline(_ b: Bytes, _ s: Int, _ e: Int) -> Bool {
        var i = s
        while i < e { if b.isNewline(at: i) { return true }; i += 1 }
        return false
    }

    /// Whether ICU's proposed break before token `j` stands.
    private func keeps(_ t: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        let prev = t[j - 1], next = t[j]
        if startsLowercase(next) { return false }
        if prev.kind == .abbreviation {
            return Self.terminalAbbreviations.contains(prev.normalized) && startsUppercase(next)
        }
        return true
    }

    /// A break ICU misses: after a colon before a capital or a quotation mark (UD Italian ends
    /// sentences there), after a period
    /// that is not an abbreviation's even before a lowercase word, and after a period glued to
    /// a capitalized word (`fine.Il`).
    /// Whether the gap `gapStart..<gapEnd` between two tokens is nothing or one space after
    /// an ASCII letter or digit: never a sentence break (tested against the rules).
    @inline(__always) static func isPlainGap(_ buf: UnsafeBufferPointer<UInt8>, _ gapStart: Int, _ gapEnd: Int) -> Bool {
        guard gapStart > 0, gapStart <= gapEnd, gapEnd <= gapStart + 1, gapEnd <= buf.count,
              gapEnd == gapStart || buf[gapStart] == 0x20 else { return false }
        let b = buf[gapStart - 1]
        return (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39)
    }

    private func missedBreak(_ t: UnsafeBufferPointer<Token>, _ j: Int) -> Bool {
        let prev = t[j - 1], next = t[j]
        if prev.isASCII(0x3A) { return prev.spaceAfter && next.kind != .number && startsUppercase(next) }
        guard prev.isASCII(0x2E) else { return false }
        if prev.spaceAfter { return startsLowercase(next) }
        guard j >= 2 else { return false }
        let word = t[j - 2]
        return word.kind == .word && word.text.count > 1 && startsLowercase(word) && startsUppercase(next)
            && next.kind == .word
    }

    private func startsLowercase(_ t: Token) -> Bool {
        guard t.kind == .word else { return false }
        let f = t.firstScalar
        return f.isASCII ? f.value >= 0x61 && f.value <= 0x7A : f.properties.isLowercase
    }

    private func startsUppercase(_ t: Token) -> Bool {
        if t.kind == .quote || t.kind == .number { return true }
        let f = t.firstScalar
        return f.isASCII ? f.value >= 0x41 && f.value <= 0x5A : f.properties.isUppercase
    }
}
