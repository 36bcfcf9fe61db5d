import ArgumentParser
import Foundation

/// Runs a per-document function over a corpus on `--jobs` tasks at once and hands the results
/// back in input order, whatever the number of jobs.
///
/// At most `jobs` documents are in flight (`--jobs 1` runs on the calling thread, one core), and
/// results that finish early wait in a buffer for their turn, so memory is bounded by a few
/// documents, not by the corpus.
/// A bad input is reported on stderr with its path and skipped; at the end the exit code is
/// that of the first failure. SIGINT stops the run with exit code 130.
struct CorpusRunner {
    var options: InputOptions
    /// Read files larger than this in pieces cut at line breaks (for line-based commands).
    var chunkBytes: Int? = nil

    /// Processes every document with `process` (concurrently) and calls `emit` with each
    /// result in input order (on one thread at a time).
    func run<T: Sendable>(_ process: @escaping @Sendable (Document) throws -> T,
                          emit: @escaping (Document, T) -> Void) throws {
        Interrupt.install()
        signal(SIGPIPE, SIG_IGN)
        // ANALYZE_CHUNK_BYTES overrides the piece size (the tests use tiny pieces).
        let override = ProcessInfo.processInfo.environment["ANALYZE_CHUNK_BYTES"].flatMap { Int($0) }
        let source = DocumentSource(options: options, chunkBytes: chunkBytes.map { override ?? $0 })
        let progress = Progress(enabled: !options.quiet && isatty(2) == 1, totalBytes: source.totalBytes)
        let box = UncheckedBox((source: source, emit: emit, progress: progress, failure: Int32?.none))
        _ = source
        /// Emits one result, or reports its failure (in input order, one at a time).
        @Sendable func deliver(_ doc: Document, _ result: Result<T, any Error>) {
            switch result {
            case .success(let value):
                box.value.emit(doc, value)
            case .failure(let error as InputError):
                box.value.progress.clear()
                printError(error.description)
                box.value.failure = box.value.failure ?? error.exitCode
            case .failure(let error):
                box.value.progress.clear()
                printError("\(doc.id): \(error)")
                box.value.failure = box.value.failure ?? Exit.failure
            }
            box.value.progress.advance(bytes: doc.text.utf8.count)
        }
        let jobs = max(1, options.jobs)
        if jobs == 1 {
            // One job: read, process and emit on this thread; tasks would only add hand-offs.
            while let item = box.value.source.next() {
                switch item {
                case .failure(let error): deliver(Document(id: "", text: ""), .failure(error))
                case .document(let doc): deliver(doc, Result { try process(doc) })
                }
            }
        } else {
            // Tasks run on the global concurrent executor and each task in flight may take a
            // core, so `jobs` tasks are in flight; this task reads and emits between them.
            let done = DispatchSemaphore(value: 0)
            Task.detached {
                await withTaskGroup(of: (Int, Document, Result<T, any Error>).self) { group in
                    var issued = 0, nextOut = 0
                    var ready: [Int: (Document, Result<T, any Error>)] = [:]
                    /// Starts the next document's task; failures to read become results in their slot.
                    func feed() -> Bool {
                        while let item = box.value.source.next() {
                            let index = issued
                            issued += 1
                            switch item {
                            case .failure(let error):
                                ready[index] = (Document(id: "", text: ""), .failure(error))
                                drain()
                            case .document(let doc):
                                group.addTask { (index, doc, Result { try process(doc) }) }
                                return true
                            }
                        }
                        return false
                    }
                    func drain() {
                        while let (doc, result) = ready.removeValue(forKey: nextOut) {
                            nextOut += 1
                            deliver(doc, result)
                        }
                    }
                    for _ in 0..<jobs where feed() {}
                    while let (index, doc, result) = await group.next() {
                        ready[index] = (doc, result)
                        drain()
                        _ = feed()
                    }
                    drain()
                }
                done.signal()
            }
            done.wait()
        }
        box.value.progress.finish()
        if let code = box.value.failure { throw ExitCode(code) }
    }
}

/// Hands non-Sendable state to the single task that owns it (the ordered emitter).
final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// Runs `body` over every input document in order, on the calling thread (for commands that
/// accumulate across documents). A bad input is reported on stderr and skipped; at the end
/// the exit code is that of the first failure.
func forEachDocument(_ options: InputOptions, _ body: (Document) throws -> Void) throws {
    Interrupt.install()
    signal(SIGPIPE, SIG_IGN)
    var source = DocumentSource(options: options)
    let progress = Progress(enabled: !options.quiet && isatty(2) == 1, totalBytes: source.totalBytes)
    var firstFailure: Int32?
    while let item = source.next() {
        do {
            switch item {
            case .failure(let error): throw error
            case .document(let doc):
                try body(doc)
                progress.advance(bytes: doc.text.utf8.count)
            }
        } catch let error as InputError {
            progress.clear()
            printError(error.description)
            firstFailure = firstFailure ?? error.exitCode
        }
    }
    progress.finish()
    if let code = firstFailure { throw ExitCode(code) }
}

/// SIGINT during a run: a one-line message and exit code 130 (output written so far stays written).
enum Interrupt {
    private static let source: UncheckedBox<DispatchSourceSignal?> = UncheckedBox(nil)
    private static let lock = NSLock()

    static func install() {
        lock.lock(); defer { lock.unlock() }
        guard source.value == nil else { return }
        signal(SIGINT, SIG_IGN)
        let s = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        s.setEventHandler {
            FileHandle.standardError.write(Data("\nanalyze: interrupted\n".utf8))
            _exit(Exit.interrupted)
        }
        s.resume()
        source.value = s
    }
}
