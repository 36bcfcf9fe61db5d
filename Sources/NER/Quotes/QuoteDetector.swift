/// Finds quotations in Italian text, classifies them as speech or term, and attributes
/// speakers the text states.
///
/// Works on any `String`; offsets are Unicode-scalar offsets plus UTF-8 byte offsets. The scan
/// reads UTF-8 bytes, not `Character`s, so it runs at memory speed on plain text.
///
/// ```swift
/// let detector = QuoteDetector()
/// for q in detector.quotes(in: "“Abbiamo finito“, ha detto un portavoce.") {
///     print(q.text, q.kind, q.speaker?.text ?? "-", q.repairs)
/// }
/// // Abbiamo finito speech un portavoce [mispaired]
/// ```
public struct QuoteDetector: Sendable {
    /// Detector settings.
    public struct Options: Sendable, Hashable {
        /// Look for speakers (turn off for the bare mark pairing).
        public var attributeSpeakers = true
        /// Creates the default options.
        public init(attributeSpeakers: Bool = true) { self.attributeSpeakers = attributeSpeakers }
    }

    /// The settings in use.
    public var options: Options

    /// Creates a detector.
    public init(options: Options = Options()) { self.options = options }

    /// The quotations in `string`, sorted by start (an outer quotation before those nested in it).
    ///
    /// - Parameter string: Any text; lines are paragraphs.
    /// - Returns: One `Quote` per quotation, nested ones included.
    /// - Complexity: O(n) in the length of `string` plus a small window per quotation.
    public func quotes(in string: String) -> [Quote] {
        quotes(in: string, entities: [EntitySpan]())
    }

    /// The quotations that start inside the given UTF-8 byte ranges of `string` (for instance
    /// the main-text lines a boilerplate filter keeps). Offsets stay relative to `string`.
    public func quotes(in string: String, within lines: [Range<Int>]) -> [Quote] {
        quotes(in: string, entities: [EntitySpan](), within: lines)
    }

    /// The quotations in `string`, linking each speaker to an entity of `entities` that overlaps it.
    ///
    /// - Parameters:
    ///   - string: Any text.
    ///   - entities: Entity spans (Unicode-scalar ranges into `string`) from any recognizer.
    ///   - lines: When given, only quotations that start inside one of these UTF-8 byte ranges
    ///     are returned (e.g. the main-text lines kept by a boilerplate filter); offsets stay
    ///     relative to the whole `string`, and the whole text is still used as context.
    public func quotes<E: EntitySpanProtocol>(in string: String, entities: [E], within lines: [Range<Int>]? = nil) -> [Quote] {
        let text = QuoteText(string)
        let marks = QuoteScanner.marks(in: text)
        var raws = QuotePairer.pair(text, marks)
        if let lines {
            let sorted = lines.sorted { $0.lowerBound < $1.lowerBound }
            raws = raws.filter { raw in
                var lo = 0, hi = sorted.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if sorted[mid].upperBound <= raw.start { lo = mid + 1 } else { hi = mid }
                }
                return lo < sorted.count && sorted[lo].contains(raw.start)
            }
        }
        let attributor = SpeakerAttributor(text: text)
        trimAttributions(&raws, attributor)
        let classifier = QuoteKindClassifier()
        // Concrete spans: the index (sorting, searching) then runs specialized code, whatever
        // generic type the caller, in another module, passes.
        // (Spans that already are `EntitySpan`s, as the report passes them, are used as they are.)
        let spans = E.self == EntitySpan.self ? unsafeBitCast(entities, to: [EntitySpan].self)
            : entities.map { EntitySpan($0.scalarRange, label: $0.label) }
        let entityIndex = EntityOverlapIndex(spans)

