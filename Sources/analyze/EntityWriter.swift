import Foundation
import NER
import Tokenizer

/// Writes entity mentions in each output format; every field from the text is escaped.
///
/// A large file may come in pieces (``Document/chunk``): offsets are shifted by the piece's
/// start, and the table gathers every piece of a document before it is printed.
final class EntityWriter {
    let format: OutputFormat
    let explain: Bool
    let scheme: EntitiesCommand.TagScheme
    let out: Output
    let multipleInputs: Bool
    /// The document whose table is being gathered, and whether a table was printed yet.
    private var table: Table?
    private var printedTable = false
    /// conll: the last piece written ended without the blank line after its last sentence.
    private var openSentence = false

    init(format: OutputFormat, explain: Bool, scheme: EntitiesCommand.TagScheme, out: Output, multipleInputs: Bool) {
        self.format = format
        self.explain = explain
        self.scheme = scheme
        self.out = out
        self.multipleInputs = multipleInputs
    }

    func begin() { if format == .json { out.line("[") } }
    func end() {
        flushTable()
        if format == .json { out.line("]") }
        out.flush()
    }

    /// Where a piece starts in its file (0, 0 for a whole document).
    struct Base { var utf8 = 0, scalar = 0 }

    func write(document id: String, piece: Document? = nil, tokens: [Token], sentences: [Range<Int>], mentions: [EntityMention], first: Bool) {
        let base = Base(utf8: piece?.utf8Base ?? 0, scalar: piece?.scalarBase ?? 0)
        let chunk = piece?.chunk ?? 0
        switch format {
        case .json:
            out.write(first ? "" : ",\n")
            out.line("{\"document\":\(Escape.json(id)),\"entities\":[")
            for (n, m) in mentions.enumerated() { out.line("  " + json(m, id: nil, base: base) + (n + 1 < mentions.count ? "," : "")) }
            out.write("]}")
            out.line()
        case .jsonl:
            for m in mentions { out.line(json(m, id: id, base: base)) }
        case .tsv:
            if first { out.line("document\ttype\ttext\tstart\tend\tbyte_start\tbyte_end" + (explain ? "\tsource" : "")) }
            for m in mentions {
                out.line("\(Escape.tsv(id))\t\(m.label.rawValue)\t\(Escape.tsv(m.text))\t\(m.start + base.scalar)\t\(m.end + base.scalar)\t\(m.utf8Range.lowerBound + base.utf8)\t\(m.utf8Range.upperBound + base.utf8)"
                         + (explain ? "\t" + Escape.tsv(m.source) : ""))
            }
        case .conll:
            var tags = EntityMention.bioTags(count: tokens.count, mentions: mentions)
            if scheme == .io { tags = tags.map { $0.hasPrefix("B-") ? "I-" + $0.dropFirst(2) : $0 } }
            let groups = sentences.isEmpty ? [0..<tokens.count] : sentences
            // A later piece of one file: close the previous piece's last sentence.
            if chunk > 0 && openSentence && !tokens.isEmpty { out.line() }
            for (k, r) in groups.enumerated() {
                for i in r { out.line("\(Escape.tsv(tokens[i].text))\t\(tags[i])") }
                if k + 1 < groups.count || multipleInputs { out.line() }
            }
            if !tokens.isEmpty { openSentence = !multipleInputs }
        default:
            if chunk == 0 { flushTable(); table = Table(id: id) }
            table?.add(mentions, base: base)
        }
    }

    private func json(_ m: EntityMention, id: String?, base: Base) -> String {
        var s = "{"
        if let id { s += "\"document\":\(Escape.json(id)),"}
        s += "\"type\":\"\(m.label.rawValue)\",\"text\":\(Escape.json(m.text)),\"start\":\(m.start + base.scalar),\"end\":\(m.end + base.scalar),"
        s += "\"byteStart\":\(m.utf8Range.lowerBound + base.utf8),\"byteEnd\":\(m.utf8Range.upperBound + base.utf8)"
        if explain { s += ",\"source\":\(Escape.json(m.source))" }
        return s + "}"
    }

    /// The readable table of one document: one row per distinct (type, text), with count and
    /// first offset, gathered over the document's pieces.
    private struct Table {
        struct Row { var label: EntityLabel; var text: String; var count: Int; var start: Int; var sources: [String] }
        var id: String
        var rows: [Row] = []
        var index: [String: Int] = [:]

        init(id: String) { self.id = id }

        mutating func add(_ mentions: [EntityMention], base: Base) {
            for m in mentions {
                let text = String(m.text).split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
                let key = m.label.rawValue + "\t" + text
                if let i = index[key] {
                    rows[i].count += 1
                    if !rows[i].sources.contains(m.source) { rows[i].sources.append(m.source) }
                } else {
                    index[key] = rows.count
                    rows.append(Row(label: m.label, text: text, count: 1, start: m.start + base.scalar, sources: [m.source]))
                }
            }
        }
    }

    /// Prints the table being gathered, if any.
    private func flushTable() {
        guard let t = table else { return }
        table = nil
        if multipleInputs { out.line((printedTable ? "\n" : "") + "# " + Escape.tsv(t.id)) }
        printedTable = true
        let width = min(40, t.rows.map { $0.text.count }.max() ?? 6)
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        out.line(pad("TYPE", 8) + pad("ENTITY", width + 2) + pad("COUNT", 6) + "FIRST" + (explain ? "   SOURCE" : ""))
        for r in t.rows {
            let shown = Escape.tsv(r.text.count > 60 ? String(r.text.prefix(59)) + "…" : r.text)
            out.line(pad(r.label.rawValue, 8) + pad(shown, width + 2) + pad(String(r.count), 6) + pad(String(r.start), 5)
                     + (explain ? "   " + Escape.tsv(r.sources.joined(separator: ", ")) : ""))
        }
    }
}
