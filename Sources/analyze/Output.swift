import ArgumentParser
import Foundation

/// Buffered standard output that turns write failures into a one-line error and exit 74,
/// and a closed pipe (`analyze … | head`) into a quiet exit 0.
final class Output {
    private var buffer: [UInt8] = []
    private let fd: Int32

    init(fd: Int32 = 1) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends text; flushes when the buffer is large.
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends text and a newline.
    func line(_ s: String = "") {
        write(s)
        buffer.append(0x0A)
    }

    /// Writes everything buffered.
    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { Foundation.exit(Exit.ok) }
                printError("cannot write output: \(String(cString: strerror(errno)))")
                Foundation.exit(Exit.ioError)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}

/// Runs `body` over every input document in order. A bad input is reported on stderr and
/// skipped; at the end the exit code is that of the first failure.
func forEachDocument(_ options: InputOptions, _ body: (Document) throws -> Void) throws {
    signal(SIGPIPE, SIG_IGN)
    let reader = DocumentReader(options: options)
    let (files, failures) = reader.expandPaths()
    var firstFailure = failures.first?.exitCode
    failures.forEach { printError($0.description) }
    for file in files {
        do {
            try body(try reader.read(file))
        } catch let error as InputError {
            printError(error.description)
            firstFailure = firstFailure ?? error.exitCode
        }
    }
    if let code = firstFailure { throw ExitCode(code) }
}
