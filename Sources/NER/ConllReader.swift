/// Reads pre-tokenized CoNLL-style text: one token a line (first tab-separated column is the
/// token, an optional last column is a BIO/IO tag), blank lines between sentences.
public struct ConllDocument: Sendable {
    /// The tokens of each sentence.
    public var sentences: [[String]] = []
    /// The tag column of each sentence's tokens ("O" when a line has one column).
    public var tags: [[String]] = []

    /// Why a CoNLL input could not be read.
    public struct ParseError: Error, CustomStringConvertible, Sendable {
        /// 1-based line number.
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// Parses CoNLL text.
    /// - Throws: ``ParseError`` for a line whose token column is empty.
    public init(parsing text: String) throws(ParseError) {
        var words: [String] = [], labels: [String] = []
        var lineNo = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !words.isEmpty { sentences.append(words); tags.append(labels); words = []; labels = [] }
                continue
            }
            if line.hasPrefix("# ") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let tok = cols.first, !tok.isEmpty else { throw ParseError(line: lineNo, reason: "empty token column") }
            words.append(String(tok))
            labels.append(cols.count > 1 ? String(cols[cols.count - 1]) : "O")
        }
        if !words.isEmpty { sentences.append(words); tags.append(labels) }
    }
}

extension ConllDocument {
    /// The sentence indices of each document when sentences are grouped `size` at a time
    /// (a gold file holds many articles back to back); `size` 0 or less: the whole file.
    public func documentRanges(of size: Int) -> [Range<Int>] {
        let size = size > 0 ? size : max(1, sentences.count)
        return stride(from: 0, to: sentences.count, by: size).map { $0..<min($0 + size, sentences.count) }
    }

    /// Groups sentences into documents of at most `size` sentences (0 or less: one document),
    /// as `(text, gold tags, index of the first sentence)`.
    public func documents(of size: Int) -> [(text: PretokenizedText, tags: [String], sentenceOffset: Int)] {
        documentRanges(of: size).map { r in
            (PretokenizedText(sentences: Array(sentences[r])), tags[r].flatMap { $0 }, r.lowerBound)
        }
    }
}
