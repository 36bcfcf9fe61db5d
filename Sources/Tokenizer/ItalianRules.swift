/// The Italian pass over ICU's segments: merges and splits them into tokens by the rules
/// and tables in `ItalianData` (elision, apocope, abbreviations, dates, web tokens…).
///
/// Produces token spans as byte offsets with their kind, in order, for a `SpanSink` (in the
/// tokenizer, `TokenBuilder` turns each into a `Token` at once).
struct ItalianRules<Sink: SpanSink> {
    private(set) var b: Bytes
    private(set) var pieces: UnsafeBufferPointer<Piece>
    /// Receives the token spans, in order.
    var sink: Sink
    /// Whether a single quotation mark (‘ or ') opened and has not closed yet on this line.
    private var singleQuoteOpen = false
    private var i = 0

    init(sink: Sink) {
        self.b = Bytes(p: UnsafeBufferPointer(start: nil, count: 0))
        self.pieces = UnsafeBufferPointer(start: nil, count: 0)
        self.sink = sink
    }

    /// Runs the rules over a block of text (whole lines) and ICU's pieces of it.
    mutating func run(_ bytes: Bytes, _ pieces: UnsafeBufferPointer<Piece>) {
        b = bytes
        self.pieces = pieces
        singleQuoteOpen = false
        i = 0
        run()
    }

    @inline(__always) mutating func emit(_ s: Int, _ e: Int, _ kind: Token.Kind, _ shape: Shape = Shape()) {
        sink.emit(s, e, kind, shape)
    }

    mutating func run() {
        let classes = ByteClass.table
        var pending = -1  // start of a piece partly consumed by a web token
        while i < pieces.count {
            var p = pieces[i]
            if pending > p.start { if pending >= p.end { i += 1; continue }; p.start = pending; p.status = 0 }
            pending = -1
            if i > 0 {
                let a = pieces[i - 1].end
                if p.start != a && !(p.start == a + 1 && b.p[a] == 0x20) && newlineBetween(a, p.start) {
                    singleQuoteOpen = false
                }
            }
            // Fast paths for what the rules would emit unchanged: a word with no apostrophe or
            // period followed by white space or plain punctuation, and one-byte punctuation.
            let marks: UInt8
            if p.isWord && classes[Int(b.p[p.start])] & ByteClass.plainWordStart != 0 {
                let shape = b.shape(p.start, p.end)
                // ASCII letters only: no period, no apostrophe.
                marks = shape.flags & (Shape.nonASCII | Shape.nonLetter) == 0 ? 0 : scanMarks(p.start, p.end, classes)
                if marks == 0 && classes[Int(b[p.end])] & ByteClass.plainAfterWord != 0 {
                    sink.emit(p.start, p.end, .word, shape)
                    i += 1
                    continue
                }
            } else {
                if p.status == 0 && p.end - p.start == 1 {
                    let f = classes[Int(b.p[p.start])]
                    if f & (ByteClass.punctuation | ByteClass.symbol | ByteClass.quote) != 0 {
                        sink.emit(p.start, p.end, f & ByteClass.punctuation != 0 ? .punctuation : f & ByteClass.symbol != 0 ? .symbol : .quote,
                             Shape(scalars: 1, flags: Shape.known | Shape.nonLetter))
                        i += 1
                        continue
                    }
                }
                marks = scanMarks(p.start, p.end, classes)
            }
            if let (end, kind) = webToken(p, hasDot: marks & ByteClass.dot != 0), end > p.start {  // always make progress
                emit(p.start, end, kind)
                pending = end
                while i < pieces.count && pieces[i].end <= end { i += 1 }
                continue
            }
            if p.isWord || p.isNumber || b.isLetter(at: p.start) || b.isDigit(at: p.start) {
                wordLike(p, marks: (marks & ByteClass.apostrophe != 0, marks & ByteClass.dot != 0))
            } else {
                other(p)
            }
        }
    }

    // MARK: - Words and numbers

