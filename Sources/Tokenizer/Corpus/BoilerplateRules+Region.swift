/// Finding the article body and walking out to its header and footer.
extension BoilerplateRules {
    /// The jusText-style score of a line: prose is strongly positive, short and marked lines
    /// negative, an article-end phrase a barrier.
    func score(_ i: Int) -> Double {
        let x = f[i]
        if embed[i] { return 1 }
        if let role = x.phrase?.role {
            switch role {
            case .end: return -6
            case .related: return -3
            case .video: return 0.5
            default: return -1
            }
        }
        if videoTitle[i] { return 0 }
        if mark[i] != nil { return x.isProse ? -1 : -1.5 }
        if x.isProse { return 1 + Double(min(x.chars, 800)) / 200 }
        if isAnchor(x: i) { return 0 }
        if x.isMedium { return -0.2 }
        return -0.6
    }

    func isAnchor(x i: Int) -> Bool { isAnchor(i) }

    /// The maximum-sum run of non-blank lines (Kadane), as line indices; nil when no line scores.
    func densestRegion() -> Range<Int>? {
        var best = 0.0, bestRange: Range<Int>? = nil
        var sum = 0.0, start = 0
        for i in 0..<n where !f[i].isBlank {
            let s = score(i)
            if sum <= 0 { sum = 0; start = i }
            sum += s
            if sum > best { best = sum; bestRange = start..<(i + 1) }
        }
        return bestRange
    }

    /// Cuts a comment thread off the end of the body: from the second timestamped date line
    /// (a comment's date), back to the first one and the commenter's name above it.
    ///
    /// Also cuts an author box (a name line, then a paragraph starting with that name).
    func trimmingComments(_ body: Range<Int>) -> Range<Int> {
        guard let firstProse = body.first(where: { f[$0].isProse }) else { return body }
        var cut = body.upperBound
        let stamps = body.filter { $0 > firstProse && f[$0].isDate && f[$0].hasTimeOfDay }
        if stamps.count >= 2 {
            cut = stamps[0]
            if let u = next(cut, step: -1), u > firstProse, !f[u].isProse, f[u].words <= 3 { cut = u }
        }
        // (The word count first: it is what most lines fail, read without copying the line's features.)
        for i in body where i > firstProse && i < cut && f[i].words >= 2 && f[i].words <= 4 && f[i].isNameLike {
            if let p = next(i), f[p].isProse, f[p].text.trimmingSpaces.hasPrefix(f[i].text.trimmingSpaces) { cut = i; break }
        }
        guard cut < body.upperBound else { return body }
        // End the body on its last paragraph or embed before the cut.
        let last = (body.lowerBound..<cut).last { (f[$0].isProse && mark[$0] == nil) || embed[$0] } ?? firstProse
        return body.lowerBound..<(last + 1)
    }

