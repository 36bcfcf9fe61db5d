import Foundation
import Tokenizer
/// Escapes for every output format, so hostile scraped text (`<script>`, tabs, newlines)
/// never breaks out of its field.
enum Escape {
    /// A JSON string literal, quotes included.
    static func json(_ s: some StringProtocol) -> String {
        var b = JSONBuffer(capacity: s.utf8.count + 2)
        b.string(s)
        return b.string
    }

    /// A TSV field: backslash, tab, CR and LF written as `\\`, `\t`, `\r`, `\n`.
    static func tsv(_ s: some StringProtocol) -> String { TSVField.escape(s) }

    /// Text for HTML element content or a quoted attribute.
    static func html(_ s: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csv(_ s: some StringProtocol) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return String(s) }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