    /// One pass over a segment's bytes: does it hold a possible apostrophe, a period?
    /// (`ByteClass` flags.)
    @inline(__always)
    private func scanMarks(_ s: Int, _ e: Int, _ classes: [UInt8]) -> UInt8 {
        var marks: UInt8 = 0
        let p = b.p
        var k = s
        while k < e { marks |= classes[Int(p[k])]; k += 1 }
        return marks & (ByteClass.dot | ByteClass.apostrophe)
    }

    private mutating func wordLike(_ piece: Piece, marks: (apostrophe: Bool, dot: Bool)) {
        var s = piece.start
        let e = piece.end
        // Elisions inside ICU's segment: l’annuncio, dell'azienda, c’è; Martha's.
        var k = marks.apostrophe ? s : e
        while k < e {
            let n = b.apostropheLength(at: k)
            guard n > 0, k > s, k + n < e else { k += 1; continue }
            if e - (k + n) == 1 && (b[k + n] | 0x20) == 0x73 && b.isLetter(at: k - 1) {
                emit(s, k, .word); emit(k, e, .word)  // English possessive: Martha 's
                i += 1
                return
            }
            if k - s == 1 && (b[s] == 0x4F || b[s] == 0x44) && b.isUpper(at: k + n) {
                k += n; continue  // O'Neill, D'Alema stay whole
            }
            if b.isLetter(at: k - 1) && (b.isLetter(at: k + n) || b.isDigit(at: k + n)) {
                emit(s, k + n, .word)
                s = k + n
            }
            k += n
        }
        // Internal periods: S.p.A, U.S.A and p.es stay; fine.Il splits.
        if marks.dot && piece.isWord, let dot = firstDot(s, e), !keepsDots(s, e) {
            var a = s
            var d = dot
            while true {
                emit(a, d, .word)
                emit(d, d + 1, .punctuation)
                a = d + 1
                guard let nd = firstDot(a, e) else { break }
                d = nd
            }
            s = a
            if s >= e { i += 1; return }
        }
        let isNumber = b.isDigit(at: s) || (piece.isNumber && !b.isLetter(at: s))
        i += 1
        var end = e
        var kind: Token.Kind = isNumber ? .number : .word
        if isNumber {
            if let dateEnd = dateOrTime(s, e), endsOnPiece(dateEnd) {
                end = dateEnd; kind = .date
                while i < pieces.count && pieces[i].end <= end { i += 1 }
            }
            else if isDottedDate(s, e) { kind = .date }
        }
        if let next = nextAdjacent(end) {
            let nb = b[next.start]
            if b.apostropheLength(at: next.start) == next.end - next.start, next.end - next.start > 0 {
                // A trailing apostrophe: elision before a quote (l’“AI”), apocope (po’), pseudo-accent (E').
                let after = next.end
                if kind == .word && !isSpaceOrEnd(after) && (b.isLetter(at: after) || b.isDigit(at: after) || b.quoteLength(at: after) > 0) {
                    end = next.end; i += 1
                } else if !singleQuoteOpen && isSpaceOrPunct(after) {
                    if (kind == .word && (ItalianData.apocopeKeys.contains(b, s, end) || ItalianData.pseudoAccentKeys.contains(b, s, end)))
                        || (kind == .number && end - s <= 3 && b.isDigit(at: end - 1)) {
                        end = next.end; i += 1
                    }
                }
            } else if nb == 0x2E && next.end - next.start == 1 && kind == .word {
                if isAbbreviation(s, end) { end = next.end; i += 1; kind = .abbreviation }
            } else if nb == 0x2D || nb == 0x2F, kind == .word, let after = nextAdjacent(next.end, from: i + 1),
                      after.isWord, ItalianData.hyphenatedWordKeys.contains(b, s, after.end)
                        || ItalianData.slashWordKeys.contains(b, s, after.end) {
                end = after.end; i += 2
            }
        }
        emit(s, end, kind)
    }

