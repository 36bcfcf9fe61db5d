/// One entity found in a text: where it is, its label, and which rule or lexicon made it.
///
/// ```swift
/// let m = recognizer.entities(in: tokens, text: text)[0]
/// (m.text, m.label, m.source)   // ("Sam Altman", .person, "gazetteer:GIVEN+cap-sequence")
/// ```
public struct EntityMention: Hashable, Sendable {
    /// The entity's surface text, a slice of the original string.
    public let text: Substring
    /// Where the mention lies in the original string.
    public var range: Range<String.Index> { text.startIndex..<text.endIndex }
    /// UTF-8 byte offsets in the original string.
    public let utf8Range: Range<Int>
    /// Unicode-scalar offsets in the original string.
    public let scalarRange: Range<Int>
    /// Indices of the tokens the mention covers.
    public let tokenRange: Range<Int>
    /// The entity type.
    public let label: EntityLabel
    /// The rule or gazetteer that made the mention (shown by `--explain`).
    public let source: String

    /// The Unicode-scalar offset where the mention starts.
    public var start: Int { scalarRange.lowerBound }
    /// The Unicode-scalar offset just past the mention.
    public var end: Int { scalarRange.upperBound }

    /// The same mention with its token indices moved by `offset`: for mentions found in a slice
    /// of a longer token array, their indices in the whole array.
    public func offsettingTokens(by offset: Int) -> EntityMention {
        EntityMention(text: text, utf8Range: utf8Range, scalarRange: scalarRange,
                      tokenRange: (tokenRange.lowerBound + offset)..<(tokenRange.upperBound + offset), label: label, source: source)
    }

    /// The same mention with other token indices.
    func withTokenRange(_ r: Range<Int>) -> EntityMention {
        EntityMention(text: text, utf8Range: utf8Range, scalarRange: scalarRange, tokenRange: r, label: label, source: source)
    }

    /// Creates a mention; the recognizer is the usual source of mentions.
    public init(text: Substring, utf8Range: Range<Int>, scalarRange: Range<Int>, tokenRange: Range<Int>,
                label: EntityLabel, source: String) {
        self.text = text
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
        self.tokenRange = tokenRange
        self.label = label
        self.source = source
    }
}
