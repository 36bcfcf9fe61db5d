/// `don` and `suor` belong to the name they come before (`don Luigi Ciotti`, `suor Rosanna`):
/// KIND annotates them inside the person (Wikinews training data: `don` 20 times inside, 3
/// outside; `suor` 5 to 0), unlike other titles (`papa`, `padre`, `monsignor` stay outside).
extension NameRules {
    /// Titles that open the name of the person after them.
    static let nameOpeningTitles: Set<String> = ["don", "suor"]

    /// The start of person `c` moved back over such a title right before it, or nil.
    /// `previousEnd`: where the span before `c` ends (the title must not belong to it).
    static func religiousTitleStart(_ c: Candidate, _ v: DocumentView, previousEnd: Int) -> Int? {
        let i = c.tokens.lowerBound
        guard c.label == .person, i > 0, i - 1 >= previousEnd, nameOpeningTitles.contains(v.normalized[i - 1]) else { return nil }
        return i - 1
    }
}
