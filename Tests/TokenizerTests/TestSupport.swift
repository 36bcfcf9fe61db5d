import Foundation
import Testing

/// Paths and helpers the test files share.
enum Repo {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The seed articles in `seeds/`, sorted by name.
    static func seeds() throws -> [(name: String, text: String)] {
        let dir = root.appendingPathComponent("seeds")
        return try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
    }
}

/// Compares `actual` with the committed snapshot `name`; `RECORD_SNAPSHOTS=1` rewrites it.
func assertSnapshot(_ actual: String, named name: String, in folder: String = #filePath,
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: folder).deletingLastPathComponent().appendingPathComponent("Snapshots")
        .appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        let want = line < e.count ? String(e[line]) : "<end>"
        let got = line < a.count ? String(a[line]) : "<end>"
        Issue.record("snapshot \(name) differs at line \(line + 1): expected \(want) got \(got) (RECORD_SNAPSHOTS=1 to re-record)",
                     sourceLocation: sourceLocation)
    }
}

/// A seeded random generator so property tests replay (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
