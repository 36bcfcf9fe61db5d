extension BoilerplatePhrases {
    /// The essential phrases, used when no lexicon file is given: widespread Italian page furniture
    /// and the junk lines of `seeds/`. `Lexicons/boilerplate_phrases.tsv` holds these and the
    /// site-template phrases, each with its origin.
    public static let builtIn = BoilerplatePhrases(entries: builtInEntries)

    static let builtInEntries: [Entry] = {
        var list: [Entry] = []
        func add(_ role: Role, _ match: Match, _ origin: String, _ phrases: [String]) {
            list += phrases.map { Entry($0, match, role, origin: origin) }
        }
        add(.widget, .exact, "general", [
            "facebook", "whatsapp", "twitter", "linkedin", "telegram", "pinterest", "messenger",
            "email", "e-mail", "mail", "stampa", "print", "condividi", "condividi su", "share", "tweet",
            "invia", "commenta", "copia link", "salva", "segui", "iscriviti", "accedi", "login",
            "logout", "registrati", "abbonati", "abbonati a", "cerca", "menu", "chiudi",
            "scrivi alla redazione", "vai al contenuto", "torna su", "pubblicità", "advertisement",
            "annuncio", "rispondi", "newsletter", "ascolta", "precedente", "successivo", "next", "prev",
            "leggi tutto", "mostra di più", "home", "homepage",
        ])
        add(.widget, .prefix, "seeds/001", [
            "visite totale", "scorri verso l'alto",
        ])
        add(.widget, .prefix, "seeds/003", [
            "pubblicità, i tuoi contenuti",
        ])
        add(.widget, .prefix, "general", [
            "continua dopo la pubblicità", "ascolta l'articolo", "tempo di lettura", "sei già abbonato",
            "abbonati per continuare", "per continuare a leggere", "accetta i cookie",
            "questo sito utilizza", "utilizziamo i cookie", "usiamo i cookie", "cookie policy",
            "privacy policy", "informativa privacy", "gestisci i cookie", "attiva le notifiche",
            "iscriviti alla newsletter", "iscriviti alle nostre newsletter",
            "iscriviti alle newsletter", "ho letto e accetto", "acconsento al trattamento",
        ])
        add(.widget, .contains, "general", [
            "min di lettura", "minuti di lettura", "riservato agli abbonati",
            "tutti i diritti riservati", "p.iva", "partita iva",
        ])
        add(.teaser, .exact, "general", [
            "leggi l'articolo", "guarda il video", "vai all'articolo", "vedi anche", "guarda anche",
        ])
        add(.teaser, .prefix, "general", [
            "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "leggi l'articolo",
        ])
        add(.related, .exact, "general", [
            "articoli correlati", "notizie correlate", "i più letti", "più letti", "i più visti",
            "più visti", "ultime notizie", "altre notizie", "video correlati", "in evidenza",
            "da non perdere", "ti potrebbero interessare", "consigliati per te",
            "potrebbe interessarti anche", "altri articoli", "gli articoli più letti", "ultim'ora",
        ])
        add(.related, .exact, "seeds/003", [
            "related news",
        ])
        add(.end, .exact, "seeds/001", [
            "source link", "continua a leggere",
        ])
        add(.end, .exact, "general", [
            "tags", "tag", "argomenti", "lascia un commento", "commenti",
        ])
        add(.end, .prefix, "general", [
            "© riproduzione riservata", "riproduzione riservata", "copyright", "© copyright",
        ])
        add(.embed, .prefix, "general", [
            "visualizza questo post su instagram", "un post condiviso da",
            "view this post on instagram", "a post shared by",
        ])
        return list
    }()
}
