import Foundation

extension Lexicons {
    /// Finds the `Lexicons/` directory: `explicit` if given, else the `ANALYZE_LEXICONS`
    /// environment variable, else the first `Lexicons/` found walking up from the executable's
    /// directory, else the one beside this package's sources (`#filePath`).
    /// - Throws: ``LexiconError/notFound(searched:)`` listing the places tried.
    public static func locate(explicit: String? = nil,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executablePath: String? = CommandLine.arguments.first,
                              sourceFile: String = #filePath) throws(LexiconError) -> String {
        let fm = FileManager.default
        func isDir(_ p: String) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: p, isDirectory: &d) && d.boolValue
        }
        if let e = explicit {
            guard isDir(e) else { throw .notFound(searched: [e]) }
            return e
        }
        var searched: [String] = []
        if let env = environment["ANALYZE_LEXICONS"], !env.isEmpty {
            if isDir(env) { return env }
            searched.append(env)
        }
        if let exe = executablePath {
            let resolved = URL(fileURLWithPath: exe).resolvingSymlinksInPath()
            var dir = resolved.deletingLastPathComponent()
            for _ in 0..<8 {
                let candidate = dir.appendingPathComponent("Lexicons").path
                if isDir(candidate) { return candidate }
                searched.append(candidate)
                let up = dir.deletingLastPathComponent()
                if up.path == dir.path { break }
                dir = up
            }
        }
        // Sources/NER/<this file> → package root
        let root = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let fallback = root.appendingPathComponent("Lexicons").path
        if isDir(fallback) { return fallback }
        searched.append(fallback)
        throw .notFound(searched: searched)
    }
}
