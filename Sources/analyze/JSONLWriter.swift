import NER
import Tokenizer

/// One JSON line per input document for `--jsonl` runs (`{"id": …, …}`), and the JSON
/// objects for entities and quotes that the report shares. Every string is escaped.
enum JSONLWriter {
    /// `{"id":…,"entities":[…]}` on one line; `id` is already a JSON value.
    static func entities(id: String, _ mentions: [EntityMention]) -> String {
        var b = JSONBuffer()
        b.raw("{\"id\":"); b.rawText(id); b.raw(",\"entities\":[")
        for (i, m) in mentions.enumerated() { if i > 0 { b.raw(",") }; entity(m, into: &b) }
        b.raw("]}")
        return b.string
    }

    /// `{"id":…,"quotes":[…]}` on one line; `id` is already a JSON value.
    static func quotes(id: String, _ quotes: [Quote]) -> String {
        var b = JSONBuffer()
        b.raw("{\"id\":"); b.rawText(id); b.raw(",\"quotes\":[")
        for (i, q) in quotes.enumerated() { if i > 0 { b.raw(",") }; quote(q, into: &b) }
        b.raw("]}")
        return b.string
    }

    /// One entity mention: type, text, scalar and UTF-8 offsets.
    static func entity(_ m: EntityMention) -> String {
        var b = JSONBuffer(capacity: 128)
        entity(m, into: &b)
        return b.string
    }

    static func entity(_ m: EntityMention, into b: inout JSONBuffer) {
        b.raw("{\"type\":\""); b.rawText(m.label.rawValue); b.raw("\",\"text\":"); b.string(m.text)
        b.raw(",\"start\":"); b.int(m.start); b.raw(",\"end\":"); b.int(m.end)
        b.raw(",\"byteStart\":"); b.int(m.utf8Range.lowerBound); b.raw(",\"byteEnd\":"); b.int(m.utf8Range.upperBound)
        b.raw("}")
    }

    /// One quotation with its speaker (null when none is stated).
    static func quote(_ q: Quote) -> String {
        var b = JSONBuffer(capacity: 256)
        quote(q, into: &b)
        return b.string
    }

    static func quote(_ q: Quote, into b: inout JSONBuffer) {
        b.raw("{\"text\":"); b.string(q.text); b.raw(",\"kind\":\""); b.rawText(q.kind.rawValue)
        b.raw("\",\"start\":"); b.int(q.start); b.raw(",\"end\":"); b.int(q.end)
        b.raw(",\"byteStart\":"); b.int(q.utf8Start); b.raw(",\"byteEnd\":"); b.int(q.utf8End)
        b.raw(",\"open\":"); b.string(q.open); b.raw(",\"close\":"); b.string(q.close)
        b.raw(",\"speaker\":")
        if let s = q.speaker { b.string(s.text) } else { b.raw("null") }
        b.raw(",\"speakerStart\":")
        if let s = q.speaker { b.int(s.start) } else { b.raw("null") }
        b.raw(",\"speakerEnd\":")
        if let s = q.speaker { b.int(s.end) } else { b.raw("null") }
        b.raw(",\"verb\":")
        if let v = q.verb { b.string(v) } else { b.raw("null") }
        b.raw("}")
    }
}
