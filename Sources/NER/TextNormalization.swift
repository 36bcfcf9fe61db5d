import Foundation

/// The normalization tokens carry (`Token.normalized`): NFC, apostrophe variants to `'`, case folded.
/// Used for lexicon surfaces and for tokens built from pre-tokenized (CoNLL) input.
public enum TextNormalization {
    /// Normalizes one token's text.
    public static func normalize(_ s: some StringProtocol) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var t = String(s).precomposedStringWithCanonicalMapping
        if t.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" || $0 == "`" || $0 == "\u{00B4}" }) {
            t = String(String.UnicodeScalarView(t.unicodeScalars.map {
                ($0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" || $0 == "`" || $0 == "\u{00B4}") ? "'" : $0
            }))
        }
        return t.lowercased()
    }
}
