import Foundation
import Testing
@testable import analyze

/// JSONBuffer writes in place past its first capacity: integers as `String(v)` spells them,
/// strings that decode back to themselves with nothing that could close a `<script>`.
@Suite struct JSONBufferTests {
    @Test func integersAreDecimal() {
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, Int.max, Int.min, -1, -9, -10, -12_345]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 { values.append(Int.random(in: -1_000_000_000...1_000_000_000, using: &generator)) }
        var b = JSONBuffer(capacity: 16)
        var expected = ""
        for v in values { b.int(v); b.raw(","); expected += "\(v)," }
        #expect(b.string == expected)
        #expect(b.bytes == Array(expected.utf8))
    }

    @Test(arguments: ["", "Mario Draghi", "«Serve coraggio», ha detto", "a\"b\\c\n\r\t</script><!-- & \u{2028}\u{2029}\u{01}\u{1F}é😀",
                      String(repeating: "lungo testo ", count: 300)])
    func stringsRoundTrip(_ s: String) throws {
        var b = JSONBuffer(capacity: 16)
        b.raw("["); b.string(s); b.raw(","); b.string(s[...]); b.raw("]")
        let text = b.string
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" })
        let decoded = try JSONSerialization.jsonObject(with: Data(b.bytes)) as? [String]
        #expect(decoded == [s, s])
    }
}
