import Foundation
import Tokenizer

/// Counts distinct word forms as `Set<String>` would (canonical equivalence).
///
/// The forms come counted by their bytes in a ``FrequencyTable``. Forms made only of scalars
/// below U+0300 are already NFC, so two of them are equivalent exactly when their bytes are
/// equal; any other form is brought to NFC first (rare: combining marks, other scripts).
enum TypeCounter {
    /// The number of distinct forms among the table's keys, up to canonical equivalence.
    static func distinct(_ forms: FrequencyTable) -> Int {
        var trivial = 0
        var others = Set<[UInt8]>()
        forms.forEach { form, _ in
            // Bytes below 0xCC start scalars below U+0300 (or continue one).
            if !form.contains(where: { $0 >= 0xCC }) { trivial += 1; return }
            let nfc = Array(String(decoding: form, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
            // Its NFC may be a trivial key the table holds already.
            if !nfc.contains(where: { $0 >= 0xCC }) && nfc.withUnsafeBufferPointer({ forms.contains(bytes: $0) }) { return }
            others.insert(nfc)
        }
        return trivial + others.count
    }
}
