import Foundation

/// A one-line progress bar on stderr (documents, MB, MB/s, ETA), redrawn at most ten times a
/// second. Disabled unless stderr is a terminal, and with `--quiet`.
final class Progress {
    private let enabled: Bool
    private let totalBytes: Int?
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var documents = 0
    private var bytes = 0
    private var shown = false

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled
        self.totalBytes = totalBytes
    }

    /// Counts one finished document.
    func advance(bytes: Int) {
        documents += 1
        self.bytes += bytes
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if now - lastDraw > 100_000_000 { lastDraw = now; draw(now) }
    }

    /// Erases the bar so an error message starts on a clean line.
    func clear() {
        guard enabled, shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }

    /// Erases the bar at the end of the run.
    func finish() { clear() }

    private func draw(_ now: UInt64) {
        let seconds = max(Double(now - start) / 1e9, 1e-6)
        let mb = Double(bytes) / 1e6
        let rate = mb / seconds
        var line = String(format: "%d docs  %.2f MB  %.2f MB/s", documents, mb, rate)
        if let totalBytes, totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let eta = rate > 0 ? (Double(totalBytes - min(bytes, totalBytes)) / 1e6) / rate : 0
            line = "\(bar) \(Int(fraction * 100))%  " + line + String(format: "  ETA %d:%02d", Int(eta) / 60, Int(eta) % 60)
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }
}
