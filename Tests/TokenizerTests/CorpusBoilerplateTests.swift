import Testing
@testable import Tokenizer

@Suite struct CorpusBoilerplateTests {
    @Test func placeholder() { #expect(BoilerplateFilter().classify("").decisions.isEmpty) }
}
