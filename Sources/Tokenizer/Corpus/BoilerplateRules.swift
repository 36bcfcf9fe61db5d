/// The rules of ``BoilerplateFilter``, applied to the features of one document's lines.
struct BoilerplateRules {
    typealias Label = BoilerplateFilter.Label
    struct Decision { var label: Label; var reason: String }

    let f: [LineFeatures]
    let repeated: [Bool]
    /// Lines marked boiler before the body is found, with their reason.
    var mark: [String?]
    var embed: [Bool]
    /// Lines shown to be titles of in-article videos.
    var videoTitle: [Bool]
    var out: [Decision?]

    init(features: [LineFeatures], repeated: [Bool]) {
        f = features
        self.repeated = repeated
        mark = Array(repeating: nil, count: features.count)
        embed = Array(repeating: false, count: features.count)
        videoTitle = Array(repeating: false, count: features.count)
        out = Array(repeating: nil, count: features.count)
    }

    var n: Int { f.count }

    /// Index of the next non-blank line after `i` (or before, with `step: -1`).
    func next(_ i: Int, step: Int = 1) -> Int? {
        var j = i + step
        while j >= 0 && j < n { if !f[j].isBlank { return j }; j += step }
        return nil
    }

    func isAnchor(_ i: Int) -> Bool { f[i].isDate || f[i].isByline || f[i].isCredit }

    mutating func run() -> [Decision] {
        markPhrases()
        markEmbeds()
        markTeasers()
        if let found = densestRegion() {
            let body = trimmingComments(found)
            for i in body.upperBound..<found.upperBound where mark[i] == nil && !f[i].isBlank { mark[i] = "comments-or-author-box" }
            labelBody(body)
            walkHeader(from: body.lowerBound)
            walkFooter(from: body.upperBound - 1)
        } else {
            // No prose anywhere: keep what is not marked (a short text, a list).
            for i in 0..<n where out[i] == nil && mark[i] == nil && !f[i].isBlank {
                out[i] = Decision(label: embed[i] ? .embed : .main, reason: "no-article-found")
            }
        }
        return (0..<n).map { i in
            if let d = out[i] { return d }
            if f[i].isBlank { return Decision(label: .boiler, reason: "blank") }
            if let m = mark[i] { return Decision(label: .boiler, reason: m) }
            return Decision(label: .boiler, reason: "outside-article")
        }
    }

    // MARK: Marks

    mutating func markPhrases() {
        for i in 0..<n {
            if let e = f[i].phrase, e.role != .embed {
                mark[i] = "phrase:\(e.role.rawValue) '\(e.phrase)'"
            } else if repeated[i] && !isAnchor(i) {
                mark[i] = "repeated-across-documents"
            } else if f[i].hasNoWords {
                mark[i] = "no-words"
            }
        }
        // Video players: the label is boiler, the line before it the video's title.
        for i in 0..<n where f[i].phrase?.role == .video {
            if let t = next(i, step: -1), mark[t] == nil, !f[t].isProse { videoTitle[t] = true }
        }
    }

    mutating func markEmbeds() {
        for i in 0..<n {
            if f[i].phrase?.role == .embed || f[i].hasEmbedLink { embed[i] = true }
        }
        for i in 0..<n where f[i].isEmbedAttribution {
            embed[i] = true
            // Another attribution a few lines above a dash-led one: everything between is a post
            // of the thread.
            var above: [Int] = []
            var j = i
            var closed = false
            while let k = next(j, step: -1), above.count < 4 {
                if f[k].isEmbedAttribution { closed = true; break }
                above.append(k); j = k
            }
            if closed && f[i].startsWithDash { above.forEach { embed[$0] = true }; continue }
            // Otherwise the post's text is the line above when the attribution starts the line,
            // plus short foreign or emoji lines (a post in several paragraphs).
            var taken = 0
            for k in above {
                let short = f[k].chars < 120 && f[k].stopDensity < 0.15
                if (taken == 0 && f[i].startsWithDash) || short || f[k].hasEmbedLink {
                    embed[k] = true; taken += 1
                } else { break }
            }
        }
        for i in 0..<n where embed[i] { mark[i] = nil }
    }

    mutating func markTeasers() {
        for i in 0..<n {
            guard let role = f[i].phrase?.role else { continue }
            switch role {
            case .teaser:
                // The teaser's title and author follow the marker…
                var j = i, taken = 0
                while let k = next(j), taken < 2 {
                    if f[k].phrase?.role == .teaser { j = k; continue }
                    if f[k].isProse || embed[k] || f[k].phrase != nil { break }
                    if taken == 1 && !(f[k].isByline || f[k].isShort) { break }
                    mark[k] = mark[k] ?? "teaser"; taken += 1; j = k
                }
                // …or, for a bare "Leggi", come before it.
                if taken == 0, let p = next(i, step: -1), !f[p].isProse, !isAnchor(p), !embed[p], f[p].phrase == nil {
                    mark[p] = mark[p] ?? "teaser"
                }
            case .related:
                var j = i, taken = 0
                while let k = next(j), taken < 40 {
                    if f[k].isProse || embed[k] || isAnchor(k) || f[k].phrase?.role == .end { break }
                    // A title with a byline or date right under it heads the article itself.
                    if let a = next(k), f[a].isByline || f[a].isDate || (next(a).map { f[$0].isByline || f[$0].isDate } ?? false),
                       f[k].isTitleLike { break }
                    mark[k] = mark[k] ?? "related-list"; taken += 1; j = k
                }
            default: continue
            }
        }
    }
}
