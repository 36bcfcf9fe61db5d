import Tokenizer

/// Per-token facts the rules and the tagger share, computed once per document.
struct DocumentView {
    let tokens: [Token]
    /// Hash of each token's normalized form.
    var hash: [UInt64]
    /// Each token's normalized form (`Token.normalized` computes it on every read), kept as
    /// bytes: the rules read a few of them as Strings.
    var normalized: NormalizedForms

    /// Hash of each token's text as written, and of its shape (letters → x/X, digits → d, runs of
    /// a class cut at two): tagger features.
    var rawHash: [UInt64]
    var shapeHash: [UInt64]
    /// Hashes of each normalized form's first 3 and 4 bytes, last 3, 4 and 2 bytes (tagger features).
    var affixes: [Affixes]

    struct Affixes {
        var prefix3: UInt64, prefix4: UInt64, suffix3: UInt64, suffix4: UInt64, suffix2: UInt64
    }
    /// Bits: see `Flag`.
    var flags: [UInt16]
    /// Each token's kind (kept apart so hot loops do not copy tokens).
    var kinds_: [Token.Kind]
    /// Lexicon kinds of the single token (case rules applied).
    var kinds: [UInt32]
    /// Longest entity-type gazetteer match starting at each token: its length (0: none) and table slot.
    var matchLength: [UInt8]
    var matchSlot: [Int32]
    var matchKinds: [UInt32]

    enum Flag {
        static let capitalized: UInt16 = 1
        static let allCaps: UInt16 = 2
        static let hasDigit: UInt16 = 4
        static let sentenceStart: UInt16 = 8
        static let wordLike: UInt16 = 16
        static let number: UInt16 = 32
        static let elided: UInt16 = 64       // ends with an apostrophe (dell', l')
        static let sentenceEnd: UInt16 = 128 // . ! ? …
        static let hasLower: UInt16 = 256
        static let inTitle: UInt16 = 512     // inside a multi-word title (Chief Product Officer)
        static let glued: UInt16 = 1024      // no space on either side (Emilia-Romagna's hyphen)
        static let lineStart: UInt16 = 2048  // a line break before it
    }

    /// The per-token arrays the first pass fills, token `i` at index `i`: plain buffers
    /// written in place (an Array append checks uniqueness and capacity every time), made into
    /// arrays by ``finish()``. It reads the normalized forms and kinds from arrays made in one
    /// call each (a call per token to `Token` copies the token to keep it alive).
    private struct Scan {
        let hash: UnsafeMutablePointer<UInt64>, rawHash: UnsafeMutablePointer<UInt64>, shapeHash: UnsafeMutablePointer<UInt64>
        let flags: UnsafeMutablePointer<UInt16>
        let affixes: UnsafeMutablePointer<Affixes>
        let forms: UnsafeBufferPointer<UInt8>
        let formEnds: UnsafeBufferPointer<Int>
        let kinds: UnsafeBufferPointer<Token.Kind>
        let count: Int
        var atStart = true

        init(count n: Int, forms: UnsafeBufferPointer<UInt8>, formEnds: UnsafeBufferPointer<Int>, kinds: UnsafeBufferPointer<Token.Kind>) {
            count = n
            hash = .allocate(capacity: n); rawHash = .allocate(capacity: n); shapeHash = .allocate(capacity: n)
            flags = .allocate(capacity: n); affixes = .allocate(capacity: n)
            self.forms = forms
            self.formEnds = formEnds
            self.kinds = kinds
        }

        /// The filled arrays (every index written); frees the buffers.
        func finish() -> (hash: [UInt64], rawHash: [UInt64], shapeHash: [UInt64], flags: [UInt16], affixes: [Affixes]) {
            defer { hash.deallocate(); rawHash.deallocate(); shapeHash.deallocate(); flags.deallocate(); affixes.deallocate() }
            return (Array(UnsafeBufferPointer(start: hash, count: count)), Array(UnsafeBufferPointer(start: rawHash, count: count)),
                    Array(UnsafeBufferPointer(start: shapeHash, count: count)), Array(UnsafeBufferPointer(start: flags, count: count)),
                    Array(UnsafeBufferPointer(start: affixes, count: count)))
        }

