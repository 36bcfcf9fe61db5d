import Tokenizer

/// Tokens built from pre-tokenized input (CoNLL: one token a line, blank line between
/// sentences): the text is the tokens joined by spaces, sentences by newlines.
///
/// ```swift
/// let p = PretokenizedText(sentences: [["Sam", "Altman", "parla"]])
/// p.text              // "Sam Altman parla"
/// p.tokens[1].start   // 4
/// ```
public struct PretokenizedText: Sendable {
    /// The rebuilt text.
    public let text: String
    /// One token per input word, in order.
    public let tokens: [Token]
    /// For each sentence, the range of its tokens in `tokens`.
    public let sentences: [Range<Int>]

    /// Builds the text and its tokens; kinds are guessed from each word's shape.
    public init(sentences words: [[String]]) {
        var text = ""
        var spans: [(Range<Int>, Range<Int>, String.Index, String.Index)] = []  // utf8, scalar
        var sentenceRanges: [Range<Int>] = []
        var utf8 = 0, scalars = 0
        for (si, sentence) in words.enumerated() {
            let first = spans.count
            for (wi, w) in sentence.enumerated() {
                let u = w.utf8.count, s = w.unicodeScalars.count
                spans.append((utf8..<utf8 + u, scalars..<scalars + s, text.endIndex, text.endIndex))
                text += w
                utf8 += u; scalars += s
                if wi + 1 < sentence.count { text += " "; utf8 += 1; scalars += 1 }
            }
            sentenceRanges.append(first..<spans.count)
            if si + 1 < words.count { text += "\n"; utf8 += 1; scalars += 1 }
        }
        // Recompute String.Index values now that the text is final.
        let u8 = text.utf8
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        var sentenceIndex = 0
        for (i, sp) in spans.enumerated() {
            while sentenceIndex < sentenceRanges.count, !sentenceRanges[sentenceIndex].contains(i) { sentenceIndex += 1 }
            let lo = u8.index(u8.startIndex, offsetBy: sp.0.lowerBound)
            let hi = u8.index(lo, offsetBy: sp.0.count)
            let slice = text[lo..<hi]
            let last = sentenceIndex < sentenceRanges.count && i + 1 == sentenceRanges[sentenceIndex].upperBound
            tokens.append(Token(text: slice, utf8Range: sp.0, scalarRange: sp.1, kind: Self.guessKind(slice),
                                spaceAfter: !last, normalized: TextNormalization.normalize(slice)))
        }
        self.text = text
        self.tokens = tokens
        self.sentences = sentenceRanges
    }

    /// A token kind from the word's shape alone.
    static func guessKind(_ w: Substring) -> Token.Kind {
        guard let f = w.unicodeScalars.first else { return .punctuation }
        if w.hasPrefix("http://") || w.hasPrefix("https://") || w.hasPrefix("www.") { return .url }
        if f == "@", w.count > 1 { return .mention }
        if f == "#", w.count > 1 { return .hashtag }
        if w.contains("@"), w.contains("."), w.count > 4 { return .email }
        let letters = w.unicodeScalars.contains { $0.properties.isAlphabetic }
        let digits = w.unicodeScalars.contains { ("0"..."9").contains($0) }
        if digits && !letters {
            return w.contains("/") ? .date : .number
        }
        if letters {
            if w.count > 1, w.hasSuffix("."), !w.hasSuffix("..") { return .abbreviation }
            return .word
        }
        if w.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .currencySymbol || $0.properties.generalCategory == .mathSymbol || $0 == "%" || $0 == "&" }) { return .symbol }
        if f.properties.isEmojiPresentation { return .emoji }
        return .punctuation
    }
}
