import Foundation

extension Lexicons {
    /// Parses one TSV file's bytes into the phrase table (byte-level: no per-line strings).
    mutating func parse(name: String, bytes: [UInt8]) throws(LexiconError) {
        fileNames.append(name)
        let base = (name as NSString).lastPathComponent
        var lastSource: Range<Int> = 0..<0
        var lastSourceID: UInt16 = 0
        var lastLow = false
        var haveSource = false
        // Source values seen in this file by a hash of their bytes (lines alternate between a
        // few sources, so building and hashing a name String for each change cost more than
        // the rest of the parse), and the last type column's bytes and kind.
        var sourceIDs: [UInt64: (id: UInt16, bytes: [UInt8])] = [:]
        var lastKind: (range: Range<Int>, kind: LexiconKind)? = nil
        var format = 0  // 0: header not seen, 1: gazetteer, 3: not a lexicon (skipped)
        var lineNo = 0
        var start = 0
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var failure: LexiconError? = nil
        bytes.withUnsafeBufferPointer { b in
            while start < n, format != 3 {
                var end = start
                while end < n, b[end] != 0x0A { end += 1 }
                lineNo += 1
                var lineEnd = end
                if lineEnd > start, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let lineStart = start
                start = end + 1
                if lineEnd == lineStart || b[lineStart] == 0x23 { continue }  // blank or '#'
                // Up to four columns: surface, type, canonical, source (more are ignored).
                var c0 = lineEnd, c1 = lineEnd, c2 = lineEnd, c3 = lineEnd, c4 = lineEnd
                var tabs = 0
                var i = lineStart
                while i < lineEnd {
                    if b[i] == 0x09 {
                        tabs += 1
                        switch tabs { case 1: c0 = i; case 2: c1 = i; case 3: c2 = i; case 4: c3 = i; default: c4 = i }
                        if tabs >= 5 { break }
                    }
                    i += 1
                }
                _ = c4
                if format == 0 {
                    let header = Array("surface\ttype".utf8)
                    format = (lineEnd - lineStart >= header.count && (0..<header.count).allSatisfy { b[lineStart + $0] == header[$0] }) ? 1 : 3
                    continue
                }
                if tabs == 0 || c0 == lineStart || c0 + 1 >= c1 {
                    failure = .badLine(file: name, line: lineNo, reason: "expected at least 2 tab-separated columns (surface, type), found \(tabs == 0 ? 1 : (c0 + 1 >= c1 ? 1 : tabs + 1))")
                    return
                }
                let typeColumn = (c0 + 1)..<c1
                let kind: LexiconKind
                if let last = lastKind, Self.sameBytes(b, last.range, typeColumn) {
                    kind = last.kind
                } else {
                    guard let parsed = LexiconKind.parse(b, c0 + 1, c1) else {
                        failure = .unknownType(file: name, line: lineNo, type: String(decoding: UnsafeBufferPointer(rebasing: b[typeColumn]), as: UTF8.self))
                        return
                    }
                    kind = parsed
                    lastKind = (typeColumn, parsed)
                }
                // Intern the source column: runs of the same value are the rule, so compare bytes first.
                let source = tabs >= 3 ? (c2 + 1)..<c3 : lineStart..<lineStart
                if !haveSource || !Self.sameBytes(b, source, lastSource) {
                    let key = LexiconTokenizer.hash(b, source)
                    if let known = sourceIDs[key], known.bytes.elementsEqual(b[source]) {
                        lastSourceID = known.id
                    } else {
                        let name = source.isEmpty ? base : base + ":" + String(decoding: UnsafeBufferPointer(rebasing: b[source]), as: UTF8.self)
                        lastSourceID = internSource(name)
                        sourceIDs[key] = (lastSourceID, Array(b[source]))
                    }
                    lastLow = source.count >= 12 && Self.sameBytes(b, source.lowerBound..<source.lowerBound + 12, Self.openfootball)
                    lastSource = source; haveSource = true
                }
                insert(b, surface: lineStart..<c0, kind: kind, source: lastSourceID, lowPriority: lastLow)
            }
        }
        if let failure { throw failure }
    }

    /// Whether two byte ranges of `b` hold the same bytes.
    @inline(__always) static func sameBytes(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        var i = x.lowerBound, j = y.lowerBound
        while i < x.upperBound { if b[i] != b[j] { return false }; i += 1; j += 1 }
        return true
    }

    /// Whether range `x` of `b` holds `bytes`.
    @inline(__always) static func sameBytes(_ b: UnsafeBufferPointer<UInt8>, _ x: Range<Int>, _ bytes: [UInt8]) -> Bool {
        x.count == bytes.count && x.upperBound <= b.count && zip(x, bytes).allSatisfy { b[$0] == $1 }
    }

