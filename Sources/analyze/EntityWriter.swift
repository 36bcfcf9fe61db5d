import Foundation
import NER
import Tokenizer

/// Writes entity mentions in each output format; every field from the text is escaped.
struct EntityWriter {
    var format: OutputFormat
    var explain: Bool
    var scheme: EntitiesCommand.TagScheme
    var out: Output
    var multipleInputs: Bool

    func begin() { if format == .json { out.line("[") } }
    func end() { if format == .json { out.line("]") }; out.flush() }

    func write(document id: String, tokens: [Token], sentences: [Range<Int>], mentions: [EntityMention], first: Bool) {
        switch format {
        case .json:
            out.write(first ? "" : ",\n")
            out.line("{\"document\":\(Escape.json(id)),\"entities\":[")
            for (n, m) in mentions.enumerated() { out.line("  " + json(m, id: nil) + (n + 1 < mentions.count ? "," : "")) }
            out.write("]}")
            out.line()
        case .jsonl:
            for m in mentions { out.line(json(m, id: id)) }
        case .tsv:
            if first { out.line("document\ttype\ttext\tstart\tend\tbyte_start\tbyte_end" + (explain ? "\tsource" : "")) }
            for m in mentions {
                out.line("\(Escape.tsv(id))\t\(m.label.rawValue)\t\(Escape.tsv(m.text))\t\(m.start)\t\(m.end)\t\(m.utf8Range.lowerBound)\t\(m.utf8Range.upperBound)"
                         + (explain ? "\t" + Escape.tsv(m.source) : ""))
            }
        case .conll:
            var tags = EntityMention.bioTags(count: tokens.count, mentions: mentions)
            if scheme == .io { tags = tags.map { $0.hasPrefix("B-") ? "I-" + $0.dropFirst(2) : $0 } }
            let groups = sentences.isEmpty ? [0..<tokens.count] : sentences
            for (k, r) in groups.enumerated() {
                for i in r { out.line("\(Escape.tsv(tokens[i].text))\t\(tags[i])") }
                if k + 1 < groups.count || multipleInputs { out.line() }
            }
        default:
            table(id: id, mentions: mentions, first: first)
        }
    }

    private func json(_ m: EntityMention, id: String?) -> String {
        var s = "{"
        if let id { s += "\"document\":\(Escape.json(id)),"}
        s += "\"type\":\"\(m.label.rawValue)\",\"text\":\(Escape.json(m.text)),\"start\":\(m.start),\"end\":\(m.end),"
        s += "\"byteStart\":\(m.utf8Range.lowerBound),\"byteEnd\":\(m.utf8Range.upperBound)"
        if explain { s += ",\"source\":\(Escape.json(m.source))" }
        return s + "}"
    }

    /// The readable table: one row per distinct (type, text), with count and first offset.
    private func table(id: String, mentions: [EntityMention], first: Bool) {
        struct Row { var label: EntityLabel; var text: String; var count: Int; var start: Int; var sources: [String] }
        var rows: [Row] = []
        var index: [String: Int] = [:]
        for m in mentions {
            let text = String(m.text).split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
            let key = m.label.rawValue + "\t" + text
            if let i = index[key] {
                rows[i].count += 1
                if !rows[i].sources.contains(m.source) { rows[i].sources.append(m.source) }
            } else {
                index[key] = rows.count
                rows.append(Row(label: m.label, text: text, count: 1, start: m.start, sources: [m.source]))
            }
        }
        if multipleInputs { out.line((first ? "" : "\n") + "# " + Escape.tsv(id)) }
        let width = min(40, rows.map { $0.text.count }.max() ?? 6)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        out.line(pad("TYPE", 8) + pad("ENTITY", width + 2) + pad("COUNT", 6) + "FIRST" + (explain ? "   SOURCE" : ""))
        for r in rows {
            let shown = Escape.tsv(r.text.count > 60 ? String(r.text.prefix(59)) + "…" : r.text)
            out.line(pad(r.label.rawValue, 8) + pad(shown, width + 2) + pad(String(r.count), 6) + pad(String(r.start), 5)
                     + (explain ? "   " + Escape.tsv(r.sources.joined(separator: ", ")) : ""))
        }
    }
}
