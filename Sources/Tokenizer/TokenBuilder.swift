/// Turns byte spans into `Token`s, keeping a running Unicode-scalar count.
///
/// The hot path of tokenizing: each token's bytes are read eight at a time to count its
/// scalars and see whether it is plain ASCII (then `normalized` is the text or its ASCII
/// lowercase, computed on access) in one pass; no substring or string is built for it.
struct TokenBuilder {
    /// The bytes being tokenized: `base`'s UTF-8 from `byteBase` on.
    let bytes: Bytes
    let base: String
    let byteBase: Int
    let normalizer: Normalizer
    /// Whether the default normalization applies, which `latinNormalized` implements on bytes.
    private let latinFastPath: Bool
    private var bytePos = 0
    private var scalarPos: Int

    init(bytes: Bytes, text: String, byteBase: Int, scalarBase: Int, normalizer: Normalizer) {
        self.bytes = bytes
        self.base = text
        self.byteBase = byteBase
        self.normalizer = normalizer
        self.scalarPos = scalarBase
        self.latinFastPath = normalizer.foldCase && normalizer.unifyPunctuation
        self.token = Token(base: text, utf8Start: 0, utf8Count: 0, scalarStart: 0, scalarCount: 0, kind: .word,
                           spaceAfter: false, lowersASCII: false, storedNormalized: nil)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Up to eight bytes from `k` (never past `e`) as a little-endian word, zero-padded.
    @inline(__always)
    private func word(_ k: Int, _ e: Int) -> UInt64 {
        let len = e - k
        if k + 8 <= bytes.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(bytes.p.baseAddress!).loadUnaligned(fromByteOffset: k, as: UInt64.self))
            return len >= 8 ? w : w & ((1 << UInt64(truncatingIfNeeded: len &* 8)) &- 1)
        }
        var w: UInt64 = 0
        var j = 0
        while j < len && j < 8 { w |= UInt64(bytes.p[k + j]) << UInt64(j * 8); j += 1 }
        return w
    }

    /// What one pass over `[s, e)` tells: its scalar count, whether it is ASCII needing no
    /// normalization beyond lowering capitals, and whether it has capitals.
    @inline(__always)
    private func shape(_ s: Int, _ e: Int) -> (scalars: Int, plainASCII: Bool, upper: Bool) {
        var scalars = e - s
        var high: UInt64 = 0, upper: UInt64 = 0, grave: UInt64 = 0
        var k = s
        while k < e {
            let w = word(k, e)
            let h = w & Self.highs
            if h != 0 { scalars -= (h & ~(w << 1)).nonzeroBitCount }  // continuation bytes: 10xxxxxx
            high |= h
            // For ASCII bytes (no carries): bit 7 of b + 0x3F is b >= 'A', of b + 0x25 is b > 'Z'.
            upper |= (w &+ 0x3F &* Self.ones) & ~(w &+ 0x25 &* Self.ones)
            let t = w ^ (0x60 &* Self.ones)  // a backquote becomes an apostrophe
            grave |= ~(t &+ 0x7F &* Self.ones)
            k += 8
        }
        let plain = high == 0 && (grave & Self.highs == 0 || !normalizer.unifyPunctuation)
        return (scalars, plain, upper & Self.highs != 0)
    }

    /// The token last filled in; `fill` rewrites it in place, so handing it to a closure
    /// costs no reference counting (a caller that keeps it copies it).
    private(set) var token: Token

    /// Makes `token` the token `[s, e)` of `kind` (byte offsets in `bytes`).
    @inline(__always)
    mutating func fill(_ s: Int, _ e: Int, _ kind: Token.Kind) {
        var k = bytePos
        var gap = s - k
        while k < s { if bytes.p[k] & 0xC0 == 0x80 { gap -= 1 }; k += 1 }
        let ss = scalarPos + gap
        let (n, plain, upper) = shape(s, e)
        scalarPos = ss + n
        bytePos = e
        token.utf8Start = byteBase + s
        token.utf8Count = UInt32(truncatingIfNeeded: e - s)
        token.scalarStart = ss
        token.scalarCount = UInt32(truncatingIfNeeded: n)
        token.kind = kind
        token.spaceAfter = e < bytes.count && (bytes.p[e] == 0x20 || bytes.spaceLength(at: e) > 0)
        token.lowersASCII = plain && upper && normalizer.foldCase
        if plain {
            if token.storedNormalized != nil { token.storedNormalized = nil }
        } else {
            token.storedNormalized = normalizedForm(s, e)
        }
    }

    /// The normalized form of a token that is not plain ASCII, or nil when it equals the text.
    private func normalizedForm(_ s: Int, _ e: Int) -> String? {
        if latinFastPath {
            switch latinChange(s, e) {
            case .unchanged: return nil
            case .changed: return latinNormalized(s, e)
            case .unsupported: break
            }
        }
        let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes.p[s..<e]), as: UTF8.self)
        let n = normalizer.normalize(surface)
        return n == surface ? nil : n
    }

    private enum LatinChange { case unchanged, changed, unsupported }

    /// Whether the Latin-1 normalization of `[s, e)` changes it; unsupported for what needs
    /// ICU (other scripts, combining marks, ß, zero-width characters). `latinNormalized`
    /// agrees with `Normalizer.normalize` on what it accepts.
    private func latinChange(_ s: Int, _ e: Int) -> LatinChange {
        var changed = false
        var k = s
        let p = bytes.p
        while k < e {
            let c = p[k]
            if c < 0x80 {
                if (c >= 0x41 && c <= 0x5A) || c == 0x60 { changed = true }
                k += 1
            } else if c == 0xC3 && k + 1 < e {
                let d = p[k + 1]
                if d == 0x9F { return .unsupported }  // ß folds to ss
                if d >= 0x80 && d <= 0x9E && d != 0x97 { changed = true }
                k += 2
            } else if c == 0xE2 && k + 2 < e && p[k + 1] == 0x80 {
                switch p[k + 2] {
                case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA, 0x9C, 0x9D, 0x9E, 0x9F: changed = true
                default: return .unsupported
                }
                k += 3
            } else if c == 0xC2 && k + 1 < e && (p[k + 1] == 0xAB || p[k + 1] == 0xBB) {
                changed = true
                k += 2
            } else {
                return .unsupported
            }
        }
        return changed ? .changed : .unchanged
    }

    /// The Latin-1 normalization (Italian accented letters, curly apostrophes and quotes) of
    /// bytes `latinChange` accepted; never longer than the input.
    private func latinNormalized(_ s: Int, _ e: Int) -> String {
        let p = bytes.p
        return String(unsafeUninitializedCapacity: e - s) { out in
            var n = 0
            var k = s
            while k < e {
                let c = p[k]
                if c < 0x80 {
                    out[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x60 ? 0x27 : c
                    n += 1; k += 1
                } else if c == 0xC3 {
                    let d = p[k + 1]
                    out[n] = 0xC3
                    out[n + 1] = d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d
                    n += 2; k += 2
                } else if c == 0xE2 {
                    switch p[k + 2] {
                    case 0x9C, 0x9D, 0x9E, 0x9F: out[n] = 0x22
                    default: out[n] = 0x27
                    }
                    n += 1; k += 3
                } else {  // « »
                    out[n] = 0x22
                    n += 1; k += 2
                }
            }
            return n
        }
    }
}