    static let openfootball = Array("openfootball".utf8)

    /// Adds a plain word list (one word a line); lowercase words become common words.
    mutating func addWordList(name: String, bytes: [UInt8]) {
        fileNames.append(name)
        let id = internSource((name as NSString).lastPathComponent)
        bytes.withUnsafeBufferPointer { b in
            var start = 0
            while start < b.count {
                var end = start
                while end < b.count, b[end] != 0x0A { end += 1 }
                if end > start, !Self.startsUppercase(b, start..<end) {
                    insert(b, surface: start..<end, kind: .common, source: id, lowPriority: false)
                }
                start = end + 1
            }
        }
    }

    static func startsUppercase(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        guard let b = r.first.map({ bytes[$0] }) else { return false }
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        if (b == 0xC3 || b == 0xC4 || b == 0xC5), r.count > 1, let l = LexiconTokenizer.latinLower(b, bytes[r.lowerBound + 1]) {
            return l.0 != b || l.1 != bytes[r.lowerBound + 1]
        }
        let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[r.lowerBound..<min(r.upperBound, r.lowerBound + 4)]), as: UTF8.self)
        return s.first?.isUppercase ?? false
    }

    /// The index of `name` among the source names, added if new. `parse` calls it once per
    /// distinct source of a file (its own table of source bytes answers the repeats).
    mutating func internSource(_ name: String) -> UInt16 {
        if let i = sourceNames.firstIndex(of: name) { return UInt16(i) }
        sourceNames.append(name)
        return UInt16(min(sourceNames.count - 1, Int(UInt16.max)))
    }

    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, surface: Range<Int>, kind: LexiconKind, source: UInt16, lowPriority: Bool) {
        var h: UInt64 = 0
        var words = 0
        LexiconTokenizer.forEachToken(bytes, surface) { tokenHash in
            if h != 0 { table.markPrefix(h) }
            h = PhraseHash.extend(h, tokenHash)
            words += 1
        }
        guard words > 0 else { return }
        let entry = Int32(entries.count)
        let capitalizedOnly = Self.startsUppercase(bytes, surface)
        let next = table.add(h, typeBit: kind.bit, capitalizedOnly: capitalizedOnly, entry: entry)
        entries.append(Entry(kind: kind.rawValue, capitalizedOnly: capitalizedOnly, lowPriority: lowPriority, source: source, next: next))
    }
}

/// Splits a lexicon surface into tokens the way the tokenizer does for the cases lexicons
/// hold (spaces, elisions `dell'`, commas and brackets), and hashes each normalized token.
enum LexiconTokenizer {
    static func forEachToken(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ body: (UInt64) -> Void) {
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

    /// The lowercase of a two-byte Latin letter, or nil when case folding is not a simple
    /// one-to-one mapping there (ß, İ, ŉ, ſ) or the character is not a letter handled here.
    @inline(__always)
    static func latinLower(_ b0: UInt8, _ b1: UInt8) -> (UInt8, UInt8)? {
        let cp = (UInt32(b0 & 0x1F) << 6) | UInt32(b1 & 0x3F)
        var lower = cp
        switch cp {
        case 0xC0...0xDE where cp != 0xD7: lower = cp + 0x20
        case 0xDF, 0x130, 0x149, 0x17F: return nil
        case 0xE0...0xFF: lower = cp
        case 0x100...0x137, 0x14A...0x177: lower = cp | 1
        case 0x139...0x148, 0x179...0x17E: lower = cp & 1 == 1 ? cp + 1 : cp
        case 0x138, 0x178: return nil
        default: return nil
        }
        return (UInt8(0xC0 | (lower >> 6)), UInt8(0x80 | (lower & 0x3F)))
    }

    static func isLetterOrDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0xC0
    }

    /// The hash of a token's normalized form (NFC input assumed: apostrophes unified, lowercased).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> UInt64 {
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
        // Fast path for Latin letters with diacritics (U+00C0–U+017F) and ’: lowercase by hand.
        var h = PhraseHash.seed
        var i = r.lowerBound
        while i < r.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                h = (h ^ UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)) &* 0x100_0000_01b3
                i += 1
            } else if (b == 0xC3 || b == 0xC4 || b == 0xC5), i + 1 < r.upperBound, let lower = latinLower(b, bytes[i + 1]) {
                h = (h ^ UInt64(lower.0)) &* 0x100_0000_01b3
                h = (h ^ UInt64(lower.1)) &* 0x100_0000_01b3
                i += 2
            } else if b == 0xE2, i + 2 < r.upperBound, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                h = (h ^ 0x27) &* 0x100_0000_01b3
                i += 3
            } else {
                return PhraseHash.token(TextNormalization.normalize(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)))
            }
        }
        return h == 0 ? 1 : h
    }
}
