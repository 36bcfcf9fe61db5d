/// A quotation as delimited by the pairing stage, before classification and attribution.
struct RawQuote: Sendable {
    var open: Mark?
    var close: Mark?
    /// Byte range of the quoted words (between the marks).
    var contentStart: Int
    var contentEnd: Int
    var repairs: [Quote.Repair] = []

    var start: Int { open?.byte ?? contentStart }
    var end: Int { close?.byteEnd ?? contentEnd }
}

/// Pairs mark candidates into quotations with a stack, deciding the role of ambiguous marks
/// (`"`, `“` used as a closer, `’` as apostrophe) from their neighbours and from what is open.
struct QuotePairer {
    let text: QuoteText
    let marks: [Mark]
    private var stack: [Mark] = []
    private var out: [RawQuote] = []
    /// Marks consumed as paragraph continuations (`«` opening each paragraph of a long quotation).
    private var skipped: Set<Int> = []
    /// Where the last closing mark with no opener ended: a later missing-open repair never
    /// reaches back past it, so a run of stray closers (`»»»…`) is scanned once, not once per mark.
    private var lastStrayClose = 0

    /// Open marks kept at most. Real text nests quotations two or three deep; each nested
    /// quotation carries all the text inside it, so unbounded nesting (10^6 `«` then 10^6 `»`)
    /// costs O(depth × length) time and memory. Deeper openers are ignored.
    /// (Found by scripts/pathological.sh; see NERTests/RegressionTests.)
    static let maxOpen = 16

    private mutating func push(_ m: Mark) {
        if stack.count < Self.maxOpen { stack.append(m) }
    }

    init(text: QuoteText, marks: [Mark]) {
        self.text = text
        self.marks = marks
    }

    /// Runs the pairing and returns the quotations sorted by start.
    static func pair(_ text: QuoteText, _ marks: [Mark]) -> [RawQuote] {
        var p = QuotePairer(text: text, marks: marks)
        p.run()
        var quotes = p.out.sorted(by: Self.textOrder)
        p.uncross(&quotes)
        return quotes
    }

    private static func textOrder(_ a: RawQuote, _ b: RawQuote) -> Bool {
        (a.start, -a.end) < (b.start, -b.end)
    }

    /// Makes the quotations (sorted by ``textOrder``) nest or lie apart. A repaired quotation
    /// with no closer that a later one crosses ends where that one starts; any other crossing
    /// quotation is dropped. (`"««. »"`: the unclosed `«` ran to the sentence end inside the
    /// nested `«. »`; found by FuzzQuotes, see NERTests/RegressionTests.)
    private func uncross(_ quotes: inout [RawQuote]) {
        for round in 0..<4 {
            var changed = false
            var drop = [Bool](repeating: false, count: quotes.count)
            var open: [Int] = []
            for k in quotes.indices {
                while let t = open.last, quotes[t].end <= quotes[k].start { open.removeLast() }
                while let t = open.last, quotes[k].end > quotes[t].end {
                    changed = true
                    if quotes[t].close == nil && round < 3 {
                        var end = quotes[k].start
                        while end > quotes[t].contentStart, CharClass(text.scalar(before: end)) == .space {
                            end = text.scalarStart(before: end)!
                        }
                        quotes[t].contentEnd = end
                        if end <= quotes[t].contentStart { drop[t] = true }
                        open.removeLast()
                    } else {
                        drop[k] = true
                        break
                    }
                }
                if !drop[k] { open.append(k) }
            }
            guard changed else { return }
            quotes = quotes.indices.filter { !drop[$0] }.map { quotes[$0] }.sorted(by: Self.textOrder)
        }
    }

    private mutating func run() {
        var nl = 0
        let newlines = text.newlines
        for (index, mark) in marks.enumerated() {
            while nl < newlines.count, newlines[nl] < mark.byte {
                endOfLine(at: newlines[nl], nextMark: index)
                nl += 1
            }
            if skipped.contains(index) { continue }
            handle(mark, index: index)
        }
        while nl < newlines.count, !stack.isEmpty {
            endOfLine(at: newlines[nl], nextMark: marks.count)
            nl += 1
        }
        endOfLine(at: text.bytes.count, nextMark: marks.count)
    }

    // MARK: stack helpers

    /// Index of the innermost open entry satisfying `pred`, looking through single marks only
    /// unless `throughDoubles`.
    private func nearest(throughDoubles: Bool = true, _ pred: (Mark) -> Bool) -> Int? {
        var i = stack.count - 1
        while i >= 0 {
            if pred(stack[i]) { return i }
            if !throughDoubles && stack[i].glyph.isDouble { return nil }
            i -= 1
        }
        return nil
    }

    /// Index of the innermost open double mark.
    private var topDouble: Int? { nearest { $0.glyph.isDouble } }

