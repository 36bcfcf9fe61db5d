import ArgumentParser
import Foundation
import Tokenizer

/// Options every subcommand shares: which inputs to read and how.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or directories to read (directories recursively); '-' or nothing reads standard input.")
    var paths: [String] = []

    @Option(help: "File-name pattern for files inside directories.")
    var glob: String = "*.txt"

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of failing.")
    var lossy = false

    @Flag(help: "No progress bar on stderr (it shows only when stderr is a terminal).")
    var quiet = false

    @Option(help: "Documents processed in parallel (default: the number of cores). Output keeps the input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Inputs are JSON Lines: one {\"id\": …, \"text\": …} object a line; output is one JSON line per input with the same id.")
    var jsonl = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }
}

/// One input document: where it came from and its text.
struct Document: Sendable {
    /// The path as the user gave it (or found in a directory), or "-" for standard input.
    var id: String
    /// The decoded text, unaltered.
    var text: String
    /// The id as a JSON value, as given in a `--jsonl` input line (a string or a number).
    var jsonID: String? = nil
    /// For a large file read in pieces (`tokens`, `clean`): which piece this is (0 first), and
    /// where it starts in the file, in UTF-8 bytes and Unicode scalars.
    var chunk = 0
    var utf8Base = 0
    var scalarBase = 0
    /// Lines before this piece.
    var lineBase = 0

    /// The id as a JSON value for output: the `--jsonl` id unchanged, else the path as a string.
    var idJSON: String { jsonID ?? Escape.json(id) }
}

/// Expands the user's paths into files and reads them, reporting each failure on stderr
/// and going on with the rest.
struct DocumentReader {
    var options: InputOptions

    /// Expands directories into the files they hold that match `glob`, sorted by path.
    func expandPaths() -> (files: [String], failures: [InputError]) {
        let given = options.paths.isEmpty ? ["-"] : options.paths
        var files: [String] = []
        var failures: [InputError] = []
        let fm = FileManager.default
        for path in given {
            if path == "-" { files.append(path); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                failures.append(.missing(path: path))
                continue
            }
            guard isDir.boolValue else { files.append(path); continue }
            let found = (fm.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { fnmatch(options.glob, ($0 as NSString).lastPathComponent, 0) == 0 }
                .map { (path as NSString).appendingPathComponent($0) }
                .filter { p in var d: ObjCBool = false; return fm.fileExists(atPath: p, isDirectory: &d) && !d.boolValue }
                .sorted()
            if found.isEmpty { failures.append(.noTextFiles(directory: path, glob: options.glob)) }
            files += found
        }
        return (files, failures)
    }

    /// Reads and decodes one input.
    func read(_ path: String) throws(InputError) -> Document {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            // FileHandle, not Data(contentsOf:), so /dev/stdin and named pipes read too.
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            defer { try? handle.close() }
            do { data = try handle.readToEnd() ?? Data() } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        return Document(id: path, text: try decode(data, path: path))
    }

    /// Decodes bytes as UTF-8 (or UTF-16 with a BOM), honouring `--lossy`.
    func decode(_ data: some Collection<UInt8>, path: String, line: Int? = nil) throws(InputError) -> String {
        do {
            return try TextDecoder.decode(data, lossy: options.lossy)
        } catch {
            let where_ = line.map { "\(path):\($0)" } ?? path
            switch error {
            case .invalidUTF8(let o), .invalidUTF16(let o): throw .invalidUTF8(path: where_, byteOffset: o)
            case .binary(let o): throw .binary(path: where_, byteOffset: o)
            }
        }
    }
}

/// Prints one line on stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("analyze: " + message + "\n").utf8))
}

/// Old Mac line endings: a lone CR becomes LF (same length, so every offset stays valid) for
/// the stages that work line by line (the boilerplate filter splits on LF only).
enum LineEndings {
    static func loneCRToLF(_ text: String) -> String {
        var probe = text
        guard probe.withUTF8({ $0.count > 0 && memchr($0.baseAddress!, 0x0D, $0.count) != nil }) else { return text }
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) { bytes[i] = 0x0A }
        return String(decoding: bytes, as: UTF8.self)
    }
}
