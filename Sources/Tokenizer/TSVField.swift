/// Escaping for one TSV field, so tabs and line breaks in scraped text never break a row.
public enum TSVField {
    /// The field with backslash, tab, LF and CR written as `\\`, `\t`, `\n`, `\r`.
    public static func escape(_ s: some StringProtocol) -> String {
        guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else { return String(s) }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The inverse of `escape`.
    public static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = "", escaped = false
        for c in s {
            if escaped {
                switch c { case "t": out.append("\t"); case "n": out.append("\n"); case "r": out.append("\r"); default: out.append(c) }
                escaped = false
            } else if c == "\\" { escaped = true } else { out.append(c) }
        }
        return out
    }
}
