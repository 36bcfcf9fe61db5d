extension BoilerplatePhrases {
    /// The essential phrases, used when no lexicon file is given. `Lexicons/boilerplate_phrases.tsv`
    /// holds these and more, each with its origin.
    public static let builtIn = BoilerplatePhrases(entries: builtInEntries)

    static let builtInEntries: [Entry] = {
        let general = "common Italian news-site furniture"
        var list: [Entry] = []
        func add(_ role: Role, _ match: Match, _ phrases: [String], _ origin: String = general) {
            list += phrases.map { Entry($0, match, role, origin: origin) }
        }
        add(.widget, .exact, ["facebook", "whatsapp", "twitter", "linkedin", "telegram", "pinterest",
                              "messenger", "email", "e-mail", "mail", "stampa", "print", "condividi",
                              "condividi su", "share", "tweet", "invia", "suggerisci", "altri", "commenta",
                              "a-a+", "copia link", "salva", "segui", "iscriviti", "accedi", "login",
                              "logout", "registrati", "abbonati", "abbonati a", "cerca", "menu", "chiudi",
                              "stampa senza immagine", "scrivi alla redazione", "vai al contenuto",
                              "torna su", "pubblicità", "advertisement", "annuncio", "testo", "report",
                              "rispondi", "newsletter", "ascolta", "prev next", "precedente successivo",
                              "precedente", "successivo", "next", "prev", "leggi tutto", "mostra di più",
                              "home", "homepage", "shadow", "aside shadow"])
        add(.widget, .prefix, ["visite totale", "pubblicità, i tuoi contenuti", "continua dopo la pubblicità",
                               "caratteri rimanenti", "leggi i contributi", "ascolta l'articolo",
                               "tempo di lettura", "clicca per ingrandire", "+clicca per ingrandire",
                               "scorri verso l'alto", "sei già abbonato", "abbonati per continuare",
                               "per continuare a leggere", "accetta i cookie", "questo sito utilizza",
                               "utilizziamo i cookie", "usiamo i cookie", "cookie policy", "privacy policy",
                               "informativa privacy", "gestisci i cookie", "attiva le notifiche", "iscriviti alla newsletter",
                               "iscriviti alle nostre newsletter", "iscriviti alle newsletter", "dichiaro di aver preso visione",
                               "ho letto e accetto", "acconsento al trattamento"])
        add(.widget, .contains, ["'di lettura", "' di lettura", "min di lettura", "minuti di lettura",
                                 "riservato agli abbonati", "tutti i diritti riservati", "p.iva", "partita iva"])
        add(.teaser, .exact, ["leggi", "rep", "approfondimento", "leggi l'articolo", "guarda il video",
                              "vai all'articolo", "vedi anche", "guarda anche"])
        add(.teaser, .prefix, ["leggi anche", "potrebbe interessarti", "ti potrebbe interessare",
                               "mappa dinamica", "leggi l'articolo"])
        add(.related, .exact, ["articoli correlati", "notizie correlate", "related news", "ultimi pubblicati",
                               "i più letti", "più letti", "i più visti", "i piú visti", "più visti",
                               "oggi su", "dal magazine", "ultime notizie", "altre notizie", "i video",
                               "video correlati", "in evidenza", "da non perdere", "leggi tutti",
                               "ti potrebbero interessare", "consigliati per te", "potrebbe interessarti anche",
                               "altri articoli", "gli articoli più letti", "ultim'ora"])
        add(.end, .exact, ["source link", "continua a leggere", "tags", "tag", "argomenti",
                           "commenti all'articolo", "lascia un commento", "commenti"])
        add(.end, .prefix, ["© riproduzione riservata", "riproduzione riservata", "copyright",
                            "condividi le tue opinioni", "© copyright"])
        add(.embed, .prefix, ["visualizza questo post su instagram", "un post condiviso da",
                              "view this post on instagram", "a post shared by"])
        add(.video, .prefix, ["in riproduzione"])
        return list
    }()
}
