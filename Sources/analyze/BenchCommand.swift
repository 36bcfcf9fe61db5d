import ArgumentParser
import Foundation
import NER
import Tokenizer

/// `analyze bench`: throughput of each stage over a corpus, against a bare ICU loop in the same run.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark each stage (MB/s, tokens/s, documents/s) against a bare ICU word-break loop.",
        discussion: "Reads the inputs (default: seeds/), repeats the documents until they reach --min-mb, then times each stage (tokenize, sentences, clean, freq, quotes, entities, report: the whole pipeline) --repeat times over every document and reports the median, on --jobs threads. Stages: icu-baseline (a bare ICU word-break loop over the same bytes, the in-run reference), tokenize, tokenize-array, sentences, clean, freq, quotes, entities, report. tokens/s counts the corpus tokens (as the tokenizer counts them) for every stage, so stages compare; --format json adds each stage's own output count (units). MB/CPU-s divides by the CPU time of all threads instead of wall time: steadier on a busy machine, and level from --jobs 1 to --jobs 2 when a stage scales (a drop is contention). Peak RSS is cumulative; run one stage with --stages for its own. Build with -c release for meaningful figures. " + Exit.helpText
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

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        var options = input
        if options.paths.isEmpty { options.paths = [Self.defaultCorpus()] }
        var corpus: [String] = []
        try forEachDocument(options) { corpus.append($0.text) }
        let unitBytes = corpus.reduce(0) { $0 + $1.utf8.count }
        guard unitBytes > 0 else { throw ValidationError("the corpus is empty") }
        let copies = max(1, Int((minMb * 1_000_000 / Double(unitBytes)).rounded(.up)))
        // Each copy gets its own storage, as documents read from files have: threads sharing
        // one String would contend on its reference count (every token retains it).
        let docs = (0..<copies).flatMap { _ in corpus.map(Self.uniqueCopy) }
        let bytes = docs.reduce(0) { $0 + $1.utf8.count }
        let wanted = stages.map { Set($0.split(separator: ",").map(String.init) + ["icu-baseline"]) }
        let needsNER = wanted.map { !$0.isDisjoint(with: ["entities", "report"]) } ?? true
        let lexicons = needsNER ? try lexiconOptions.load() : nil
        let selected = try BenchStages.all(lexicons: lexicons).filter { wanted?.contains($0.name) ?? true }
        let jobs = max(1, input.jobs)
        // Every stage's tokens/s counts the corpus's tokens (the tokenizer's count), so stages
        // compare; what each stage produces (entities, lines, quotations) is its own unit.
        let tokenizer = try Tokenizer()
        let corpusTokens = copies * corpus.reduce(0) { n, text in
            var k = 0
            tokenizer.forEachToken(in: text) { _ in k += 1 }
            return n + k
        }
        var results: [BenchResult] = []
        for stage in selected {
            var times: [(wall: Double, cpu: Double)] = []
            var count = 0
            for _ in 0..<max(1, `repeat`) {
                let t0 = DispatchTime.now().uptimeNanoseconds, c0 = Self.cpuSeconds()
                count = BenchStages.run(stage, over: docs, jobs: jobs)
                times.append((Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9, Self.cpuSeconds() - c0))
            }
            times.sort { $0.wall < $1.wall }
            let median = times[times.count / 2]
            results.append(BenchResult(stage: stage.name, seconds: median.wall, cpuSeconds: median.cpu, tokens: corpusTokens, units: count,
                                       bytes: bytes, documents: docs.count, peakRSS: Self.peakRSSMegabytes()))
        }
        let out = Output()
        BenchReport.write(results, format: format, jobs: jobs, to: out)
        out.flush()
    }

    static func defaultCorpus() -> String {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.appendingPathComponent("../../seeds").standardized.path
    }

    /// A copy of `text` in storage of its own.
    static func uniqueCopy(_ text: String) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            _ = buffer.initialize(from: text.utf8)
            return text.utf8.count
        }
    }

    /// CPU time (user + system) of the whole process so far, all threads.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
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
    /// CPU time of all threads over the same run: on a busy machine wall time overstates the
    /// cost, CPU time does not (and with several jobs, extra CPU time is contention).
    var cpuSeconds: Double
    /// Tokens in the corpus (the same for every stage).
    var tokens: Int
    /// What the stage produced: tokens, sentences, lines, counted words, quotations, entities.
    var units: Int
    var bytes: Int
    var documents: Int
    /// The process's peak RSS once this stage has run (cumulative: run one stage with
    /// `--stages` for its own peak).
    var peakRSS: Double
    var mbPerSecond: Double { Double(bytes) / 1e6 / seconds }
    var mbPerCPUSecond: Double { Double(bytes) / 1e6 / max(cpuSeconds, 1e-9) }
    var tokensPerSecond: Double { Double(tokens) / seconds }
}