        /// The affix hashes of a normalized form's bytes.
        @inline(__always)
        static func affixes(_ u: UnsafeBufferPointer<UInt8>) -> Affixes {
            var p = PhraseHash.seed, p4 = PhraseHash.seed, q = PhraseHash.seed, q4 = PhraseHash.seed, q2 = PhraseHash.seed
            for k in 0..<min(4, u.count) {
                let b = UInt64(u[k])
                if k < 3 { p = (p ^ b) &* 0x100_0000_01b3 }
                p4 = (p4 ^ b) &* 0x100_0000_01b3
                let e = UInt64(u[u.count - 1 - k])
                if k < 3 { q = (q ^ e) &* 0x100_0000_01b3 }
                q4 = (q4 ^ e) &* 0x100_0000_01b3
            }
            // the last two bytes in text order
            for b in u.suffix(2) { q2 = (q2 ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Affixes(prefix3: p, prefix4: p4, suffix3: q, suffix4: q4, suffix2: q2)
        }

        @inline(__always)
        static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
            guard a.count == b.count else { return false }
            for k in 0..<a.count where a[k] != b[k] { return false }
            return true
        }

        /// One token's flags and hashes from its UTF-8 bytes; `newline`: a line break before it.
        mutating func add(_ tokens: UnsafeBufferPointer<Token>, _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>, newline: Bool) {
            var f: UInt16 = 0
            let u = UnsafeBufferPointer(rebasing: forms[(i == 0 ? 0 : formEnds[i - 1])..<formEnds[i]])
            let endsWithApostrophe = u.last == 0x27
            affixes[i] = Self.affixes(u)
            // The case-sensitive surface hash is the normalized form's when the bytes are the same.
            let surfaceIsNormalized = Self.same(u, bytes)
            if newline { atStart = true; f |= Flag.lineStart }
            var upper = 0, lower = 0, digit = 0
            var first = true
            // The word-shape hash (Xxxx, dd-dd) rides along.
            var shape = PhraseHash.seed
            var lastClass: UInt8 = 0, run = 0
            // So does the surface hash (PhraseHash.token of the bytes).
            var raw = PhraseHash.seed
            for b in bytes {
                raw = (raw ^ UInt64(b)) &* 0x100_0000_01b3
                let c: UInt8
                if b >= 0x61 && b <= 0x7A { lower &+= 1; c = 120 }
                else if b >= 0x41 && b <= 0x5A { upper &+= 1; if first { f |= Flag.capitalized }; c = 88 }
                else if b >= 0x30 && b <= 0x39 { digit &+= 1; c = 100 }
                else if b >= 0xC0, first, DocumentView.startsUppercase(tokens[i], bytes) { f |= Flag.capitalized; upper &+= 1; c = 120 }
                else if b >= 0xC0 { lower &+= 1; c = 120 }
                else if b >= 0x80 { c = 0 }
                else { c = b }
                first = false
                if c == 0 { continue }
                if c == lastClass { run += 1; if run >= 2 { continue } } else { run = 0 }
                lastClass = c
                shape = (shape ^ UInt64(c)) &* 0x100_0000_01b3
            }
            if raw == 0 { raw = 1 }
            rawHash[i] = raw
            hash[i] = surfaceIsNormalized ? raw : PhraseHash.token(u)
            shapeHash[i] = shape
            if upper >= 2 && lower == 0 { f |= Flag.allCaps }
            if lower > 0 { f |= Flag.hasLower }
            if digit > 0 { f |= Flag.hasDigit }
            let kind = kinds[i]
            let wordLike = kind == .word || kind == .abbreviation
            if wordLike { f |= Flag.wordLike }
            if kind == .number { f |= Flag.number }
            if endsWithApostrophe { f |= Flag.elided }
            if wordLike || kind == .number || kind == .mention || kind == .hashtag {
                if atStart { f |= Flag.sentenceStart }
                atStart = false
            } else if kind == .punctuation, DocumentView.endsSentence(bytes) {
                atStart = true; f |= Flag.sentenceEnd
            }
            flags[i] = f
        }
    }

