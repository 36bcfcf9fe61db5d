/// A form → lemma lookup table (`Lexicons/lemmas.tsv`: `form<TAB>lemma`, lowercase NFC,
/// only forms that differ from their lemma).
///
/// ```swift
/// let table = try LemmaTable(parsing: "form\tlemma\ncase\tcasa\n")
/// table.lemma(of: "case")   // "casa"
/// table.lemma(of: "mare")   // "mare"
/// ```
///
/// A lookup table has no part of speech, so `modello` may be listed as a form of `modellare`
/// although it is mostly the noun. A form that is itself the lemma of other forms (`modelli` →
/// `modello`) is therefore kept as it is.
public struct LemmaTable: Sendable, Hashable {
    private var forms: [String: String]
    private var lemmas: Set<String>

    /// Why a lemma file could not be read.
    public enum LoadError: Error, Hashable, Sendable, CustomStringConvertible {
        case malformed(line: Int)
        public var description: String {
            switch self { case .malformed(let l): return "lemma table line \(l): expected form<TAB>lemma" }
        }
    }

    /// A table with no entries: every form is its own lemma.
    public static let empty = LemmaTable(forms: [:])

    /// Creates a table from a dictionary of lowercase forms to lemmas.
    public init(forms: [String: String]) {
        self.forms = forms
        lemmas = Set(forms.values)
    }

    /// Parses the TSV form: `#` comments, an optional `form<TAB>lemma` header, one pair a line.
    ///
    /// - Throws: `LoadError.malformed` naming the first bad line.
    public init(parsing tsv: String) throws(LoadError) {
        var forms: [String: String] = [:]
        forms.reserveCapacity(tsv.utf8.count / 20)
        var n = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            if line.isEmpty || line.hasPrefix("#") || line == "form\tlemma" { continue }
            guard let tab = line.firstIndex(of: "\t") else { throw .malformed(line: n) }
            var lemma = line[line.index(after: tab)...]
            if let extra = lemma.firstIndex(of: "\t") { lemma = lemma[..<extra] }
            if lemma.hasSuffix("\r") { lemma = lemma.dropLast() }
            forms[String(line[..<tab])] = String(lemma)
        }
        self.init(forms: forms)
    }

    /// The number of forms listed.
    public var count: Int { forms.count }

    /// The lemma of a lowercase form; the form itself when unlisted.
    public func lemma(of form: String) -> String {
        if lemmas.contains(form) { return form }
        return forms[form] ?? form
    }
}
