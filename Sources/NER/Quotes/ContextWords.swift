/// A word or punctuation token of the text around a quotation, with absolute byte offsets.
struct CWord: Sendable {
    var text: String
    var lower: String
    var start: Int
    var end: Int
    var isPunct: Bool
    var isQuote: Bool

    var isCapitalized: Bool { text.unicodeScalars.first.map { $0.isUpperFast } ?? false }
    /// An elided article or preposition (`l'`, `dell’`).
    var isElided: Bool { lower.hasSuffix("'") || lower.hasSuffix("’") }
}

extension QuoteText {
    /// Lower case, with a fast path for words that are already lower-case ASCII/Latin.
    static func lower(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 {
            if b >= 0x41 && b <= 0x5A { return s.lowercased() }
            if b >= 0x80 { ascii = false }
        }
        if ascii || s.unicodeScalars.allSatisfy({ !$0.isUpperFast }) { return s }
        return s.lowercased()
    }

    /// ``lower(_:)`` of the word `s` whose bytes are `bytes[r]`: an ASCII word is answered
    /// from its bytes (kept when it has no capital, else its capitals lowered, as
    /// `lowercased()` does for ASCII); any other word goes through ``lower(_:)``.
    static func lower(_ s: String, _ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var upper = false
        for k in r {
            let c = bytes[k]
            if c >= 0x80 { return lower(s) }
            if c >= 0x41 && c <= 0x5A { upper = true }
        }
        guard upper else { return s }
        return String(unsafeUninitializedCapacity: r.count) { out in
            for k in r {
                let c = bytes[k]
                out[k - r.lowerBound] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return r.count
        }
    }

    /// ``CharClass`` of the ASCII scalars, by byte.
    static let asciiClasses: [CharClass] = (0..<128).map { CharClass(Unicode.Scalar(UInt8($0))) }

    /// Splits a byte range into words (letters and digits, keeping an elided apostrophe on the
    /// word it ends: `dell'`, `D'`) and single punctuation tokens.
    func words(_ range: Range<Int>) -> [CWord] {
        bytes.withUnsafeBufferPointer { words(range, $0) }
    }

    private func words(_ range: Range<Int>, _ buf: UnsafeBufferPointer<UInt8>) -> [CWord] {
        var out: [CWord] = []
        var b = max(0, range.lowerBound)
        let end = min(bytes.count, range.upperBound)
        // About one word or mark per five bytes of Italian: room up front instead of regrowing.
        out.reserveCapacity(max(0, end - b) / 5 + 2)
        var wordStart = -1
        func flush(_ at: Int) {
            guard wordStart >= 0 else { return }
            let s = String(decoding: UnsafeBufferPointer(rebasing: buf[wordStart..<at]), as: UTF8.self)
            out.append(CWord(text: s, lower: Self.lower(s, buf, wordStart..<at), start: wordStart, end: at, isPunct: false, isQuote: false))
            wordStart = -1
        }
        let asciiClasses = Self.asciiClasses
        while b < end {
            let byte = buf[b]
            // ASCII letters and digits: the common case, no decoding.
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) {
                if wordStart < 0 { wordStart = b }
                b += 1
                continue
            }
            // A space ends the word and is no token.
            if byte == 0x20 { flush(b); b += 1; continue }
            let c: Unicode.Scalar, len: Int, cls: CharClass
            if byte < 0x80 {
                (c, len, cls) = (Unicode.Scalar(byte), 1, asciiClasses[Int(byte)])
            } else {
                guard let (s, n) = scalar(at: b) else { break }
                (c, len, cls) = (s, n, CharClass(s))
            }
            if cls == .letter || cls == .digit {
                if wordStart < 0 { wordStart = b }
            } else if (c == "'" || c == "’"), wordStart >= 0, let (n, _) = scalar(at: b + len), CharClass(n) == .letter {
                flush(b + len)
            } else if (c == "'" || c == "’"), wordStart >= 0 {
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
