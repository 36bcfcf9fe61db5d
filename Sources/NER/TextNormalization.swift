import Tokenizer

/// The normalization tokens carry (`Token.normalized`, from the tokenizer's ``Normalizer``),
/// used for lexicon surfaces and for tokens built from pre-tokenized (CoNLL) input, so both
/// sides of a gazetteer lookup agree.
public enum TextNormalization {
    static let normalizer = Normalizer()
    /// Normalizes one token's text.
    public static func normalize(_ s: some StringProtocol) -> String {
        normalizer.normalize(s)
    }
}
