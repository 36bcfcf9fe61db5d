/// Splits Italian contractions and clitic clusters into syntactic words, UD style:
/// `della` → `di la`, `dell’` → `di l’`, `nel` → `in il`, `darglielo` → `dar glie lo`.
///
/// ```swift
/// MultiwordExpander().words(for: "Nella")      // ["In", "la"]
/// MultiwordExpander().words(for: "darglielo")  // ["dar", "glie", "lo"]
/// MultiwordExpander().words(for: "casa")       // nil
/// ```
public struct MultiwordExpander: Hashable, Sendable {
    /// Creates an expander with the built-in Italian tables.
    public init() {}

    /// The words `surface` stands for, or nil when it is a single word.
    public func words(for surface: some StringProtocol) -> [String]? {
        let key = lowerKey(surface)
        let capital = surface.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        if let (prep, article) = ItalianData.contractions[key] {
            var second = article
            if article.hasSuffix("'"), let apo = surface.unicodeScalars.last { second = "l" + String(apo) }
            return [capital ? prep.prefix(1).uppercased() + prep.dropFirst() : prep, second]
        }
        guard key.count >= 5, !ItalianData.cliticLookalikes.contains(key), !capital else { return nil }
        return clitics(String(surface), key: key)
    }

    private func clitics(_ surface: String, key: String) -> [String]? {
        for first in ItalianData.cliticFirsts {
            for second in ["lo", "la", "li", "le", "ne"] where key.hasSuffix(first + second) {
                let stem = key.dropLast(first.count + second.count)
                if isVerbStem(stem) { return [String(surface.prefix(stem.count)), first, second] }
            }
        }
        for clitic in ItalianData.clitics where key.hasSuffix(clitic) {
            let stem = key.dropLast(clitic.count)
            if isVerbStem(stem) { return [String(surface.prefix(stem.count)), clitic] }
        }
        return nil
    }

    /// Infinitive without its final e (`veder`, `dar`) or gerund (`dando`, `vedendo`).
    private func isVerbStem(_ stem: Substring) -> Bool {
        if ItalianData.shortInfinitives.contains(String(stem)) { return true }
        if stem.count >= 6 && (stem.hasSuffix("ando") || stem.hasSuffix("endo")) { return true }
        return stem.count >= 5 && (stem.hasSuffix("ar") || stem.hasSuffix("er") || stem.hasSuffix("ir"))
            && stem.allSatisfy { $0.isLetter }
    }

    private func lowerKey(_ s: some StringProtocol) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { Normalizer.unified($0) ?? $0 })).lowercased()
    }
}
