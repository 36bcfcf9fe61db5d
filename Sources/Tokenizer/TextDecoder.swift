/// Turns raw bytes from a file or a pipe into a `String`, refusing what is not text.
///
/// UTF-8 is the default; a UTF-16 byte-order mark switches to UTF-16. A UTF-8 byte-order
/// mark is kept in the text (the tokenizer treats it as white space), so offsets match the file.
///
/// ```swift
/// try TextDecoder.decode(Array("caffè".utf8))            // "caffè"
/// try TextDecoder.decode([0x61, 0xFF])                    // throws .invalidUTF8(byteOffset: 1)
/// try TextDecoder.decode([0x61, 0xFF], lossy: true)       // "a\u{FFFD}"
/// ```
public enum TextDecoder {
    /// Why bytes are not acceptable text.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The bytes are not valid UTF-8; the offset is that of the first bad byte.
        case invalidUTF8(byteOffset: Int)
        /// The bytes hold a NUL byte, the mark of binary data.
        case binary(byteOffset: Int)
        /// A UTF-16 byte-order mark was found but the rest is not valid UTF-16.
        case invalidUTF16(byteOffset: Int)

        public var description: String {
            switch self {
            case .invalidUTF8(let o): return "invalid UTF-8 at byte offset \(o)"
            case .binary(let o): return "binary data (NUL byte at byte offset \(o))"
            case .invalidUTF16(let o): return "invalid UTF-16 at byte offset \(o)"
            }
        }
    }

    /// Decodes `bytes` as text.
    ///
    /// - Parameter lossy: replace invalid sequences with U+FFFD instead of failing.
    /// - Throws: `Failure` when the bytes are binary or, unless `lossy`, not valid.
    /// - Complexity: O(n).
    public static func decode(_ bytes: some Collection<UInt8>, lossy: Bool = false) throws(Failure) -> String {
        let array = Array(bytes)
        if array.count >= 2, (array[0] == 0xFF && array[1] == 0xFE) || (array[0] == 0xFE && array[1] == 0xFF) {
            return try decodeUTF16(array, littleEndian: array[0] == 0xFF, lossy: lossy)
        }
        if let nul = array.firstIndex(of: 0) { throw .binary(byteOffset: nul) }
        if let s = String(validating: array, as: UTF8.self) { return s }
        if lossy { return String(decoding: array, as: UTF8.self) }
        throw .invalidUTF8(byteOffset: firstInvalidUTF8Offset(array))
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool, lossy: Bool) throws(Failure) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        if i < bytes.count && !lossy { throw .invalidUTF16(byteOffset: i) }
        var parser = Unicode.UTF16.ForwardParser()
        var iterator = units.makeIterator()
        var out = String.UnicodeScalarView()
        var offset = 2
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let e):
                out.append(Unicode.UTF16.decode(e))
                offset += 2 * e.count
            case .emptyInput:
                let s = String(out)
                if !lossy, let nul = s.utf8.firstIndex(of: 0) { throw .binary(byteOffset: s.utf8.distance(from: s.utf8.startIndex, to: nul)) }
                return s
            case .error(let length):
                if !lossy { throw .invalidUTF16(byteOffset: offset) }
                out.append("\u{FFFD}")
                offset += 2 * length
            }
        }
    }
}
