import Foundation
import Testing
@testable import NER

/// Golden quotations for `seeds/`: the detector's TSV output is compared with the committed
/// snapshot. Re-record after an intended change with `RECORD_SNAPSHOTS=1 swift test --filter QuoteSeedSnapshotTests`.
@Suite struct QuoteSeedSnapshotTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/quotes-seeds.tsv")

    static func render() throws -> String {
        let dir = root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        var out = "doc\tstart\tend\tkind\topen\tclose\trepaired\tspeaker\tverb\tpattern\ttext\n"
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for q in QuoteDetector().quotes(in: text) {
                let fields = [f, "\(q.start)", "\(q.end)", q.kind.rawValue, q.open, q.close,
                              q.repairs.map(\.rawValue).joined(separator: ","), q.speaker?.text ?? "", q.verb ?? "",
                              q.pattern ?? "", q.text.replacingOccurrences(of: "\n", with: "\\n")]
                out += fields.joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    @Test func seedsMatchSnapshot() throws {
        let actual = try Self.render()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: Self.snapshot, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(actual == expected, "re-record with RECORD_SNAPSHOTS=1 if the change is intended")
    }

    /// Properties that hold for every seed whatever the snapshot says.
    @Test func seedInvariants() throws {
        let dir = Self.root.appendingPathComponent("seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) where f.hasSuffix(".txt") {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            let scalars = Array(text.unicodeScalars)
            for q in QuoteDetector().quotes(in: text) {
                let span = String(String.UnicodeScalarView(scalars[q.start..<q.end]))
                #expect(span == q.open + q.text + q.close, "\(f) \(q.start)")
                // No quotation is built from apostrophes.
                #expect(!["'", "’"].contains(q.open) || q.close == q.open || q.open == "‘", "\(f) \(q.start)")
                #expect(q.open != "’")
            }
        }
    }
}
