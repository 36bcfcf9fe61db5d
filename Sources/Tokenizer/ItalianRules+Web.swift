/// Web tokens ICU splits into pieces: URLs, e-mail addresses, @mentions, #hashtags.
extension ItalianRules {
    /// If a web token starts at the piece, its end and kind.
    func webToken(_ p: Piece, hasDot: Bool) -> (Int, Token.Kind)? {
        let s = p.start
        let c = b[s]
        if c == 0x40 || c == 0x23 {  // @mention, #hashtag
            guard s == 0 || !b.isAlnumASCII(at: s - 1) else { return nil }
            var e = s + 1
            if c == 0x40 {
                while b.isAlnumASCII(at: e) && e < b.count { e += 1 }
            } else {
                while e < b.count && (b.isAlnumASCII(at: e) || (b[e] >= 0x80 && b.isLetter(at: e))) {
                    e += b[e] < 0x80 ? 1 : b.scalar(at: e).length
                }
            }
            guard e > s + 1 else { return nil }
            return (e, c == 0x40 ? .mention : .hashtag)
        }
        guard p.isWord || p.isNumber else { return nil }
        let e = p.end
        if b[e] == 0x3A && b[e + 1] == 0x2F && b[e + 2] == 0x2F && e - s <= 10 {  // scheme://
            let end = url(from: s)
            return end > e + 3 ? (end, .url) : nil
        }
        if b[s] | 0x20 == 0x77, b.equalsIgnoringCase(s, min(s + 4, e), "www.") { return (url(from: s), .url) }
        if b[e] == 0x40, let end = email(from: s, at: e) { return (end, .email) }
        // name.tld or name.tld/path: a dotted word whose last label is a known domain.
        if hasDot, let lastDot = lastDot(s, e), lastDot > s, e - lastDot > 2,
           ItalianData.topLevelDomainKeys.contains(b, lastDot + 1, e),
           b.isLetter(at: lastDot - 1) || b.isDigit(at: lastDot - 1) {
            if !ItalianData.abbreviationKeys.contains(b, s, e) { return (url(from: s), .url) }
        }
        return nil
    }

    private func lastDot(_ s: Int, _ e: Int) -> Int? {
        var k = e - 1
        while k > s { if b[k] == 0x2E { return k }; k -= 1 }
        return nil
    }

    /// Scans a URL from `s` to white space or a character URLs do not hold, then trims
    /// trailing punctuation (and a closing bracket the URL did not open).
    private func url(from s: Int) -> Int {
        var e = s
        var open = 0
        while e < b.count {
            let c = b[e]
            if c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E || c == 0x60 || c >= 0x80 { break }
            if c == 0x28 { open += 1 }
            if c == 0x29 { if open == 0 { break }; open -= 1 }
            e += 1
        }
        while e > s + 1, let last = Optional(b[e - 1]),
              last == 0x2E || last == 0x2C || last == 0x3B || last == 0x3A || last == 0x21 || last == 0x3F || last == 0x27 {
            e -= 1
        }
        return e
    }

    /// An e-mail address whose local part starts at `s` and whose `@` is at `at`.
    private func email(from s: Int, at: Int) -> Int? {
        var e = at + 1
        var dots = 0
        while e < b.count, b.isAlnumASCII(at: e) || b[e] == 0x2D || b[e] == 0x2E {
            if b[e] == 0x2E { dots += 1 }
            e += 1
        }
        while e > at + 1 && b[e - 1] == 0x2E { e -= 1; dots -= 1 }
        guard dots >= 1, e > at + 3 else { return nil }
        return e
    }
}
