/// The default normalization (`Normalizer()`: NFC, unified apostrophes and quotes, case
/// folded) computed on UTF-8 bytes for text in the Latin-1 range plus curly apostrophes and
/// quotes — nearly every Italian token — without ICU. It agrees with `Normalizer.normalize`
/// on what it accepts and declines the rest (other scripts, combining marks, ß, zero-width
/// characters).
enum LatinNormalization {
    /// What normalizing some bytes on the fast path gives.
    enum Result: Equatable {
        /// The bytes are already normalized.
        case unchanged
        /// The normalized form differs.
        case changed(String)
        /// The fast path does not apply: use `Normalizer.normalize`.
        case unsupported
    }

    /// Normalizes `bytes` (whole scalars of valid UTF-8).
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        switch change(bytes) {
        case .unsupported: return .unsupported
        case .unchanged: return .unchanged
        case .changed: return .changed(rewrite(bytes))
        }
    }

    private enum Change { case unchanged, changed, unsupported }

    private static func change(_ p: UnsafeBufferPointer<UInt8>) -> Change {
        var changed = false
        var k = 0
        let e = p.count
        while k < e {
            let c = p[k]
            if c < 0x80 {
                if (c >= 0x41 && c <= 0x5A) || c == 0x60 { changed = true }
                k += 1
            } else if c == 0xC3 && k + 1 < e {
                let d = p[k + 1]
                if d == 0x9F { return .unsupported }  // ß folds to ss
                if d >= 0x80 && d <= 0x9E && d != 0x97 { changed = true }
                k += 2
            } else if c == 0xE2 && k + 2 < e && p[k + 1] == 0x80 {
                switch p[k + 2] {
                case 0x98, 0x99, 0x9A, 0x9B, 0xB9, 0xBA, 0x9C, 0x9D, 0x9E, 0x9F: changed = true
                default: return .unsupported
                }
                k += 3
            } else if c == 0xC2 && k + 1 < e && (p[k + 1] == 0xAB || p[k + 1] == 0xBB) {
                changed = true
                k += 2
            } else {
                return .unsupported
            }
        }
        return changed ? .changed : .unchanged
    }

    /// The normalized bytes of text `change` accepted; never longer than the input.
    private static func rewrite(_ p: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: p.count) { out in
            var n = 0
            var k = 0
            while k < p.count {
                let c = p[k]
                if c < 0x80 {
                    out[n] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c == 0x60 ? 0x27 : c
                    n += 1; k += 1
                } else if c == 0xC3 {
                    let d = p[k + 1]
                    out[n] = 0xC3
                    out[n + 1] = d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d
                    n += 2; k += 2
                } else if c == 0xE2 {
                    switch p[k + 2] {
                    case 0x9C, 0x9D, 0x9E, 0x9F: out[n] = 0x22
                    default: out[n] = 0x27
                    }
                    n += 1; k += 3
                } else {  // « »
                    out[n] = 0x22
                    n += 1; k += 2
                }
            }
            return n
        }
    }
}
