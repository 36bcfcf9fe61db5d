/// A word or punctuation token of the text around a quotation, with absolute byte offsets.
struct CWord: Sendable {
    var text: String
    var lower: String
    var start: Int
    var end: Int
    var isPunct: Bool
    var isQuote: Bool

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    /// An elided article or preposition (`l'`, `dell’`).
    var isElided: Bool { lower.hasSuffix("'") || lower.hasSuffix("’") }
}

extension QuoteText {
    /// Splits a byte range into words (letters and digits, keeping an elided apostrophe on the
    /// word it ends: `dell'`, `D'`) and single punctuation tokens.
    func words(_ range: Range<Int>) -> [CWord] {
        var out: [CWord] = []
        var b = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        var wordStart = -1
        var scalars = String.UnicodeScalarView()
        func flush(_ at: Int) {
            guard wordStart >= 0 else { return }
            let s = String(scalars)
            out.append(CWord(text: s, lower: s.lowercased(), start: wordStart, end: at, isPunct: false, isQuote: false))
            wordStart = -1
            scalars = String.UnicodeScalarView()
        }
        while b < end, let (c, len) = scalar(at: b) {
            let cls = CharClass(c)
            if cls == .letter || cls == .digit {
                if wordStart < 0 { wordStart = b }
                scalars.append(c)
            } else if (c == "'" || c == "’"), wordStart >= 0, let (n, _) = scalar(at: b + len), CharClass(n) == .letter {
                scalars.append(c)
                flush(b + len)
            } else if (c == "'" || c == "’"), wordStart >= 0, CharClass(scalar(at: b + len)?.0) != .letter {
                flush(b)  // closing single mark or apocope: not part of the word
                out.append(CWord(text: String(c), lower: String(c), start: b, end: b + len, isPunct: true, isQuote: true))
            } else {
                flush(b)
                if cls != .space {
                    let s = String(c)
                    out.append(CWord(text: s, lower: s, start: b, end: b + len, isPunct: true, isQuote: cls == .quote))
                }
            }
            b += len
        }
        flush(end)
        return out
    }
}
