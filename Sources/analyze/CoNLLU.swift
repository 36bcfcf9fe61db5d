import Tokenizer

/// Writes CoNLL-U: `# text =` per sentence, FORM the original surface, `SpaceAfter=No`,
/// and multiword ranges (`2-3 della`, `2 di`, `3 la`) when expanding.
enum CoNLLU {
    static func write(doc: Document, tokens: [Token], sentences: [Sentence], expand: Bool, to out: Output) {
        let expander = MultiwordExpander()
        for (n, s) in sentences.enumerated() {
            out.line("# sent_id = \(Escape.tsv(doc.id))-\(n + 1)")
            let text = doc.text[s.range].split(whereSeparator: \.isNewline).joined(separator: " ")
            out.line("# text = \(Escape.tsv(text))")
            var id = 1
            for j in s.tokenRange {
                let t = tokens[j]
                let misc = t.spaceAfter || j + 1 == s.tokenRange.upperBound ? "_" : "SpaceAfter=No"
                if expand, t.kind == .word, let words = expander.words(for: t.text) {
                    out.line("\(id)-\(id + words.count - 1)\t\(Escape.tsv(t.text))\t_\t_\t_\t_\t_\t_\t_\t\(misc)")
                    for w in words {
                        out.line("\(id)\t\(Escape.tsv(w))\t_\t_\t_\t_\t_\t_\t_\t_")
                        id += 1
                    }
                } else {
                    out.line("\(id)\t\(Escape.tsv(t.text))\t_\t_\t_\t_\t_\t_\t_\t\(misc)")
                    id += 1
                }
            }
            out.line()
        }
    }
}
