/// One quotation found in a text, with its marks, kind and (when the text states one) speaker.
///
/// Offsets are Unicode-scalar offsets into the analysed string (what Python calls character
/// offsets) plus UTF-8 byte offsets. `start..<end` covers the opening mark, the quoted words and
/// the closing mark; when a mark is missing the span begins at the first (or ends after the last)
/// quoted character.
///
/// ```swift
/// let q = QuoteDetector().quotes(in: "«Basta così», ha detto un portavoce.")[0]
/// q.text            // "Basta così"
/// q.kind            // .speech
/// q.speaker?.text   // "un portavoce"
/// ```
public struct Quote: Hashable, Sendable {
    /// Whether a quotation reports what someone said or only marks a term.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Words presented as said or written by someone (clauses, slogans, quoted documents).
        case speech
        /// Titles, names, nicknames, word-as-word mentions and scare quotes.
        case term
    }

    /// What the detector had to fix to read a quotation.
    public enum Repair: String, Hashable, Sendable, CaseIterable {
        /// No opening mark: the start was recovered at the clause or paragraph start.
        case missingOpen = "missing-open"
        /// No closing mark: the quotation ends at the paragraph end or before an attribution.
        case missingClose = "missing-close"
        /// The two marks are not a standard pair (`“…“`, `"…”`, `«…"`).
        case mispaired
        /// A mark was read from mojibake (`â€œ`, UTF-8 decoded as Windows-1252).
        case mojibake
    }

    /// Unicode-scalar offset of the opening mark (or of the first quoted character).
    public var start: Int
    /// Unicode-scalar offset just past the closing mark (or the last quoted character).
    public var end: Int
    /// UTF-8 byte offset matching `start`.
    public var utf8Start: Int
    /// UTF-8 byte offset matching `end`.
    public var utf8End: Int
    /// The quoted words without the outer marks.
    public var text: String
    /// The opening mark as written (empty when missing).
    public var open: String
    /// The closing mark as written (empty when missing).
    public var close: String
    /// Speech or term.
    public var kind: Kind
    /// What was repaired; empty for a well-formed quotation.
    public var repairs: [Repair]
    /// Nesting depth: 0 for an outermost quotation, 1 inside another one, …
    public var depth: Int
    /// Who the text says spoke, when it says so.
    public var speaker: Speaker?
    /// The verb of saying that introduces the quotation (`ha detto`, `si legge`), if any.
    public var verb: String?
    /// The name of the attribution pattern that fired (see `SpeakerPatterns`), if any.
    public var pattern: String?

    /// Creates a quotation; `QuoteDetector` is the usual source.
    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, text: String, open: String,
                close: String, kind: Kind, repairs: [Repair] = [], depth: Int = 0,
                speaker: Speaker? = nil, verb: String? = nil, pattern: String? = nil) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.text = text
        self.open = open
        self.close = close
        self.kind = kind
        self.repairs = repairs
        self.depth = depth
        self.speaker = speaker
        self.verb = verb
        self.pattern = pattern
    }
}

/// The speaker of a quotation as written in the text (`un portavoce`, `gli artisti`, `Kevin Weil`).
public struct Speaker: Hashable, Sendable {
    /// The surface text.
    public var text: String
    /// Unicode-scalar offset where the speaker starts.
    public var start: Int
    /// Unicode-scalar offset just past the speaker.
    public var end: Int
    /// UTF-8 byte offset matching `start`.
    public var utf8Start: Int
    /// UTF-8 byte offset matching `end`.
    public var utf8End: Int
    /// The label of an entity that overlaps the speaker, when entities were supplied.
    public var entityLabel: String?
    /// The scalar range of that entity.
    public var entityRange: Range<Int>?

    /// Creates a speaker mention.
    public init(text: String, start: Int, end: Int, utf8Start: Int, utf8End: Int,
                entityLabel: String? = nil, entityRange: Range<Int>? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.entityLabel = entityLabel
        self.entityRange = entityRange
    }
}

/// A named span from any recognizer, used to link speakers to entities.
///
/// The quote detector does not depend on the NER types: pass anything with a scalar range and a label.
public protocol EntitySpanProtocol: Sendable {
    /// Unicode-scalar range of the entity in the analysed string.
    var scalarRange: Range<Int> { get }
    /// The entity label (`PER`, `ORG`, `LOC`, …).
    var label: String { get }
}

/// A plain entity span: a scalar range and a label.
public struct EntitySpan: EntitySpanProtocol, Hashable {
    /// Unicode-scalar range of the entity.
    public var scalarRange: Range<Int>
    /// The entity label.
    public var label: String

    /// Creates an entity span.
    public init(_ scalarRange: Range<Int>, label: String) {
        self.scalarRange = scalarRange
        self.label = label
    }
}
