/// Byte-level character tests on UTF-8 text, the tokenizer's hot path (no `Character`,
/// no `Unicode.Scalar.Properties` per scalar).
struct Bytes {
    let p: UnsafeBufferPointer<UInt8>
    var count: Int { p.count }

    @inline(__always) subscript(_ i: Int) -> UInt8 { i < p.count && i >= 0 ? p[i] : 0 }

    /// Decodes the scalar at `i`; returns it and its length in bytes.
    @inline(__always) func scalar(at i: Int) -> (value: UInt32, length: Int) {
        let b0 = self[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0 { return ((UInt32(b0 & 0x1F) << 6) | UInt32(self[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(self[i + 1] & 0x3F) << 6) | UInt32(self[i + 2] & 0x3F), 3)
        }
        return ((UInt32(b0 & 0x07) << 18) | (UInt32(self[i + 1] & 0x3F) << 12) | (UInt32(self[i + 2] & 0x3F) << 6)
            | UInt32(self[i + 3] & 0x3F), 4)
    }

    /// The start of the scalar that ends just before `i`.
    @inline(__always) func scalarStart(before i: Int) -> Int {
        var j = i - 1
        while j > 0 && (self[j] & 0xC0) == 0x80 { j -= 1 }
        return j
    }

    /// Length of the white-space scalar at `i` (space, tab, line breaks, NBSP, Unicode spaces,
    /// zero-width space, BOM), or 0.
    @inline(__always) func spaceLength(at i: Int) -> Int {
        let b = self[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return i < count ? 1 : 0 }
        if b < 0x80 { return 0 }
        let (v, n) = scalar(at: i)
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x2060, 0x3000, 0xFEFF: return n
        default: return 0
        }
    }

    /// Whether the scalar at `i` is a line break.
    @inline(__always) func isNewline(at i: Int) -> Bool {
        let b = self[i]
        if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C { return true }
        if b == 0xE2 { let (v, _) = scalar(at: i); return v == 0x2028 || v == 0x2029 }
        return b == 0xC2 && self[i + 1] == 0x85
    }

    /// Length of an apostrophe at `i`: `'` `’` `‘` `ʼ` `` ` `` `´`, or 0.
    @inline(__always) func apostropheLength(at i: Int) -> Int {
        switch self[i] {
        case 0x27, 0x60: return 1
        case 0xE2 where self[i + 1] == 0x80 && (self[i + 2] == 0x99 || self[i + 2] == 0x98): return 3
        case 0xCA where self[i + 1] == 0xBC: return 2
        case 0xC2 where self[i + 1] == 0xB4: return 2
        default: return 0
        }
    }

    /// Whether the scalar at `i` is a letter (ASCII by hand, others via ICU).
    @inline(__always) func isLetter(at i: Int) -> Bool {
        let b = self[i]
        if b < 0x80 { return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        return i < count && ICUText.isLetter(scalar(at: i).value)
    }

    @inline(__always) func isDigit(at i: Int) -> Bool { self[i] >= 0x30 && self[i] <= 0x39 }
    @inline(__always) func isUpper(at i: Int) -> Bool {
        let b = self[i]
        if b < 0x80 { return b >= 0x41 && b <= 0x5A }
        let v = scalar(at: i).value
        return (v >= 0xC0 && v <= 0xDE && v != 0xD7) || (ICUText.isLetter(v) && ICUText.isUppercase(v))
    }
    @inline(__always) func isAlnumASCII(at i: Int) -> Bool {
        let b = self[i]
        return (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b == 0x5F
    }

    /// Length of a quotation mark at `i` (double or single, any style), or 0.
    @inline(__always) func quoteLength(at i: Int) -> Int {
        let b = self[i]
        if b == 0x22 || b == 0x27 || b == 0x60 { return 1 }
        if b == 0xC2 && (self[i + 1] == 0xAB || self[i + 1] == 0xBB) { return 2 }
        if b == 0xE2 && self[i + 1] == 0x80 {
            let c = self[i + 2]
            if (c >= 0x98 && c <= 0x9F) || c == 0xB9 || c == 0xBA { return 3 }
        }
        return 0
    }

    /// The ASCII-lowercased bytes `[a, b)` as a String, apostrophes as `'`: the key the word
    /// tables use (the rules look them up with `ByteKey.lowered`, which tests check against this).
    func lowerKey(_ a: Int, _ b: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(b - a)
        var i = a
        while i < b {
            let n = apostropheLength(at: i)
            if n > 0 { out.append(0x27); i += n; continue }
            let c = p[i]
            out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the bytes at `a` are exactly `bytes`.
    func equalsBytes(_ a: Int, _ bytes: [UInt8]) -> Bool {
        guard a >= 0 else { return false }
        for (k, x) in bytes.enumerated() where self[a + k] != x { return false }
        return true
    }

    /// Whether `[a, b)` equals the ASCII string `s` ignoring case.
    func equalsIgnoringCase(_ a: Int, _ b: Int, _ s: StaticString) -> Bool {
        guard b - a == s.utf8CodeUnitCount else { return false }
        let q = s.utf8Start
        for k in 0..<(b - a) where (p[a + k] | 0x20) != (q[k] | 0x20) { return false }
        return true
    }
}

/// What a byte can mean to the Italian rules, as bit flags looked up in one table, so the
/// common case (a plain word, a comma) is recognized without running the rules.
enum ByteClass {
    /// A period: abbreviations, dotted words, web addresses, dates.
    static let dot: UInt8 = 1
    /// A byte that can start an apostrophe (`'` `` ` `` or the lead byte of `’` `‘` `ʼ` `´`).
    static let apostrophe: UInt8 = 2
    /// After a word, a byte no rule looks at: white space, the end (0), and ASCII punctuation
    /// other than `'` `` ` `` `.` `-` `/` `:` `@` (elision, abbreviations, hyphenated words,
    /// URLs, e-mail addresses).
    static let plainAfterWord: UInt8 = 4
    /// A one-byte piece that is plain punctuation, a symbol or a double quote, whatever follows.
    static let punctuation: UInt8 = 8
    static let symbol: UInt8 = 16
    static let quote: UInt8 = 32
    /// A byte a word can start with and still be a plain word: not a digit (numbers, dates)
    /// nor `@` `#` (ICU keeps `@name` as one word piece).
    static let plainWordStart: UInt8 = 64

    /// The flags of each byte value.
    static let table: [UInt8] = (0..<256).map { flags(of: UInt8($0)) }

    private static func flags(of c: UInt8) -> UInt8 {
        var f: UInt8 = 0
        if !(c >= 0x30 && c <= 0x39) && c != 0x40 && c != 0x23 { f |= plainWordStart }
        if c == 0x2E { f |= dot }
        if c == 0x27 || c == 0x60 || c == 0xE2 || c == 0xCA || c == 0xC2 { f |= apostrophe }
        let alnum = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A)
        let asciiPunct = c > 0x20 && c < 0x7F && !alnum
        if c == 0 || c == 0x20 || (c >= 0x09 && c <= 0x0D)
            || (asciiPunct && ![0x27, 0x60, 0x2E, 0x2D, 0x2F, 0x3A, 0x40].contains(c)) {
            f |= plainAfterWord
        }
        // What ItalianRules.other and classify give a one-byte piece, except where they look
        // further (apostrophes, periods) and web tokens (@, #).
        if asciiPunct && ![0x27, 0x60, 0x2E, 0x40, 0x23].contains(c) {
            switch c {
            case 0x22: f |= quote
            case 0x25, 0x24, 0x2B, 0x3D, 0x3C, 0x3E, 0x26, 0x5E, 0x7C, 0x7E: f |= symbol
            default: f |= punctuation
            }
        }
        return f
    }
}

/// What one pass over a span's bytes, eight at a time, tells: shared by the rules' fast path
/// and `TokenBuilder`, so a plain word's bytes are read once.
struct Shape {
    var scalars: Int32 = 0
    var flags: UInt8 = 0

    /// Bits of `flags`.
    static let known: UInt8 = 0x80
    static let nonASCII: UInt8 = 1
    /// ASCII capitals (only meaningful without `nonASCII`).
    static let upper: UInt8 = 2
    /// ASCII bytes other than letters: digits, punctuation (only meaningful without `nonASCII`).
    static let nonLetter: UInt8 = 4

    var isKnown: Bool { flags & Self.known != 0 }
}

extension Bytes {
    /// The shape of `[s, e)`: scalars (bytes minus continuation bytes 10xxxxxx), non-ASCII
    /// bytes, and for ASCII, capitals and non-letters (carry-free byte-wise range tests: bit 7
    /// of b + 0x3F is b >= 'A', of b + 0x25 is b > 'Z').
    @inline(__always)
    func shape(_ s: Int, _ e: Int) -> Shape {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var scalars = e &- s
        var high: UInt64 = 0, upper: UInt64 = 0, nonLetter: UInt64 = 0
        var k = s
        while k < e {
            let len = e &- k
            let valid: UInt64 = len >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: len &* 8)) &- 1
            let w = k &+ 8 <= count
                ? UInt64(littleEndian: UnsafeRawPointer(p.baseAddress!).loadUnaligned(fromByteOffset: k, as: UInt64.self)) & valid
                : tailWord(k) & valid
            let h = w & highs
            if h != 0 { scalars &-= (h & ~(w &<< 1)).nonzeroBitCount }
            high |= h
            upper |= (w &+ 0x3F &* ones) & ~(w &+ 0x25 &* ones)
            let folded = w | 0x20 &* ones  // 'a'...'z' for letters
            nonLetter |= ~((folded &+ 0x1F &* ones) & ~(folded &+ 0x05 &* ones)) & valid
            k &+= 8
        }
        var f = Shape.known
        if high != 0 { f |= Shape.nonASCII }
        if upper & highs != 0 { f |= Shape.upper }
        if nonLetter & highs != 0 { f |= Shape.nonLetter }
        return Shape(scalars: Int32(truncatingIfNeeded: scalars), flags: f)
    }

    /// The last bytes of the buffer from `k` (fewer than eight) as a little-endian word,
    /// zero-padded; kept out of line so the common path stays short.
    @inline(never)
    func tailWord(_ k: Int) -> UInt64 {
        var w: UInt64 = 0
        var j = 0
        while k + j < count { w |= UInt64(p[k + j]) << UInt64(j * 8); j += 1 }
        return w
    }

    /// Whether `[s, e)` holds a backquote.
    func hasBackquote(_ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e { if p[k] == 0x60 { return true }; k += 1 }
        return false
    }
}
