import Tokenizer

// Tokenize one sentence and print each token with its kind and offsets.
let sentence = CommandLine.arguments.dropFirst().first
    ?? "L’ex premier Mario Draghi ha detto: «Il 26 novembre 2024 è andata bene», su www.esempio.it."
do {
    let tokenizer = try Tokenizer()
    for token in tokenizer.tokens(in: sentence) {
        print("\(token.start)-\(token.end)\t\(token.kind.rawValue)\t\(token.text)\t\(token.normalized)")
    }
} catch {
    print("cannot create the tokenizer: \(error)")
}