    /// `forms`: the tokens' normalized forms if the caller has them (else computed here).
    init(tokens: [Token], text: String, lexicons: Lexicons, maxPhrase: Int = 8, forms: NormalizedForms? = nil) {
        self.tokens = tokens
        let n = tokens.count
        let kindList = tokens.map(\.kind)
        kinds_ = kindList
        kinds = Array(repeating: 0, count: n)
        matchLength = Array(repeating: 0, count: n)
        matchSlot = Array(repeating: -1, count: n)
        matchKinds = Array(repeating: 0, count: n)
        // Fast path: the tokens' byte offsets index the text's UTF-8 directly.
        var text = text
        let byteCount = text.utf8.count
        var previousByte = 0
        var offsetsValid = true
        for i in tokens.indices {
            let r = tokens[i].utf8Range
            if r.lowerBound < previousByte || r.upperBound > byteCount { offsetsValid = false; break }
            previousByte = r.upperBound
        }
        var arrays: (hash: [UInt64], rawHash: [UInt64], shapeHash: [UInt64], flags: [UInt16], affixes: [Affixes])?
        let forms = forms.flatMap { $0.count == n ? $0 : nil } ?? NormalizedForms(of: tokens)
        normalized = forms
        forms.bytes.withUnsafeBufferPointer { formBytes in forms.ends.withUnsafeBufferPointer { formEnds in kindList.withUnsafeBufferPointer { kinds in
            var scan = Scan(count: n, forms: formBytes, formEnds: formEnds, kinds: kinds)
            if offsetsValid {
                text.withUTF8 { bytes in tokens.withUnsafeBufferPointer { tp in
                    var previousEnd = -1
                    for i in tp.indices {
                        let r = tp[i].utf8Range
                        let newline = previousEnd >= 0 && previousEnd < r.lowerBound && bytes[previousEnd..<r.lowerBound].contains(0x0A)
                        previousEnd = r.upperBound
                        scan.add(tp, i, UnsafeBufferPointer(rebasing: bytes[r]), newline: newline)
                    }
                } }
            } else {
                var previousEnd: String.Index? = nil
                tokens.withUnsafeBufferPointer { tp in
                    for (i, t) in tp.enumerated() {
                        var newline = false
                        if let p = previousEnd, p < t.range.lowerBound, text.utf8[p..<t.range.lowerBound].contains(0x0A) { newline = true }
                        previousEnd = t.range.upperBound
                        Array(t.text.utf8).withUnsafeBufferPointer { scan.add(tp, i, $0, newline: newline) }
                    }
                }
            }
            arrays = scan.finish()
        } } }
        (hash, rawHash, shapeHash, flags, affixes) = arrays!
        for i in 1..<max(1, n - 1) where !tokens[i - 1].spaceAfter && !tokens[i].spaceAfter { flags[i] |= Flag.glued }
        // Lexicon lookups: single-token kinds and the longest entity match from each token.
        let table = lexicons.table
        // The one-token lookups first, in a loop of independent probes whose cache misses
        // overlap; a document repeats its words, so a small direct-mapped cache (in L2) answers
        // most of them without touching the big table.
        var single = [Int](repeating: -1, count: n)
        var singleSlot = [PhraseTable.Slot](repeating: PhraseTable.Slot(), count: n)
        // (2048 entries, fewer for a short document: clearing the cache costs more than a
        // few hundred tokens' probes save.)
        var recentCount = 64
        while recentCount < min(n, 2048) { recentCount <<= 1 }
        let recentMask = recentCount - 1
        var recent = [(key: UInt64, slot: Int, value: PhraseTable.Slot)](repeating: (0, -1, PhraseTable.Slot()), count: recentCount)
        for i in 0..<n {
            let h = PhraseHash.extend(0, hash[i])
            let c = Int(truncatingIfNeeded: h >> 40) & recentMask
            if recent[c].key == h {
                single[i] = recent[c].slot; singleSlot[i] = recent[c].value
            } else {
                let s = table.find(h)
                single[i] = s
                if s >= 0 { singleSlot[i] = table[s] }
                recent[c] = (h, s, singleSlot[i])
            }
        }
        for i in 0..<n {
            var h: UInt64 = 0
            let cap = flags[i] & Flag.capitalized != 0
            var j = i
            while j < n, j - i < maxPhrase {
                h = PhraseHash.extend(h, hash[j])
                let s = j == i ? single[i] : table.find(h)
                if s < 0 { break }
                let slot = j == i ? singleSlot[i] : table[s]
                let m = slot.anyCase | (cap ? slot.capitalized : 0)
                if j == i { kinds[i] = m }
                if j > i, m & LexiconKind.title.bit != 0 { for t in i...j { flags[t] |= Flag.inTitle } }
                if m & KindMask.entityKinds != 0 {
                    matchLength[i] = UInt8(j - i + 1); matchSlot[i] = Int32(s); matchKinds[i] = m & KindMask.entityKinds
                }
                if !slot.isPrefix { break }
                j += 1
            }
        }
    }

