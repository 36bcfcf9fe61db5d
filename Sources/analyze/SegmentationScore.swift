/// Precision, recall and F1 of one unit (tokens, sentences or words), CoNLL 2018 style:
/// spans are compared over the text with white space removed.
struct PRF: Equatable {
    var gold = 0, system = 0, correct = 0
    var precision: Double { system == 0 ? 0 : Double(correct) / Double(system) }
    var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Scores two multisets of keys.
    static func compare<K: Hashable>(gold: [K], system: [K]) -> PRF {
        var counts: [K: Int] = [:]
        for k in gold { counts[k, default: 0] += 1 }
        var correct = 0
        for k in system where (counts[k] ?? 0) > 0 { counts[k]! -= 1; correct += 1 }
        return PRF(gold: gold.count, system: system.count, correct: correct)
    }
}

/// A span of non-white-space characters, plus for words their place inside a multiword token.
struct WordKey: Hashable {
    var start: Int, end: Int
    var ordinal: Int
    var form: String
}

/// Segmentation of a text as spans over its non-white-space characters.
struct Segmentation {
    var tokens: [Range<Int>] = []
    var sentences: [Range<Int>] = []
    var words: [WordKey] = []

    /// Scores `system` against `gold`.
    static func score(gold: Segmentation, system: Segmentation) -> (tokens: PRF, sentences: PRF, words: PRF) {
        (PRF.compare(gold: gold.tokens, system: system.tokens),
         PRF.compare(gold: gold.sentences, system: system.sentences),
         PRF.compare(gold: gold.words, system: system.words))
    }

    /// Adds a token spanning `span` that stands for `words`.
    mutating func add(token span: Range<Int>, words ws: [String]) {
        tokens.append(span)
        if ws.count <= 1 {
            words.append(WordKey(start: span.lowerBound, end: span.upperBound, ordinal: 0, form: ""))
        } else {
            for (n, w) in ws.enumerated() {
                words.append(WordKey(start: span.lowerBound, end: span.upperBound, ordinal: n, form: w.lowercased()))
            }
        }
    }
}
