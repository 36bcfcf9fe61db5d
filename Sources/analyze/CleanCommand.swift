import ArgumentParser
import Foundation
import Tokenizer

/// `analyze clean`: the article text of scraped pages, without menus, share bars and teasers.
struct Clean: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Strip boilerplate from scraped text (one block a line) and print the article.",
        discussion: """
            Every line is labelled main, embed (a social post the article quotes, kept) or boiler, \
            with the reason. --format labels prints 'line<TAB>label<TAB>reason' for every input line \
            (1-based, blank lines included); with several inputs each document starts with a \
            '# FILE' line. --format json prints one JSON object per document (JSON Lines).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (the kept lines), labels, or json.")
    var format: OutputFormat = .text

    @Option(help: "Phrase lexicon TSV (default: Lexicons/boilerplate_phrases.tsv when found, else built-in phrases).")
    var phrases: String?

    @Option(help: "Directory holding the lexicons (default: $ANALYZE_LEXICONS, or a Lexicons/ folder above the working directory or the executable).")
    var lexicons: String?

    @Flag(help: "Treat all inputs as pages of one site: lines repeated across pages are boiler.")
    var group = false

    func validate() throws {
        guard [.text, .labels, .json, .jsonl].contains(format) else {
            throw ValidationError("--format must be text, labels or json for clean")
        }
    }

    func run() throws {
        let filter = BoilerplateFilter(phrases: try LexiconLocator(lexicons: lexicons).phrases(file: phrases))
        let out = Output()
        defer { out.flush() }
        var count = 0
        var many = input.paths.count > 1 || input.paths.contains { path in
            var d: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
        }
        if group {
            var docs: [Document] = []
            var failure: Error?
            do { try forEachDocument(input) { docs.append($0) } } catch { failure = error }
            many = docs.count > 1
            for (doc, result) in zip(docs, filter.classify(documents: docs.map { LineEndings.loneCRToLF($0.text) })) {
                write(result, id: doc.id, many: many, first: count == 0, to: out); count += 1
            }
            if let failure { throw failure }
        } else {
            // Large files stream in pieces cut at line breaks for the line-by-line formats.
            let chunk = input.jsonl || format == .json || format == .jsonl ? nil : 1 << 20
            try CorpusRunner(options: input, chunkBytes: chunk).run({ doc in filter.classify(LineEndings.loneCRToLF(doc.text)) }, emit: { doc, result in
                if input.jsonl { out.line(Self.json(result, id: doc.idJSON, key: "id")); return }
                write(result, id: doc.id, many: many, first: count == 0, to: out, piece: doc); count += 1
            })
        }
    }

    func write(_ r: BoilerplateFilter.Classification, id: String, many: Bool, first: Bool, to out: Output, piece: Document? = nil) {
        let (chunk, lineBase) = (piece?.chunk ?? 0, piece?.lineBase ?? 0)
        switch format {
        case .labels:
            if many && chunk == 0 { out.line("# " + Escape.tsv(id)) }
            for d in r.decisions { out.line("\(d.line + lineBase)\t\(d.label.rawValue)\t\(Escape.tsv(d.reason))") }
        case .json, .jsonl:
            out.line(Self.json(r, id: Escape.json(id)))
        default:
            if many && !first && chunk == 0 { out.line() }
            for range in r.mainRanges { out.line(String(r.text[range])) }
        }
    }

    /// One document as a JSON object; `id` is already a JSON value.
    static func json(_ r: BoilerplateFilter.Classification, id: String, key: String = "file") -> String {
        var s = "{\"\(key)\":\(id),\"metadata\":{"
        s += r.metadata.map { "\(Escape.json($0.key)):\(Escape.json($0.value))" }.joined(separator: ",")
        s += "},\"lines\":["
        var scalar = 0
        var lastEnd = r.text.startIndex
        s += r.decisions.map { d in
            scalar += r.text.unicodeScalars[lastEnd..<d.range.lowerBound].count
            let start = scalar
            scalar += r.text.unicodeScalars[d.range].count
            lastEnd = d.range.upperBound
            return "{\"line\":\(d.line),\"label\":\"\(d.label.rawValue)\",\"reason\":\(Escape.json(d.reason)),"
                + "\"start\":\(start),\"end\":\(scalar),\"byte_start\":\(d.utf8Range.lowerBound),"
                + "\"byte_end\":\(d.utf8Range.upperBound),\"text\":\(Escape.json(r.text[d.range]))}"
        }.joined(separator: ",")
        return s + "]}"
    }
}

/// Finds the lexicon files: an explicit directory, `$ANALYZE_LEXICONS`, or a `Lexicons/`
/// folder in the working directory or the executable's directory or their parents.
struct LexiconLocator {
    var lexicons: String?

    func directory() -> String? {
        let fm = FileManager.default
        if let dir = lexicons ?? ProcessInfo.processInfo.environment["ANALYZE_LEXICONS"] { return dir }
        let starts = [fm.currentDirectoryPath,
                      (CommandLine.arguments[0] as NSString).deletingLastPathComponent]
        for start in starts {
            var dir = URL(fileURLWithPath: start).standardizedFileURL
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("Lexicons")
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), isDir.boolValue { return candidate.path }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// The boilerplate phrase lexicon: the given file, else the one in the lexicon directory,
    /// else the built-in phrases.
    func phrases(file: String?) throws -> BoilerplatePhrases {
        let path = file ?? directory().map { ($0 as NSString).appendingPathComponent("boilerplate_phrases.tsv") }
        guard let path else { return .builtIn }
        // FileHandle, not Data(contentsOf:), so special files such as /dev/null read as empty.
        guard let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() else {
            if file == nil { return .builtIn }
            printError("\(path): cannot read the phrase lexicon")
            throw ExitCode(Exit.noInput)
        }
        do {
            return try BoilerplatePhrases(parsing: String(decoding: data, as: UTF8.self))
        } catch {
            printError("\(path): \(error)")
            throw ExitCode(Exit.dataError)
        }
    }
}