/// The stages `bench` times; each runs on one document and returns how many units (tokens,
/// sentences, lines, words, quotations, entities) it produced.
struct BenchStage: Sendable {
    var name: String
    var run: @Sendable (String) -> Int
}

enum BenchStages {
    static func all(lexicons: Lexicons?) throws -> [BenchStage] {
        let tokenizer = try Tokenizer()
        let splitter = try SentenceSplitter()
        let filter = BoilerplateFilter(phrases: try LexiconLocator(lexicons: nil).phrases(file: nil))
        let counter = WordCounter()
        let detector = QuoteDetector()
        var stages = [
            BenchStage(name: "icu-baseline") { (try? ICUBaseline.countSegments(in: $0)) ?? 0 },
            BenchStage(name: "tokenize") { text in
                var n = 0
                tokenizer.forEachToken(in: text) { _ in n += 1 }
                return n
            },
            BenchStage(name: "tokenize-array") { tokenizer.tokens(in: $0).count },
            BenchStage(name: "sentences") { text in
                splitter.sentences(in: text, tokens: tokenizer.tokens(in: text)).count
            },
            BenchStage(name: "clean") { filter.classify($0).decisions.count },
            BenchStage(name: "freq") { text in
                var counts = WordCounter.Counts()
                Freq.count(text, counter: counter, filter: filter, tokenizer: tokenizer, into: &counts)
                return counts.table.total
            },
            BenchStage(name: "quotes") { detector.quotes(in: $0).count },
        ]
        if let lexicons {
            let recognizer = EntityRecognizer(lexicons: lexicons)
            stages.append(BenchStage(name: "entities") { text in recognizer.entities(in: tokenizer.tokens(in: text), text: text).count })
            let builder = ReportBuilder(tokenizer: tokenizer, splitter: splitter, filter: filter, counter: counter,
                                        recognizer: recognizer, detector: detector, topWords: 50)
            stages.append(BenchStage(name: "report") { text in
                let r = builder.report(Document(id: "bench", text: text))
                return ReportJSON.bytes(r).count > 0 ? r.tokens : 0
            })
        }
        return stages
    }

    /// Runs a stage over every document on `jobs` threads. Threads take the next 8 documents
    /// as they finish (a fixed split would leave one thread idle while the other, slowed by
    /// the rest of the machine, finishes its share).
    static func run(_ stage: BenchStage, over docs: [String], jobs: Int) -> Int {
        guard jobs > 1 else { return docs.reduce(0) { $0 + stage.run($1) } }
        let state = UncheckedBox((next: 0, total: 0))
        let lock = NSLock()
        let batch = 8
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            var n = 0
            while true {
                lock.lock()
                let start = state.value.next
                state.value.next += batch
                lock.unlock()
                guard start < docs.count else { break }
                for i in start..<min(start + batch, docs.count) { n += stage.run(docs[i]) }
            }
            lock.lock(); state.value.total += n; lock.unlock()
        }
        return state.value.total
    }
}

enum BenchReport {
    static func write(_ results: [BenchResult], format: OutputFormat, jobs: Int, to out: Output) {
        let base = results.first { $0.stage == "icu-baseline" }?.mbPerSecond ?? 1
        if format == .json {
            let rows = results.map {
                "{\"stage\":\"\($0.stage)\",\"seconds\":\($0.seconds),\"mbPerSecond\":\($0.mbPerSecond),\"tokensPerSecond\":\($0.tokensPerSecond),\"units\":\($0.units),\"documentsPerSecond\":\(Double($0.documents) / $0.seconds),\"ratioToICU\":\($0.mbPerSecond / base),\"mbPerCPUSecond\":\($0.mbPerCPUSecond),\"peakRSSMB\":\($0.peakRSS)}"
            }
            out.line("{\"bytes\":\(results.first?.bytes ?? 0),\"documents\":\(results.first?.documents ?? 0),\"jobs\":\(jobs),\"stages\":[\(rows.joined(separator: ","))]}")
            return
        }
        out.line(String(format: "corpus: %.1f MB, %d documents; jobs %d", Double(results.first?.bytes ?? 0) / 1e6,
                        results.first?.documents ?? 0, jobs))
        out.line("stage             MB/s   tokens/s    docs/s  ratio-to-ICU  MB/CPU-s  peak-RSS-MB")
        for r in results {
            let name = r.stage.padding(toLength: max(14, r.stage.count), withPad: " ", startingAt: 0)
            out.line(name + String(format: " %8.1f %10.0f %9.0f %12.2f %9.1f %12.0f", r.mbPerSecond, r.tokensPerSecond,
                            Double(r.documents) / r.seconds, r.mbPerSecond / base, r.mbPerCPUSecond, r.peakRSS))
        }
    }
}
