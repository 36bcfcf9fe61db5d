/// Separates an article from the page furniture around it, line by line.
///
/// Input is scraped text with one block per line: an article with a few junk lines, or a
/// whole page (menus, cookie notices, teasers, footers) dumped block by block. Every line
/// gets a ``Label`` and a human-readable reason.
///
/// ```swift
/// let page = "Menu\nCerca\nIl governo cade: Conte si dimette\nIl presidente del Consiglio ha rassegnato…\nCondividi"
/// let result = BoilerplateFilter().classify(page)
/// result.decisions.map(\.label)   // [.boiler, .boiler, .main, .main, .boiler]
/// result.mainText                 // "Il governo cade: Conte si dimette\nIl presidente del Consiglio…"
/// ```
///
/// How it decides, in order: a phrase lexicon (share bars, "Continua a leggere", related
/// lists) and social-embed shapes mark lines; each line gets a score from jusText-style
/// features (length, Italian stop-word density, sentence ending, links); the densest run of
/// prose (maximum-sum segment) is the article body; its header (headline, standfirst, byline,
/// date, photo credit) and footer (closing date, signature) are recovered by walking out from
/// the body; teasers inside the body are dropped. With several pages of one site,
/// ``classify(documents:)`` also drops lines repeated across pages.
public struct BoilerplateFilter: Sendable {
    /// What a line is.
    public enum Label: String, Sendable, Hashable, CaseIterable, Codable {
        /// Part of the article.
        case main
        /// Page furniture.
        case boiler
        /// A social-media post the article embeds (part of the article's text).
        case embed
    }

    /// The decision for one line.
    public struct LineDecision: Sendable, Hashable {
        /// 1-based line number.
        public var line: Int
        public var label: Label
        /// Why: the rule that decided (`paragraph`, `header:date`, `phrase:widget 'condividi'`…).
        public var reason: String
        /// The line's content in the original string: no line break, no metadata prefix.
        public var range: Range<String.Index>
        /// The same as UTF-8 byte offsets.
        public var utf8Range: Range<Int>

        /// Whether the line belongs to the article's text (main or embed).
        public var isKept: Bool { label != .boiler }
    }

    /// A field pulled out of the text, like the ` date 2024-11` prefix some scrapers glue to
    /// the first line.
    public struct Metadata: Sendable, Hashable {
        public var key: String
        public var value: String
        /// 1-based line it was found on.
        public var line: Int
    }

    /// The decisions for a whole document.
    public struct Classification: Sendable {
        /// One decision per input line, blank lines included.
        public var decisions: [LineDecision]
        public var metadata: [Metadata]
        /// The original text.
        public var text: String

        /// The ranges of the kept lines in the original string, in order, so that later stages
        /// (entities, quotations) report offsets on the original text.
        public var mainRanges: [Range<String.Index>] { decisions.filter(\.isKept).map(\.range) }
        /// The same as UTF-8 byte offsets (what ``Tokenizer/tokens(in:lines:)`` takes).
        public var mainUTF8Ranges: [Range<Int>] { decisions.filter(\.isKept).map(\.utf8Range) }

        /// The kept lines joined by line breaks.
        public var mainText: String { mainRanges.map { String(text[$0]) }.joined(separator: "\n") }
    }

    /// The phrase lexicon in use.
    public var phrases: BoilerplatePhrases
    /// In ``classify(documents:)``, a line found in at least this many documents is boiler.
    public var repetitionThreshold: Int

    /// Creates a filter.
    ///
    /// - Parameters:
    ///   - phrases: the phrase lexicon; ``BoilerplatePhrases/builtIn`` when no file is loaded.
    ///   - repetitionThreshold: documents a line must appear in to count as repeated furniture.
    public init(phrases: BoilerplatePhrases = .builtIn, repetitionThreshold: Int = 2) {
        self.phrases = phrases
        self.repetitionThreshold = max(2, repetitionThreshold)
    }

    /// Classifies every line of one document.
    ///
    /// - Complexity: O(n) in the length of the text.
    public func classify(_ text: String) -> Classification {
        classify(text, repeated: [])
    }

    /// Classifies lines given one by one (joined by line breaks).
    public func classify(lines: [String]) -> Classification {
        classify(lines.joined(separator: "\n"))
    }

