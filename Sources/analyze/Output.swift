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

    /// An in-memory buffer (never written to a file): one document's output in a parallel run.
    static func memory() -> Output { Output(fd: -1) }

    /// The bytes an in-memory buffer holds.
    var bytes: [UInt8] { buffer }

    /// Appends bytes (another buffer's contents).
    func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if fd >= 0 && buffer.count >= 1 << 16 { flush() }
    }

    /// Appends bytes and a newline.
    func line(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if fd >= 0 && buffer.count >= 1 << 16 { flush() }
    }

    /// Appends text; flushes when the buffer is large.
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if fd >= 0 && buffer.count >= 1 << 16 { flush() }
    }

    /// Appends text and a newline.
    func line(_ s: String = "") {
        write(s)
        buffer.append(0x0A)
    }

    /// Writes everything buffered.
    func flush() {
        guard fd >= 0 else { return }
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
