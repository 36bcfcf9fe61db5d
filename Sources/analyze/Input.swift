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

    @Flag(help: "No progress output on stderr.")
    var quiet = false
}

/// One input document: where it came from and its text.
struct Document: Sendable {
    /// The path as the user gave it (or found in a directory), or "-" for standard input.
    var id: String
    /// The decoded text, unaltered.
    var text: String
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
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
        }
        do {
            return Document(id: path, text: try TextDecoder.decode(data, lossy: options.lossy))
        } catch {
            switch error {
            case .invalidUTF8(let o), .invalidUTF16(let o): throw .invalidUTF8(path: path, byteOffset: o)
            case .binary(let o): throw .binary(path: path, byteOffset: o)
            }
        }
    }
}

/// Prints one line on stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("analyze: " + message + "\n").utf8))
}
