import ArgumentParser
import Foundation
import NER
import Tokenizer

/// `analyze quotes`: quotations with their kind and speaker.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find quotations (« » “ ” „ \" ‘ ’ …), tell speech from terms, and name the speakers the text states.",
        discussion: """
            Offsets are Unicode-scalar offsets (start/end) plus UTF-8 byte offsets. `repaired` lists \
            what was fixed: missing-open, missing-close, mispaired, mojibake. `pattern` names the \
            attribution rule that fired (see SpeakerPatterns.swift).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, json, jsonl or tsv.")
    var format: OutputFormat = .text

    @Flag(help: "Look for quotations in the whole page, boilerplate included.")
    var keepBoilerplate = false

    @OptionGroup var lexiconOptions: LexiconOptions

    @Flag(help: "Do not run the entity recognizer to link speakers to entities (faster).")
    var noEntities = false

    @Flag(help: "Print the detector's throughput (MB/s, library only, wall and CPU time) on stderr.")
    var timing = false

    func validate() throws {
        guard [.text, .json, .jsonl, .tsv].contains(format) else {
            throw ValidationError("--format must be text, json, jsonl or tsv for quotes")
        }
    }

    func run() throws {
        let out = Output()
        let detector = QuoteDetector()
        let boilerplate = keepBoilerplate
            ? nil : BoilerplateFilter(phrases: try LexiconLocator(lexicons: lexiconOptions.directory).phrases(file: nil))
        let recognizer = noEntities ? nil : EntityRecognizer(lexicons: try lexiconOptions.load())
        let tokenizer = try Tokenizer()
        var first = true
        var bytes = 0
        var seconds = 0.0
        var cpu = 0.0
        if format == .tsv {
            out.line("doc\tstart\tend\tutf8_start\tutf8_end\tkind\topen\tclose\trepaired\tspeaker\tspeaker_start\tspeaker_end\tverb\tpattern\tdepth\ttext")
        }
        if format == .json { out.write("[") }
        defer {
            if format == .json { out.line(first ? "]" : "\n]") }
            out.flush()
            if timing, seconds > 0 {
                printError(String(format: "quotes: %.1f MB in %.3f s wall = %.1f MB/s; %.3f s CPU = %.1f MB/s",
                                  Double(bytes) / 1e6, seconds, Double(bytes) / 1e6 / seconds, cpu, Double(bytes) / 1e6 / max(cpu, 1e-9)))
            }
        }
        // The main-text lines (nil: every line) and the entities in them, for the speakers.
        @Sendable func mainText(_ text: String) -> (lines: [Range<Int>]?, entities: [EntitySpan]) {
            let lines = boilerplate?.classify(text).mainUTF8Ranges
            let entities = recognizer.map { r -> [EntitySpan] in
                let tokens = lines.map { tokenizer.tokens(in: text, lines: $0) } ?? tokenizer.tokens(in: text)
                return r.entities(in: tokens, text: text).map { EntitySpan($0.scalarRange, label: $0.label.rawValue) }
            } ?? []
            return (lines, entities)
        }
        if input.jsonl {
            return try CorpusRunner(options: input).run({ doc in
                let (lines, entities) = mainText(doc.text)
                return detector.quotes(in: doc.text, entities: entities, within: lines)
            }, emit: { doc, quotes in
                out.line(JSONLWriter.quotes(id: doc.idJSON, quotes))
            })
        }
        // Large text files go in pieces of about 1 MB cut at line breaks, so memory stays flat;
        // JSON (one array) reads files whole like the other commands.
        let chunk = format == .json ? nil : 1 << 20
        let format = self.format
        try CorpusRunner(options: input, chunkBytes: chunk).run({ doc in
            // Only the main text unless --keep-boilerplate; offsets stay on the whole document.
            let (lines, entities) = mainText(doc.text)
            let t0 = DispatchTime.now().uptimeNanoseconds, c0 = Self.cpuSeconds()
            let quotes = detector.quotes(in: doc.text, entities: entities, within: lines)
            let time = (wall: Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, cpu: Self.cpuSeconds() - c0)
            return (quotes.map { $0.shifted(utf8: doc.utf8Base, scalar: doc.scalarBase) }, time)
        }, emit: { doc, result in
            let (quotes, time) = result
            seconds += time.wall
            cpu += time.cpu
            bytes += doc.text.utf8.count
            switch format {
            case .text: writeText(doc, quotes, out)
            case .tsv: for q in quotes { out.line(tsvRow(doc.id, q)) }
            case .jsonl: for q in quotes { out.line(jsonObject(doc.id, q)) }
            default:
                for q in quotes {
                    out.write(first ? "\n" : ",\n")
                    out.write(jsonObject(doc.id, q))
                    first = false
                }
            }
        })
    }

    private func writeText(_ doc: Document, _ quotes: [Quote], _ out: Output) {
        let count = "\(quotes.count) quotation\(quotes.count == 1 ? "" : "s")"
        // A large file's later pieces continue the same list.
        out.line(doc.chunk == 0 ? "# \(doc.id): \(count)" : "# \(doc.id) (from byte \(doc.utf8Base)): \(count)")
        let moji = Mojibake.count(in: doc.text)
        if moji > 0 { out.line("# warning: \(moji) mojibake sequence(s) (UTF-8 read as Windows-1252, e.g. â€œ)") }
        for q in quotes {
            let indent = String(repeating: "  ", count: q.depth)
            var line = "\(indent)\(q.start)-\(q.end) \(q.kind.rawValue) \(q.open)\(Self.clip(q.text))\(q.close)"
            if let s = q.speaker { line += "  — \(s.text)" }
            if let v = q.verb { line += " [\(v)]" }
            if !q.repairs.isEmpty { line += " (repaired: \(q.repairs.map(\.rawValue).joined(separator: ",")))" }
            out.line(Self.printable(line))
        }
    }

    /// CPU time of this thread (the machine may be shared: wall time then overstates the cost).
    static func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Long quotations shortened for reading; line breaks shown as ⏎.
    static func clip(_ s: String) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ⏎ ")
        guard flat.count > 160 else { return flat }
        return String(flat.prefix(100)) + " … " + String(flat.suffix(40))
    }

    /// Control characters (hostile text) made visible in the readable format.
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "·" : $0 }))
    }

    private func tsvRow(_ doc: String, _ q: Quote) -> String {
        let f: [String] = [
            doc, "\(q.start)", "\(q.end)", "\(q.utf8Start)", "\(q.utf8End)", q.kind.rawValue, q.open, q.close,
            q.repairs.map(\.rawValue).joined(separator: ","), q.speaker?.text ?? "",
            q.speaker.map { "\($0.start)" } ?? "", q.speaker.map { "\($0.end)" } ?? "",
            q.verb ?? "", q.pattern ?? "", "\(q.depth)", q.text,
        ]
        return f.map { Escape.tsv($0) }.joined(separator: "\t")
    }

    private func jsonObject(_ doc: String, _ q: Quote) -> String {
        func str(_ s: String?) -> String { s.map { Escape.json($0) } ?? "null" }
        func int(_ i: Int?) -> String { i.map(String.init) ?? "null" }
        var parts: [String] = [
            "\"doc\":\(str(doc))", "\"start\":\(q.start)", "\"end\":\(q.end)",
            "\"utf8Start\":\(q.utf8Start)", "\"utf8End\":\(q.utf8End)", "\"text\":\(str(q.text))",
            "\"open\":\(str(q.open))", "\"close\":\(str(q.close))", "\"kind\":\(str(q.kind.rawValue))",
            "\"repaired\":[\(q.repairs.map { Escape.json($0.rawValue) }.joined(separator: ","))]",
            "\"depth\":\(q.depth)",
            "\"speaker\":\(str(q.speaker?.text))", "\"speakerStart\":\(int(q.speaker?.start))",
            "\"speakerEnd\":\(int(q.speaker?.end))", "\"verb\":\(str(q.verb))", "\"pattern\":\(str(q.pattern))",
        ]
        if let l = q.speaker?.entityLabel { parts.append("\"speakerEntity\":\(str(l))") }
        return "{" + parts.joined(separator: ",") + "}"
    }
}

extension Quote {
    /// The quotation with its offsets (and its speaker's) moved by a piece's start in its file.
    func shifted(utf8 u: Int, scalar c: Int) -> Quote {
        guard u != 0 || c != 0 else { return self }
        var q = self
        q.start += c; q.end += c; q.utf8Start += u; q.utf8End += u
        if var s = q.speaker {
            s.start += c; s.end += c; s.utf8Start += u; s.utf8End += u
            s.entityRange = s.entityRange.map { ($0.lowerBound + c)..<($0.upperBound + c) }
            q.speaker = s
        }
        return q
    }
}
