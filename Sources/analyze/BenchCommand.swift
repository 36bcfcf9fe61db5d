import ArgumentParser
import Foundation
import Tokenizer

/// `analyze bench`: throughput of each stage over a corpus, against a bare ICU loop in the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark each stage (MB/s, tokens/s, documents/s) against a bare ICU word-break loop.",
        discussion: "Reads the inputs (default: seeds/), concatenates them and repeats the text until it reaches --min-mb, then times each stage --repeat times and reports the median. Build with -c release for meaningful figures. " + Exit.helpText
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Times each stage runs; the median is reported.")
    var `repeat`: Int = 5

    @Option(help: "Repeat the corpus until it is at least this many megabytes.")
    var minMb: Double = 20

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Run only these stages (comma-separated names); the ICU baseline always runs.")
    var stages: String?

    func run() throws {
        var options = input
        if options.paths.isEmpty { options.paths = [Self.defaultCorpus()] }
        var docs: [String] = []
        try forEachDocument(options) { docs.append($0.text) }
        let unit = docs.joined(separator: "\n")
        guard !unit.isEmpty else { throw ValidationError("the corpus is empty") }
        let copies = max(1, Int((minMb * 1_000_000 / Double(unit.utf8.count)).rounded(.up)))
        let text = Array(repeating: unit, count: copies).joined(separator: "\n")
        let documents = docs.count * copies
        let wanted = stages.map { Set($0.split(separator: ",").map(String.init) + ["icu-baseline"]) }
        let selected = try BenchStages.all().filter { wanted?.contains($0.name) ?? true }
        var results: [BenchResult] = []
        for stage in selected {
            var times: [Double] = []
            var count = 0
            for _ in 0..<max(1, `repeat`) {
                let t0 = DispatchTime.now().uptimeNanoseconds
                count = stage.run(text)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
            }
            times.sort()
            results.append(BenchResult(stage: stage.name, seconds: times[times.count / 2], tokens: count,
                                       bytes: text.utf8.count, documents: documents))
        }
        BenchReport.write(results, format: format, peakRSS: Self.peakRSSMegabytes(), to: Output())
    }

    static func defaultCorpus() -> String {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.appendingPathComponent("../../seeds").standardized.path
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// One measured stage.
struct BenchResult {
    var stage: String
    var seconds: Double
    var tokens: Int
    var bytes: Int
    var documents: Int
    var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var tokensPerSecond: Double { Double(tokens) / seconds }
}

/// The stages `bench` times; each returns how many tokens (or units) it produced.
struct BenchStage {
    var name: String
    var run: (String) -> Int
}

enum BenchStages {
    static func all() throws -> [BenchStage] {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        return [
            BenchStage(name: "icu-baseline") { (try? ICUBaseline.countSegments(in: $0)) ?? 0 },
            BenchStage(name: "tokenize") { text in
                var n = 0
                tokenizer.forEachToken(in: text) { _ in n += 1 }
                return n
            },
            BenchStage(name: "tokenize-array") { tokenizer.tokens(in: $0).count },
            BenchStage(name: "tokenize-lazy") { text in
                var n = 0
                for _ in tokenizer.lazyTokens(in: text) { n += 1 }
                return n
            },
            BenchStage(name: "sentences") { text in
                splitter.sentences(in: text, tokens: tokenizer.tokens(in: text)).count
            },
        ]
    }
}

enum BenchReport {
    static func write(_ results: [BenchResult], format: OutputFormat, peakRSS: Double, to out: Output) {
        let base = results.first { $0.stage == "icu-baseline" }?.mbPerSecond ?? 1
        if format == .json {
            let rows = results.map {
                "{\"stage\":\"\($0.stage)\",\"seconds\":\($0.seconds),\"mbPerSecond\":\($0.mbPerSecond),\"tokensPerSecond\":\($0.tokensPerSecond),\"documentsPerSecond\":\(Double($0.documents) / $0.seconds),\"ratioToICU\":\($0.mbPerSecond / base)}"
            }
            out.line("{\"bytes\":\(results.first?.bytes ?? 0),\"peakRSSMB\":\(peakRSS),\"stages\":[\(rows.joined(separator: ","))]}")
            return
        }
        out.line(String(format: "corpus: %.1f MB, %d documents; peak RSS %.0f MB", Double(results.first?.bytes ?? 0) / 1e6,
                        results.first?.documents ?? 0, peakRSS))
        out.line("stage            MB/s   tokens/s    docs/s   ratio-to-ICU")
        for r in results {
            out.line(String(format: "%-14@ %7.1f %10.0f %9.0f %8.2f", r.stage as NSString, r.mbPerSecond, r.tokensPerSecond,
                            Double(r.documents) / r.seconds, r.mbPerSecond / base))
        }
    }
}
