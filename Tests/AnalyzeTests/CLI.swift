import Foundation

/// Runs the built `analyze` binary (swift test builds it: AnalyzeTests depends on the target).
struct CLI {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable: $ANALYZE_BIN, next to the test bundle, or in .build/debug.
    static let binary: URL = {
        if let env = ProcessInfo.processInfo.environment["ANALYZE_BIN"] { return URL(fileURLWithPath: env) }
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.appendingPathComponent("analyze"),
                          bundle.deletingLastPathComponent().appendingPathComponent("analyze"),
                          repo.appendingPathComponent(".build/debug/analyze")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Runs `analyze args…` with `stdin` as standard input, in the repository directory.
    static func run(_ args: [String], stdin: Data? = nil, environment: [String: String] = [:]) throws -> Result {
        let p = Process()
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        p.executableURL = binary
        p.arguments = args
        p.currentDirectoryURL = repo
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin == nil ? FileHandle.nullDevice : inp
        try p.run()
        if let stdin {
            let writer = inp.fileHandleForWriting
            Thread.detachNewThread { try? writer.write(contentsOf: stdin); try? writer.close() }
        }
        let errBox = DataBox()
        let errReader = Thread { errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal() }
        errReader.start()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: data, stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    /// A fresh temporary directory for one test.
    static func tempDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("analyze-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Writes bytes to `name` in `dir` and returns the path.
    static func write(_ bytes: some Sequence<UInt8>, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }
}

final class DataBox: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
