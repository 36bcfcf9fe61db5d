import Foundation
import Tokenizer

/// Counts distinct word forms as `Set<String>` would (canonical equivalence), by their bytes.
///
/// Forms made only of scalars below U+0300 or of general punctuation are already NFC, so two
/// of them are equivalent exactly when their bytes are equal: they go into a byte-keyed table.
/// Any other form is brought to NFC first (rare: combining marks, other scripts).
struct TypeCounter {
    private var trivial = FrequencyTable()
    private var others = Set<[UInt8]>()

    /// Inserts a form given as UTF-8 bytes (the common case needs no String).
    mutating func insert(utf8 form: UnsafeBufferPointer<UInt8>) {
        if !form.contains(where: { $0 >= 0xCC }) { trivial.add(bytes: form); return }
        insert(String(decoding: form, as: UTF8.self))
    }

    mutating func insert(_ form: String) {
        if Self.isNFCTrivial(form) { trivial.add(form); return }
        let nfc = form.precomposedStringWithCanonicalMapping
        if Self.isNFCTrivial(nfc) { trivial.add(nfc) } else { others.insert(Array(nfc.utf8)) }
    }

    /// The number of distinct forms.
    var count: Int { trivial.count + others.count }

    static func isNFCTrivial(_ s: String) -> Bool {
        // Bytes below 0xCC start scalars below U+0300 (or continue one).
        var s = s
        if s.withUTF8({ b in !b.contains { $0 >= 0xCC } }) { return true }
        for u in s.unicodeScalars where u.value >= 0x300 {
            guard (0x2010...0x205E).contains(u.value) || u.value == 0x20AC else { return false }
        }
        return true
    }
}
