import Testing
@testable import Tokenizer

@Suite struct TextDecoderTests {
    @Test func decodesUTF8() throws {
        #expect(try TextDecoder.decode(Array("caffè".utf8)) == "caffè")
    }

    @Test func reportsTheFirstInvalidByte() {
        #expect(throws: TextDecoder.Failure.invalidUTF8(byteOffset: 4)) { try TextDecoder.decode([0x63, 0x61, 0x66, 0x66, 0xE8, 0x20]) }
    }

    @Test func lossyReplaces() throws {
        #expect(try TextDecoder.decode([0x61, 0xFF, 0x62], lossy: true) == "a\u{FFFD}b")
    }

    @Test func refusesBinary() {
        #expect(throws: TextDecoder.Failure.binary(byteOffset: 1)) { try TextDecoder.decode([0x61, 0x00, 0x62]) }
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let le: [UInt8] = [0xFF, 0xFE, 0x63, 0x00, 0xE8, 0x00]
        let be: [UInt8] = [0xFE, 0xFF, 0x00, 0x63, 0x00, 0xE8]
        #expect(try TextDecoder.decode(le) == "cè")
        #expect(try TextDecoder.decode(be) == "cè")
    }

    @Test func keepsUTF8ByteOrderMark() throws {
        #expect(try TextDecoder.decode([0xEF, 0xBB, 0xBF, 0x61]) == "\u{FEFF}a")
    }
}
