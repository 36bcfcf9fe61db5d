import FuzzSupport
import Tokenizer

/// Normalizer: every configuration is idempotent, and never crashes.
let normalizers = [
    Normalizer(),
    Normalizer(form: .nfkc),
    Normalizer(foldCase: false),
    Normalizer(unifyPunctuation: false),
]

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    for (k, n) in normalizers.enumerated() {
        let once = n.normalize(s)
        let twice = n.normalize(once)
        require(once == twice, "normalizer \(k) not idempotent: \(s.debugDescription) -> \(once.debugDescription) -> \(twice.debugDescription)")
        // A substring must give the same result as the equal string.
        require(n.normalize(s[...]) == once, "normalizer \(k): Substring and String differ")
    }
    return 0
}
