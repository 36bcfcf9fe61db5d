import Foundation

extension Lexicons {
    /// Parses one TSV file's bytes into the phrase table.
    mutating func parse(name: String, bytes: [UInt8]) throws(LexiconError) {
        let fileIndex = UInt16(files.count)
        files.append(LoadedFile(name: name, bytes: bytes))
        var format = 0  // 0: header not seen, 1: gazetteer, 2: lemma list, 3: not a lexicon
        var lineNo = 0
        var start = 0
        let n = bytes.count
        var cols: [Range<Int>] = []
        cols.reserveCapacity(6)
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < n, format != 3 {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            lineNo += 1
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            defer { start = end + 1 }
            if lineEnd == start || bytes[start] == 0x23 { continue }  // blank or '#'
            cols.removeAll(keepingCapacity: true)
            var c = start
            for i in start..<lineEnd where bytes[i] == 0x09 { cols.append(c..<i); c = i + 1 }
            cols.append(c..<lineEnd)
            if format == 0 {
                let first = String(decoding: bytes[cols[0]], as: UTF8.self)
                let second = cols.count > 1 ? String(decoding: bytes[cols[1]], as: UTF8.self) : ""
                if first == "surface" && second == "type" { format = 1 }
                else if first == "form" && second == "lemma" { format = 3 }  // lemma lists: not used by the recognizer
                else { format = 3 }
                continue
            }
            if cols.count < 2 || cols[0].isEmpty || cols[1].isEmpty {
                throw .badLine(file: name, line: lineNo, reason: "expected at least 2 tab-separated columns (surface, type), found \(cols.count)")
            }
            if format == 2 {
                for col in cols.prefix(2) where !Self.startsUppercase(bytes, col) {
                    insert(bytes: bytes, surface: col, kind: .common, file: fileIndex, canonical: col, source: col.lowerBound..<col.lowerBound)
                }
                continue
            }
            let kind = bytes.withUnsafeBufferPointer { p in
                LexiconKind.parse(UnsafeBufferPointer(rebasing: p[cols[1]]))
            }
            guard let kind else {
                throw .unknownType(file: name, line: lineNo, type: String(decoding: bytes[cols[1]], as: UTF8.self))
            }
            let canonical = cols.count > 2 && !cols[2].isEmpty ? cols[2] : cols[0]
            let source = cols.count > 3 ? cols[3] : cols[0].lowerBound..<cols[0].lowerBound
            insert(bytes: bytes, surface: cols[0], kind: kind, file: fileIndex, canonical: canonical, source: source)
        }
    }

    /// Adds a plain word list (one word a line); lowercase words become common words.
    mutating func addWordList(name: String, bytes: [UInt8]) {
        let fileIndex = UInt16(files.count)
        files.append(LoadedFile(name: name, bytes: bytes))
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if end > start, !Self.startsUppercase(bytes, start..<end) {
                insert(bytes: bytes, surface: start..<end, kind: .common, file: fileIndex, canonical: start..<end, source: start..<start)
            }
            start = end + 1
        }
    }

    static func startsUppercase(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
        guard let b = r.first.map({ bytes[$0] }) else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        let s = String(decoding: bytes[r.lowerBound..<min(r.upperBound, r.lowerBound + 4)], as: UTF8.self)
        return s.first?.isUppercase ?? false
    }

    private mutating func insert(bytes: [UInt8], surface: Range<Int>, kind: LexiconKind, file: UInt16,
                                 canonical: Range<Int>, source: Range<Int>) {
        var h: UInt64 = 0
        var words = 0
        LexiconTokenizer.forEachToken(bytes, surface) { tokenHash in
            if h != 0 { table.markPrefix(h) }
            h = PhraseHash.extend(h, tokenHash)
            words += 1
        }
        guard words > 0 else { return }
        let entry = Int32(entryKind.count)
        let capitalizedOnly = Self.startsUppercase(bytes, surface)
        let next = table.add(h, typeBit: kind.bit, capitalizedOnly: capitalizedOnly, entry: entry)
        entryCapitalizedOnly.append(capitalizedOnly)
        entryKind.append(kind.rawValue)
        entryNext.append(next)
        entryFile.append(file)
        entryCanonical.append(Int32(canonical.lowerBound)..<Int32(canonical.upperBound))
        entrySource.append(Int32(source.lowerBound)..<Int32(source.upperBound))
    }
}

/// Splits a lexicon surface into tokens the way the tokenizer does for the cases lexicons
/// hold (spaces, elisions `dell'`, commas and brackets), and hashes each normalized token.
enum LexiconTokenizer {
    static func forEachToken(_ bytes: [UInt8], _ r: Range<Int>, _ body: (UInt64) -> Void) {
        var i = r.lowerBound
        var tokenStart = i
        func flush(_ end: Int) {
            if end > tokenStart { body(hash(bytes, tokenStart..<end)) }
        }
        while i < r.upperBound {
            let b = bytes[i]
            if b == 0x20 {
                flush(i); tokenStart = i + 1; i += 1; continue
            }
            // , ( ) & / ! ? : ; " stand alone, and so does a hyphen (the word breaker splits Emilia-Romagna).
            if b == 0x2C || b == 0x28 || b == 0x29 || b == 0x26 || b == 0x2F || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x3B || b == 0x22 || b == 0x2D {
                flush(i); body(hash(bytes, i..<i + 1)); tokenStart = i + 1; i += 1; continue
            }
            // An apostrophe (' or ’) between a letter and a letter or digit ends an elided token
            // (dell'Austria), as the tokenizer does; O'Neill and D'Alema stay whole.
            var apostropheLength = 0
            if b == 0x27 { apostropheLength = 1 }
            else if b == 0xE2, i + 2 < r.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 { apostropheLength = 3 }
            if apostropheLength > 0, i > tokenStart {
                let next = i + apostropheLength
                if next < r.upperBound, isLetterOrDigit(bytes[next]) {
                    let oneLetter = i - tokenStart == 1 && (bytes[tokenStart] == 0x4F || bytes[tokenStart] == 0x44)
                    let upperNext = bytes[next] >= 0x41 && bytes[next] <= 0x5A
                    if next + 1 == r.upperBound || bytes[next + 1] == 0x20, bytes[next] == 0x73 {
                        flush(i); tokenStart = i; i = next; continue  // Martha 's
                    }
                    if !(oneLetter && upperNext) { flush(next); tokenStart = next; i = next; continue }
                }
            }
            i += 1
        }
        flush(r.upperBound)
    }

    static func isLetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC0
    }

    /// The hash of a token's normalized form (NFC input assumed: apostrophes unified, lowercased).
    static func hash(_ bytes: [UInt8], _ r: Range<Int>) -> UInt64 {
        var ascii = true
        for i in r where bytes[i] >= 0x80 { ascii = false; break }
        if ascii {
            var h = PhraseHash.seed
            for i in r {
                var b = bytes[i]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
            }
            return h == 0 ? 1 : h
        }
        return PhraseHash.token(TextNormalization.normalize(String(decoding: bytes[r], as: UTF8.self)))
    }
}
