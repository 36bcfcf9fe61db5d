import FuzzSupport
import Tokenizer

/// Sentence splitter: sentences partition the tokens in order, with consistent offsets.
let tokenizer = try! Tokenizer()
let splitter = try! SentenceSplitter()

runFuzzer { data, size in
    guard let data else { return 0 }
    let s = text(data, size)
    let tokens = tokenizer.tokens(in: s)
    checkSentences(splitter.sentences(in: s, tokens: tokens), tokens: tokens)
    return 0
}
