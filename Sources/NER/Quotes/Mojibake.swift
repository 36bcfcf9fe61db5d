/// Detects UTF-8 text that was decoded as Windows-1252 somewhere upstream (`â€œ`, `â€™`, `Ã¨`).
public enum Mojibake {
    /// How many mojibake sequences `string` holds (`â€` followed by anything, `Ã` + a
    /// Latin-1 continuation such as `Ã¨`, `Â«`). Zero for clean text.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes.
    public static func count(in string: String) -> Int {
        var n = 0
        var it = string.utf8.makeIterator()
        var prev: UInt8 = 0, prev2: UInt8 = 0
        while let b = it.next() {
            // "â€" = C3 A2 E2 82 AC; "Ã¨" = C3 83 C2 A8; "Â«" = C3 82 C2 AB
            if prev2 == 0xE2 && prev == 0x82 && b == 0xAC { n += 1 }
            if prev2 == 0xC3 && (prev == 0x83 || prev == 0x82) && b == 0xC2 { n += 1 }
            prev2 = prev
            prev = b
        }
        return n
    }
}
