/// `analyze report --format json`: one JSON object per document on one line (JSON Lines);
/// the schema is documented in the README ("The report").
enum ReportJSON {
    static func render(_ r: DocumentReport) -> String {
        var s = "{\"id\":\(r.idJSON),\"metadata\":{"
        s += r.metadata.map { "\(Escape.json($0.key)):\(Escape.json($0.value))" }.joined(separator: ",")
        var labels: [String: Int] = [:]
        for d in r.decisions { labels[d.label.rawValue, default: 0] += 1 }
        s += "},\"lines\":{\"total\":\(r.decisions.count),\"main\":\(labels["main"] ?? 0),"
        s += "\"embed\":\(labels["embed"] ?? 0),\"boiler\":\(labels["boiler"] ?? 0)},"
        s += "\"boilerplate\":[" + r.decisions.map {
            "{\"line\":\($0.line),\"label\":\"\($0.label.rawValue)\",\"reason\":\(Escape.json($0.reason))}"
        }.joined(separator: ",") + "],"
        s += "\"sentences\":\(r.sentences),\"tokens\":\(r.tokens),\"types\":\(r.types),"
        s += "\"topWords\":[" + r.topWords.map { "{\"key\":\(Escape.json($0.key)),\"count\":\($0.count)}" }.joined(separator: ",") + "],"
        s += "\"entities\":[" + r.entityGroups.map {
            "{\"type\":\"\($0.label.rawValue)\",\"text\":\(Escape.json($0.text)),\"count\":\($0.count)}"
        }.joined(separator: ",") + "],"
        s += "\"mentions\":[" + r.mentions.map(JSONLWriter.entity).joined(separator: ",") + "],"
        s += "\"quotes\":[" + r.quotes.map(JSONLWriter.quote).joined(separator: ",") + "]}"
        return s
    }
}
