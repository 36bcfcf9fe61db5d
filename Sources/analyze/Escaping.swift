import Foundation
import Tokenizer
/// Escapes for every output format, so hostile scraped text (`<script>`, tabs, newlines)
/// never breaks out of its field.
enum Escape {
    /// A JSON string literal, quotes included.
    static func json(_ s: some StringProtocol) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // safe inside an HTML <script> block too
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
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
