/// The TSV form of a frequency table, the unit of map/reduce counting:
///
/// ```
/// # analyze freq	by=lower	ngrams=1	stopwords=removed	boilerplate=removed
/// # total	1234
/// key	count
/// casa	12
/// ```
///
/// Comment lines carry the settings (`# analyze freq` then `name=value` fields) and the total;
/// extra columns after `count` (scores) are ignored when reading.
extension FrequencyTable {
    /// Why a table could not be read.
    public enum TSVError: Error, Hashable, Sendable, CustomStringConvertible {
        case malformed(line: Int, reason: String)

        public var description: String {
            switch self { case .malformed(let l, let r): return "line \(l): \(r)" }
        }
    }

    /// Writes the table: settings and total in comments, then `key<TAB>count`, most frequent first.
    public func tsv(settings: [(String, String)] = []) -> String {
        var out = "# analyze freq" + settings.map { "\t\($0.0)=\($0.1)" }.joined() + "\n"
        out += "# total\t\(total)\nkey\tcount\n"
        for (key, count) in ranked() { out += "\(TSVField.escape(key))\t\(count)\n" }
        return out
    }

    /// Reads a table written by ``tsv(settings:)`` and its settings.
    ///
    /// - Throws: `TSVError.malformed` naming the first bad line.
    public init(parsingTSV text: String) throws(TSVError) {
        self.init()
        var declaredTotal: Int?
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            if line.hasPrefix("# total") {
                guard fields.count == 2, let t = Int(fields[1]) else { throw .malformed(line: n + 1, reason: "bad total") }
                declaredTotal = t; continue
            }
            if line.hasPrefix("#") || line == "key\tcount" || line.hasPrefix("key\tcount\t") { continue }
            guard fields.count >= 2, let c = Int(fields[1]), c >= 0 else {
                throw .malformed(line: n + 1, reason: "expected key<TAB>count")
            }
            add(TSVField.unescape(fields[0]), count: c)
        }
        if let declaredTotal { total = declaredTotal }
    }

    /// The `name=value` settings on the `# analyze freq` line of a TSV table, in order.
    public static func settings(inTSV text: String) -> [String] {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("# analyze freq") }) else { return [] }
        return line.split(separator: "\t").dropFirst().map(String.init)
    }
}
