/// Counts words, lemmas or n-grams in tokens: punctuation, numbers and (by default) Italian stop
/// words left out; elided forms count as their word (`l’` and `l'` are one type).
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// var counts = WordCounter.Counts()
/// let text = "L’acqua e l'acqua del mare."
/// WordCounter().count(tokenizer.tokens(in: text), in: text, into: &counts)
/// counts.table.ranked().map(\.key)   // ["acqua", "mare"]
/// ```
public struct WordCounter: Sendable {
    /// What counts as one type.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        /// The text as written (apostrophes unified): `Casa` and `casa` differ.
        case surface
        /// The normalized form: case folded, NFC, apostrophes unified.
        case lower
        /// The lemma from a ``LemmaTable``; contractions split (`dell’` → `di`, `il`).
        case lemma
    }

    /// The counts of one run, mergeable.
    public struct Counts: Sendable, Hashable {
        /// The counted keys (words or n-grams).
        public var table = FrequencyTable()
        /// For n-grams, every word, stop words included: the marginals of collocation scores.
        public var unigrams = FrequencyTable()
        /// For trigrams, the counts of their first two words.
        public var prefixes = FrequencyTable()
        public init() {}

        /// Adds another run's counts.
        public mutating func merge(_ other: Counts) {
            table.merge(other.table); unigrams.merge(other.unigrams); prefixes.merge(other.prefixes)
        }
    }

    public var grouping: Grouping
    public var keepStopWords: Bool
    /// 1 for words, 2 or 3 for n-grams.
    public var n: Int
    public var lemmas: LemmaTable
    public var stopWords: Set<String> { didSet { stopTable = Self.byteTable(stopWords) } }
    /// The stop words as byte strings, when they are all NFC-trivial (then a byte look-up of an
    /// NFC-trivial form agrees with `Set<String>` membership); nil otherwise.
    private var stopTable: ByteStringTable?
    private let expander = MultiwordExpander()

    /// Creates a counter.
    public init(grouping: Grouping = .lower, keepStopWords: Bool = false, n: Int = 1,
                lemmas: LemmaTable = .empty, stopWords: Set<String> = ItalianStopWords.all) {
        self.grouping = grouping
        self.keepStopWords = keepStopWords
        self.n = max(1, min(n, 3))
        self.lemmas = lemmas
        self.stopWords = stopWords
        stopTable = Self.byteTable(stopWords)
    }

    private static func byteTable(_ words: Set<String>) -> ByteStringTable? {
        if words == ItalianStopWords.all { return ItalianStopWords.table }
        for w in words {
            var w = w
            if !w.withUTF8({ ScalarTable.isNFCTrivial($0) }) { return nil }
        }
        return ByteStringTable(words)
    }

    static let articleLemmas: [String: String] = [
        "il": "il", "lo": "il", "la": "il", "l'": "il", "i": "il", "gli": "il", "le": "il",
        "un": "uno", "uno": "uno", "una": "uno", "un'": "uno",
    ]
    static let prepositions: Set<String> = ["di", "a", "da", "in", "su", "con", "per", "tra", "fra"]

    /// Counts the tokens of `text` (all of them, or those `keep` accepts); n-grams do not cross
    /// line breaks or punctuation.
    ///
    /// - Parameters:
    ///   - tokens: tokens of `text`, in order.
    ///   - keep: whether a token is counted (for instance: it lies in a main line).
    /// - Complexity: O(n) in the number of tokens.
    public func count(_ tokens: [Token], in text: String, keep: (Token) -> Bool = { _ in true }, into counts: inout Counts) {
        count(tokens, in: text, keepingIndex: { keep(tokens[$0]) }, into: &counts)
    }

    /// Counts the tokens of `text` whose index `keep` accepts (no token is copied to ask).
    /// - Complexity: O(n) in the number of tokens.
    public func count(_ tokens: [Token], in text: String, keepingIndex keep: (Int) -> Bool, into counts: inout Counts) {
        if n == 1 && grouping == .lower { return countForms(tokens, in: text, keep: keep, into: &counts) }
        var window: [(key: String, stop: Bool)] = []
        var previousEnd = -1
        var textCopy = text
        var cache: [String: [(key: String, stop: Bool)]] = [:]
        textCopy.withUTF8 { bytes in
            for index in tokens.indices {
                let token = tokens[index]
                // (Overlapping tokens, which hostile text has produced, have no gap between them.)
                let breaks = previousEnd >= 0 && previousEnd < token.utf8Range.lowerBound
                    && bytes[previousEnd..<token.utf8Range.lowerBound].contains(0x0A)
                previousEnd = token.utf8Range.upperBound
                if breaks { window.removeAll(keepingCapacity: true) }
                guard keep(index), token.kind == .word || token.kind == .abbreviation, Self.hasLetter(token.text) else {
                    window.removeAll(keepingCapacity: true); continue
                }
                let units: [(key: String, stop: Bool)]
                if grouping == .lemma {
                    if let hit = cache[token.normalized] { units = hit } else {
                        units = self.units(of: token)
                        cache[token.normalized] = units
                    }
                } else {
                    units = self.units(of: token)
                }
                for unit in units {
                    if n == 1 {
                        if keepStopWords || !unit.stop { counts.table.add(unit.key) }
                        continue
                    }
                    counts.unigrams.add(unit.key)
                    window.append(unit)
                    if window.count > n { window.removeFirst() }
                    if n == 3 && window.count >= 2 {
                        counts.prefixes.add(window[window.count - 2].key + " " + window[window.count - 1].key)
                    }
                    guard window.count == n else { continue }
                    if !keepStopWords && (window.first!.stop || window.last!.stop) { continue }
                    counts.table.add(window.map(\.key).joined(separator: " "))
                }
            }
        }
    }

    /// Words by normalized form (the default): each token's normalized bytes go straight into
    /// the table, without building a String or an array per token.
    private func countForms(_ tokens: [Token], in text: String, keep: (Int) -> Bool, into counts: inout Counts) {
        // Only what the loop needs, passed explicitly: no copy of `self` per token.
        var check = StopCheck(table: keepStopWords ? nil : stopTable, words: keepStopWords ? [] : stopWords)
        var table = counts.table
        counts.table = FrequencyTable()  // `table` stays uniquely referenced while counting
        var text = text
        text.withUTF8 { bytes in tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices {
                let kind = tokens[i].kind
                guard kind == .word || kind == .abbreviation, keep(i) else { continue }
                // The token's surface: its bytes in `text` (they are its slice of the text).
                let r = tokens[i].utf8Range
                let inText = r.upperBound <= bytes.count
                guard inText ? Self.hasLetter(UnsafeBufferPointer(rebasing: bytes[r])) : Self.hasLetter(tokens[i].text) else { continue }
                if var stored = tokens[i].storedNormalized {
                    stored.withUTF8 { StopCheck.count($0, &check, &table) }
                } else if inText {
                    StopCheck.count(UnsafeBufferPointer(rebasing: bytes[r]), &check, &table)
                } else {
                    var s = String(tokens[i].text)
                    s.withUTF8 { StopCheck.count($0, &check, &table) }
                }
            }
        } }
        counts.table = table
    }

    /// The most frequent words among a table of normalized forms already counted (for instance
    /// every word token's ``Token/withNormalizedUTF8(_:)``), as `counts.table.ranked(limit:)`
    /// would give after counting the tokens one by one with the default grouping: one stop-word
    /// test per distinct form and no second table.
    ///
    /// Only for ``Grouping/lower`` and single words (`n == 1`), which the table can answer;
    /// nil for other settings.
    /// - Complexity: O(k) in the number of distinct forms, plus sorting the top ones.
    public func topWords(forms: FrequencyTable, limit: Int) -> [(key: String, count: Int)]? {
        guard n == 1 && grouping == .lower else { return nil }
        let check = StopCheck(table: keepStopWords ? nil : stopTable, words: keepStopWords ? [] : stopWords)
        return forms.ranked(limit: limit) { form in
            Self.hasLetter(form) && (check.words.isEmpty || !Self.isStop(form, table: check.table, words: check.words))
        }
    }

    /// The stop-word test of ``countForms(_:in:keep:into:)``: none when stop words are kept.
    private struct StopCheck {
        var table: ByteStringTable?
        var words: Set<String>

        @inline(__always)
        static func count(_ form: UnsafeBufferPointer<UInt8>, _ check: inout StopCheck, _ counts: inout FrequencyTable) {
            if !check.words.isEmpty && WordCounter.isStop(form, table: check.table, words: check.words) { return }
            counts.add(bytes: form)
        }
    }

    /// ``isStop(_:)`` on UTF-8 bytes.
    func isStop(_ form: UnsafeBufferPointer<UInt8>) -> Bool { Self.isStop(form, table: stopTable, words: stopWords) }

    static func isStop(_ form: UnsafeBufferPointer<UInt8>, table: ByteStringTable?, words: Set<String>) -> Bool {
        guard let table, ScalarTable.isNFCTrivial(form) else {
            let s = String(decoding: form, as: UTF8.self)
            if words.contains(s) { return true }
            if s.hasSuffix("'") { return words.contains(String(s.dropLast())) }
            return false
        }
        if table.contains(form) { return true }
        // An elided form (`dell'`): its last character is the apostrophe alone.
        if let last = form.last, last == 0x27 { return table.contains(UnsafeBufferPointer(rebasing: form.dropLast())) }
        return false
    }

    /// Whether any scalar of `text` is alphabetic.
    static func hasLetter(_ text: Substring) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasLetter($0) } ?? text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// Whether any scalar of valid UTF-8 is alphabetic.
    static func hasLetter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A { return true }
                i += 1; continue
            }
            let (v, n) = ScalarTable.decode(b, i)
            if ScalarTable.lookup(v) & ScalarTable.alphabetic != 0 { return true }
            i += n
        }
        return false
    }

    /// The keys a token counts as, with whether each is a stop word.
    func units(of token: Token) -> [(key: String, stop: Bool)] {
        let norm = token.normalized
        let formIsStop = isStop(norm)
        switch grouping {
        case .surface:
            return [(String(token.text).replacingApostrophes(), formIsStop)]
        case .lower:
            return [(norm, formIsStop)]
        case .lemma:
            if let parts = expander.words(for: norm), parts.count == 2, Self.prepositions.contains(parts[0]) {
                return parts.map { p in let l = lemma(of: p.replacingApostrophes()); return (l, true) }
            }
            let l = lemma(of: norm)
            return [(l, formIsStop || isStop(l))]
        }
    }

    func lemma(of form: String) -> String { Self.articleLemmas[form] ?? lemmas.lemma(of: form) }

    func isStop(_ form: String) -> Bool {
        if stopWords.contains(form) { return true }
        if form.hasSuffix("'") { return stopWords.contains(String(form.dropLast())) }
        return false
    }

    /// The counted n-grams with their log-likelihood collocation score, best first.
    public func collocations(_ counts: Counts, minCount: Int = 1) -> [(key: String, count: Int, score: Double)] {
        let total = Double(counts.unigrams.total)
        return counts.table.ranked(minCount: minCount).map { entry in
            let words = entry.key.split(separator: " ")
            let first = n == 3 ? Double(counts.prefixes[words.prefix(2).joined(separator: " ")]) : Double(counts.unigrams[words[0]])
            let last = Double(counts.unigrams[words[words.count - 1]])
            let k11 = Double(entry.count)
            let k12 = max(0, first - k11), k21 = max(0, last - k11)
            let score = FrequencyTable.logLikelihood(k11: k11, k12: k12, k21: k21, k22: max(0, total - k11 - k12 - k21))
            return (entry.key, entry.count, score)
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard contains(where: { $0 == "’" || $0 == "‘" || $0 == "`" || $0 == "´" }) else { return self }
        return String(map { $0 == "’" || $0 == "‘" || $0 == "`" || $0 == "´" ? "'" : $0 })
    }
}
