/// The Unicode sentence-break rules (UAX #29, the rules ICU's root sentence iterator runs)
/// decided at one gap between two tokens, from the characters around it.
///
/// ``SentenceSplitter`` only needs ICU's verdict where one token ends and the next begins; the
/// tokens already say where those gaps are, so asking the rules there costs a few character
/// tests per gap instead of running ICU's automaton over every byte (about 7% of a full
/// report). Gaps the rules here do not cover (any character in the gap other than white space)
/// answer nil, and the splitter asks ICU itself; a test checks both agree on real and random
/// text.
enum SentenceBreakRules {
    /// The sentence-break classes of UAX #29 that the rules at a token gap tell apart.
    enum Class: UInt8 {
        case other, sp, sep, lower, upper, oletter, numeric, aterm, sterm, close, scontinue, extend
    }

    /// Whether the rules break at `gapEnd`, the start of the token after the white space
    /// `gapStart..<gapEnd` (which holds no line break); nil when the gap holds anything but
    /// white space.
    static func breaks(_ b: Bytes, gapStart: Int, gapEnd: Int) -> Bool? {
        var i = gapStart
        while i < gapEnd {
            if b[i] == 0x20 { i += 1; continue }
            let (v, n) = b.scalar(at: i)
            guard classify(v) == .sp else { return nil }
            i += n
        }
        // Most tokens end in a letter or digit: no terminator before the gap.
        if gapStart > 0 {
            let last = b[gapStart - 1]
            if (last | 0x20 >= 0x61 && last | 0x20 <= 0x7A) || (last >= 0x30 && last <= 0x39) { return false }
        }
        // Backwards: Sp* then Close* then the terminator (Extend and Format characters are
        // transparent, SB5); tokens may hold spaces too (a no-break space with a combining mark).
        var k = gapStart
        var closes = 0, spaces = gapEnd - gapStart
        var term = Class.other
        var termStart = 0
        while k > 0 {
            let s = b.scalarStart(before: k)
            let c = classify(b.scalar(at: s).value)
            k = s
            if c == .extend { continue }
            if c == .sp && closes == 0 { spaces += 1; continue }
            if c == .close { closes += 1; continue }
            term = c; termStart = s
            break
        }
        guard term == .aterm || term == .sterm else { return false }
        let glued = spaces == 0
        let next = classify(b.scalar(at: gapEnd).value)
        if next == .extend { return nil }  // it would cling to what precedes it
        if term == .aterm {
            if glued && closes == 0 {
                if next == .numeric { return false }  // SB6: 3.14
                if next == .upper, termStart > 0 {  // SB7: U.S.A
                    var p = termStart
                    var before = Class.extend
                    while p > 0 && before == .extend { p = b.scalarStart(before: p); before = classify(b.scalar(at: p).value) }
                    if before == .upper || before == .lower { return false }
                }
            }
            // SB8: no break before a lowercase letter that comes before any other letter,
            // terminator or paragraph break.
            var j = gapEnd
            while j < b.count {
                let (v, n) = b.scalar(at: j)
                switch classify(v) {
                case .lower: return false
                case .oletter, .upper, .sep, .aterm, .sterm: j = b.count
                default: j += n
                }
            }
        }
        if next == .scontinue || next == .aterm || next == .sterm { return false }  // SB8a
        if glued && (next == .close || next == .sp || next == .sep) { return false }  // SB9
        return true  // SB11
    }

    /// The UAX #29 sentence-break class of a scalar.
    static func classify(_ v: UInt32) -> Class {
        if v < 0x80 { return asciiClass(v) }
        switch v {
        // Latin-1 letters and the quotation marks of Italian text first: no property look-up.
        case 0xC0...0xDE where v != 0xD7: return .upper
        case 0xDF...0xFF where v != 0xF7: return .lower
        case 0xA0: return .sp
        case 0xAB, 0xBB, 0x2018...0x201F: return .close
        case 0x85, 0x2028, 0x2029: return .sep
        case 0x2024, 0xFE52, 0xFF0E: return .aterm
        case 0x55D, 0x60C, 0x60D, 0x7F8, 0x1802, 0x1808, 0x2013, 0x2014, 0x3001, 0xFE10, 0xFE11,
             0xFE13, 0xFE31, 0xFE32, 0xFE50, 0xFE51, 0xFE55, 0xFE58, 0xFE63, 0xFF0C, 0xFF0D, 0xFF1A, 0xFF64:
            return .scontinue
        case 0x200C, 0x200D: return .extend
        case 0x200B: return .other
        default: break
        }
        guard let u = Unicode.Scalar(v) else { return .other }
        let p = u.properties
        if p.isGraphemeExtend || p.generalCategory == .spacingMark || p.generalCategory == .format { return .extend }
        if p.isSentenceTerminal { return .sterm }
        if p.isWhitespace { return .sp }
        if p.isLowercase { return .lower }
        if p.isUppercase || p.generalCategory == .titlecaseLetter { return .upper }
        if p.isAlphabetic { return .oletter }
        if p.generalCategory == .decimalNumber { return .numeric }
        switch p.generalCategory {
        case .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation: return .close
        default: return p.isQuotationMark ? .close : .other
        }
    }

    @inline(__always)
    private static func asciiClass(_ c: UInt32) -> Class {
        switch c {
        case 0x61...0x7A: return .lower
        case 0x41...0x5A: return .upper
        case 0x20, 0x09, 0x0B, 0x0C: return .sp
        case 0x0A, 0x0D: return .sep
        case 0x30...0x39: return .numeric
        case 0x2E: return .aterm
        case 0x21, 0x3F: return .sterm
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: return .close
        case 0x2C, 0x2D, 0x3A: return .scontinue
        default: return .other
        }
    }
}