    /// Whether the token's first character is uppercase, given the token's UTF-8 `bytes`;
    /// asked when the first byte is not ASCII. A scalar of U+0080–U+024F (Latin letters, « »)
    /// or U+2000–U+207F (quotes, dashes, ellipsis) that no combining mark or joiner follows
    /// is a one-scalar character, whose answer tables built from `Character.isUppercase` hold;
    /// anything else asks the Character (out of line, keeping Character code out of the byte
    /// loop).
    @inline(never)
    static func startsUppercase(_ t: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The next scalar, if any, must be below U+0300 (a lead byte under 0xCC).
        if bytes.count >= 2, bytes[0] >= 0xC2, bytes[0] <= 0xC9, bytes.count == 2 || bytes[2] < 0xCC {
            let v = Int(bytes[0] & 0x1F) << 6 | Int(bytes[1] & 0x3F)
            if v <= 0x24F { return bit(latinUppercase, v - 0x80) }
        }
        if bytes.count >= 3, bytes[0] == 0xE2, bytes[1] == 0x80 || bytes[1] == 0x81, bytes.count == 3 || bytes[3] < 0xCC {
            return bit(punctuationUppercase, Int(bytes[1] & 0x3F) << 6 | Int(bytes[2] & 0x3F))
        }
        guard let ch = t.text.first else { return false }
        return ch.isUppercase
    }

    @inline(__always) static func bit(_ words: [UInt64], _ k: Int) -> Bool { words[k >> 6] & (1 << UInt64(k & 63)) != 0 }

    /// `Character.isUppercase` of U+0080...U+024F and of U+2000...U+207F, one character each:
    /// bit `v - 0x80` and `v - 0x2000` (written out, since asking the Character hundreds of
    /// times costs more than a short document's look-ups save; DocumentViewTests checks every
    /// bit against it). `ª`, `º`, `ⁱ`, `ⁿ` count as uppercase there: cased, and their own
    /// uppercase.
    static let latinUppercase: [UInt64] = [0x0400_0400_0000_0000, 0x7F7F_FFFF, 0xAB55_5555_5555_5555, 0x2B55_5555_5555_54AA,
                                           0x55AE_DED5_B1DB_EED6, 0x55D2_5555_4AAA_A490, 0x6FF5_5557_5555_5555, 0x557A]
    static let punctuationUppercase: [UInt64] = [0, 0x8002_0000_0000_0000]

    /// Whether a punctuation token's bytes end a sentence: . ! ? … ... ?! !!
    static func endsSentence<S: Collection<UInt8>>(_ b: S) -> Bool {
        var i = b.startIndex
        guard i != b.endIndex else { return false }
        let b0 = b[i]; b.formIndex(after: &i)
        if i == b.endIndex { return b0 == 0x2E || b0 == 0x21 || b0 == 0x3F }
        let b1 = b[i]; b.formIndex(after: &i)
        if i == b.endIndex { return (b0 == 0x3F || b0 == 0x21) && b1 == 0x21 }
        let b2 = b[i]; b.formIndex(after: &i)
        guard i == b.endIndex else { return false }
        return (b0 == 0x2E && b1 == 0x2E && b2 == 0x2E) || (b0 == 0xE2 && b1 == 0x80 && b2 == 0xA6)
    }

    @inline(__always) func has(_ i: Int, _ f: UInt16) -> Bool { flags[i] & f != 0 }
    @inline(__always) func isKind(_ i: Int, _ k: LexiconKind) -> Bool { kinds[i] & k.bit != 0 }
    var count: Int { tokens.count }
}
