/// A gold CoNLL-U file read for segmentation scoring: per sentence, its `# text` and its
/// tokens, each with the syntactic words it stands for.
struct GoldTreebank {
    struct GoldToken {
        var form: String
        /// The syntactic words (one for plain tokens, several for multiword tokens).
        var words: [String]
    }

    struct GoldSentence {
        var text: String
        var tokens: [GoldToken]
    }

    var sentences: [GoldSentence] = []

    /// Parses CoNLL-U; a malformed line is reported with its number.
    init(parsing text: String, path: String) throws(InputError) {
        var current = GoldSentence(text: "", tokens: [])
        var pendingRange: (last: Int, index: Int)?
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current) }
                current = GoldSentence(text: "", tokens: [])
                pendingRange = nil
                continue
            }
            if line.hasPrefix("#") {
                if line.hasPrefix("# text = ") { current.text = String(line.dropFirst(9)) }
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count == 10 else {
                throw .malformed(path: path, line: lineNumber, reason: "expected 10 tab-separated columns, found \(cols.count)")
            }
            let id = cols[0], form = String(cols[1])
            if id.contains(".") { continue }  // empty nodes
            if let dash = id.firstIndex(of: "-") {
                guard let last = Int(id[id.index(after: dash)...]) else {
                    throw .malformed(path: path, line: lineNumber, reason: "bad multiword range '\(id)'")
                }
                current.tokens.append(GoldToken(form: form, words: []))
                pendingRange = (last, current.tokens.count - 1)
                continue
            }
            guard let n = Int(id) else { throw .malformed(path: path, line: lineNumber, reason: "bad token id '\(id)'") }
            if let r = pendingRange, n <= r.last {
                current.tokens[r.index].words.append(form)
                if n == r.last { pendingRange = nil }
            } else {
                current.tokens.append(GoldToken(form: form, words: [form]))
            }
        }
        if !current.tokens.isEmpty { sentences.append(current) }
    }

    /// The raw text the tokenizer is fed: sentence texts joined by spaces, `perLine` to a line.
    func inputText(sentencesPerLine perLine: Int = 10) -> String {
        stride(from: 0, to: sentences.count, by: perLine).map { start in
            sentences[start..<min(start + perLine, sentences.count)].map(\.text).joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }
}
