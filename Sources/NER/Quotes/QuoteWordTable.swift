import Tokenizer

/// A set of words for the attribution patterns' per-word tests, answering exactly as the
/// `Set<String>` it is built from: an NFC-trivial word (scalars below U+0300, general
/// punctuation such as `’`, `€`: the whole of most Italian text) is looked up by its bytes
/// in the Tokenizer's ``ByteStringTable``, since two such strings are equal exactly when their
/// bytes are; any other word goes to the set (canonical equivalence).
struct QuoteWordTable: Sendable {
    private let set: Set<String>
    /// False when some word of the set is not NFC-trivial (then a trivial probe could equal
    /// it canonically with other bytes): every probe goes to the set.
    private let fast: Bool
    private let table: ByteStringTable

    init(_ words: Set<String>) {
        set = words
        fast = words.allSatisfy { var w = $0; return w.withUTF8 { ScalarTable.isNFCTrivial($0) } }
        table = ByteStringTable(words)
    }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool {
        guard fast else { return set.contains(word) }
        var w = word
        let found: Bool? = w.withUTF8 { ScalarTable.isNFCTrivial($0) ? table.contains($0) : nil }
        return found ?? set.contains(word)
    }
}

/// The word sets of `SpeakerPatterns` (and the attributor's own) as ``QuoteWordTable``s,
/// built once.
enum QuoteWords {
    static let sayingVerbs = QuoteWordTable(SpeakerPatterns.sayingVerbs)
    static let auxiliaries = QuoteWordTable(SpeakerPatterns.auxiliaries)
    static let phraseStops = QuoteWordTable(SpeakerPatterns.phraseStops)
    static let phraseStarts = QuoteWordTable(SpeakerPatterns.phraseStarts)
    static let articles = QuoteWordTable(SpeakerPatterns.articles)
    static let pronouns = QuoteWordTable(SpeakerPatterns.pronouns)
    static let leadingFunctionWords = QuoteWordTable(SpeakerPatterns.leadingFunctionWords)
    static let locativePrepositions = QuoteWordTable(SpeakerPatterns.locativePrepositions)
    static let quotingVerbs = QuoteWordTable(SpeakerPatterns.quotingVerbs)
    static let nameGoverningPrepositions = QuoteWordTable(SpeakerPatterns.nameGoverningPrepositions)
    static let clauseMarkers = QuoteWordTable(SpeakerPatterns.clauseMarkers)
    static let documentNouns = QuoteWordTable(SpeakerPatterns.documentNouns)
    static let pluralVerbs = QuoteWordTable(SpeakerPatterns.pluralVerbs)
    static let diWords = QuoteWordTable(SpeakerAttributor.diWords)
    static let nextSentenceTriggers = QuoteWordTable(SpeakerAttributor.nextSentenceTriggers)
    static let nextSentenceNouns = QuoteWordTable(SpeakerAttributor.nextSentenceNouns)
}
