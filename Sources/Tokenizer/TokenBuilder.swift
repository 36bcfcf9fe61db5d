/// Turns byte spans into `Token`s, keeping a running Unicode-scalar count.
///
/// The hot path of tokenizing: each token's bytes are read eight at a time, in one pass that
/// counts its scalars and notes whether it is plain ASCII and has capitals (which makes
/// `Token.normalized` cheap later). No string is built.
struct TokenBuilder {
    /// The bytes being tokenized: the token string's UTF-8 from `byteBase` on.
    let bytes: Bytes
    let byteBase: Int
    /// Whether a backquote makes a token need more than ASCII lowering.
    private let unifyPunctuation: Bool
    private var bytePos = 0
    private var scalarPos: Int
    /// The normalizer's flags, kept in every token.
    private let normalizerFlags: UInt8

    /// The token last filled in; `fill` rewrites it in place, so handing it to a closure
    /// costs no reference counting (a caller that keeps it copies it).
    private(set) var token: Token

    init(bytes: Bytes, text: String, byteBase: Int, scalarBase: Int, normalizer: Normalizer) {
        self.bytes = bytes
        self.byteBase = byteBase
        self.scalarPos = scalarBase
        self.unifyPunctuation = normalizer.unifyPunctuation
        self.normalizerFlags = Token.Flag.of(normalizer)
        self.token = Token(base: text)
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Up to eight bytes from `k` (never past `e`) as a little-endian word, zero-padded.
    @inline(__always)
    private func word(_ k: Int, _ e: Int) -> UInt64 {
        let len = e &- k
        if k &+ 8 <= bytes.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(bytes.p.baseAddress!).loadUnaligned(fromByteOffset: k, as: UInt64.self))
            return len >= 8 ? w : w & ((1 &<< UInt64(truncatingIfNeeded: len &* 8)) &- 1)
        }
        var w: UInt64 = 0
        var j = 0
        while j < len && j < 8 { w |= UInt64(bytes.p[k &+ j]) &<< UInt64(j &* 8); j &+= 1 }
        return w
    }

    /// Makes `token` the token `[s, e)` of `kind` (byte offsets in `bytes`).
    @inline(__always)
    mutating func fill(_ s: Int, _ e: Int, _ kind: Token.Kind) {
        // Scalars in the gap since the last token (usually one space).
        var k = bytePos
        var scalar = scalarPos &+ (s &- k)
        while k < s { if bytes.p[k] & 0xC0 == 0x80 { scalar &-= 1 }; k &+= 1 }
        token.scalarStart = scalar
        // One pass over the token: scalars (bytes minus continuation bytes 10xxxxxx), non-ASCII
        // bytes, capitals and backquotes (bit 7 of b + 0x3F is b >= 'A', of b + 0x25 is b > 'Z',
        // carry-free for ASCII bytes).
        var high: UInt64 = 0, upper: UInt64 = 0, grave: UInt64 = 0
        k = s
        while k < e {
            let w = word(k, e)
            let h = w & Self.highs
            if h != 0 { scalar &-= (h & ~(w &<< 1)).nonzeroBitCount }
            high |= h
            upper |= (w &+ 0x3F &* Self.ones) & ~(w &+ 0x25 &* Self.ones)
            grave |= ~((w ^ (0x60 &* Self.ones)) &+ 0x7F &* Self.ones)
            k &+= 8
        }
        scalar &+= e &- s
        token.scalarCount = UInt32(truncatingIfNeeded: scalar &- token.scalarStart)
        scalarPos = scalar
        bytePos = e
        token.utf8Count = UInt32(truncatingIfNeeded: e &- s)
        var f = normalizerFlags
        if high == 0 && (grave & Self.highs == 0 || !unifyPunctuation) { f |= Token.Flag.plainASCII }
        if upper & Self.highs != 0 { f |= Token.Flag.upper }
        if e < bytes.count && (bytes.p[e] == 0x20 || bytes.spaceLength(at: e) > 0) { f |= Token.Flag.spaceAfter }
        token.packed = Token.pack(utf8Start: byteBase &+ s, kind: kind, flags: f)
    }
}
