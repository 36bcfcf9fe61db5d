/// Line shapes that anchor an article's header and footer: dates, bylines, photo credits,
/// and the attribution lines of social-media embeds.
extension LineFeatures {
    static let italianMonths: Set<String> = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                             "agosto", "settembre", "ottobre", "novembre", "dicembre"]
    static let englishMonths: Set<String> = ["january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december",
                                             "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Lowercased runs of letters or digits.
    var alnumTokens: [Substring] {
        // `Character.isLetter` / `isNumber` test the character's first scalar (alphabetic,
        // numeric type): the same flags from the scalar table, without the property look-ups.
        normalized.split(whereSeparator: { c in
            ScalarTable.lookup(c.unicodeScalars.first!.value) & (ScalarTable.alphabetic | ScalarTable.numeric) == 0
        })
    }

    /// The month names of both languages as byte strings (all ASCII).
    static let monthTable = ByteStringTable(italianMonths.union(englishMonths))

    /// A run of letters or digits in a trivial normalized line (where characters are scalars).
    struct AlnumRun {
        var bytes: Range<Int>
        var scalars = 0
        /// Leading numeric scalars.
        var numericPrefix = 0
        var isNumeric: Bool { numericPrefix == scalars }
    }

    /// ``alnumTokens`` of a trivial line, on its normalized bytes.
    static func alnumRuns(_ b: UnsafeBufferPointer<UInt8>) -> [AlnumRun] {
        var runs: [AlnumRun] = []
        var current: AlnumRun?
        var i = 0
        while i < b.count {
            let (v, n) = ScalarTable.decode(b, i)
            let f = ScalarTable.lookup(v)
            if f & (ScalarTable.alphabetic | ScalarTable.numeric) != 0 {
                var r = current ?? AlnumRun(bytes: i..<i)
                if r.numericPrefix == r.scalars && f & ScalarTable.numeric != 0 { r.numericPrefix += 1 }
                r.scalars += 1
                r.bytes = r.bytes.lowerBound..<(i + n)
                current = r
            } else if let r = current {
                runs.append(r); current = nil
            }
            i += n
        }
        if let r = current { runs.append(r) }
        return runs
    }

    /// A day, month name and year: `17 febbraio 2020` (on a trivial line's normalized bytes).
    static func hasNamedDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = alnumRuns(b)
        for i in t.indices where i > 0 && i + 1 < t.count && monthTable.contains(UnsafeBufferPointer(rebasing: b[t[i].bytes])) {
            if t[i - 1].scalars <= 2, t[i - 1].isNumeric, t[i + 1].numericPrefix >= 4 { return true }
        }
        return false
    }

    /// A word of three numeric parts cut by `/`, `-` or `.`, one of them four digits long
    /// (on a trivial line's bytes).
    static func hasNumericDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            // One space-separated word: b[i..<end].
            var end = i
            while end < b.count && b[end] != 0x20 { end += 1 }
            var parts = 0, four = false, ok = true
            var partScalars = 0, partNumeric = true
            var k = i
            while k <= end {
                let atCut = k == end || b[k] == 0x2F || b[k] == 0x2D || b[k] == 0x2E
                if atCut {
                    if partScalars > 0 {
                        parts += 1
                        if !partNumeric { ok = false }
                        if partScalars == 4 { four = true }
                    }
                    partScalars = 0; partNumeric = true; k += 1; continue
                }
                let (v, n) = ScalarTable.decode(b, k)
                let f = ScalarTable.lookup(v)
                if f & ScalarTable.numeric == 0 { partNumeric = false }
                partScalars += 1
                k += n
            }
            if end > i && parts == 3 && ok && four { return true }
            i = end + 1
        }
        return false
    }

    /// A short line holding a date (`17 febbraio 2020`, `26/11/2024`, `2024-11-26`).
    var dateShape: Bool {
        guard words <= 12 else { return false }
        if normalizedIsTrivial && textIsTrivial,
           let named = normalized.utf8.withContiguousStorageIfAvailable({ Self.hasNamedDate($0) }) {
            if named { return true }
            if let numeric = text.utf8.withContiguousStorageIfAvailable({ Self.hasNumericDate($0) }) { return numeric }
        }
        let t = alnumTokens
        for i in t.indices {
            if Self.italianMonths.contains(String(t[i])) || Self.englishMonths.contains(String(t[i])),
               i > 0, t[i - 1].count <= 2, t[i - 1].allSatisfy(\.isNumber),
               i + 1 < t.count, t[i + 1].prefix(4).allSatisfy(\.isNumber), t[i + 1].count >= 4 {
                return true
            }
        }
        // Numeric dates.
        let compact = text.split(separator: " ")
        return compact.contains { w in
            let parts = w.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) && !$0.isEmpty }) else { return false }
            return parts.contains { $0.count == 4 }
        }
    }

    /// Holds a time of day (`13:04`, `10.43`) next to the date.
    var hasTimeOfDay: Bool {
        let chars = Array(text)
        guard chars.count >= 4 else { return false }
        for i in 1..<(chars.count - 2) where chars[i] == ":" || chars[i] == "." {
            if chars[i - 1].isNumber, chars[i + 1].isNumber, chars[i + 2].isNumber,
               i + 3 == chars.count || !chars[i + 3].isNumber { return true }
        }
        return false
    }

    /// An author line: `di Simona Lorenzetti`, `dal nostro inviato`, `Redazione ANSA ROMA`.
    var bylineShape: Bool {
        guard words >= 2 && words <= 10, Self.startsLikeAny(normalized, Self.bylineFirstBytes) else { return false }
        for fixed in Self.bylineOpenings where normalizedHasPrefix(fixed) {
            return true
        }
        for prefix in Self.bylinePrefixes where normalizedHasPrefix(prefix) {
            let rest = text.trimmingSpaces.dropFirst(prefix.count).trimmingSpaces
            guard let first = rest.first, first.isUppercase else { return false }
            // Mostly capitalized words after the prefix: a name, maybe with a date.
            return capitalized + allCaps >= max(1, (words - 1) / 2)
        }
        return false
    }

    /// A photo credit or caption source: `(ansa)`, `© ANSA`, `Crediti: Sora`, `Getty Images`.
    var creditShape: Bool {
        guard words >= 1 && words <= 8 else { return false }
        let (first, last): (UInt32, UInt32)
        if textIsTrivial, let edges = text.utf8.withContiguousStorageIfAvailable({ Self.edgeScalars($0) }) {
            (first, last) = edges
        } else {
            let t = text.trimmingSpaces
            first = t.first == "(" ? 0x28 : t.first == "©" ? 0xA9 : 0
            last = t.last == ")" ? 0x29 : 0
        }
        if first == 0x28 && last == 0x29 && words <= 3 { return true }
        if first == 0xA9 && words <= 6 { return true }
        if Self.startsLikeAny(normalized, Self.creditPrefixFirstBytes) {
            for p in Self.creditPrefixes where normalizedHasPrefix(p) { return true }
        }
        var n = normalized
        return n.withUTF8 { Self.agencyTable.occurs(in: $0) }
    }

    /// The first and last scalars of a line that are not white space (0 for none): in an
    /// NFC-trivial line every character but `\r\n` is one scalar, so these are the first and
    /// last characters of `trimmingSpaces`.
    static func edgeScalars(_ b: UnsafeBufferPointer<UInt8>) -> (first: UInt32, last: UInt32) {
        // From the front to the first scalar that is not white space, then from the back
        // (valid UTF-8: a scalar starts at the first byte that is not a continuation byte).
        var i = 0
        while i < b.count {
            let (v, n) = ScalarTable.decode(b, i)
            if ScalarTable.lookup(v) & ScalarTable.whitespace == 0 { break }
            i += n
        }
        guard i < b.count else { return (0, 0) }
        let first = ScalarTable.decode(b, i).value
        var j = b.count
        while j > i {
            var k = j - 1
            while k > i && b[k] & 0xC0 == 0x80 { k -= 1 }
            let v = ScalarTable.decode(b, k).value
            if ScalarTable.lookup(v) & ScalarTable.whitespace == 0 { return (first, v) }
            j = k
        }
        return (first, first)
    }

    static let agencyTable = ByteNeedles(agencies)

    static let bylineOpenings = ["dal nostro inviato", "dalla nostra inviata", "dal nostro corrispondente",
                                 "dalla nostra corrispondente", "dai nostri inviati"]
    static let bylinePrefixes = ["di ", "a cura di ", "redazione ", "by ", "testo di ", "intervista di "]
    /// Bit `c` set when a prefix of the list starts with byte `c` (ASCII prefixes: a line
    /// starting with another byte, normalized, starts with none of them).
    static func firstByteMask(_ prefixes: [String]) -> (UInt64, UInt64) {
        var m: (UInt64, UInt64) = (0, 0)
        for p in prefixes { let c = p.utf8.first!; if c < 64 { m.0 |= 1 << UInt64(c) } else { m.1 |= 1 << UInt64(c & 63) } }
        return m
    }
    static let creditPrefixFirstBytes = firstByteMask(creditPrefixes)
    static let bylineFirstBytes = firstByteMask(bylineOpenings + bylinePrefixes)

    /// Whether `s` starts with an ASCII byte of `mask`.
    @inline(__always)
    static func startsLikeAny(_ s: String, _ mask: (UInt64, UInt64)) -> Bool {
        guard let c = s.utf8.first, c < 128 else { return false }
        return (c < 64 ? mask.0 >> UInt64(c) : mask.1 >> UInt64(c & 63)) & 1 != 0
    }

    static let creditPrefixes = ["foto:", "foto di ", "crediti:", "credits:", "credit:", "photo:", "ph:", "ph.", "fonte:", "immagine:"]
    static let agencies = ["getty images", "istock", "shutterstock", "lapresse", "imagoeconomica", "fotogramma", "agenzia ansa"]

    /// `normalized.hasPrefix(p)` for an ASCII `p`: a byte comparison when the normalized line
    /// is NFC-trivial (its characters are single scalars, so no character straddles the end
    /// of the prefix).
    func normalizedHasPrefix(_ p: String) -> Bool {
        guard normalizedIsTrivial else { return normalized.hasPrefix(p) }
        let n = normalized.utf8, q = p.utf8
        guard n.count >= q.count else { return false }
        if let equal = n.withContiguousStorageIfAvailable({ a in
            q.withContiguousStorageIfAvailable { b in b.isEmpty || memoryEqual(a.baseAddress!, b.baseAddress!, b.count) }
        }), let equal {
            return equal
        }
        return n.starts(with: q)
    }

    /// A bare site name used as a signature (`Financialounge.com`).
    var isSiteSignature: Bool {
        let t = text.trimmingSpaces
        guard words <= 2, !t.contains(" "), let dot = t.lastIndex(of: ".") else { return false }
        let tld = t[t.index(after: dot)...].lowercased()
        return ["com", "it", "net", "org", "eu", "info"].contains(tld) && t[..<dot].count >= 3
    }

    /// The attribution line of an embedded post: `— Name (@handle) November 26, 2024`,
    /// or a line holding a `pic.twitter.com` link.
    var attributionShape: Bool {
        if text.containsBytes("(@"), text.containsBytes(")") {
            if normalizedIsTrivial, let found = normalized.utf8.withContiguousStorageIfAvailable({ b -> Bool in
                let t = Self.alnumRuns(b)
                return t.contains { Self.monthTable.contains(UnsafeBufferPointer(rebasing: b[$0.bytes])) }
                    && t.contains { $0.scalars == 4 && $0.isNumeric }
            }) { return found }
            let t = alnumTokens
            let hasMonth = t.contains { Self.englishMonths.contains(String($0)) || Self.italianMonths.contains(String($0)) }
            let hasYear = t.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
            if hasMonth && hasYear { return true }
        }
        return false
    }

    /// The embed attribution starts the line (the post's text is on the lines before it).
    var startsWithDash: Bool {
        // On an NFC-trivial line, characters are scalars (see ``trimmedRange(_:)``): a byte prefix test.
        if textIsTrivial, let found = text.utf8.withContiguousStorageIfAvailable({ b -> Bool in
            let t = UnsafeBufferPointer(rebasing: b[Self.trimmedRange(b)])
            return t.starts(with: "—".utf8) || t.starts(with: "–".utf8) || t.starts(with: "- ".utf8) || t.starts(with: "â€”".utf8)
        }) {
            return found
        }
        let t = text.trimmingSpaces
        return t.hasPrefix("—") || t.hasPrefix("–") || t.hasPrefix("- ") || t.hasPrefix("â€”")
    }

    /// The bytes of a line without its leading and trailing white-space scalars. In an
    /// NFC-trivial line every character is one scalar (or `\r\n`, white space too), so this
    /// is `trimmingSpaces`, and two such lines trim to equal strings exactly when these bytes
    /// are equal.
    static func trimmedRange(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lo = 0
        while lo < b.count {
            let (v, n) = ScalarTable.decode(b, lo)
            if ScalarTable.lookup(v) & ScalarTable.whitespace == 0 { break }
            lo += n
        }
        var hi = b.count
        while hi > lo {
            var s = hi - 1
            while s > lo && b[s] & 0xC0 == 0x80 { s -= 1 }
            if ScalarTable.lookup(ScalarTable.decode(b, s).value) & ScalarTable.whitespace == 0 { break }
            hi = s
        }
        return lo..<hi
    }

    /// `a.text.trimmingSpaces == b.text.trimmingSpaces`, on bytes when both lines are NFC-trivial.
    static func sameTrimmedText(_ a: LineFeatures, _ b: LineFeatures) -> Bool {
        if a.textIsTrivial && b.textIsTrivial, let same = a.text.utf8.withContiguousStorageIfAvailable({ x in
            b.text.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let rx = trimmedRange(x), ry = trimmedRange(y)
                return rx.count == ry.count
                    && (rx.isEmpty || memoryEqual(x.baseAddress! + rx.lowerBound, y.baseAddress! + ry.lowerBound, rx.count))
            }
        }), let same {
            return same
        }
        return a.text.trimmingSpaces == b.text.trimmingSpaces
    }

}