    mutating func labelBody(_ body: Range<Int>) {
        let proseLines = body.filter { f[$0].isProse && mark[$0] == nil }
        let firstProse = proseLines.first ?? body.lowerBound
        let secondProse = proseLines.count > 1 ? proseLines[1] : body.upperBound
        let lastProse = proseLines.last ?? body.upperBound - 1
        for i in body where !f[i].isBlank && (mark[i] == nil || f[i].words == 1 && f[i].phrase == nil && repeated[i]) {
            if out[i] != nil { continue }
            if embed[i] { out[i] = .init(label: .embed, reason: "embed"); continue }
            if f[i].isProse { out[i] = .init(label: .main, reason: "paragraph"); continue }
            if videoTitle[i] { out[i] = .init(label: .main, reason: "video-title"); continue }
            // A one-word line inside the body is a section label over a teaser (`Cronaca`).
            // A short all-lowercase line inside the body is a tag or a kicker (`mascolinità tossica`).
            if f[i].words <= 3, let c = f[i].text.first(where: \.isLetter), c.isLowercase, !isAnchor(i) {
                out[i] = .init(label: .boiler, reason: "lowercase-label"); continue
            }
            if f[i].words == 1 && !isAnchor(i) && i > firstProse && i < lastProse {
                out[i] = .init(label: .boiler, reason: "teaser-label")
                if let t = next(i), !(f[t].isProse && (f[t].endsSentence || f[t].chars > 200)), !embed[t] {
                    out[t] = .init(label: .boiler, reason: "teaser")
                    if let a = next(t), f[a].isByline, a < lastProse { out[a] = .init(label: .boiler, reason: "teaser") }
                }
                continue
            }
            // A byline inside the body signs a teaser of another article.
            if f[i].isByline && !f[i].isDate && i > secondProse && i < lastProse {
                out[i] = .init(label: .boiler, reason: "teaser-byline")
                if let t = next(i, step: -1), !f[t].isProse, !embed[t] { out[t] = .init(label: .boiler, reason: "teaser") }
                continue
            }
            // The same short line twice in a row: a repeated teaser.
            if let k = next(i), k < body.upperBound, LineFeatures.sameTrimmedText(f[k], f[i]) {
                out[i] = .init(label: .boiler, reason: "duplicate-line")
                out[k] = .init(label: .boiler, reason: "duplicate-line")
                continue
            }
            out[i] = .init(label: .main, reason: isAnchor(i) ? anchorReason(i, "body") : "in-article")
        }
    }

    func anchorReason(_ i: Int, _ place: String) -> String {
        f[i].isDate ? "\(place):date" : f[i].isByline ? "\(place):byline" : "\(place):credit"
    }

    /// Walks up from the body over the article's header: dates, bylines and credits are kept,
    /// title-like lines (headline, standfirst, caption) too, until a short line above a title
    /// (a kicker or breadcrumb) or a long run of furniture.
    mutating func walkHeader(from start: Int) {
        // A body that opens with a headline-like line already has its title.
        var titles = f[start].isTitleLike && f[start].chars < 150 && !f[start].endsSentence ? 1 : 0
        var junk = 0
        var i = start
        var below: Int? = start
        while let k = next(i, step: -1), start - k <= 30 {
            i = k
            let x = f[k]
            if embed[k] { out[k] = .init(label: .embed, reason: "embed"); below = k; continue }
            if mark[k] != nil {
                junk += 1
                if junk > 14 { break }
                continue
            }
            if isAnchor(k) {
                out[k] = .init(label: .main, reason: anchorReason(k, "header")); junk = 0; below = k; continue
            }
            if let b = below, f[b].normalized == x.normalized {
                out[k] = .init(label: .boiler, reason: "breadcrumb-repeats-headline"); continue
            }
            if x.isTitleLike || x.isProse {
                if titles == 4 { break }
                out[k] = .init(label: .main, reason: "header:title"); titles += 1; junk = 0; below = k; continue
            }
            if x.isNameLike, let a = next(k, step: -1), f[a].isTitleLike, mark[a] == nil {
                out[k] = .init(label: .main, reason: "header:caption"); below = k; continue
            }
            // A short line under the headline: a kicker (stop) unless the header goes on above
            // it (a widget between byline and caption, like a font-size control).
            if titles > 0 {
                if let a = next(k, step: -1), isAnchor(a), mark[a] == nil { junk += 1; continue }
                out[k] = .init(label: .boiler, reason: "kicker"); break
            }
            junk += 1
            if junk > 6 { break }
        }
    }

    /// Walks down from the body over a closing date, signature or credit.
    mutating func walkFooter(from end: Int) {
        var i = end, taken = 0
        while let k = next(i), taken < 4 {
            i = k
            if mark[k] != nil || f[k].phrase != nil { break }
            if isAnchor(k) { out[k] = .init(label: .main, reason: anchorReason(k, "footer")) }
            else if f[k].isSiteSignature { out[k] = .init(label: .main, reason: "footer:signature") }
            else if embed[k] { out[k] = .init(label: .embed, reason: "embed") }
            else { break }
            taken += 1
        }
    }
}
