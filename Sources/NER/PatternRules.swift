import Tokenizer

/// Token-kind and numeric rules: URL, EMAIL, MENTION, HASHTAG, DATE, MONEY, PERCENT.
enum PatternRules {
    static let months: Set<String> = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                      "agosto", "settembre", "ottobre", "novembre", "dicembre",
                                      "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
                                      "january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"]
    static let weekdays: Set<String> = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
    static let scales: Set<String> = ["mila", "milioni", "milione", "miliardi", "miliardo", "mln", "mld", "mrd", "k", "m", "bn"]
    static let currencies: Set<String> = ["euro", "dollari", "dollaro", "sterline", "sterlina", "franchi", "franco",
                                          "yen", "yuan", "rubli", "€", "$", "£", "¥", "usd", "eur", "gbp"]
    static let currencySymbols: Set<String> = ["€", "$", "£", "¥", "us$", "usd", "eur"]

    static let monthHashes = Set(months.map { PhraseHash.token($0) })
    static let currencySymbolHashes = Set(currencySymbols.map { PhraseHash.token($0) })

    @inline(__always)
    static func isNumber(_ v: DocumentView, _ i: Int) -> Bool {
        v.kinds_[i] == .number || (v.has(i, DocumentView.Flag.hasDigit) && !v.has(i, DocumentView.Flag.hasLower) && v.kinds_[i] != .date)
    }

    /// A token's length in UTF-8 bytes (its normalized form has the same length for digits and
    /// punctuation, but the surface is what the rules measure).
    @inline(__always)
    static func byteCount(_ v: DocumentView, _ i: Int) -> Int { v.tokens[i].utf8Range.count }

    static func candidates(_ v: DocumentView, into out: inout [Candidate]) {
        let n = v.count
        var i = 0
        while i < n {
            let kind = v.kinds_[i]
            switch kind {
            case .url:
                let t = v.tokens[i]
                // (Byte tests: Foundation's substring `contains` costs thousands of instructions.)
                let isEmail = t.text.utf8.contains(0x40) && !t.text.utf8.contains(0x2F)
                out.append(.init(tokens: i..<i + 1, label: isEmail ? .email : .url, priority: Rule.pattern.1, source: Rule.pattern.0))
            case .email: out.append(.init(tokens: i..<i + 1, label: .email, priority: Rule.pattern.1, source: Rule.pattern.0))
            case .mention: out.append(.init(tokens: i..<i + 1, label: .mention, priority: Rule.pattern.1, source: Rule.pattern.0))
            case .hashtag: out.append(.init(tokens: i..<i + 1, label: .hashtag, priority: Rule.pattern.1, source: Rule.pattern.0))
            case .date:
                if case let t = v.tokens[i].text.utf8, t.contains(0x2F) || t.contains(0x2D) {
                    out.append(.init(tokens: i..<i + 1, label: .date, priority: Rule.numeric.1, source: "numeric:date"))
                }
            default: break
            }
            // Money with a leading symbol: € 5, $5 milioni
            if i + 1 < n, kind != .word || byteCount(v, i) <= 3, isNumber(v, i + 1), currencySymbolHashes.contains(v.hash[i]) {
                var e = i + 2
                if e < n, scales.contains(v.normalized[e]) { e += 1 }
                out.append(.init(tokens: i..<e, label: .money, priority: Rule.numeric.1, source: "numeric:money"))
                i = e; continue
            }
            if isNumber(v, i) {
                var e = i + 1
                if e < n, scales.contains(v.normalized[e]) { e += 1 }
                if e + 1 < n, v.normalized[e] == "di" || v.normalized[e] == "d'", currencies.contains(v.normalized[e + 1]), e > i + 1 {
                    out.append(.init(tokens: i..<e + 2, label: .money, priority: Rule.numeric.1, source: "numeric:money"))
                    i = e + 2; continue
                }
                if e < n, currencies.contains(v.normalized[e]) {
                    out.append(.init(tokens: i..<e + 1, label: .money, priority: Rule.numeric.1, source: "numeric:money"))
                    i = e + 1; continue
                }
                if i + 1 < n, v.normalized[i + 1] == "%" {
                    out.append(.init(tokens: i..<i + 2, label: .percent, priority: Rule.numeric.1, source: "numeric:percent"))
                    i += 2; continue
                }
                if i + 2 < n, v.normalized[i + 1] == "per", v.normalized[i + 2] == "cento" {
                    out.append(.init(tokens: i..<i + 3, label: .percent, priority: Rule.numeric.1, source: "numeric:percent"))
                    i += 3; continue
                }
                // 26 novembre (2024), 1° maggio
                if i + 1 < n, byteCount(v, i) <= 3, months.contains(v.normalized[i + 1]) {
                    var s = i
                    if s > 0, weekdays.contains(v.normalized[s - 1]) { s -= 1 }
                    var e = i + 2
                    if e < n, isNumber(v, e), byteCount(v, e) == 4 { e += 1 }
                    out.append(.init(tokens: s..<e, label: .date, priority: Rule.numeric.1, source: "numeric:date"))
                    i = e; continue
                }
            }
            // novembre 2024; November 26, 2024
            // (The normalized form is read only where a month could start: each read retains a String.)
            if v.has(i, DocumentView.Flag.capitalized), i + 1 < n, isNumber(v, i + 1), byteCount(v, i + 1) <= 2,
               v.normalized[i].utf8.count > 3, monthHashes.contains(v.hash[i]) {
                var e = i + 2
                if e + 1 < n, v.normalized[e] == ",", isNumber(v, e + 1), byteCount(v, e + 1) == 4 { e += 2 }
                out.append(.init(tokens: i..<e, label: .date, priority: Rule.numeric.1 - 1, source: "numeric:date"))
                i = e; continue
            }
            if i + 1 < n, v.has(i + 1, DocumentView.Flag.hasDigit), isNumber(v, i + 1), byteCount(v, i + 1) == 4,
               v.normalized[i].utf8.count > 3, monthHashes.contains(v.hash[i]) {
                out.append(.init(tokens: i..<i + 2, label: .date, priority: Rule.numeric.1 - 1, source: "numeric:date"))
                i += 2; continue
            }
            i += 1
        }
    }
}
