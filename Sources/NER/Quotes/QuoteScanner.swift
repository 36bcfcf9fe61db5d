/// A quotation-mark candidate found by the byte scan, with the classes of its neighbours.
struct Mark: Sendable {
    var byte: Int
    var byteEnd: Int
    var scalar: Int
    var glyph: Glyph
    /// The mark was read from mojibake (`â€œ` for “, `â€` + U+009D for ”).
    var mojibake = false
    var prev: CharClass
    var next: CharClass
    /// The scalar before the mark (nil at the start).
    var prevScalar: Unicode.Scalar?

    /// Looks like an opening mark: something follows, and space, an opening bracket, a dash,
    /// another mark or an elided word precedes.
    var openerLike: Bool {
        next != .space && next != .closePunct
            && (prev == .space || prev == .openPunct || prev == .quote || prevScalar == ":")
    }

    /// Looks like a closing mark: something precedes, and space, punctuation or another mark follows.
    var closerLike: Bool {
        prev != .space && prev != .openPunct
            && (next == .space || next == .closePunct || next == .quote || next == .openPunct)
    }
}

/// Finds quotation-mark candidates by scanning UTF-8 bytes: only `"`, `'`, and the lead bytes
/// 0xC2/0xC3/0xE2 are looked at, so plain text is skipped at memory speed.
struct QuoteScanner: Sendable {
    /// The first index from `i` that is not plain ASCII other than `"` and `'` (or an index
    /// past which fewer than eight bytes remain): eight bytes a step, the bytes the scan would
    /// pass over one by one.
    @inline(__always)
    static func skipPlain(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= b.count {
            let x = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
            // A byte of 0x80 or more, or a byte equal to 0x22 or 0x27 (a zero byte after the xor).
            let d = x ^ 0x2222_2222_2222_2222, s = x ^ 0x2727_2727_2727_2727
            if (x | ((d &- ones) & ~d) | ((s &- ones) & ~s)) & highs != 0 { break }
            i += 8
        }
        return i
    }

    /// Every candidate mark in text order. Mojibake dashes (`â€“`, `â€”`, whose second half is
    /// a curly quote) and mojibake apostrophes are not candidates.
    static func marks(in text: QuoteText) -> [Mark] {
        var marks: [Mark] = []
        let bytes = text.bytes
        let n = bytes.count
        bytes.withUnsafeBufferPointer { buf in
            // (Scalar offsets are filled in after the scan, in one pass over the marks.)
            func add(_ byte: Int, _ len: Int, _ glyph: Glyph, mojibake: Bool = false) {
                let before = text.scalar(before: byte)
                let after = text.scalar(at: byte + len)?.0
                var m = Mark(byte: byte, byteEnd: byte + len, scalar: 0, glyph: glyph,
                             mojibake: mojibake, prev: CharClass(before), next: CharClass(after), prevScalar: before)
                // An elided word right before a mark (l’“AI”, dall’«) opens it like a space does.
                if before == "’" || before == "'" { m.prev = .quote }
                marks.append(m)
            }
            var i = 0
            while i < n {
                i = Self.skipPlain(buf, from: i)
                guard i < n else { break }
                let b = buf[i]
                if b < 0xC2 {
                    if b == 0x22 { add(i, 1, .straightDouble) }
                    else if b == 0x27 { add(i, 1, .straightSingle) }
                    i += 1
                    continue
                }
                if b == 0xC2, i + 1 < n {
                    if buf[i + 1] == 0xAB { add(i, 2, .guillemetOpen) }
                    else if buf[i + 1] == 0xBB { add(i, 2, .guillemetClose) }
                    i += 2
                    continue
                }
                if b == 0xC3, i + 4 < n, buf[i + 1] == 0xA2, buf[i + 2] == 0xE2, buf[i + 3] == 0x82, buf[i + 4] == 0xAC {
                    // "â€" = the first two bytes of U+201x read as Windows-1252.
                    let j = i + 5
                    if j + 1 < n, buf[j] == 0xC5, buf[j + 1] == 0x93 {          // â€œ → “
                        add(i, 7, .curlyOpen, mojibake: true); i = j + 2; continue
                    }
                    if j + 1 < n, buf[j] == 0xCB, buf[j + 1] == 0x9C {          // â€˜ → ‘
                        add(i, 7, .curlySingleOpen, mojibake: true); i = j + 2; continue
                    }
                    if j + 2 < n, buf[j] == 0xE2 {                               // â€“ â€” â€™ …: not marks
                        i = j + 3; continue
                    }
                    if j + 1 < n, buf[j] == 0xC2, buf[j + 1] == 0x9D {          // â€ + U+009D → ”
                        add(i, 7, .curlyClose, mojibake: true); i = j + 2; continue
                    }
                    if j < n, buf[j] >= 0x80 { i = j; continue }                  // â€¦ â€¢ …: not marks
                    add(i, 5, .curlyClose, mojibake: true)                        // â€ (0x9D dropped) → ”
                    i = j
                    continue
                }
                if b == 0xE2, i + 2 < n, buf[i + 1] == 0x80 {
                    switch buf[i + 2] {
                    case 0x98: add(i, 3, .curlySingleOpen)
                    case 0x99: add(i, 3, .curlySingleClose)
                    case 0x9C: add(i, 3, .curlyOpen)
                    case 0x9D: add(i, 3, .curlyClose)
                    case 0x9E: add(i, 3, .lowOpen)
                    case 0xB9: add(i, 3, .singleGuillemetOpen)
                    case 0xBA: add(i, 3, .singleGuillemetClose)
                    default: break
                    }
                    i += 3
                    continue
                }
                i += 1
            }
            // Marks come in byte order: each one's scalar offset is the previous one's plus
            // the scalars between them.
            var scalars = 0, counted = 0
            for k in marks.indices {
                let byte = marks[k].byte
                if byte > counted { scalars += QuoteText.scalarStarts(buf, counted..<byte) }
                counted = byte
                marks[k].scalar = scalars
            }
        }
        return marks
    }
}
