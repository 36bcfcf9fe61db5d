/// A brand whose name ends in `!` (`Yahoo!`, the newspaper `Avanti!`): the tokenizer splits the
/// mark off, and KIND annotates it as part of the name.
extension NameRules {
    /// The end of `c` extended over a following `!` when the sentence goes on after it in
    /// lowercase (`Yahoo! ha annunciato`), for organizations, products and other names (not
    /// people or places: `Marco! vieni` is a call); `nil` otherwise. A `!` that ends a
    /// sentence is followed by a capital or by nothing, so it stays out.
    static func exclamationEnd(_ c: Candidate, _ v: DocumentView) -> Int? {
        guard c.label == .organization || c.label == .product || c.label == .misc else { return nil }
        // A place tagged as an organization is cheered, not named (`viva l'Italia! viva…`).
        if c.tokens.contains(where: { v.matchKinds[$0] & LexiconKind.location.bit != 0 }) { return nil }
        let e = c.tokens.upperBound
        guard e + 1 < v.count, v.kinds_[e] == .punctuation, v.normalized[e] == "!",
              v.has(e + 1, F.wordLike), v.has(e + 1, F.hasLower), !v.has(e + 1, F.capitalized) else { return nil }
        return e + 1
    }
}
