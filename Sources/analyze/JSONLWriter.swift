import NER
import Tokenizer

/// One JSON line per input document for `--jsonl` runs (`{"id": …, …}`), and the JSON
/// objects for entities and quotes that the report shares. Every string is escaped.
enum JSONLWriter {
    /// `{"id":…,"entities":[…]}` on one line; `id` is already a JSON value.
    static func entities(id: String, _ mentions: [EntityMention]) -> String {
        "{\"id\":\(id),\"entities\":[" + mentions.map(entity).joined(separator: ",") + "]}"
    }

    /// `{"id":…,"quotes":[…]}` on one line; `id` is already a JSON value.
    static func quotes(id: String, _ quotes: [Quote]) -> String {
        "{\"id\":\(id),\"quotes\":[" + quotes.map(quote).joined(separator: ",") + "]}"
    }

    /// One entity mention: type, text, scalar and UTF-8 offsets.
    static func entity(_ m: EntityMention) -> String {
        "{\"type\":\"\(m.label.rawValue)\",\"text\":\(Escape.json(m.text)),\"start\":\(m.start),\"end\":\(m.end),"
            + "\"byteStart\":\(m.utf8Range.lowerBound),\"byteEnd\":\(m.utf8Range.upperBound)}"
    }

    /// One quotation with its speaker (null when none is stated).
    static func quote(_ q: Quote) -> String {
        func str(_ s: String?) -> String { s.map { Escape.json($0) } ?? "null" }
        var s = "{\"text\":\(Escape.json(q.text)),\"kind\":\"\(q.kind.rawValue)\",\"start\":\(q.start),\"end\":\(q.end),"
        s += "\"byteStart\":\(q.utf8Start),\"byteEnd\":\(q.utf8End),\"open\":\(Escape.json(q.open)),\"close\":\(Escape.json(q.close)),"
        s += "\"speaker\":\(str(q.speaker?.text)),\"speakerStart\":\(q.speaker.map { String($0.start) } ?? "null"),"
        s += "\"speakerEnd\":\(q.speaker.map { String($0.end) } ?? "null"),\"verb\":\(str(q.verb))}"
        return s
    }
}
