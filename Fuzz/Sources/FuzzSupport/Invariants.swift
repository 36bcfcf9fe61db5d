import Tokenizer
#if canImport(Glibc)
import Glibc
#endif

/// Shared checks for the fuzz targets: each one aborts with a message naming the broken
/// invariant, so libFuzzer saves the input as a crash file.

/// Stops the run when `condition` fails.
@inline(__always)
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("invariant broken: \(message())") }
}

/// The fuzz input as text: lossy UTF-8, so every byte string becomes some valid string.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    // The library's own decoder must not crash on any bytes either.
    let decoded = try? TextDecoder.decode(bytes, lossy: true)
    let plain = String(decoding: bytes, as: UTF8.self)
    if let decoded { _ = decoded.utf8.count }
    return plain
}

/// Scalars the tokenizer may leave between tokens: white space and invisible format characters.
public func isGapScalar(_ s: Unicode.Scalar) -> Bool {
    if s.properties.isWhitespace { return true }
    switch s.value {
    case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true
    default: return false
    }
}

/// Tokens + gaps == input; offsets in bounds, ordered, consistent with each other; gaps are
/// only white space; `spaceAfter` and `normalized` agree with the text.
public func checkTokens(_ tokens: [Token], of text: String, normalizer: Normalizer = Normalizer()) {
    let utf8 = text.utf8
    let bytes = Array(utf8)
    var bytePos = 0
    var scalarPos = 0
    var rebuilt: [UInt8] = []
    rebuilt.reserveCapacity(bytes.count)
    for (n, t) in tokens.enumerated() {
        let r = t.utf8Range
        require(r.lowerBound >= bytePos, "token \(n) starts at byte \(r.lowerBound) before the previous end \(bytePos)")
        require(r.upperBound <= bytes.count, "token \(n) ends at byte \(r.upperBound) past the text (\(bytes.count))")
        require(!r.isEmpty, "token \(n) is empty at byte \(r.lowerBound)")
        let gap = String(decoding: bytes[bytePos..<r.lowerBound], as: UTF8.self)
        for s in gap.unicodeScalars {
            require(isGapScalar(s), "token \(n): non-space U+\(String(s.value, radix: 16)) dropped in the gap before it")
        }
        scalarPos += gap.unicodeScalars.count
        require(t.scalarRange.lowerBound == scalarPos, "token \(n) scalar start \(t.start) != \(scalarPos)")
        let surface = Array(t.text.utf8)
        require(surface == Array(bytes[r]), "token \(n) text differs from the bytes at its utf8Range")
        require(utf8.distance(from: utf8.startIndex, to: t.range.lowerBound) == r.lowerBound,
                "token \(n) range and utf8Range disagree")
        scalarPos += t.text.unicodeScalars.count
        require(t.scalarRange.upperBound == scalarPos, "token \(n) scalar end \(t.end) != \(scalarPos)")
        let space = r.upperBound < bytes.count
            && String(decoding: bytes[r.upperBound...].prefix(4), as: UTF8.self).unicodeScalars.first
                .map(isGapScalar) == true
        _ = space  // spaceAfter follows the library's own definition of space; checked loosely below
        if t.spaceAfter { require(r.upperBound < bytes.count, "token \(n) has spaceAfter at the end of the text") }
        let expected = normalizer.normalize(t.text)
        require(t.normalized == expected,
                "token \(n) normalized \(t.normalized.debugDescription) != Normalizer \(expected.debugDescription)")
        rebuilt += bytes[bytePos..<r.lowerBound]
        rebuilt += surface
        bytePos = r.upperBound
    }
    let tail = String(decoding: bytes[bytePos...], as: UTF8.self)
    for s in tail.unicodeScalars {
        require(isGapScalar(s), "non-space U+\(String(s.value, radix: 16)) dropped after the last token")
    }
    rebuilt += bytes[bytePos...]
    require(rebuilt == bytes, "tokens + gaps != input")
}

/// Sentences partition the tokens in order, and their offsets are their first and last tokens'.
public func checkSentences(_ sentences: [Sentence], tokens: [Token]) {
    require(tokens.isEmpty == sentences.isEmpty, "\(sentences.count) sentences for \(tokens.count) tokens")
    var next = 0
    for (n, s) in sentences.enumerated() {
        require(s.tokenRange.lowerBound == next, "sentence \(n) starts at token \(s.tokenRange.lowerBound), expected \(next)")
        require(!s.tokenRange.isEmpty, "sentence \(n) is empty")
        require(s.tokenRange.upperBound <= tokens.count, "sentence \(n) ends past the tokens")
        let a = tokens[s.tokenRange.lowerBound], z = tokens[s.tokenRange.upperBound - 1]
        require(s.utf8Range == a.utf8Range.lowerBound..<z.utf8Range.upperBound, "sentence \(n) utf8Range")
        require(s.scalarRange == a.start..<z.end, "sentence \(n) scalarRange")
        require(s.range == a.range.lowerBound..<z.range.upperBound, "sentence \(n) range")
        next = s.tokenRange.upperBound
    }
    require(next == tokens.count, "sentences cover \(next) of \(tokens.count) tokens")
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the command line, calling `body` on each input.
///
/// SwiftPM links executables with its own `main` (`--defsym main=<Module>_main`), so libFuzzer's
/// `main` is never used; each target's top-level code calls this instead.
public func runFuzzer(_ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let rc = LLVMFuzzerRunDriver(&argc, &argv, body)
    exit(rc)
}