    /// Whether a mark in `glyphs` follows `index` on the same line before another opener of that family.
    private func laterOnLine(_ index: Int, _ glyphs: [Glyph]) -> Bool {
        let lineEnd = text.lineEnd(after: marks[index].byte)
        var j = index + 1
        while j < marks.count, j < index + 64, marks[j].byte < lineEnd {
            if glyphs.contains(marks[j].glyph) { return true }
            j += 1
        }
        return false
    }

    private mutating func close(_ i: Int, with mark: Mark, mispaired: Bool = false) {
        // Entries above `i` were never closed: singles were apostrophes; doubles end at their
        // first sentence end (or where the outer quotation closes).
        for above in stack[(i + 1)...] where above.glyph.isDouble {
            emitUnclosed(above, limit: mark.byte, atSentenceEnd: true)
        }
        let open = stack[i]
        stack.removeSubrange(i...)
        var q = RawQuote(open: open, close: mark, contentStart: open.byteEnd, contentEnd: mark.byte)
        if mispaired { q.repairs.append(.mispaired) }
        if open.mojibake || mark.mojibake { q.repairs.append(.mojibake) }
        if q.contentEnd > q.contentStart { out.append(q) }
    }

    private mutating func emitUnclosed(_ open: Mark, limit: Int, atSentenceEnd: Bool) {
        var end = limit
        if atSentenceEnd {
            var b = open.byteEnd
            while b < limit {
                let c = text.bytes[b]
                if c == 0x2E || c == 0x21 || c == 0x3F, b + 1 >= limit || text.bytes[b + 1] == 0x20 { end = b; break }
                b += 1
            }
        }
        while end > open.byteEnd, CharClass(text.scalar(before: end)) == .space { end = text.scalarStart(before: end)! }
        guard end > open.byteEnd else { return }
        var q = RawQuote(open: open, close: nil, contentStart: open.byteEnd, contentEnd: end, repairs: [.missingClose])
        if open.mojibake { q.repairs.append(.mojibake) }
        out.append(q)
    }

    /// A closing mark with nothing open: the opener is missing. The start is recovered at the
    /// line start, after a sentence end, a colon or a previous quotation.
    private mutating func repairMissingOpen(_ mark: Mark) {
        let lineStart = text.lineStart(before: mark.byte)
        var b = mark.byte
        var start = lineStart
        let floor = max(lineStart, lastStrayClose,
                        out.last.map { $0.end <= mark.byte ? $0.end : lineStart } ?? lineStart)
        lastStrayClose = mark.byteEnd
        while b > floor {
            guard let s = text.scalarStart(before: b), let (c, _) = text.scalar(at: s) else { break }
            if c == ":" || c == ";" || c == "(" { start = b; break }
            if c == "." || c == "!" || c == "?", let (n, _) = text.scalar(at: b), CharClass(n) == .space,
               let (n2, _) = text.scalar(at: b + 1), n2.isUpperFast || CharClass(n2) == .quote {
                start = b; break
            }
            b = s
        }
        start = max(start, floor)
        while start < mark.byte, let (c, l) = text.scalar(at: start),
              CharClass(c) == .space || c == "-" || c == "—" || c == "–" { start += l }
        // `Invece, si sentono …`: a connective and its comma open the sentence, not the quotation.
        let head = text.words(start..<mark.byte)
        if head.count > 3, QuoteWords.leadingFunctionWords.contains(head[0].lower) || head[0].lower.hasSuffix("mente"),
           head[1].text == "," {
            start = head[2].start
        }
        guard start < mark.byte else { return }
        var q = RawQuote(open: nil, close: mark, contentStart: start, contentEnd: mark.byte, repairs: [.missingOpen])
        if mark.mojibake { q.repairs.append(.mojibake) }
        out.append(q)
    }

    // MARK: line ends

    private mutating func endOfLine(at nl: Int, nextMark: Int) {
        guard !stack.isEmpty else { return }
        // Where the next line starts and what marks it holds.
        let nextLineEnd = text.lineEnd(after: nl + 1)
        var firstNonSpace = nl + 1
        while firstNonSpace < nextLineEnd, let (c, l) = text.scalar(at: firstNonSpace), CharClass(c) == .space {
            firstNonSpace += l
        }
        var kept: [Mark] = []
        // Once a quotation ends at this line break, every one opened inside it ends here too:
        // keeping an inner one open across the break made it cross its container (`"â€e⏎â€`,
        // found by FuzzQuotes; see NERTests/RegressionTests.innerQuoteNeverOutlivesItsContainer).
        var containerEnded = false
        for open in stack where open.glyph.isDouble {
            if containerEnded {
                emitUnclosed(open, limit: nl, atSentenceEnd: false)
                continue
            }
            // Continuation: each paragraph of a long quotation reopens with the same mark.
            if nextMark < marks.count, marks[nextMark].byte == firstNonSpace,
               marks[nextMark].glyph == open.glyph, open.glyph != .straightDouble {
                skipped.insert(nextMark)
                kept.append(open)
                continue
            }
            // A closer on the next line with no opener before it: the quotation crosses the break.
            var j = nextMark
            var crosses = false
            while j < marks.count, marks[j].byte < nextLineEnd {
                let m = marks[j]
                if m.glyph.isDouble {
                    crosses = m.closerLike && !m.openerLike
                    break
                }
                j += 1
            }
            if crosses && nl < text.bytes.count { kept.append(open) } else {
                emitUnclosed(open, limit: nl, atSentenceEnd: false)
                containerEnded = true
            }
        }
        stack = kept
    }

