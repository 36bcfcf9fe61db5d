import Foundation
import Testing
@testable import NER

/// WordSet answers by the view's form hashes what `Set<String>.contains` answers by the forms.
@Suite struct WordSetTests {
    @Test func agreesWithTheSetOnEverySeedToken() throws {
        let words: Set<String> = NameRules.governmentBodies.union(["il", "l'", "sora", "openai", "è", "perché", "dell'"])
        let set = WordSet(words)
        let seeds = Fixture.packageRoot.appendingPathComponent("seeds")
        var hits = 0, checked = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where file.hasSuffix(".txt") {
            let view = Fixture.view(try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8))
            for i in 0..<view.count {
                let expected = words.contains(view.normalized[i])
                #expect(set.contains(view, i) == expected, "\(view.normalized[i])")
                if expected { hits += 1 }
                checked += 1
            }
        }
        #expect(hits > 50 && checked > 2000)
    }

    @Test func emptySetHoldsNothing() {
        let view = Fixture.view("Il governo decide.")
        #expect((0..<view.count).allSatisfy { !WordSet([]).contains(view, $0) })
    }
}
