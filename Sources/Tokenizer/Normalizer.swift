/// Normalizes text with ICU: NFC (or NFKC), apostrophe and quote variants unified, zero-width
/// characters and soft hyphens removed, no-break spaces as spaces, and full Unicode case folding.
///
/// The tokenizer applies it per token, so offsets stay on the original text.
///
/// ```swift
/// let n = Normalizer()
/// n.normalize("L’Università")   // "l'università"
/// n.normalize("«Così»")         // "\"così\""
/// ```
public struct Normalizer: Hashable, Sendable {
    /// The Unicode normalization form applied first.
    public var form: NormalizationForm
    /// Whether to case-fold (ICU `ucasemap_utf8FoldCase`, not `lowercased()`).
    public var foldCase: Bool
    /// Whether apostrophe variants become `'` and quotation marks become `"` (double) or `'` (single).
    public var unifyPunctuation: Bool

    /// Creates a normalizer; the defaults are what `Token.normalized` uses.
    public init(form: NormalizationForm = .nfc, foldCase: Bool = true, unifyPunctuation: Bool = true) {
        self.form = form
        self.foldCase = foldCase
        self.unifyPunctuation = unifyPunctuation
    }

    /// The normalized form of `text`.
    ///
    /// - Complexity: O(n); pure ASCII takes a fast path that never calls ICU.
    public func normalize(_ text: some StringProtocol) -> String {
        var ascii = true
        for b in text.utf8 where b >= 0x80 || (b == 0x60 && unifyPunctuation) { ascii = false; break }
        if ascii {
            guard foldCase else { return String(text) }
            return Self.asciiLower(text)
        }
        var out = ICUText.normalize(mapped(text), form: form)
        if foldCase {
            out = out.withUTF8 { ICUText.foldCase($0) }
        }
        // Normalization can create marks the first pass would have mapped: NFKC turns ‴ into
        // three primes, NFC turns U+1FEF into a grave accent. Map them too, so that normalizing
        // twice changes nothing (found by FuzzNormalizer; see RegressionTests).
        if unifyPunctuation, out.unicodeScalars.contains(where: { $0.value >= 0x60 && isMapped($0) }) {
            out = mapped(out)
        }
        return out
    }

    /// `text` with zero-width characters and soft hyphens removed, no-break spaces as spaces,
    /// and (when unifying) apostrophes and quotation marks unified.
    private func mapped(_ text: some StringProtocol) -> String {
        var mapped = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                // Soft hyphen and zero-width characters; ZWJ stays inside emoji sequences.
                if s.value == 0x200D, mapped.last.map({ $0.value >= 0x2000 }) == true { mapped.append(s) }
            case 0x00A0, 0x2007, 0x202F: mapped.append(" ")
            default:
                if unifyPunctuation, let u = Self.unified(s) { mapped.append(u) } else { mapped.append(s) }
            }
        }
        return String(mapped)
    }

    /// Whether the mapping pass would change or drop `s` (ZWJ excepted: emoji keep it).
    private func isMapped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x00AD, 0x200B, 0x200C, 0x2060, 0xFEFF, 0x00A0, 0x2007, 0x202F: return true
        default: return unifyPunctuation && Self.unified(s) != nil
        }
    }

    /// The unified form of an apostrophe or quotation mark, or nil.
    static func unified(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x2019, 0x02BC, 0x2018, 0x0060, 0x00B4, 0x201B, 0x201A, 0x2039, 0x203A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02: return "\""
        default: return nil
        }
    }

    /// Lowercases ASCII bytes by hand, the fast path for most Italian tokens.
    @inline(__always)
    static func asciiLower(_ text: some StringProtocol) -> String {
        var needs = false
        for b in text.utf8 where b >= 0x41 && b <= 0x5A { needs = true; break }
        guard needs else { return String(text) }
        let n = text.utf8.count
        return String(unsafeUninitializedCapacity: n) { buf in
            var i = 0
            for b in text.utf8 {
                buf[i] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
                i += 1
            }
            return n
        }
    }
}
