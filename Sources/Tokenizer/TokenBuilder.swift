/// Turns byte spans into `Token`s, keeping a running Unicode-scalar count.
///
/// The hot path of tokenizing: each token's bytes are read eight at a time, in one pass that
/// counts its scalars and notes whether it is plain ASCII and has capitals (which makes
/// `Token.normalized` cheap later); for most words the rules' fast path already did that pass.
/// No string is built.
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

    /// Makes `token` the token `[s, e)` of `kind` (byte offsets in `bytes`); `known` is its
    /// shape if the rules already read its bytes.
    @inline(__always)
    mutating func fill(_ s: Int, _ e: Int, _ kind: Token.Kind, _ known: Shape) {
        // Scalars in the gap since the last token (usually one space).
        var k = bytePos
        var scalar = scalarPos &+ (s &- k)
        while k < s { if bytes.p[k] & 0xC0 == 0x80 { scalar &-= 1 }; k &+= 1 }
        token.scalarStart = scalar
        let shape = known.isKnown ? known : bytes.shape(s, e)
        scalar &+= Int(shape.scalars)
        token.scalarCount = UInt32(truncatingIfNeeded: shape.scalars)
        scalarPos = scalar
        bytePos = e
        token.utf8Count = UInt32(truncatingIfNeeded: e &- s)
        var f = normalizerFlags
        if shape.flags & Shape.nonASCII == 0
            && (shape.flags & Shape.nonLetter == 0 || !unifyPunctuation || !bytes.hasBackquote(s, e)) {
            f |= Token.Flag.plainASCII
        }
        if shape.flags & Shape.upper != 0 { f |= Token.Flag.upper }
        if e < bytes.count && (bytes.p[e] == 0x20 || bytes.spaceLength(at: e) > 0) { f |= Token.Flag.spaceAfter }
        token.packed = Token.pack(utf8Start: byteBase &+ s, kind: kind, flags: f)
    }
}
