/// Why a lexicon directory or file could not be loaded; the description names file and line.
public enum LexiconError: Error, CustomStringConvertible, Equatable, Sendable {
    /// No `Lexicons/` directory was found (the places searched are listed).
    case notFound(searched: [String])
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// A line has the wrong number of columns or an empty required field.
    case badLine(file: String, line: Int, reason: String)
    /// A line names an entry type the loader does not know.
    case unknownType(file: String, line: Int, type: String)
    /// A model weights file is malformed.
    case badModel(file: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let s): return "no Lexicons directory found (searched: \(s.joined(separator: ", "))); use --lexicons DIR or ANALYZE_LEXICONS"
        case .unreadable(let f, let r): return "\(f): cannot read: \(r)"
        case .badLine(let f, let l, let r): return "\(f):\(l): \(r)"
        case .unknownType(let f, let l, let t): return "\(f):\(l): unknown entry type '\(t)'"
        case .badModel(let f, let r): return "\(f): bad model file: \(r)"
        }
    }
}
