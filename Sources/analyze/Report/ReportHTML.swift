import Foundation
import NER

/// `analyze report --format html`: one self-contained page (inline CSS and SVG, no script, no
/// network) in the spirit of spaCy's displaCy. Scraped text is hostile: everything taken from
/// the input goes through `Escape.html`, and a Content-Security-Policy forbids scripts anyway.
enum ReportHTML {
    static let colors: [EntityLabel: String] = [
        .person: "#aa9cfc", .organization: "#7aecec", .location: "#feca74", .product: "#bfeeb7",
        .misc: "#e4e7d2", .date: "#bfe1d9", .money: "#e2e2a0", .percent: "#e2e2a0",
        .mention: "#c8d7ff", .hashtag: "#c8d7ff", .url: "#dddddd", .email: "#dddddd",
    ]

    static func head(title: String) -> String {
        var css = """
            body{font:16px/1.6 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
            .stats{color:#555}.stats b{color:#222}
            table{border-collapse:collapse}td,th{padding:.15rem .6rem;text-align:left;border-bottom:1px solid #eee}td.n{text-align:right}
            .article p{margin:.4rem 0}
            p.boiler{color:#aaa;font-size:.85rem;text-decoration:line-through dotted #ccc}
            p.boiler::before{content:"▸ ";color:#ccc}
            p.embed{border-left:3px solid #c8d7ff;padding-left:.6rem}
            mark.ent{padding:.1em .3em;border-radius:.3em;line-height:1}
            mark.ent .lbl{font-size:.6em;font-weight:bold;margin-left:.35em;text-transform:uppercase;vertical-align:middle}
            .q-speech{text-decoration:underline 2px #d33;text-underline-offset:.25em}
            .q-term,.q-title,.q-other{text-decoration:underline dotted #888;text-underline-offset:.25em}
            .spk{font-size:.75em;color:#d33;margin-left:.25em;white-space:nowrap}
            .legend span{display:inline-block;margin:.15rem .3rem .15rem 0}
            dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1rem .8rem}dl.meta dt{color:#777}dl.meta dd{margin:0}
            svg text{font:12px sans-serif}
            """
        for label in EntityLabel.allCases { css += "\n.e-\(label.rawValue){background:\(colors[label] ?? "#ddd")}" }
        return """
            <!DOCTYPE html>
            <html lang="it">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Escape.html(title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>

            """
    }

    static let tail = "</body>\n</html>\n"

    static func legend() -> String {
        "<p class=\"legend\">" + EntityLabel.allCases.map {
            "<span><mark class=\"ent e-\($0.rawValue)\">\($0.rawValue)</mark></span>"
        }.joined() + " <span class=\"q q-speech\">quotation</span><span class=\"spk\">— speaker</span>"
            + " <span class=\"q q-term\">term in quotes</span> <span>▸ <s>boilerplate</s> (hover for the reason)</span></p>\n"
    }

    /// One document's section; `anchor` is the fragment id the index links to.
    static func document(_ r: DocumentReport, anchor: String) -> String {
        var s = "<section class=\"doc\" id=\"\(anchor)\">\n<h2>\(Escape.html(r.id))</h2>\n"
        s += "<p class=\"stats\"><b>\(r.sentences)</b> sentences · <b>\(r.tokens)</b> tokens · <b>\(r.types)</b> word types · "
        s += "<b>\(r.mentions.count)</b> entities · <b>\(r.quotes.count)</b> quotations · "
        let lines = r.decisions.filter { !r.text[$0.range].allSatisfy(\.isWhitespace) }
        s += "<b>\(lines.filter { !$0.isKept }.count)</b> of \(lines.count) non-blank lines boilerplate</p>\n"
        if !r.metadata.isEmpty {
            s += "<dl class=\"meta\">" + r.metadata.map { "<dt>\(Escape.html($0.key))</dt><dd>\(Escape.html($0.value))</dd>" }.joined() + "</dl>\n"
        }
        s += "<div class=\"article\">\n"
        let markup = HTMLMarkup(text: r.text, mentions: r.mentions, quotes: r.quotes)
        for d in r.decisions where !r.text[d.range].allSatisfy(\.isWhitespace) {
            let title = Escape.html("\(d.label.rawValue): \(d.reason)")
            if d.isKept {
                s += "<p class=\"\(d.label.rawValue)\" title=\"\(title)\">\(markup.html(line: d.utf8Range))</p>\n"
            } else {
                s += "<p class=\"boiler\" title=\"\(title)\">\(Escape.html(r.text[d.range]))</p>\n"
            }
        }
        s += "</div>\n"
        if !r.entityGroups.isEmpty {
            s += "<h3>Entities</h3>\n<table><tr><th>type</th><th>entity</th><th>count</th></tr>\n"
            for g in r.entityGroups {
                s += "<tr><td><mark class=\"ent e-\(g.label.rawValue)\">\(g.label.rawValue)</mark></td><td>\(Escape.html(g.text))</td><td class=\"n\">\(g.count)</td></tr>\n"
            }
            s += "</table>\n"
        }
        if !r.quotes.isEmpty {
            s += "<h3>Quotations</h3>\n<table><tr><th>speaker</th><th>quotation</th></tr>\n"
            for q in r.quotes where q.kind == .speech {
                s += "<tr><td>\(Escape.html(q.speaker?.text ?? "—"))</td><td>\(Escape.html(q.open + q.text + q.close))</td></tr>\n"
            }
            s += "</table>\n"
        }
        s += "<h3>Top words</h3>\n" + barChart(Array(r.topWords.prefix(15))) + "</section>\n"
        return s
    }

    /// The corpus index: per-document links, then top entities and words over the corpus.
    static func index(_ summary: CorpusSummary) -> String {
        var s = "<nav id=\"index\">\n<h2>Documents</h2>\n<table><tr><th>#</th><th>document</th><th>tokens</th><th>entities</th><th>quotations</th></tr>\n"
        for (n, d) in summary.documents.enumerated() {
            s += "<tr><td class=\"n\">\(n + 1)</td><td><a href=\"#doc-\(n + 1)\">\(Escape.html(d.id))</a></td>"
            s += "<td class=\"n\">\(d.tokens)</td><td class=\"n\">\(d.entities)</td><td class=\"n\">\(d.quotes)</td></tr>\n"
        }
        s += "</table>\n<h2>Top entities in the corpus</h2>\n<table><tr><th>type</th><th>entity</th><th>count</th><th>documents</th></tr>\n"
        for e in summary.topEntities(30) {
            s += "<tr><td><mark class=\"ent e-\(e.label.rawValue)\">\(e.label.rawValue)</mark></td><td>\(Escape.html(e.text))</td>"
            s += "<td class=\"n\">\(e.count)</td><td class=\"n\">\(e.documents)</td></tr>\n"
        }
        s += "</table>\n<h2>Top words in the corpus</h2>\n" + barChart(summary.topWords(20)) + "</nav>\n"
        return s
    }

    /// A horizontal bar chart as inline SVG.
    static func barChart(_ rows: [(key: String, count: Int)]) -> String {
        guard let top = rows.first?.count, top > 0 else { return "<p>(no words)</p>\n" }
        let row = 20, labelWidth = 140, barWidth = 360
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 50)\" height=\"\(rows.count * row + 4)\" role=\"img\" aria-label=\"word frequencies\">\n"
        for (i, r) in rows.enumerated() {
            let y = i * row + 2
            let w = max(1, Int(Double(barWidth) * Double(r.count) / Double(top)))
            s += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(Escape.html(r.key))</text>"
            s += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"\(row - 6)\" fill=\"#4c78a8\"/>"
            s += "<text x=\"\(labelWidth + w + 4)\" y=\"\(y + 14)\">\(r.count)</text>\n"
        }
        return s + "</svg>\n"
    }
}
