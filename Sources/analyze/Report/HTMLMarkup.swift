import NER

/// Marks up one line of the article: entity spans highlighted by type, quotations underlined
/// with their speaker. Spans may nest or overlap (a quotation across an entity, a quotation
/// over several lines): tags are closed and reopened as needed so the output is always
/// balanced. Every piece of text goes through `Escape.html`.
struct HTMLMarkup {
    /// One highlighted interval, in UTF-8 byte offsets into the document.
    struct Span {
        enum Kind { case quote(Quote), entity(EntityMention) }
        var range: Range<Int>
        var kind: Kind
        var order: Int

        var isQuote: Bool { if case .quote = kind { return true } else { return false } }

        func open() -> String {
            switch kind {
            case .quote(let q):
                let who = q.speaker.map { "speaker: " + $0.text } ?? "speaker not stated"
                return "<span class=\"q q-\(q.kind.rawValue)\" title=\"\(Escape.html(q.kind.rawValue + " — " + who))\">"
            case .entity(let m):
                return "<mark class=\"ent e-\(m.label.rawValue)\" data-start=\"\(m.start)\" title=\"\(m.label.rawValue)\">"
            }
        }

        func close(atEnd: Bool) -> String {
            switch kind {
            case .quote(let q):
                guard atEnd, let s = q.speaker else { return "</span>" }
                return "</span><span class=\"spk\">— \(Escape.html(s.text))</span>"
            case .entity(let m):
                return atEnd ? "<span class=\"lbl\">\(m.label.rawValue)</span></mark>" : "</mark>"
            }
        }
    }

    let bytes: [UInt8]
    let spans: [Span]

    init(text: String, mentions: [EntityMention], quotes: [Quote]) {
        bytes = Array(text.utf8)
        var spans: [Span] = []
        for q in quotes where q.utf8End > q.utf8Start { spans.append(Span(range: q.utf8Start..<q.utf8End, kind: .quote(q), order: 0)) }
        for m in mentions where !m.utf8Range.isEmpty { spans.append(Span(range: m.utf8Range, kind: .entity(m), order: 0)) }
        // Quotations outside entities, earlier and longer spans outside later and shorter ones.
        spans.sort { a, b in
            if a.isQuote != b.isQuote { return a.isQuote }
            if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
            return a.range.upperBound > b.range.upperBound
        }
        for i in spans.indices { spans[i].order = i }
        self.spans = spans
    }

    /// The escaped, marked-up HTML of the byte range `line`.
    func html(line: Range<Int>) -> String {
        let active = spans.filter { $0.range.overlaps(line) }
        guard !active.isEmpty else { return escaped(line) }
        var cuts = Set([line.lowerBound, line.upperBound])
        for s in active {
            cuts.insert(max(s.range.lowerBound, line.lowerBound))
            cuts.insert(min(s.range.upperBound, line.upperBound))
        }
        let points = cuts.sorted()
        var out = ""
        var stack: [Span] = []
        for (a, b) in zip(points, points.dropFirst()) {
            let wanted = active.filter { $0.range.lowerBound <= a && $0.range.upperBound >= b }  // already in order
            var keep = 0
            while keep < stack.count, keep < wanted.count, stack[keep].order == wanted[keep].order { keep += 1 }
            while stack.count > keep { let s = stack.removeLast(); out += s.close(atEnd: s.range.upperBound == a) }
            for s in wanted[keep...] { out += s.open(); stack.append(s) }
            out += escaped(a..<b)
        }
        while let s = stack.popLast() { out += s.close(atEnd: s.range.upperBound == line.upperBound) }
        return out
    }

    private func escaped(_ r: Range<Int>) -> String {
        Escape.html(String(decoding: bytes[r.clamped(to: 0..<bytes.count)], as: UTF8.self))
    }
}
