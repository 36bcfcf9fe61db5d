import Foundation
@testable import NER
import Tokenizer

/// A small lexicon written for the rule tests (not the repo's Lexicons/), so each rule is
/// tested on its own.
enum Fixture {
    static let lexiconText = """
        # test lexicon
        surface\ttype\tcanonical\tsource
        Kevin\tGIVEN\t\ttest
        Mira\tGIVEN\t\ttest
        Rossi\tSURNAME\t\ttest
        regista\tTITLE\t\ttest
        CTO\tTITLE\t\ttest
        ex\tTITLE\t\ttest
        città\tLOC_TRIGGER\t\ttest
        Via\tLOC_TRIGGER\t\ttest
        startup\tORG_TRIGGER\t\ttest
        Ministero\tORG_TRIGGER\t\ttest
        AI\tORG_SUFFIX\t\ttest
        League\tORG_SUFFIX\t\ttest
        River\tLOC_SUFFIX\t\ttest
        Phillip\tGIVEN\t\ttest
        S.p.A.\tORG_SUFFIX\t\ttest
        Post\tORG_SUFFIX\t\ttest
        City\tORG_SUFFIX\t\ttest
        di\tPARTICLE\t\ttest
        della\tPARTICLE\t\ttest
        van\tPARTICLE\t\ttest
        strumenti\tPRODUCT_TRIGGER\t\ttest
        modello\tPRODUCT_TRIGGER\t\ttest
        Il\tSTOP\t\ttest
        oggi\tWORD\t\ttest
        ieri\tWORD\t\ttest
        poi\tWORD\t\ttest
        governo\tORG\tgoverno\tcurated
        tedesco\tDEMONYM\tGermania\ttest
        Onu\tORG\tONU\tcurated
        Austria\tLOC\tAustria\tcurated
        Roma\tLOC\tRoma\tcurated
        Roma\tORG\tAS Roma\topenfootball
        Regno Unito\tLOC\tRegno Unito\tcurated
        Stati Uniti d’America\tLOC\tUSA\tcurated
        Emilia-Romagna\tLOC\t\tcurated
        Sora\tPRODUCT\t\tcurated
        OpenAI\tORG\t\tcurated
        Yahoo\tORG\t\tcurated
        Il Giorno\tORG\t\tcurated
        Stato\tORG\t\tcurated
        Commissione\tORG_TRIGGER\t\ttest
        ha\tSTOP\t\ttest
        Pace\tSURNAME\t\ttest
        pace\tWORD\t\ttest
        rilevato\tWORD\t\ttest
        aziendale\tWORD\t\ttest
        Claude\tGIVEN\t\ttest
        Claude\tPRODUCT\t\tcurated
        Monet\tSURNAME\t\ttest
        film\tWORK_TRIGGER\t\ttest
        regista\tWORK_AUTHOR\t\ttest
        made\tEN_WORD\t\ttest
        with\tEN_WORD\t\ttest
        another\tEN_WORD\t\ttest
        leaked\tEN_WORD\t\ttest
        source\tEN_WORD\t\ttest
        """

    static let lexicons: Lexicons = try! Lexicons(parsing: lexiconText, name: "test.tsv")
    static let recognizer = EntityRecognizer(lexicons: lexicons)
    static let tokenizer = try! Tokenizer()

    /// `(label, text, source)` of every entity in `text`.
    static func entities(_ text: String, recognizer: EntityRecognizer = recognizer) -> [(String, String, String)] {
        let tokens = tokenizer.tokens(in: text)
        return recognizer.entities(in: tokens, text: text).map { ($0.label.rawValue, String($0.text), $0.source) }
    }

    /// The label given to `name` in `text`, or nil.
    /// The per-token view the rules read.
    static func view(_ text: String) -> DocumentView {
        DocumentView(tokens: tokenizer.tokens(in: text), text: text, lexicons: lexicons)
    }

    static func label(of name: String, in text: String) -> String? {
        entities(text).first { $0.1 == name }?.0
    }

    static func source(of name: String, in text: String) -> String? {
        entities(text).first { $0.1 == name }?.2
    }

    /// The package root (for seeds/ and Lexicons/).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