    /// Whether the word `[s, e)` followed by a period is an abbreviation or an initial.
    private func isAbbreviation(_ s: Int, _ e: Int) -> Bool {
        if firstDot(s, e) != nil { return true }  // S.p.A. U.S.A. p.es.
        if ItalianData.abbreviationKeys.contains(b, s, e) {
            // A single letter is an abbreviation (n. 5, v. sopra) only before a number or lowercase.
            if e - s > 1 { return true }
        }
        // A listed one-letter abbreviation (n. 5, v. sopra, p. 12).
        if e - s == 1 && !b.isUpper(at: s) { return ItalianData.abbreviationKeys.contains(b, s, e) }
        // An initial: one capital, then a capitalized word (J. R. R. Tolkien), a number (L. 22.500),
        // or the sentence's own period (Edoardo M..).
        guard b.isUpper(at: s), b.scalar(at: s).length == e - s else { return false }
        if b[e + 1] == 0x2E && b[e + 2] != 0x2E { return true }
        var j = e + 1
        guard b.spaceLength(at: j) > 0 && !b.isNewline(at: j) else { return false }
        while b.spaceLength(at: j) > 0 && !b.isNewline(at: j) { j += b.spaceLength(at: j) }
        guard b.isUpper(at: j) || b.isDigit(at: j) else { return false }
        if i >= 2 {
            let prev = pieces[i - 2]
            if prev.end <= s && (prev.isWord) && ItalianData.letterLabelKeys.contains(b, prev.start, prev.end) {
                return false
            }
        }
        return true
    }

    /// Whether a dotted word keeps its periods: every part is at most two letters (S.p.A, a.C),
    /// or the whole is a listed abbreviation (sig.ra, d.lgs).
    private func keepsDots(_ s: Int, _ e: Int) -> Bool {
        var partStart = s
        var allShort = true
        var k = s
        while k <= e {
            if k == e || b[k] == 0x2E {
                if k - partStart > 2 || k == partStart { allShort = false }
                partStart = k + 1
            }
            k += 1
        }
        return allShort || ItalianData.abbreviationKeys.contains(b, s, e)
    }

    private func firstDot(_ s: Int, _ e: Int) -> Int? {
        var k = s
        while k < e { if b[k] == 0x2E { return k }; k += 1 }
        return nil
    }

    /// `26/11/2024` or `10:30` starting at the number `[s, e)`: the end of the date, or nil.
    private func dateOrTime(_ s: Int, _ e: Int) -> Int? {
        guard e - s <= 2, b.isDigit(at: s), b.isDigit(at: e - 1) else { return nil }
        let sep = b[e]
        if sep == 0x3A, let n = digits(e + 1), n.len == 2, !b.isDigit(at: n.end) { return n.end }
        if sep == 0x2F || sep == 0x2D, let n2 = digits(e + 1), n2.len <= 2, b[n2.end] == sep,
           let n3 = digits(n2.end + 1), n3.len == 2 || n3.len == 4 {
            return n3.end
        }
        return nil
    }

    /// Whether no ICU piece from `i` on straddles `end`: in `10:30l` the piece `30l` runs on, and
    /// taking `10:30` would emit the rest of that piece again, overlapping (found by FuzzTokenizer;
    /// see RegressionTests.timeRunningIntoALetter).
    private func endsOnPiece(_ end: Int) -> Bool {
        var j = i
        while j < pieces.count && pieces[j].end < end { j += 1 }
        return j == pieces.count || pieces[j].end == end || pieces[j].start >= end
    }

    private func isDottedDate(_ s: Int, _ e: Int) -> Bool {
        guard let a = digits(s), a.len <= 2, b[a.end] == 0x2E, let m = digits(a.end + 1), m.len <= 2,
              b[m.end] == 0x2E, let y = digits(m.end + 1), y.len == 4, y.end == e else { return false }
        return true
    }

    private func digits(_ s: Int) -> (len: Int, end: Int)? {
        var k = s
        while b.isDigit(at: k) && k < b.count { k += 1 }
        return k > s ? (k - s, k) : nil
    }

