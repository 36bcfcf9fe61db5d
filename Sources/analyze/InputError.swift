/// Why an input could not be read; each case prints as one line on stderr.
enum InputError: Error, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case noTextFiles(directory: String, glob: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case binary(path: String, byteOffset: Int)
    case malformed(path: String, line: Int, reason: String)

    var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file or directory"
        case .unreadable(let p, let r): return "\(p): cannot read: \(r)"
        case .noTextFiles(let d, let g): return "\(d): directory holds no files matching '\(g)'"
        case .invalidUTF8(let p, let o): return "\(p): invalid UTF-8 at byte offset \(o) (use --lossy to replace invalid bytes with U+FFFD)"
        case .binary(let p, let o): return "\(p): binary data (NUL byte at byte offset \(o)); not a text file"
        case .malformed(let p, let l, let r): return "\(p):\(l): \(r)"
        }
    }

    /// The exit code this failure maps to.
    var exitCode: Int32 {
        switch self {
        case .missing, .unreadable, .noTextFiles: return Exit.noInput
        case .invalidUTF8, .binary, .malformed: return Exit.dataError
        }
    }
}