    /// Classifies several pages of one site together: besides the per-page rules, a line
    /// that appears in ``repetitionThreshold`` or more pages is boiler (menus, footers,
    /// teasers), unless it is a date, byline or credit.
    public func classify(documents: [String]) -> [Classification] {
        guard documents.count >= 2 else { return documents.map { classify($0) } }
        var counts: [String: Int] = [:]
        let normalizedLines = documents.map { doc in
            Set(Self.splitLines(doc).map { BoilerplatePhrases.normalize(doc[$0]) }.filter { !$0.isEmpty })
        }
        for set in normalizedLines { for l in set { counts[l, default: 0] += 1 } }
        let repeated = Set(counts.filter { $0.value >= repetitionThreshold }.keys)
        return documents.map { classify($0, repeated: repeated) }
    }

    // MARK: Implementation

    func classify(_ text: String, repeated: Set<String>) -> Classification {
        let offsets = Self.lineOffsets(text)
        let utf8 = text.utf8
        var ranges = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
        var utf8Ranges = offsets
        var metadata: [Metadata] = []
        if let first = ranges.firstIndex(where: { !text[$0].trimmingSpaces.isEmpty }),
           let (field, rest) = Self.metadataPrefix(text[ranges[first]]) {
            metadata.append(Metadata(key: field.key, value: field.value, line: first + 1))
            ranges[first] = rest.startIndex..<rest.endIndex
            utf8Ranges[first] = utf8.distance(from: utf8.startIndex, to: rest.startIndex)
                ..< utf8.distance(from: utf8.startIndex, to: rest.endIndex)
        }
        var scratch = LineScratch()
        // A plain loop over a borrowed lexicon: a closure over `self` copied the filter (and its
        // lexicon's arrays, a retain and release each) for every line.
        var features: [LineFeatures] = []
        features.reserveCapacity(ranges.count)
        for r in ranges { features.append(LineFeatures(text[r], phrases: phrases, scratch: &scratch)) }
        let isRepeated = repeated.isEmpty
            ? Array(repeating: false, count: features.count)
            : features.map { !$0.normalized.isEmpty && repeated.contains($0.normalized) }
        var rules = BoilerplateRules(features: features, repeated: isRepeated)
        let labels = rules.run()
        let decisions = ranges.indices.map { i in
            LineDecision(line: i + 1, label: labels[i].label, reason: labels[i].reason, range: ranges[i],
                         utf8Range: utf8Ranges[i])
        }
        return Classification(decisions: decisions, metadata: metadata, text: text)
    }

    /// The line ranges (without `\n` or `\r\n`); a final line break does not open a new line.
    static func splitLines(_ text: String) -> [Range<String.Index>] {
        let utf8 = text.utf8
        return lineOffsets(text).map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
    }

    /// ``splitLines(_:)`` as UTF-8 offsets.
    static func lineOffsets(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { b in
            var result: [Range<Int>] = []
            var start = 0
            var i = 0
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i < b.count {
                // Eight bytes without a line feed at a time (a zero byte after xor with 0x0A).
                if i + 8 <= b.count {
                    let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                    if (x &- ones) & ~x & highs == 0 { i += 8; continue }
                }
                if b[i] == 0x0A {
                    let end = i > start && b[i - 1] == 0x0D ? i - 1 : i
                    result.append(start..<end)
                    start = i + 1
                }
                i += 1
            }
            if start < b.count { result.append(start..<b.count) }
            return result
        }
    }

    /// A scraper's `date 2024-11` or `url https://…` glued before the first line.
    static func metadataPrefix(_ line: Substring) -> (field: (key: String, value: String), rest: Substring)? {
        // Either prefix needs the bytes `date ` or `url ` somewhere: most first lines have
        // neither, and skip the character-level tests.
        guard line.containsBytes("date ") || line.containsBytes("url ") else { return nil }
        let body = line.drop(while: \.isWhitespace)
        for key in ["date", "url"] {
            guard body.hasPrefix(key + " ") else { continue }
            let afterKey = body.dropFirst(key.count).drop(while: \.isWhitespace)
            let value = afterKey.prefix(while: { !$0.isWhitespace })
            let valid = key == "date"
                ? value.count >= 4 && value.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" || $0 == ":" || $0 == "T" })
                    && value.first!.isNumber
                : value.hasPrefix("http")
            guard valid else { continue }
            let rest = afterKey.dropFirst(value.count).drop(while: \.isWhitespace)
            return ((key, String(value)), rest)
        }
        return nil
    }
}