        var enclosing: [RawQuote] = []  // the quotations enclosing the current one
        var result: [Quote] = []
        result.reserveCapacity(raws.count)
        for (i, raw) in raws.enumerated() {
            while let top = enclosing.last, top.end <= raw.start { enclosing.removeLast() }
            let depth = enclosing.count
            let parent = enclosing.last
            enclosing.append(raw)
            // The lead-in stops at the previous quotation on the same level; the tail at the next.
            // Short quotations (`Bugo a 'Domenica In': "…"`) belong to the lead-in.
            // (Both look-ups are bounded to a few neighbours so that the whole pass stays linear.)
            // A nested quotation's context stays inside the quotation that holds it.
            let floor = max(parent?.contentStart ?? 0,
                            raws[max(0, i - 32)..<i].last(where: { $0.end <= raw.start && wordCount(text, $0) > 5 })?.end ?? 0)
            let ceiling = min(parent?.contentEnd ?? text.bytes.count,
                              raws[(i + 1)..<min(raws.count, i + 33)].first(where: { $0.start >= raw.end })?.start ?? text.bytes.count)
            var attribution: Attribution?
            var lead: [CWord] = []
            // The sentence after the quotation, split once for the attribution and the kind.
            let quoteTail = attributor.tail(of: raw, ceiling: max(ceiling, raw.end))
            if options.attributeSpeakers || true {
                (attribution, lead) = attributor.attribute(raw, floor: min(floor, raw.start), ceiling: max(ceiling, raw.end), known: quoteTail)
            }
            let content = text.string(raw.contentStart..<raw.contentEnd)
            let lineStart = text.lineStart(before: raw.start), lineEnd = text.lineEnd(after: raw.start)
            let endLineEnd = text.lineEnd(after: max(raw.start, raw.end - 1))
            let tailCut = max(raw.end, min(raw.end + 80, endLineEnd))
            let tail = tailCut <= quoteTail.end ? attributor.prefixWords(quoteTail.words, before: tailCut)
                : text.words(raw.end..<tailCut)
            let wholeLine = raw.end <= lineEnd
                && !hasWordCharacters(text, lineStart..<raw.start) && tail.allSatisfy(\.isPunct)
            let kind = classifier.kind(content: content, leadIn: lead, tail: tail, wholeLine: wholeLine, attribution: attribution)
            // A term (title, name, scare quotes) has no speaker.
            if kind == .term { attribution = nil }
            var speaker: Speaker?
            if options.attributeSpeakers, let r = attribution?.speaker {
                let s = text.scalarOffset(r.lowerBound), e = text.scalarOffset(r.upperBound)
                var sp = Speaker(text: text.string(r), start: s, end: e, utf8Start: r.lowerBound, utf8End: r.upperBound)
                if let ent = entityIndex.first(overlapping: s..<e) {
                    sp.entityLabel = ent.label
                    sp.entityRange = ent.scalarRange
                }
                speaker = sp
            }
            result.append(Quote(
                start: text.scalarOffset(raw.start), end: text.scalarOffset(raw.end),
                utf8Start: raw.start, utf8End: raw.end, text: content,
                open: raw.open.map { text.string($0.byte..<$0.byteEnd) } ?? "",
                close: raw.close.map { text.string($0.byte..<$0.byteEnd) } ?? "",
                kind: kind, repairs: raw.repairs, depth: depth, speaker: speaker,
                verb: options.attributeSpeakers ? attribution?.verb : nil,
                pattern: options.attributeSpeakers ? attribution?.pattern.rawValue : nil))
        }
        return result
    }

    /// Whether a byte range holds a letter or digit (any non-ASCII byte counts), scanning
    /// back from its end so the common answer (yes) comes at once.
    private func hasWordCharacters(_ text: QuoteText, _ r: Range<Int>) -> Bool {
        var b = r.upperBound
        while b > r.lowerBound {
            b -= 1
            let c = text.bytes[b]
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) { return true }
            if c >= 0x80, let s = text.scalarStart(before: b + 1), let (u, _) = text.scalar(at: s) {
                let cls = CharClass(u)
                if cls == .letter || cls == .digit { return true }
                b = s
            }
        }
        return false
    }

    private func wordCount(_ text: QuoteText, _ q: RawQuote) -> Int {
        var n = 1
        for b in text.bytes[q.contentStart..<q.contentEnd] where b == 0x20 { n += 1; if n > 5 { break } }
        return n
    }

    /// A quotation left open at a paragraph end stops before an attribution inside it
    /// (`«Se ritengo … stile di vita, ha aggiunto Salvini.`).
    private func trimAttributions(_ raws: inout [RawQuote], _ attributor: SpeakerAttributor) {
        for i in raws.indices where raws[i].close == nil && raws[i].open != nil {
            let w = attributor.text.words(raws[i].contentStart..<raws[i].contentEnd)
            for (k, x) in w.enumerated() where x.text == "," && k + 1 < w.count {
                var j = k + 1
                while j < w.count, j < k + 3, QuoteWords.auxiliaries.contains(w[j].lower) { j += 1 }
                if j < w.count, j > k + 1 || true, QuoteWords.sayingVerbs.contains(w[j].lower),
                   w[(k + 1)...j].contains(where: { ["ha", "hanno", "aveva"].contains($0.lower) }) || j == k + 1,
                   !nestedQuote(in: raws, after: i, straddles: x.start) {
                    raws[i].contentEnd = x.start
                    break
                }
            }
        }
    }

    /// Whether a quotation nested in `raws[i]` (they follow it, sorted by start) begins before
    /// `cut` and ends after it: cutting there would make the two cross (`â€a:"m,dice"`, found by
    /// FuzzQuotes; see NERTests/RegressionTests.trimmedQuoteNeverCrossesANestedOne).
    private func nestedQuote(in raws: [RawQuote], after i: Int, straddles cut: Int) -> Bool {
        var m = i + 1
        while m < raws.count, raws[m].start < cut {
            if raws[m].end > cut { return true }
            m += 1
        }
        return false
    }
}