    // MARK: - Everything else

    private mutating func other(_ p: Piece) {
        i += 1
        let s = p.start
        // ’80, '90: a year with its apostrophe.
        let apo = b.apostropheLength(at: s)
        // The two digits must be a whole ICU piece: in `'80.5` or `'00_x` the piece runs on, and
        // taking `'80` would leave the rest of that piece to be emitted again, overlapping
        // (found by FuzzTokenizer; see RegressionTests.yearApostropheInsideALongerNumber).
        if apo > 0 && apo == p.end - s, let d = digits(p.end), d.len == 2, !b.isLetter(at: d.end),
           i < pieces.count, pieces[i].start == p.end, pieces[i].end == d.end,
           s == 0 || !b.isLetter(at: b.scalarStart(before: s)) {
            while i < pieces.count && pieces[i].end <= d.end { i += 1 }
            emit(s, d.end, .number)
            return
        }
        // ... and longer runs of periods.
        if b[s] == 0x2E && p.end - s == 1 {
            var e = p.end
            while i < pieces.count && pieces[i].start == e && pieces[i].end - pieces[i].start == 1 && b[e] == 0x2E {
                e += 1; i += 1
            }
            emit(s, e, .punctuation)
            return
        }
        let q = b.quoteLength(at: s)
        if q > 0 && q == p.end - s {
            trackSingleQuote(s, q)
            emit(s, p.end, .quote)
            return
        }
        emit(s, p.end, classify(s, p.end))
    }

    private mutating func trackSingleQuote(_ s: Int, _ q: Int) {
        let isSingle = b[s] == 0x27 || b[s] == 0x60 || (q == 3 && (b[s + 2] == 0x98 || b[s + 2] == 0x99))
        guard isSingle else { return }
        let before = s == 0 || isSpaceOrPunctByte(b.scalarStart(before: s))
        if before && (b.isLetter(at: s + q) || b.isDigit(at: s + q)) { singleQuoteOpen = true }
        else if !before { singleQuoteOpen = false }
    }

    private func classify(_ s: Int, _ e: Int) -> Token.Kind {
        let c = b[s]
        if c < 0x80 {
            switch c {
            case 0x25, 0x24, 0x2B, 0x3D, 0x3C, 0x3E, 0x26, 0x5E, 0x7C, 0x7E, 0x40, 0x23: return .symbol
            default: return .punctuation
            }
        }
        let v = b.scalar(at: s).value
        // ©, ®, ™ and arrows are pictographic too, but text symbols unless an emoji selector follows.
        if ICUText.isPictographic(v) && (v >= 0x2190 || b.equalsBytes(e - 3, [0xEF, 0xB8, 0x8F])) { return .emoji }
        if ICUText.isSymbol(v) || v == 0xB0 { return .symbol }
        if ICUText.isLetter(v) { return .word }
        return .punctuation
    }

    // MARK: - Helpers

    private func nextAdjacent(_ end: Int, from index: Int? = nil) -> Piece? {
        let j = index ?? i
        guard j < pieces.count, pieces[j].start == end else { return nil }
        return pieces[j]
    }

    private func newlineBetween(_ a: Int, _ c: Int) -> Bool {
        var k = a
        while k < c { if b.isNewline(at: k) { return true }; k += 1 }
        return false
    }

    private func isSpaceOrEnd(_ k: Int) -> Bool { k >= b.count || b.spaceLength(at: k) > 0 }

    private func isSpaceOrPunct(_ k: Int) -> Bool {
        k >= b.count || b.spaceLength(at: k) > 0 || isSpaceOrPunctByte(k)
    }

    private func isSpaceOrPunctByte(_ k: Int) -> Bool {
        if b.spaceLength(at: k) > 0 { return true }
        let c = b[k]
        if c < 0x80 { return !b.isAlnumASCII(at: k) }
        return !b.isLetter(at: k)
    }
}
