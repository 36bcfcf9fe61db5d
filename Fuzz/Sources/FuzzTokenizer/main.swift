import FuzzSupport
import Tokenizer

/// Tokenizer: invariants on every token, and the lazy block-wise tokenizer agrees with the eager one.
let tokenizer = try! Tokenizer()

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    let tokens = tokenizer.tokens(in: s)
    checkTokens(tokens, of: s)
    // Small blocks force many block boundaries; offsets and tokens must not change.
    let lazy = Array(tokenizer.lazyTokens(in: s, blockSize: 7))
    require(lazy == tokens, "lazyTokens(blockSize: 7) differs from tokens(in:): \(lazy.count) vs \(tokens.count)")
    // The multiword expander must not crash on any token.
    let expander = MultiwordExpander()
    for t in tokens where t.isWordLike { _ = expander.words(for: t.text) }
    return 0
}
