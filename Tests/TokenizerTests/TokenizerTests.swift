import Testing
@testable import Tokenizer

@Suite struct TokenizerTests {
    let tokenizer = try! Tokenizer()

    func split(_ s: String) -> [String] { tokenizer.tokens(in: s).map { String($0.text) } }

    /// Real strings from the seeds and the issue, with the tokens UD Italian expects.
    static let cases: [(input: String, tokens: [String])] = [
        ("L’annuncio in pompa magna", ["L’", "annuncio", "in", "pompa", "magna"]),
        ("dell’azienda e un’altra", ["dell’", "azienda", "e", "un’", "altra"]),
        ("c’è nell’era dell’AI generativa", ["c’", "è", "nell’", "era", "dell’", "AI", "generativa"]),
        ("sull’AI e l’“AI”", ["sull’", "AI", "e", "l’", "“", "AI", "”"]),
        ("L’accusa dall’«arte»", ["L’", "accusa", "dall’", "«", "arte", "»"]),
        ("l`annuncio l´anno lʼarte", ["l`", "annuncio", "l´", "anno", "lʼ", "arte"]),
        ("un po’ di mo’ e be’", ["un", "po’", "di", "mo’", "e", "be’"]),
        ("gli anni ’80 e '90", ["gli", "anni", "’80", "e", "'90"]),
        ("perche' E' vero", ["perche'", "E'", "vero"]),
        ("il dott. Rossi e il sig. Bianchi", ["il", "dott.", "Rossi", "e", "il", "sig.", "Bianchi"]),
        ("la sig.ra Verdi, il prof. e l'avv. Neri", ["la", "sig.ra", "Verdi", ",", "il", "prof.", "e", "l'", "avv.", "Neri"]),
        ("art. 3 ecc. pag. 5, p.es. on. Rossi", ["art.", "3", "ecc.", "pag.", "5", ",", "p.es.", "on.", "Rossi"]),
        ("Eni S.p.A. e Alfa s.r.l. nel 50 a.C. negli U.S.A.", ["Eni", "S.p.A.", "e", "Alfa", "s.r.l.", "nel", "50", "a.C.", "negli", "U.S.A."]),
        ("di J. R. R. Tolkien", ["di", "J.", "R.", "R.", "Tolkien"]),
        ("in Serie A. Il Milan", ["in", "Serie", "A", ".", "Il", "Milan"]),
        ("pic.twitter.com/jnKcWOOrfr — Kol", ["pic.twitter.com/jnKcWOOrfr", "—", "Kol"]),
        ("vedi https://openai.com/sora. Poi", ["vedi", "https://openai.com/sora", ".", "Poi"]),
        ("(www.repubblica.it)", ["(", "www.repubblica.it", ")"]),
        ("scrivi a mario.rossi@example.com!", ["scrivi", "a", "mario.rossi@example.com", "!"]),
        ("Kol Tregaskes (@koltregaskes) #SoraLeak", ["Kol", "Tregaskes", "(", "@koltregaskes", ")", "#SoraLeak"]),
        ("famiglia 👨‍👩‍👧 e 🇮🇹!", ["famiglia", "👨‍👩‍👧", "e", "🇮🇹", "!"]),
        ("1.000.000 di euro, 3,5 punti, 150mila", ["1.000.000", "di", "euro", ",", "3,5", "punti", ",", "150mila"]),
        ("il 10% e € 150", ["il", "10", "%", "e", "€", "150"]),
        ("il 26/11/2024 alle 10:30", ["il", "26/11/2024", "alle", "10:30"]),
        ("Aspetta... ecco… fatto", ["Aspetta", "...", "ecco", "…", "fatto"]),
        ("anglo-americano e l'e-mail", ["anglo", "-", "americano", "e", "l'", "e-mail"]),
        ("«Non siamo le vostre cavie»", ["«", "Non", "siamo", "le", "vostre", "cavie", "»"]),
        ("‘manifestanti’ e \"Sora\"", ["‘", "manifestanti", "’", "e", "\"", "Sora", "\""]),
        ("Martha's Vineyard e D'Alema", ["Martha", "'s", "Vineyard", "e", "D'Alema"]),
        ("finito.Il giorno", ["finito", ".", "Il", "giorno"]),
        ("e/o", ["e/o"]),
        ("Ａ://", ["Ａ", ":", "/", "/"]),  // a scheme with no ASCII URL after it once looped forever
    ]

    @Test(arguments: cases)
    func splitsItalianText(_ c: (input: String, tokens: [String])) {
        #expect(split(c.input) == c.tokens)
    }

    @Test func kindsAreAssigned() {
        let kinds = tokenizer.tokens(in: "Il 26/11/2024 @openai scrive «ok» a https://x.it 10 € 👍 dott.").map(\.kind)
        #expect(kinds == [.word, .date, .mention, .word, .quote, .word, .quote, .word, .url, .number, .symbol, .emoji, .abbreviation])
    }

    @Test func offsetsAreScalarsAndBytes() {
        let tokens = tokenizer.tokens(in: "Più città")
        #expect(tokens.map(\.start) == [0, 4])
        #expect(tokens.map(\.end) == [3, 9])
        #expect(tokens.map(\.utf8Range) == [0..<4, 5..<11])
        #expect(tokens.map(\.spaceAfter) == [true, false])
    }

    @Test func normalizedFormsUnifyApostrophesAndFoldCase() {
        let n = tokenizer.tokens(in: "L’Università «Così» dell`anno").map(\.normalized)
        #expect(n == ["l'", "università", "\"", "così", "\"", "dell'", "anno"])
    }

    @Test func emptyAndSpaceOnlyTextHaveNoTokens() {
        #expect(tokenizer.tokens(in: "").isEmpty)
        #expect(tokenizer.tokens(in: " \n\t\u{00A0}\u{FEFF}").isEmpty)
    }

    @Test func lazySequenceMatchesEagerTokens() throws {
        for seed in try Repo.seeds() {
            let eager = tokenizer.tokens(in: seed.text)
            let lazy = Array(tokenizer.lazyTokens(in: seed.text, blockSize: 64))
            #expect(eager == lazy, "\(seed.name)")
        }
    }
}
