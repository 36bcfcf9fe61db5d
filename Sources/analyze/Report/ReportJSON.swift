/// `analyze report --format json`: one JSON object per document on one line (JSON Lines);
/// the schema is documented in the README ("The report").
enum ReportJSON {
    static func render(_ r: DocumentReport) -> String { String(decoding: bytes(r), as: UTF8.self) }

    /// The JSON object as UTF-8 bytes (what the command writes, without a String in between).
    static func bytes(_ r: DocumentReport) -> [UInt8] {
        var b = JSONBuffer(capacity: 4096 + r.decisions.count * 64 + (r.mentions.count + r.quotes.count) * 128)
        b.raw("{\"id\":"); b.rawText(r.idJSON); b.raw(",\"metadata\":{")
        for (i, m) in r.metadata.enumerated() {
            if i > 0 { b.raw(",") }
            b.string(m.key); b.raw(":"); b.string(m.value)
        }
        var main = 0, embed = 0, boiler = 0
        for d in r.decisions {
            switch d.label {
            case .main: main += 1
            case .embed: embed += 1
            case .boiler: boiler += 1
            }
        }
        b.raw("},\"lines\":{\"total\":"); b.int(r.decisions.count)
        b.raw(",\"main\":"); b.int(main); b.raw(",\"embed\":"); b.int(embed); b.raw(",\"boiler\":"); b.int(boiler)
        b.raw("},\"boilerplate\":[")
        for (i, d) in r.decisions.enumerated() {
            if i > 0 { b.raw(",") }
            b.raw("{\"line\":"); b.int(d.line); b.raw(",\"label\":\""); b.rawText(d.label.rawValue)
            b.raw("\",\"reason\":"); b.string(d.reason); b.raw("}")
        }
        b.raw("],\"sentences\":"); b.int(r.sentences); b.raw(",\"tokens\":"); b.int(r.tokens)
        b.raw(",\"types\":"); b.int(r.types); b.raw(",\"topWords\":[")
        for (i, w) in r.topWords.enumerated() {
            if i > 0 { b.raw(",") }
            b.raw("{\"key\":"); b.string(w.key); b.raw(",\"count\":"); b.int(w.count); b.raw("}")
        }
        b.raw("],\"entities\":[")
        for (i, g) in r.entityGroups.enumerated() {
            if i > 0 { b.raw(",") }
            b.raw("{\"type\":\""); b.rawText(g.label.rawValue); b.raw("\",\"text\":"); b.string(g.text)
            b.raw(",\"count\":"); b.int(g.count); b.raw("}")
        }
        b.raw("],\"mentions\":[")
        for (i, m) in r.mentions.enumerated() {
            if i > 0 { b.raw(",") }
            JSONLWriter.entity(m, into: &b)
        }
        b.raw("],\"quotes\":[")
        for (i, q) in r.quotes.enumerated() {
            if i > 0 { b.raw(",") }
            JSONLWriter.quote(q, into: &b)
        }
        b.raw("]}")
        return b.bytes
    }
}
