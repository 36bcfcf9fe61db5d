/// A set of words for the attribution patterns' per-word tests, answering exactly as the
/// `Set<String>` it is built from: an NFC-trivial word (scalars below U+0300, general
/// punctuation such as `’`, `€`: the whole of most Italian text) is looked up by its bytes
/// with a fixed FNV hash, where two such strings are equal exactly when their bytes are;
/// any other word goes to the set (canonical equivalence).
struct QuoteWordTable: Sendable {
    private let set: Set<String>
    /// False when some word of the set is not NFC-trivial (then a trivial probe could equal
    /// it canonically with other bytes): every probe goes to the set.
    private let fast: Bool
    private let arena: [UInt8]
    /// Word `e` is `arena[bounds[e - 1] ..< bounds[e]]` (1-based).
    private let bounds: [Int]
    /// Open addressing: word number (1-based), or 0 for an empty slot.
    private let slots: [Int32]

    init(_ words: Set<String>) {
        set = words
        var n = 16
        while n < words.count * 4 { n <<= 1 }
        var slots = [Int32](repeating: 0, count: n)
        var arena: [UInt8] = [], bounds = [0]
        var allTrivial = true
        for w in words {
            var w = w
            w.withUTF8 { b in
                if !Self.isTrivial(b) { allTrivial = false }
                arena.append(contentsOf: b)
                bounds.append(arena.count)
                var k = Int(Self.hash(b)) & (n - 1)
                while slots[k] != 0 { k = (k + 1) & (n - 1) }
                slots[k] = Int32(bounds.count - 1)
            }
        }
        (self.slots, self.arena, self.bounds, fast) = (slots, arena, bounds, allTrivial)
    }

    @inline(__always)
    private static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for c in b { h = (h ^ UInt32(c)) &* 0x0100_0193 }
        return h ^ (h >> 15)
    }

    /// Whether valid UTF-8 holds only NFC-trivial scalars: below U+0300, U+2010...U+205E, U+20AC.
    static func isTrivial(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c < 0xCC { i += 2; continue }  // two-byte scalars below U+0300
            guard c == 0xE2, i + 2 < b.count else { return false }
            let v = (UInt32(c & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
            guard (0x2010...0x205E).contains(v) || v == 0x20AC else { return false }
            i += 3
        }
        return true
    }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool {
        guard fast else { return set.contains(word) }
        var w = word
        let found: Bool? = w.withUTF8 { b in
            guard Self.isTrivial(b) else { return nil }
            return arena.withUnsafeBufferPointer { a in
                bounds.withUnsafeBufferPointer { bounds in
                    slots.withUnsafeBufferPointer { slots in
                        let mask = slots.count - 1
                        var k = Int(Self.hash(b)) & mask
                        while true {
                            let e = Int(slots[k])
                            if e == 0 { return false }
                            let lo = bounds[e - 1], hi = bounds[e]
                            if hi - lo == b.count && (b.isEmpty || memcmpEqual(a.baseAddress! + lo, b.baseAddress!, b.count)) { return true }
                            k = (k + 1) & mask
                        }
                    }
                }
            }
        }
        return found ?? set.contains(word)
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    while i < n { if a[i] != b[i] { return false }; i += 1 }
    return true
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