    // MARK: marks

    private mutating func handle(_ m: Mark, index: Int) {
        switch m.glyph {
        case .guillemetOpen, .singleGuillemetOpen, .lowOpen:
            push(m)
        case .guillemetClose:
            if let i = nearest({ $0.glyph == .guillemetOpen }) {
                close(i, with: m)
            } else if let i = topDouble {
                close(i, with: m, mispaired: true)
            } else {
                repairMissingOpen(m)
            }
        case .singleGuillemetClose:
            if let i = nearest(throughDoubles: false, { $0.glyph == .singleGuillemetOpen }) { close(i, with: m) }
        case .curlyOpen:
            if let i = topDouble, [.curlyOpen, .lowOpen].contains(stack[i].glyph),
               m.closerLike && (!m.openerLike || stack[i].glyph == .lowOpen || stack[i].glyph == .curlyOpen) {
                close(i, with: m, mispaired: stack[i].glyph == .curlyOpen)
            } else if m.openerLike || !m.closerLike && m.next != .space {
                push(m)
            } else if m.closerLike {
                closeStray(m, index: index)
            }
        case .curlyClose:
            if let i = topDouble, stack[i].glyph != .guillemetOpen, m.closerLike || !m.openerLike {
                close(i, with: m, mispaired: stack[i].glyph == .straightDouble)
            } else if m.openerLike && !m.closerLike {
                push(m)
            } else {
                closeStray(m, index: index)
            }
        case .straightDouble:
            if m.prev == .digit && m.next == .digit { return }  // 19"72: seconds
            if let i = nearest({ $0.glyph == .straightDouble }) {
                close(i, with: m)
            } else if m.openerLike && !(m.prev == .digit) {
                push(m)
            } else if m.prev == .digit {
                return  // 24": inches
            } else if m.closerLike, let i = topDouble, stack[i].glyph != .straightDouble,
                      !laterOnLine(index, closers(for: stack[i].glyph)) {
                close(i, with: m, mispaired: true)
            }
        case .straightSingle, .curlySingleClose, .curlySingleOpen:
            handleSingle(m)
        }
    }

    /// A closing-looking curly mark with no suitable opener: mispaired with the open double
    /// mark, or a missing opener.
    private mutating func closeStray(_ m: Mark, index: Int) {
        if let i = topDouble {
            if !laterOnLine(index, closers(for: stack[i].glyph)) { close(i, with: m, mispaired: true) }
        } else {
            repairMissingOpen(m)
        }
    }

    private func closers(for glyph: Glyph) -> [Glyph] {
        switch glyph {
        case .guillemetOpen: return [.guillemetClose]
        case .straightDouble: return [.straightDouble]
        default: return [.curlyClose, .curlyOpen]
        }
    }

    private mutating func handleSingle(_ m: Mark) {
        if m.prev == .letter && m.next == .letter { return }       // l’uno, c'è
        if m.next == .quote { return }                             // l’«, dall’“
        if m.next == .digit { return }                             // ’80, l'80, dell'8%
        let word = wordBefore(m.byte)
        if m.closerLike, let i = nearest(throughDoubles: false, { !$0.glyph.isDouble }) {
            if m.glyph != .curlySingleOpen, !ApostropheData.accentWords.contains(word) || m.next == .closePunct {
                close(i, with: m)
                return
            }
        }
        if m.openerLike && m.glyph != .curlySingleClose || m.glyph == .curlySingleOpen && m.next == .letter {
            // `po 'sorprese`: a stray space between a word and its apostrophe.
            if m.prev == .space, ApostropheData.elidingWords.contains(wordBefore(text.scalarStart(before: m.byte) ?? 0)) {
                return
            }
            push(m)
        }
    }

    /// The lower-cased, accent-free letters right before `byte`.
    private func wordBefore(_ byte: Int) -> String {
        var b = byte
        var scalars: [Unicode.Scalar] = []
        while let s = text.scalarStart(before: b), let (c, _) = text.scalar(at: s), c.isLetterFast {
            scalars.append(c)
            b = s
            if scalars.count > 20 { break }
        }
        var w = ""
        for c in scalars.reversed() { w.unicodeScalars.append(c) }
        return w.lowercased()
    }
}
