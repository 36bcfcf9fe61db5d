"""Hand-curated Italian organisations, second batch (written for this project from general
knowledge; CC0, source `curated`). Same block syntax as scripts/lexicons_curated.py:
`surface [= canonical] [; flag]`, `#` comments. The builder adds the `common`/`stop`/`english`
flags itself; a surface that is also a place or a person's name is left out unless the
organisation is what Italian news means by it (see the checks in build_orgs).
Issue #4: public bodies, courts, police and military corps, intelligence, transport and utility
companies, universities and research institutes, unions, associations and NGOs, sports
federations, leagues and clubs of other sports, Italian media.
"""


def _lowercase_variants(block: str, prefixes: tuple[str, ...]) -> str:
    """Adds `ministero della Salute` next to `Ministero della Salute`: news writes both, and a
    lexicon entry with a capital first letter only matches capitalized text."""
    out = []
    for line in block.splitlines():
        out.append(line)
        s = line.strip()
        if s.startswith(prefixes) and " ; " not in s:
            surface, _, canonical = s.partition(" = ")
            out.append(f"{surface[0].lower()}{surface[1:]} = {canonical or surface}")
    return "\n".join(out)


# ------------------------------------------------------------------ public bodies (istituzione)

_MINISTRIES = """
Ministero degli Affari Esteri e della Cooperazione Internazionale
Ministero degli Esteri e della Cooperazione internazionale = Ministero degli Affari Esteri e della Cooperazione Internazionale
Maeci = Ministero degli Affari Esteri e della Cooperazione Internazionale
MAECI = Ministero degli Affari Esteri e della Cooperazione Internazionale
Ministero delle Finanze
Ministero del Tesoro
Ministero del Lavoro e delle Politiche sociali
Ministero del Lavoro e delle Politiche Sociali
Ministero delle Politiche sociali
Ministero dell'Agricoltura, della Sovranità alimentare e delle Foreste
Ministero della Sovranità alimentare
Masaf = Ministero dell'Agricoltura, della Sovranità alimentare e delle Foreste
MASAF = Ministero dell'Agricoltura, della Sovranità alimentare e delle Foreste
Ministero delle Politiche agricole alimentari e forestali
Mipaaf = Ministero delle Politiche agricole alimentari e forestali
Ministero dell'Ambiente e della Sicurezza energetica
Mase = Ministero dell'Ambiente e della Sicurezza energetica
MASE = Ministero dell'Ambiente e della Sicurezza energetica
Ministero della Transizione ecologica
Ministero per la Transizione digitale
Ministero dell'Innovazione
Ministero della Pubblica istruzione
Ministero della Pubblica Istruzione
Ministero dell'Istruzione, dell'Università e della Ricerca
Ministero della Famiglia
Ministero per la Famiglia
Ministero per le Pari opportunità
Ministero dello Sport
Ministero per lo Sport e i Giovani
Ministero per le Disabilità
Ministero per il Sud
Ministero per gli Affari regionali
Ministero per le Riforme
Ministero per i Rapporti con il Parlamento
Ministero per gli Affari europei
Ministero per la Protezione civile
Ministero della Marina
Ministero delle Comunicazioni
Ministero dei Trasporti
Ministero dei Lavori pubblici
Ministero delle Attività produttive
Ministero del Commercio estero
Ministero dei Beni e delle Attività culturali
Ministero dei Beni e delle Attività Culturali
Ministero della Cultura popolare
Ministero dell'Interno e della Sicurezza
Ministero delle Infrastrutture e della Mobilità sostenibili
Ministero del Made in Italy = Ministero delle Imprese e del Made in Italy
Ministero delle Imprese = Ministero delle Imprese e del Made in Italy
MIMIT = Ministero delle Imprese e del Made in Italy
Ministero dell'Economia e Finanze = Ministero dell'Economia e delle Finanze
Ministero della Salute pubblica = Ministero della Salute
Ministero della Sanità
Ministero degli Interni = Ministero dell'Interno
Ministero della Giustizia e degli Affari di culto
Ministero dell'Università
Ministero della Ricerca
Ministero del Turismo e dello Spettacolo
Ministero della Difesa e della Sicurezza = Ministero della Difesa
Dicastero della Salute = Ministero della Salute
Dipartimento della Funzione pubblica
Dipartimento per la Trasformazione digitale
Dipartimento per le Politiche europee
Dipartimento per le Pari opportunità
Dipartimento per l'Informazione e l'Editoria
Dipartimento delle Finanze
Dipartimento del Tesoro
Dipartimento dell'Amministrazione penitenziaria
Dap = Dipartimento dell'Amministrazione penitenziaria
DAP = Dipartimento dell'Amministrazione penitenziaria
Dipartimento per la Giustizia minorile
Dipartimento di Pubblica sicurezza
Dipartimento della Pubblica sicurezza
Dipartimento per le Libertà civili e l'Immigrazione
Dipartimento per le Politiche antidroga
"""

ORG_PUBLIC_IT = _lowercase_variants(_MINISTRIES, ("Ministero", "Dipartimento")) + """
# Presidency, parliament, government offices
Segretariato generale della Presidenza della Repubblica
Consiglio supremo di difesa
Consiglio Supremo di Difesa
Parlamento italiano
Parlamento in seduta comune
Senato italiano
Camera dei deputati italiana
Commissione Affari costituzionali
Commissione Bilancio
Commissione Giustizia
Commissione Esteri
Commissione Difesa
Commissione Finanze
Commissione Lavoro
Commissione Cultura
Commissione Trasporti
Commissione Attività produttive
Commissione Ambiente
Commissione Affari sociali
Commissione Politiche dell'Unione europea
Commissione antimafia
Commissione Antimafia
Commissione parlamentare antimafia
Commissione parlamentare di inchiesta sul fenomeno delle mafie
Commissione di Vigilanza Rai
Commissione di vigilanza Rai
Vigilanza Rai = Commissione di Vigilanza Rai
Copasir = Comitato parlamentare per la sicurezza della Repubblica
COPASIR = Comitato parlamentare per la sicurezza della Repubblica
Comitato parlamentare per la sicurezza della Repubblica
Giunta per le elezioni
Giunta per le autorizzazioni
Giunta per il regolamento
Conferenza dei capigruppo
Ufficio parlamentare di bilancio
Upb = Ufficio parlamentare di bilancio
UPB = Ufficio parlamentare di bilancio
Conferenza Unificata
Conferenza unificata
Conferenza Stato-Città
Conferenza delle Regioni e delle Province autonome
Ragioneria generale dello Stato
Ragioneria dello Stato = Ragioneria generale dello Stato
Ragioneria = Ragioneria generale dello Stato ; common
Avvocatura dello Stato
Avvocatura generale dello Stato
Cnel = Consiglio nazionale dell'economia e del lavoro
CNEL = Consiglio nazionale dell'economia e del lavoro
Consiglio nazionale dell'economia e del lavoro
Gazzetta Ufficiale
Gazzetta ufficiale = Gazzetta Ufficiale
Poligrafico dello Stato
Istituto Poligrafico e Zecca dello Stato
Zecca dello Stato
# Courts and judiciary
Corte d'Appello
Corte d'appello
Corte di Appello
Corte d'Assise
Corte d'assise
Corte d'Assise d'Appello
Corte d'assise d'appello
Tribunale del Riesame
Tribunale del riesame
Riesame = Tribunale del Riesame
Tribunale per i minorenni
Tribunale dei minori
Tribunale di sorveglianza
Tribunale civile
Tribunale penale
Tribunale fallimentare
Sezioni unite
Sezioni Unite
Procura della Repubblica
Procura generale della Repubblica
Procura europea
Procura dei minori
Procura per i minorenni
Procura generale presso la Corte di Cassazione
Procura regionale della Corte dei conti
Direzione distrettuale antimafia
Direzione nazionale antimafia e antiterrorismo
Procura nazionale antimafia e antiterrorismo
Superprocura = Procura nazionale antimafia
Consiglio nazionale forense
Cnf = Consiglio nazionale forense
Unione delle Camere penali
Unione Camere Penali = Unione delle Camere penali
Camere penali = Unione delle Camere penali
Ucpi = Unione delle Camere penali
Scuola superiore della magistratura
Garante nazionale dei diritti delle persone private della libertà
Garante nazionale dei detenuti
Garante dei detenuti
Garante per l'infanzia e l'adolescenza
Garante per l'Infanzia
Ispettorato del lavoro
Ispettorato nazionale del lavoro
Inl = Ispettorato nazionale del lavoro
# Authorities and agencies
Autorità garante della concorrenza e del mercato
Autorità per le garanzie nelle comunicazioni
Autorità nazionale anticorruzione
Autorità di regolazione per energia reti e ambiente
Arera = Autorità di regolazione per energia reti e ambiente
ARERA = Autorità di regolazione per energia reti e ambiente
Autorità per l'energia
Autorità di regolazione dei trasporti
Autorità dei trasporti = Autorità di regolazione dei trasporti
Covip = Commissione di vigilanza sui fondi pensione
COVIP = Commissione di vigilanza sui fondi pensione
Commissione di vigilanza sui fondi pensione
IVASS = Ivass
Istituto per la vigilanza sulle assicurazioni = Ivass
Unità di informazione finanziaria
Uif = Unità di informazione finanziaria
UIF = Unità di informazione finanziaria
Autorità garante per la protezione dei dati personali = Garante per la protezione dei dati personali
Garante della Privacy = Garante per la protezione dei dati personali
Garante per la privacy = Garante per la protezione dei dati personali
Agid = Agenzia per l'Italia digitale
AgID = Agenzia per l'Italia digitale
AGID = Agenzia per l'Italia digitale
Agenzia per l'Italia digitale
Agenzia per l'Italia Digitale
Agenzia per la cybersicurezza nazionale
Agenzia per la Cybersicurezza Nazionale
Acn = Agenzia per la cybersicurezza nazionale
ACN = Agenzia per la cybersicurezza nazionale
Agenzia delle Entrate-Riscossione
Agenzia Entrate
Agenzia delle Dogane e dei Monopoli
Agenzia delle dogane
Agenzia del Demanio
Agenzia del demanio
Demanio = Agenzia del Demanio ; common
Equitalia
Agenzia nazionale per i servizi sanitari regionali
Agenas = Agenzia nazionale per i servizi sanitari regionali
AGENAS = Agenzia nazionale per i servizi sanitari regionali
Agenzia nazionale per le politiche attive del lavoro
Anpal = Agenzia nazionale per le politiche attive del lavoro
ANPAL = Agenzia nazionale per le politiche attive del lavoro
Agenzia nazionale per la sicurezza delle ferrovie
Ansfisa
Agenzia nazionale per i beni sequestrati e confiscati
Agenzia per la coesione territoriale
Agenzia italiana per la cooperazione allo sviluppo
Aics = Agenzia italiana per la cooperazione allo sviluppo
Agenzia ICE
Enit
ENIT = Enit
Agenzia nazionale del turismo = Enit
Enac = ENAC
ENAC
Ente nazionale per l'aviazione civile = ENAC
Enav = ENAV
ENAV
Sogei
Consip
Invitalia
Sace
SACE = Sace
Simest
Mediocredito Centrale
Banca del Mezzogiorno
Sogin
Gse = Gestore dei servizi energetici
GSE = Gestore dei servizi energetici
Gestore dei servizi energetici
Gme = Gestore dei mercati energetici
Acquirente unico
Ispra = Istituto superiore per la protezione e la ricerca ambientale
ISPRA = Istituto superiore per la protezione e la ricerca ambientale
Istituto superiore per la protezione e la ricerca ambientale
Arpa
ARPA = Arpa
Arpae
Arpav
Arpat
Arpal
Arpacal
Arpas
Arpa Lombardia
Arpa Piemonte
Arpa Lazio
Arpa Campania
Arpa Puglia
Arpa Sicilia
Invalsi
INVALSI = Invalsi
Inapp
INAPP = Inapp
Indire
Inaf = Istituto nazionale di astrofisica
INAF = Istituto nazionale di astrofisica
Istituto nazionale di astrofisica
Istituto nazionale di fisica nucleare
Istituto nazionale di statistica = Istat
Istituto nazionale della previdenza sociale = Inps
Istituto nazionale per l'assicurazione contro gli infortuni sul lavoro = Inail
Inpgi
INPGI = Inpgi
Enpam
ENPAM = Enpam
Cassa forense
Inarcassa
Unioncamere
Infocamere
Conferenza dei rettori delle università italiane
Crui = Conferenza dei rettori delle università italiane
CRUI = Conferenza dei rettori delle università italiane
Anvur
ANVUR = Anvur
Consiglio superiore di sanità
Comitato nazionale per la bioetica
Comitato tecnico-scientifico = Comitato tecnico scientifico
Struttura commissariale
Commissario straordinario per l'emergenza
Dipartimento della protezione civile = Dipartimento della Protezione civile
Corpo nazionale del soccorso alpino e speleologico
Soccorso alpino = Corpo nazionale del soccorso alpino e speleologico
Cnsas = Corpo nazionale del soccorso alpino e speleologico
CNSAS = Corpo nazionale del soccorso alpino e speleologico
Croce Verde
Croce Bianca
Anpas
ANPAS = Anpas
Azienda sanitaria locale
Asl = Azienda sanitaria locale
ASL = Azienda sanitaria locale
Asp = Azienda sanitaria provinciale
Ats = Agenzia di tutela della salute
ATS = Agenzia di tutela della salute
Asst = Azienda socio-sanitaria territoriale
Ausl = Azienda unità sanitaria locale
AUSL = Azienda unità sanitaria locale
Usl = Azienda unità sanitaria locale
Ulss = Azienda ULSS
Areu = Agenzia regionale emergenza urgenza
Ares 118
# Regions and local government (bodies, not places)
Regione autonoma Sardegna
Regione Autonoma della Sardegna
Regione autonoma Friuli Venezia Giulia
Regione autonoma Valle d'Aosta
Regione Trentino-Alto Adige
Provincia autonoma di Trento
Provincia autonoma di Bolzano
Provincia di Bolzano
Giunta regionale
Consiglio regionale
Consiglio comunale
Giunta comunale
Consiglio provinciale
Palazzo San Giacomo = Comune di Napoli
Ca' Farsetti = Comune di Venezia
Palazzo delle Aquile = Comune di Palermo
Palazzo Lombardia = Regione Lombardia
Palazzo Santa Lucia = Regione Campania
Palazzo d'Orléans = Regione Siciliana
Roma Capitale
Comune di Roma
Comune di Milano
Comune di Napoli
Comune di Torino
Città metropolitana di Roma
Città metropolitana di Milano
Città metropolitana di Napoli
Città metropolitana di Torino
Assemblea regionale siciliana
Ars = Assemblea regionale siciliana
ARS = Assemblea regionale siciliana
Consiglio regionale della Lombardia
Consiglio regionale del Lazio
Consiglio regionale della Campania
Unione delle Province italiane
Upi = Unione delle Province italiane
UPI = Unione delle Province italiane
Associazione nazionale dei comuni italiani = Anci
Uncem
"""

ORG_SECURITY_IT = """
# Police forces, units and offices
Questura
Prefettura
Polizia Stradale
Polizia stradale
polizia stradale = Polizia stradale
Polstrada = Polizia stradale
Polizia ferroviaria
Polfer = Polizia ferroviaria
Polizia scientifica
Polizia Scientifica
Polizia di frontiera
Polizia provinciale
Polizia metropolitana
Polizia Penitenziaria = Polizia penitenziaria
Polizia Postale = Polizia postale
Polizia postale e delle comunicazioni
Squadra mobile
Squadra Mobile
Servizio centrale operativo
Sco = Servizio centrale operativo
SCO = Servizio centrale operativo
Direzione centrale anticrimine
Direzione centrale della polizia criminale
Direzione centrale per i servizi antidroga
Dcsa = Direzione centrale per i servizi antidroga
Direzione centrale della polizia di prevenzione
Ucigos
Nocs = Nucleo operativo centrale di sicurezza
NOCS = Nucleo operativo centrale di sicurezza
Reparto mobile
Reparto prevenzione crimine
Ufficio immigrazione
Scuola superiore di polizia
Siulp
SIULP = Siulp
Coisp
Silp Cgil
# Carabinieri
Comando generale dell'Arma dei Carabinieri
Comando generale dei Carabinieri
Comando provinciale dei carabinieri
Comando provinciale dei Carabinieri
Nucleo investigativo
Nucleo operativo
Reparto operativo
Nucleo radiomobile
Raggruppamento operativo speciale
Ris = Reparto investigazioni scientifiche
RIS = Reparto investigazioni scientifiche
Reparto investigazioni scientifiche
Racis = Raggruppamento carabinieri investigazioni scientifiche
RaCIS = Raggruppamento carabinieri investigazioni scientifiche
Gis = Gruppo di intervento speciale
GIS = Gruppo di intervento speciale
Gruppo di intervento speciale
Nucleo antisofisticazioni e sanità
Nucleo tutela patrimonio culturale
Comando carabinieri per la tutela del patrimonio culturale
Tpc = Comando carabinieri per la tutela del patrimonio culturale
Carabinieri forestali
Carabinieri Forestali = Carabinieri forestali
Corpo forestale dello Stato
Forestale = Corpo forestale dello Stato ; common
Nucleo operativo ecologico
Nucleo ispettorato del lavoro
Comando carabinieri per la tutela del lavoro
Reggimento Tuscania
Cocer
# Guardia di Finanza
Nucleo di polizia economico-finanziaria
Nucleo di Polizia Economico-Finanziaria
Nucleo di polizia tributaria
Nucleo speciale di polizia valutaria
Nucleo valutario
Gico = Gruppo investigativo criminalità organizzata
GICO = Gruppo investigativo criminalità organizzata
Scico = Servizio centrale investigazione criminalità organizzata
SCICO = Servizio centrale investigazione criminalità organizzata
Comando generale della Guardia di Finanza
# Armed forces and units
Forze armate
Forze Armate
Stato maggiore della Difesa
Stato Maggiore della Difesa
Stato maggiore dell'Esercito
Stato maggiore della Marina
Stato maggiore dell'Aeronautica
Comando operativo di vertice interforze
Esercito Italiano = Esercito italiano
Marina Militare Italiana = Marina militare
Aeronautica Militare Italiana = Aeronautica militare
Folgore = Brigata paracadutisti Folgore
Brigata Folgore = Brigata paracadutisti Folgore
Brigata paracadutisti Folgore
Col Moschin = 9º Reggimento d'assalto paracadutisti Col Moschin
Comsubin
COMSUBIN = Comsubin
Brigata Sassari
Brigata alpina Taurinense
Brigata Julia
Brigata alpina Julia
Brigata Garibaldi
Brigata Pinerolo
Brigata Ariete
Brigata Aosta
Brigata Friuli
Brigata Granatieri di Sardegna
Granatieri di Sardegna
Reggimento Lagunari Serenissima
Frecce Tricolori
Pattuglia acrobatica nazionale
Capitanerie di porto
Capitanerie di Porto
Guardia Costiera italiana = Guardia costiera
Croce Rossa Militare
Associazione nazionale alpini
Associazione Nazionale Alpini = Associazione nazionale alpini
Decima Mas
X Mas = Decima Mas
Arma dei carabinieri reali
# Intelligence
Aisi = Agenzia informazioni e sicurezza interna
AISI = Agenzia informazioni e sicurezza interna
Agenzia informazioni e sicurezza interna
Aise = Agenzia informazioni e sicurezza esterna
AISE = Agenzia informazioni e sicurezza esterna
Agenzia informazioni e sicurezza esterna
DIS = Dipartimento delle informazioni per la sicurezza
Dipartimento delle informazioni per la sicurezza
Sismi
SISMI = Sismi
Sisde
SISDE = Sisde
Cesis
Servizio informazioni difesa
Sifar
Gladio
# Fire brigade, civil protection
Corpo nazionale dei vigili del fuoco
Corpo nazionale dei Vigili del Fuoco = Corpo nazionale dei vigili del fuoco
Vvf = Vigili del fuoco
VVF = Vigili del fuoco
Comando provinciale dei vigili del fuoco
Protezione civile regionale
"""

ORG_TRANSPORT_UTILITIES_IT = """
# Rail, roads, public transport
Trenord
Tper
TPER = Tper
Ferrovie Nord
Ferrovienord
Ferrovie Nord Milano
Fnm = FNM
FNM
Ferrovie del Sud Est
Fse = Ferrovie del Sud Est
Ferrovie della Calabria
Circumvesuviana
Eav = Ente autonomo Volturno
EAV = Ente autonomo Volturno
Ente autonomo Volturno
Busitalia
Italferr
Grandi Stazioni
Mercitalia
Ferrovie Italiane
Gruppo FS = Ferrovie dello Stato
Gruppo Fs = Ferrovie dello Stato
Ferrovie dello Stato Italiane = Ferrovie dello Stato
Rete Ferroviaria Italiana = RFI
Nuovo Trasporto Viaggiatori = Italo
Ntv = Italo
NTV = Italo
Italo Treno = Italo
Cotral
COTRAL = Cotral
Gtt = GTT
GTT
Anm Napoli
Amt Genova
Amtab
Amat Palermo
Actv
ACTV = Actv
Ataf
Autolinee Toscane
Tua Abruzzo
Arst
Ctm Cagliari
Tpl Linea
Metropolitana Milanese
MM Spa = Metropolitana Milanese
Roma Metropolitane
Roma Servizi per la Mobilità
Autostrade
Società Autostrade = Autostrade per l'Italia
Autostrade per l'italia = Autostrade per l'Italia
Autostrada del Brennero
Autobrennero = Autostrada del Brennero
Pedemontana Lombarda
Brebemi
Astm
ASTM = Astm
Strada dei Parchi
Società Stretto di Messina
Stretto di Messina spa = Società Stretto di Messina
Flixbus
FlixBus = Flixbus
Itabus
MarinoBus
# Airports and ports
Aeroporti di Roma
Adr = Aeroporti di Roma
AdR = Aeroporti di Roma
ADR = Aeroporti di Roma
Società Esercizi Aeroportuali = SEA
Gesap
Gesac
Sac Catania
Aeroporto di Bologna spa
Toscana Aeroporti
Aeroporti di Puglia
Assaeroporti
Autorità di sistema portuale
Autorità portuale
Tirrenia
Moby Lines
Grimaldi Lines
Gruppo Grimaldi
Gnv = Grandi Navi Veloci
GNV = Grandi Navi Veloci
Grandi Navi Veloci
Caronte & Tourist
Liberty Lines
Siremar
Costa Crociere
Msc Crociere = MSC Crociere
MSC Crociere
Ita = ITA Airways
Air Dolomiti
Neos
Aeroitalia
Air Italy
Blue Panorama
Volotea
# Utilities
Enel Energia
Enel Green Power
Enel X
e-distribuzione
E-Distribuzione
Servizio Elettrico Nazionale
Iren
IREN = Iren
Acea Ato 2
Acquedotto Pugliese
Abbanoa
Acqualatina
Publiacqua
Smat
Metropolitana Milanese Acque
Ascopiave
Dolomiti Energia
Alperia
Estra
Sorgenia
Plenitude
Eni Plenitude = Plenitude
Enilive
Versalis
Saras
Italiana Petroli
Tamoil
Q8
Gruppo Api
Ansaldo Energia
Ansaldo Nucleare
Ansaldo
Newcleo
Amsa
AMSA = Amsa
Asia Napoli
Rap Palermo
Hera Comm
A2A Energia
Edison Energia
Acea Energia
Italgas Reti
Snam Rete Gas
Terna Rete Italia
Open Fiber = Open Fiber
FiberCop
Inwit
Rai Way
Ei Towers
Sparkle
Tiscali
Eolo
Linkem
Ho. Mobile = ho. Mobile
ho. Mobile
Very Mobile
Kena Mobile
PosteMobile
Poste Mobile = PosteMobile
BancoPosta
Bancoposta = BancoPosta
Postepay
"""

# ------------------------------------------------------------------ universities and research (universita)

_UNIVERSITY_CITIES = """Bari Bergamo Bologna Brescia Cagliari Camerino Catania Catanzaro Chieti Enna Ferrara Firenze
Foggia Genova Macerata Messina Milano Modena Napoli Padova Palermo Parma Pavia Perugia Pisa Roma Salerno
Sassari Siena Teramo Torino Trento Trieste Udine Urbino Venezia Verona Cassino Insubria Bolzano""".split()

ORG_UNIVERSITIES_IT = "\n".join(
    f"Università di {c}\nUniversità degli Studi di {c} = Università di {c}\nUniversità degli studi di {c} = Università di {c}\nAteneo di {c} = Università di {c}"
    for c in _UNIVERSITY_CITIES) + """
Università dell'Aquila
Università degli Studi dell'Aquila = Università dell'Aquila
Università di Modena e Reggio Emilia
Università della Calabria
Unical = Università della Calabria
Università del Molise
Università del Sannio
Università della Tuscia
Università del Salento
Unisalento = Università del Salento
Università di Milano Bicocca = Università di Milano-Bicocca
Milano-Bicocca = Università di Milano-Bicocca
Università degli Studi di Milano-Bicocca = Università di Milano-Bicocca
Università Statale = Università Statale di Milano
Università di Roma Tre = Roma Tre
Università Roma Tre = Roma Tre
Università di Tor Vergata = Università di Roma Tor Vergata
Università di Napoli
Università Federico II = Università di Napoli Federico II
Università degli Studi di Napoli Federico II = Università di Napoli Federico II
Università di Napoli L'Orientale
L'Orientale = Università di Napoli L'Orientale
Università Parthenope
Università della Campania Luigi Vanvitelli
Università Vanvitelli = Università della Campania Luigi Vanvitelli
Università Suor Orsola Benincasa
Suor Orsola Benincasa = Università Suor Orsola Benincasa
Università Mediterranea di Reggio Calabria
Università Magna Graecia
Università Magna Græcia = Università Magna Graecia
Università Politecnica delle Marche
Politecnica delle Marche = Università Politecnica delle Marche
Politecnico di Bari
Poliba = Politecnico di Bari
Università del Piemonte Orientale
Università di Scienze Gastronomiche
Università Ca' Foscari
Ca' Foscari = Università Ca' Foscari
Università Iuav di Venezia
Iuav = Università Iuav di Venezia
IUAV = Università Iuav di Venezia
Università per Stranieri di Perugia
Università per Stranieri di Siena
Libera Università di Bolzano
Unibz = Libera Università di Bolzano
Università Cattolica di Milano = Università Cattolica
Università Cattolica di Roma
Università Bocconi di Milano = Bocconi
Università Luigi Bocconi = Bocconi
Luiss Guido Carli = Luiss
Università Luiss = Luiss
Lumsa
LUMSA = Lumsa
Link Campus University
Link Campus = Link Campus University
Iulm
IULM = Iulm
Università Iulm = Iulm
Università Vita-Salute San Raffaele
Università San Raffaele = Università Vita-Salute San Raffaele
Humanitas University
Università Campus Bio-Medico
Campus Bio-Medico = Università Campus Bio-Medico
Università Europea di Roma
Unint
Università Pegaso
Università eCampus
eCampus = Università eCampus
Unicusano
Università Niccolò Cusano = Unicusano
Università telematica
Uninettuno
Università Lum
Università Carlo Cattaneo
Liuc = Università Carlo Cattaneo
Pontificia Università Gregoriana
Università Gregoriana = Pontificia Università Gregoriana
Gregoriana = Pontificia Università Gregoriana
Pontificia Università Lateranense
Università Lateranense = Pontificia Università Lateranense
Pontificia Università della Santa Croce
Pontificia Università Antonianum
Pontificia Università Salesiana
Università Salesiana = Pontificia Università Salesiana
Gran Sasso Science Institute
Gssi = Gran Sasso Science Institute
GSSI = Gran Sasso Science Institute
Imt Lucca = Scuola IMT Alti Studi Lucca
IMT Lucca = Scuola IMT Alti Studi Lucca
Scuola IMT Alti Studi Lucca
Scuola Superiore Meridionale
Istituto Universitario Europeo
Iue = Istituto Universitario Europeo
European University Institute = Istituto Universitario Europeo
Sda Bocconi = SDA Bocconi
SDA Bocconi
Mip = MIP Politecnico di Milano
Luiss Business School
Unibo = Università di Bologna
UniBo = Università di Bologna
Alma Mater Studiorum = Università di Bologna
Unipd = Università di Padova
UniPd = Università di Padova
Unimi = Università Statale di Milano
UniMi = Università Statale di Milano
Unina = Università di Napoli Federico II
Unifi = Università di Firenze
Unipi = Università di Pisa
Unige = Università di Genova
Unipa = Università di Palermo
Unict = Università di Catania
Unitn = Università di Trento
Uniba = Università di Bari
Unisa = Università di Salerno
Unimore = Università di Modena e Reggio Emilia
Unimib = Università di Milano-Bicocca
Univpm = Università Politecnica delle Marche
Unipv = Università di Pavia
Unipr = Università di Parma
Unife = Università di Ferrara
Univr = Università di Verona
Uniud = Università di Udine
Unisi = Università di Siena
Unipg = Università di Perugia
Uniurb = Università di Urbino
Uniss = Università di Sassari
Unime = Università di Messina
Unibs = Università di Brescia
Unibg = Università di Bergamo
Uniroma1 = Sapienza
Uniroma2 = Università di Roma Tor Vergata
Uniroma3 = Roma Tre
# Research institutes, hospitals that are research institutions, foundations
Consiglio Nazionale delle Ricerche = Cnr
Istituto Nazionale di Fisica Nucleare = Infn
Istituto Nazionale di Astrofisica = Istituto nazionale di astrofisica
Istituto Nazionale di Geofisica e Vulcanologia = Ingv
Osservatorio Vesuviano
Laboratori nazionali del Gran Sasso
Laboratori Nazionali del Gran Sasso = Laboratori nazionali del Gran Sasso
Lngs = Laboratori nazionali del Gran Sasso
Elettra Sincrotrone Trieste
Sincrotrone Trieste = Elettra Sincrotrone Trieste
Cineca
Fondazione Bruno Kessler
Fbk = Fondazione Bruno Kessler
FBK = Fondazione Bruno Kessler
Eurac Research
Eurac = Eurac Research
Ifom
IFOM = Ifom
Human Technopole
Istituto Mario Negri
Mario Negri = Istituto Mario Negri
Istituto di ricerche farmacologiche Mario Negri
Istituto Spallanzani
Spallanzani = Istituto Spallanzani
Inmi Spallanzani = Istituto Spallanzani
Istituto nazionale per le malattie infettive Lazzaro Spallanzani = Istituto Spallanzani
Ospedale Spallanzani = Istituto Spallanzani
Ospedale Cotugno
Istituto Nazionale dei Tumori
Istituto nazionale dei tumori
Istituto Europeo di Oncologia
Ieo = Istituto Europeo di Oncologia
IEO = Istituto Europeo di Oncologia
Istituto Pascale
Istituto Regina Elena
Istituto Gaslini
Gaslini = Istituto Gaslini
Istituto Giannina Gaslini = Istituto Gaslini
Ospedale Bambino Gesù
Bambino Gesù = Ospedale Bambino Gesù
Ospedale pediatrico Bambino Gesù = Ospedale Bambino Gesù
Policlinico Gemelli
Policlinico Agostino Gemelli = Policlinico Gemelli
Fondazione Policlinico Gemelli = Policlinico Gemelli
Humanitas
Istituto Clinico Humanitas = Humanitas
Ospedale San Raffaele
San Raffaele = Ospedale San Raffaele
Policlinico Umberto I
Istituto Ortopedico Rizzoli
Istituto Neurologico Besta
Istituto Besta = Istituto Neurologico Besta
Ospedale Niguarda
Ospedale Sacco
Ospedale Cardarelli
Policlinico di Milano
Istituto Zooprofilattico
Istituto zooprofilattico sperimentale
Fondazione Telethon
Telethon = Fondazione Telethon
Airc = Fondazione AIRC
AIRC = Fondazione AIRC
Fondazione AIRC
Fondazione Umberto Veronesi
Fondazione Veronesi = Fondazione Umberto Veronesi
Fondazione Gimbe
Gimbe = Fondazione Gimbe
GIMBE = Fondazione Gimbe
Lilt = Lega italiana per la lotta contro i tumori
LILT = Lega italiana per la lotta contro i tumori
Aism = Associazione italiana sclerosi multipla
AISM = Associazione italiana sclerosi multipla
Istituto Italiano di Studi Germanici
Accademia della Crusca
Crusca = Accademia della Crusca
Accademia dei Lincei
Lincei = Accademia dei Lincei
Accademia Nazionale dei Lincei = Accademia dei Lincei
Accademia di Santa Cecilia
Accademia Nazionale di Santa Cecilia = Accademia di Santa Cecilia
Accademia di Belle Arti di Brera
Accademia di Brera = Accademia di Belle Arti di Brera
Treccani
Istituto della Enciclopedia Italiana = Treccani
Istituto Luce
Centro sperimentale di cinematografia
Biennale di Venezia
Biennale = Biennale di Venezia ; common
La Biennale di Venezia = Biennale di Venezia
Triennale di Milano
Triennale = Triennale di Milano ; common
Accademia Nazionale di Danza
Censis
CENSIS = Censis
Svimez
SVIMEZ = Svimez
Eurispes
Nomisma
Prometeia
Cerved
Crif
CRIF = Crif
Ispi = Istituto per gli studi di politica internazionale
ISPI = Istituto per gli studi di politica internazionale
Istituto per gli studi di politica internazionale
Iai = Istituto Affari Internazionali
IAI = Istituto Affari Internazionali
Istituto Affari Internazionali
Centro Studi Internazionali
Istituto Bruno Leoni
Fondazione Luigi Einaudi
Fondazione Agnelli
Fondazione Feltrinelli
Fondazione Giangiacomo Feltrinelli = Fondazione Feltrinelli
Fondazione Cariplo
Cariplo = Fondazione Cariplo
Fondazione Compagnia di San Paolo
Compagnia di San Paolo
Fondazione CRT
Fondazione Cassa di Risparmio di Firenze
Fondazione Mps
Fondazione Mps = Fondazione Monte dei Paschi di Siena
Fondazione Italiani Europei
ItalianiEuropei = Fondazione Italiani Europei
Fondazione Open
Fondazione Magna Carta
Fondazione Leonardo
Fondazione Etica
Osservatorio Conti Pubblici Italiani
Osservatorio sui conti pubblici italiani = Osservatorio Conti Pubblici Italiani
Ocpi = Osservatorio Conti Pubblici Italiani
Istituto Cattaneo
Osservatorio di Pavia
Fondazione David Hume
Swg = SWG
SWG
Tecnè
Ixè
Euromedia Research
Euromedia = Euromedia Research
Emg = EMG
EMG
Noto Sondaggi
Istituto Piepoli
Piepoli = Istituto Piepoli
Demopolis
Demos & Pi
YouTrend
Ipsos Italia
Termometro Politico
Bidimedia
Lab21.01
Auditel
Audiweb
Audipress
"""

# ------------------------------------------------------------------ unions, associations, NGOs (associazione)

ORG_ASSOCIATIONS_IT = """
# Trade unions
Confederazione generale italiana del lavoro = Cgil
Confederazione italiana sindacati lavoratori = Cisl
Unione italiana del lavoro = Uil
Fim = Fim Cisl
Fim Cisl
Fim-Cisl = Fim Cisl
Uilm
Uilm Uil = Uilm
Fiom Cgil = Fiom
Fiom-Cgil = Fiom
Flc Cgil
Flc-Cgil = Flc Cgil
Fp Cgil
Fp-Cgil = Fp Cgil
Filcams
Filcams Cgil = Filcams
Filt Cgil
Filt-Cgil = Filt Cgil
Fit Cisl
Fit-Cisl = Fit Cisl
Uiltrasporti
Fisascat
Fai Cisl
Flai Cgil
Fillea Cgil
Spi Cgil
Spi-Cgil = Spi Cgil
Fnp Cisl
Cisl Scuola
Uil Scuola
Uil Pa
Uil Fpl
Nidil Cgil
Slc Cgil
Usb = Unione sindacale di base
USB = Unione sindacale di base
Unione sindacale di base
Cobas
Cub = Confederazione unitaria di base
CUB = Confederazione unitaria di base
Si Cobas
SI Cobas = Si Cobas
Faisa
Faisa Confail
Cub Trasporti
Confsal
Cisal
Confail
Snals
Gilda degli insegnanti
Anief
ANIEF = Anief
Anaao Assomed
Anaao = Anaao Assomed
Fimmg
FIMMG = Fimmg
Nursind
Nursing Up
Fials
Smi = Sindacato medici italiani
Usigrai
Fnsi = Federazione nazionale della stampa italiana
FNSI = Federazione nazionale della stampa italiana
Federazione nazionale della stampa italiana
Ordine dei giornalisti
Ordine dei Giornalisti
Ordine dei medici
Ordine dei Medici
Fnomceo
FNOMCeO = Fnomceo
Fnopi
Ordine degli avvocati
Ordine degli Avvocati
Ordine degli architetti
Ordine degli ingegneri
Ordine dei commercialisti
Consiglio nazionale dei commercialisti
Consiglio nazionale del notariato
Federfarma
Farmindustria
Assobiotec
Aiop
Federsanità
Cida
Manageritalia
Federmanager
Anm Giunta = Associazione nazionale magistrati
# Business associations
Assolombarda
Unindustria
Confindustria Giovani
Giovani di Confindustria = Confindustria Giovani
Federmeccanica
Federchimica
Federacciai
Federalimentare
Federdistribuzione
Federalberghi
Federturismo
Fipe
FIPE = Fipe
Confturismo
Assoturismo
Assohotel
Confcooperative
Legacoop
Alleanza delle cooperative
Cia-Agricoltori italiani = Confederazione italiana agricoltori
Confederazione italiana agricoltori
Copagri
Confeuro
Confedilizia
Ance = Associazione nazionale costruttori edili
ANCE = Associazione nazionale costruttori edili
Associazione nazionale costruttori edili
Confapi
Unimpresa
Assonime
Ania = Associazione nazionale fra le imprese assicuratrici
ANIA = Associazione nazionale fra le imprese assicuratrici
Assogestioni
Assopopolari
Aidaf
Confprofessioni
Assoedilizia
Anie
ANIE = Anie
Anitec-Assinform
Assinform
Asstel
Confartigianato Imprese = Confartigianato
Casartigiani
Cna = Confederazione nazionale dell'artigianato
CNA = Confederazione nazionale dell'artigianato
Unione Petrolifera
Unem
Utilitalia
Elettricità Futura
Assoelettrica
Assocarta
Assarmatori
Confitarma
Assologistica
Conftrasporto
Unrae
UNRAE = Unrae
Anfia
ANFIA = Anfia
Ucina
Confimprese
Assofarm
Assoutenti
Adiconsum
Altroconsumo
Unione Nazionale Consumatori
Unione nazionale consumatori = Unione Nazionale Consumatori
Unc = Unione Nazionale Consumatori
Adoc
Movimento Consumatori
Cittadinanzattiva
Assoconsumatori
Adusbef
Fondazione Symbola
Symbola = Fondazione Symbola
# Associations, NGOs, movements
Anpi = Associazione nazionale partigiani d'Italia
ANPI = Associazione nazionale partigiani d'Italia
Associazione nazionale partigiani d'Italia
Arci
ARCI = Arci
Acli
ACLI = Acli
Agesci
AGESCI = Agesci
Azione Cattolica
Comunione e Liberazione
Cl = Comunione e Liberazione
CL = Comunione e Liberazione
Movimento dei Focolari
Focolari = Movimento dei Focolari
Cammino neocatecumenale
Cammino Neocatecumenale = Cammino neocatecumenale
Neocatecumenali = Cammino neocatecumenale
Rinnovamento nello Spirito
Comunità Papa Giovanni XXIII
Gruppo Abele
Libera contro le mafie = Libera
Libera. Associazioni, nomi e numeri contro le mafie = Libera
Addiopizzo
Associazione Antigone
Nessuno tocchi Caino
Associazione Luca Coscioni
Luca Coscioni = Associazione Luca Coscioni
Cittadinanza attiva = Cittadinanzattiva
Arcigay
Arcilesbica
Gay Center
Mario Mieli = Circolo Mario Mieli
Circolo Mario Mieli
Telefono Azzurro
Telefono Rosa
Differenza Donna
Non Una di Meno
D.i.Re = Donne in Rete contro la violenza
Save the Children Italia = Save the Children
Emergency Ong = Emergency
Intersos
Cesvi
Cuamm = Medici con l'Africa Cuamm
Medici con l'Africa Cuamm
Cospe
Coopi
Terre des Hommes
ActionAid
Actionaid = ActionAid
Medici per i diritti umani
ResQ
Sos Mediterranee = SOS Méditerranée
SOS Méditerranée
SOS Mediterranee = SOS Méditerranée
Alarm Phone
Baobab Experience
Centro Astalli
Avis
AVIS = Avis
Aido
AIDO = Aido
Admo
ADMO = Admo
Fidas
Unitalsi
UNITALSI = Unitalsi
Banco Alimentare
Fondazione Banco Alimentare = Banco Alimentare
Caritas Italiana
Caritas italiana = Caritas Italiana
Caritas Ambrosiana
Caritas diocesana
Croce Rossa italiana = Croce Rossa Italiana
Anffas
Uildm
Lega del Filo d'Oro
Unione italiana ciechi
Lav = Lega anti vivisezione
LAV = Lega anti vivisezione
Lega anti vivisezione
Lipu
LIPU = Lipu
Enpa
ENPA = Enpa
Oipa
OIPA = Oipa
Wwf Italia = WWF
WWF Italia = WWF
Legambiente Lombardia = Legambiente
Greenpeace Italia = Greenpeace
Italia Nostra
Fondo Ambiente Italiano
Fondo per l'Ambiente Italiano = Fondo Ambiente Italiano
Touring Club Italiano
Touring Club = Touring Club Italiano
Cai = Club Alpino Italiano
CAI = Club Alpino Italiano
Club Alpino Italiano
Lega Navale Italiana
Kyoto Club
Ultima Generazione
Extinction Rebellion
Fridays for Future
Fridays For Future = Fridays for Future
Sardine = Movimento delle Sardine
Movimento delle Sardine
No Tav = Movimento No Tav
Movimento No Tav
Rotary
Rotary Club
Rotary International
Lions Club
Lions Clubs International
Kiwanis
Massoneria
Grande Oriente d'Italia
Goi = Grande Oriente d'Italia
Loggia P2
P2 = Loggia P2
Propaganda 2 = Loggia P2
Opus Dei
Ordine di Malta
Sovrano Militare Ordine di Malta
Cavalieri di Malta = Sovrano Militare Ordine di Malta
Confraternita di Misericordia
# Organised crime (KIND: ORG)
Cosa Nostra
Cosa nostra = Cosa Nostra
'Ndrangheta
Ndrangheta = 'Ndrangheta
Camorra
Sacra Corona Unita
Sacra corona unita = Sacra Corona Unita
Stidda
Casalesi = clan dei Casalesi
clan dei Casalesi
Clan dei Casalesi = clan dei Casalesi
Banda della Magliana
Mafia Capitale
Mala del Brenta
Brigate Rosse
Brigate rosse = Brigate Rosse
Br = Brigate Rosse
Nuclei Armati Rivoluzionari
Nar = Nuclei Armati Rivoluzionari
NAR = Nuclei Armati Rivoluzionari
Ordine Nuovo
Avanguardia Nazionale
Lotta Continua
Potere Operaio
Autonomia Operaia
"""

# ------------------------------------------------------------------ sports (istituzione / squadra)

ORG_SPORTS_BODIES = """
Comitato olimpico nazionale italiano = Coni
Comitato Olimpico Nazionale Italiano = Coni
Comitato italiano paralimpico
Cip = Comitato italiano paralimpico
Sport e Salute
Federazione italiana giuoco calcio = Figc
Federazione Italiana Giuoco Calcio = Figc
Lega Calcio
Lega Serie B
Lega Pro
Lega Nazionale Dilettanti
Lnd = Lega Nazionale Dilettanti
LND = Lega Nazionale Dilettanti
Aic = Associazione italiana calciatori
AIC = Associazione italiana calciatori
Associazione italiana calciatori
Associazione italiana arbitri
Assoallenatori
Serie A femminile
Fip = Federazione italiana pallacanestro
FIP = Federazione italiana pallacanestro
Federazione italiana pallacanestro
Federbasket = Federazione italiana pallacanestro
Lega Basket
Lega Basket Serie A
Lba = Lega Basket Serie A
LBA = Lega Basket Serie A
Fipav = Federazione italiana pallavolo
FIPAV = Federazione italiana pallavolo
Federvolley = Federazione italiana pallavolo
Federazione italiana pallavolo
Lega Volley
Lega Pallavolo Serie A
Superlega
SuperLega = Superlega
Fitp = Federazione italiana tennis e padel
FITP = Federazione italiana tennis e padel
Federtennis = Federazione italiana tennis e padel
Federazione italiana tennis
Federazione italiana tennis e padel
FIN = Federazione italiana nuoto
Federnuoto = Federazione italiana nuoto
Federazione italiana nuoto
Fidal = Federazione italiana di atletica leggera
FIDAL = Federazione italiana di atletica leggera
Federatletica = Federazione italiana di atletica leggera
Fisi = Federazione italiana sport invernali
FISI = Federazione italiana sport invernali
Federsci = Federazione italiana sport invernali
Fci = Federazione ciclistica italiana
FCI = Federazione ciclistica italiana
Federciclismo = Federazione ciclistica italiana
Federazione ciclistica italiana
Fir = Federazione italiana rugby
FIR = Federazione italiana rugby
Federugby = Federazione italiana rugby
Federazione italiana rugby
Federscherma = Federazione italiana scherma
Federazione italiana scherma
Federgolf = Federazione italiana golf
Federazione motociclistica italiana
Federazione ginnastica d'Italia
Federginnastica = Federazione ginnastica d'Italia
Federboxe
Federazione pugilistica italiana
Federazione italiana sport del ghiaccio
Fisg = Federazione italiana sport del ghiaccio
Federazione italiana canottaggio
Federcanottaggio = Federazione italiana canottaggio
Federvela = Federazione italiana vela
Federazione italiana vela
Federazione italiana judo lotta karate arti marziali
Fijlkam = Federazione italiana judo lotta karate arti marziali
Federazione italiana sport equestri
Fise = Federazione italiana sport equestri
Federazione italiana tiro a volo
Federazione italiana pesistica
Federazione italiana hockey
Federazione italiana pallanuoto
Aci = Automobile Club d'Italia
ACI = Automobile Club d'Italia
Automobile Club d'Italia
Aci Sport
Fondazione Milano Cortina 2026
Comitato organizzatore Milano Cortina
Agenzia nazionale antidoping = Nado Italia
Nado Italia
Lega Serie A di basket = Lega Basket Serie A
# Clubs of other sports (football comes from openfootball)
Olimpia Milano
EA7 Emporio Armani Milano = Olimpia Milano
Armani Milano = Olimpia Milano
Virtus Bologna
Virtus Segafredo Bologna = Virtus Bologna
Segafredo Virtus = Virtus Bologna
Fortitudo Bologna
Fortitudo
Reyer Venezia
Umana Reyer Venezia = Reyer Venezia
Reyer = Reyer Venezia
Dinamo Sassari
Banco di Sardegna Sassari = Dinamo Sassari
Pallacanestro Varese
Openjobmetis Varese = Pallacanestro Varese
Aquila Basket Trento
Dolomiti Energia Trentino = Aquila Basket Trento
Germani Brescia
Basket Brescia Leonessa
Derthona Basket
Bertram Derthona = Derthona Basket
Pallacanestro Trieste
Pallacanestro Reggiana
Unahotels Reggio Emilia = Pallacanestro Reggiana
Napoli Basket
Pistoia Basket
Pallacanestro Cantù
Happy Casa Brindisi
New Basket Brindisi
Trentino Volley
Itas Trentino = Trentino Volley
Sir Safety Perugia
Sir Susa Vim Perugia = Sir Safety Perugia
Lube Civitanova
Cucine Lube Civitanova = Lube Civitanova
Modena Volley
Valsa Group Modena = Modena Volley
Imoco Volley
Imoco Volley Conegliano = Imoco Volley
Prosecco Doc Imoco Conegliano = Imoco Volley
Imoco Conegliano = Imoco Volley
Vero Volley Milano
Vero Volley Monza
Savino Del Bene Scandicci
Igor Gorgonzola Novara
Igor Volley Novara
Allianz Milano
Powervolley Milano
Benetton Treviso
Benetton Rugby
Zebre Parma
Zebre Rugby = Zebre Parma
Pro Recco
Rari Nantes
Settebello = Nazionale italiana di pallanuoto
Italvolley = Nazionale italiana di pallavolo
Italbasket = Nazionale italiana di pallacanestro
Italrugby = Nazionale italiana di rugby
Azzurri = Nazionale italiana ; -
Azzurre = Nazionale italiana femminile
Nazionale femminile
Nazionale Under 21
Under 21 = Nazionale Under 21
Team Italia
Italia Team
"""

# ------------------------------------------------------------------ Italian media (media)

ORG_MEDIA_IT = """
Corriere della sera = Corriere della Sera
Il Corriere della Sera = Corriere della Sera
Il Sole 24 ore = Il Sole 24 Ore
Sole 24 ore = Il Sole 24 Ore
Il Sole = Il Sole 24 Ore
Radio 24 - Il Sole 24 Ore = Radio 24
Radiocor
Il Quotidiano del Sud
Quotidiano del Sud = Il Quotidiano del Sud
Il Quotidiano Nazionale
Quotidiano Nazionale
QN = Quotidiano Nazionale
Qn = Quotidiano Nazionale
La Gazzetta del Mezzogiorno
Gazzetta del Mezzogiorno = La Gazzetta del Mezzogiorno
Nuovo Quotidiano di Puglia
Quotidiano di Puglia = Nuovo Quotidiano di Puglia
Giornale di Sicilia
Il Giornale di Sicilia = Giornale di Sicilia
Gazzetta del Sud
Corriere Adriatico
Il Centro
Il Messaggero Veneto = Messaggero Veneto
Messaggero Veneto
La Nuova Venezia
Il Mattino di Padova
La Tribuna di Treviso
Corriere delle Alpi
Giornale di Brescia
Bresciaoggi
Giornale di Vicenza
Il Giornale di Vicenza = Giornale di Vicenza
La Provincia
La Provincia di Como
La Provincia di Cremona
Il Cittadino
La Prealpina
Prealpina = La Prealpina
Il Giorno = Il Giorno
Gazzetta di Parma
Gazzetta di Modena
Gazzetta di Reggio
Gazzetta di Mantova
La Nuova Ferrara
Il Resto del carlino = Il Resto del Carlino
Carlino = Il Resto del Carlino
Corriere Romagna
Corriere di Bologna
Corriere Fiorentino
Corriere del Mezzogiorno
Corriere del Veneto
Corriere di Torino
Corriere Torino
Corriere del Trentino
Corriere dell'Alto Adige
Corriere dell'Umbria
Corriere di Arezzo
Corriere di Siena
Corriere della Calabria
Corriere del Ticino
Dolomiten
Il Secolo d'Italia
Secolo d'Italia = Il Secolo d'Italia
Il Primato Nazionale
La Notizia
Il Giornale d'Italia
Il Mattino di Napoli = Il Mattino
Metro News
Il Venerdì
Il Venerdì di Repubblica = Il Venerdì
Io Donna
Donna Moderna
Tv Sorrisi e Canzoni
Sorrisi e Canzoni = Tv Sorrisi e Canzoni
Diva e Donna
Novella 2000
Dipiù
Limes
MicroMega
Micromega = MicroMega
Le Scienze
Quattroruote
Il Venerdì di Repubblica
Affari & Finanza
Affari&Finanza = Affari & Finanza
Il Fatto = Il Fatto Quotidiano
Fatto = Il Fatto Quotidiano ; common
Dagospia
Linkiesta
Formiche.net = Formiche
Startmag
Money.it
Il Post.it = Il Post
TPI = The Post Internazionale
Tpi = The Post Internazionale
The Post Internazionale
Il Sussidiario.net = Il Sussidiario
Valigia Blu
Pagella Politica
Facta
Open Online = Open
Citynews
MilanoToday
RomaToday
NapoliToday
Il Fatto Alimentare
Agenda Digitale
Key4biz
CorCom = Corriere delle Comunicazioni
Corriere Comunicazioni = Corriere delle Comunicazioni
Punto Informatico
HDblog
Hwupgrade
Hardware Upgrade
DDay.it
Tom's Hardware
Wired Italia = Wired
Il Manifesto = Il Manifesto
Il Riformista = Il Riformista
L'Avvenire = Avvenire
L'Espresso = L'Espresso
Famiglia cristiana = Famiglia Cristiana
Agensir
Agenzia Sir = Agensir
Agenzia Fides
Fides = Agenzia Fides
Italpress
Agenzia Italia = AGI
ANSA.it = ANSA
Ansa.it = ANSA
Adnkronos Salute = Adnkronos
Dire = Agenzia Dire
DIRE = Agenzia Dire
Public Policy
Agenzia Vista
Askanews = Askanews
AGI Agenzia Italia = AGI
Radiocor Plus = Radiocor
Ap Italia
# Broadcasters
Rai 4
Rai4 = Rai 4
Rai 5
Rai5 = Rai 5
Rai Movie
Rai Premium
Rai Sport
RaiSport = Rai Sport
Rai Storia
Rai Scuola
Rai Gulp
Rai Yoyo
Rai Italia
Rai Radio 2
Rai Radio 3
Radio Rai
Radio1 = Rai Radio 1
Radio 1 = Rai Radio 1
Radio2 = Rai Radio 2
Radio 2 = Rai Radio 2
Radio3 = Rai Radio 3
Radio 3 = Rai Radio 3
Gr1 = Giornale Radio Rai
GR1 = Giornale Radio Rai
Gr Rai = Giornale Radio Rai
Giornale Radio Rai
Giornale radio Rai = Giornale Radio Rai
Tgr = TGR
TGR
TgR = TGR
Tgr Rai = TGR
Rai Tgr = TGR
Tg1 Rai = Tg1
Tg2 Rai = Tg2
Tg3 Rai = Tg3
Tg La7 = TgLa7
TG La7 = TgLa7
Tg4 = Tg4
TG4 = Tg4
Studio Aperto
Tg5 = Tg5
Tgcom = Tgcom24
TGCOM24 = Tgcom24
Rai Televideo
Televideo
Rai Radiotelevisione Italiana = Rai
Radiotelevisione italiana = Rai
Mediaset Infinity
Mediaset Extra
Cine34
20 Mediaset
Top Crime
Cartoonito
La5
Canale5 = Canale 5
Italia1 = Italia 1
Rete4 = Rete 4
Rete Quattro = Rete 4
Mediaset Premium
Real Time
DMAX
Dmax = DMAX
Discovery Italia
Warner Bros. Discovery Italia
La7d
LA7 = La7
TV8
Tv8 = TV8
Sky Uno
Sky Cinema
Sky Arte
Sky Atlantic
Sky Sport 24
Sky Tg 24 = Sky Tg24
SkyTg24 = Sky Tg24
Dazn = DAZN
DAZN
Tivùsat
Telelombardia
Antenna 3
Telenorba
Canale 21
Primocanale
Rete 7
TeleRama
Videolina
Radio Capital
Radio 105
Rds = RDS
RDS
Radio Dimensione Suono = RDS
Rtl = RTL 102.5 ; -
RTL 102.5 = Rtl 102.5
Radio Kiss Kiss
Virgin Radio
Radio Monte Carlo
Radio Italia
R101
Radio 101 = R101
m2o
Radio Popolare
Radio Cusano Campus
Radio Rock
Isoradio
Radio Vaticana = Radio Vaticana
Rai Vaticano
Gedi Gruppo Editoriale = GEDI
Gruppo Gedi = GEDI
Gruppo Editoriale L'Espresso
Rcs Mediagroup = RCS MediaGroup
Gruppo Rcs = RCS MediaGroup
Caltagirone Editore
Gruppo Caltagirone
Monrif
Gruppo 24 Ore
Il Sole 24 Ore spa = Gruppo 24 Ore
Cairo Editore
Class Editori
Mondadori Editore = Mondadori
Arnoldo Mondadori Editore = Mondadori
Gruppo Mondadori = Mondadori
Giulio Einaudi Editore = Einaudi
Editori Laterza = Laterza
Sellerio
Il Saggiatore
Garzanti
Longanesi
Minimum Fax
La nave di Teseo
La Nave di Teseo = La nave di Teseo
Baldini+Castoldi
Baldini & Castoldi
Neri Pozza
Edizioni E/O
Fazi Editore = Fazi
Newton Compton
Guanda
Sperling & Kupfer
Piemme
Bollati Boringhieri
Zanichelli
Hoepli
De Agostini
Messaggerie Italiane
Mondadori Store
Feltrinelli Editore = Feltrinelli
La Feltrinelli = Feltrinelli
"""

# ------------------------------------------------------------------ regional and local bodies (istituzione)

ORG_REGIONAL_IT = """
# Regional and autonomist parties
Liga Veneta
Lega Lombarda
Partito Sardo d'Azione
Psd'Az = Partito Sardo d'Azione
Union Valdôtaine
Union Valdotaine = Union Valdôtaine
Partito Autonomista Trentino Tirolese
Patt = Partito Autonomista Trentino Tirolese
PATT = Partito Autonomista Trentino Tirolese
Unione per il Trentino
Upt = Unione per il Trentino
Südtiroler Freiheit
Team K
Die Freiheitlichen
Movimento per l'Autonomia
Mpa = Movimento per l'Autonomia
Sicilia Futura
Grande Sud
Campania Libera
Italia del Meridione
Patto per l'Autonomia
Progetto Trentino
Civica Trentina
Coraggio Italia
Cambiamo!
Italexit
Italia Sovrana e Popolare
Alternativa Popolare
Noi con l'Italia
Unione di Centro = UDC
Popolari per l'Italia
Democrazia Solidale
Centro Popolare
Südtiroler Volkspartei = Südtiroler Volkspartei
Volt Europa = Volt
Partito Pirata
Partito Animalista
Partito Comunista
Partito comunista
Potere al popolo = Potere al Popolo
Democrazia Sovrana Popolare
Italia Libera
Fiamma Tricolore
Movimento Sociale Fiamma Tricolore = Fiamma Tricolore
Lealtà Azione
Generazione Identitaria
# Trentino and Alto Adige
Provincia autonoma di Trento = Provincia autonoma di Trento
Provincia di Trento
Giunta provinciale
Consiglio provinciale di Trento
Consiglio provinciale di Bolzano
Consiglio regionale del Trentino-Alto Adige
Regione autonoma Trentino-Alto Adige
Azienda provinciale per i servizi sanitari
Apss = Azienda provinciale per i servizi sanitari
APSS = Azienda provinciale per i servizi sanitari
Azienda sanitaria dell'Alto Adige
Trentino Trasporti
Trentino Sviluppo
Trentino Marketing
Trentino Network
Trentino Digitale
Hydro Dolomiti Energia
Dolomiti Energia = Dolomiti Energia
Novareti
Itas Mutua
Itas Assicurazioni = Itas Mutua
Cassa Centrale Banca = Cassa Centrale Banca
Casse Rurali Trentine
Cassa Rurale
Cassa Rurale di Trento
Federazione trentina della cooperazione
Cooperazione trentina = Federazione trentina della cooperazione
Sait
Sait Coop = Sait
Mediocredito Trentino-Alto Adige
Fondazione Caritro
Caritro = Fondazione Caritro
Fondazione Edmund Mach
Istituto agrario di San Michele all'Adige = Fondazione Edmund Mach
Opera Universitaria
Itea
Itea spa = Itea
SAT = Società degli alpinisti tridentini
Società degli alpinisti tridentini
Alpenverein
Alpenverein Südtirol
Confindustria Trento
Confcommercio Trentino
Confartigianato Trentino
Asat
Centro Santa Chiara
Orchestra Haydn
Dolomiti Superski
Brennercom
SAD Trasporto locale
SASA = Sasa
Alperia = Alperia
Autostrada del Brennero = Autostrada del Brennero
Rai Südtirol
Rai Ladinia
Athesia
Dolomiten = Dolomiten
Salto.bz
Ufficio Stampa della Provincia
Comunità di valle
Comun General de Fascia
Comunità della Vallagarina
Comunità Alto Garda e Ledro
Corpo permanente dei vigili del fuoco
Vigili del fuoco volontari
Trentino Emergenza
Ospedale Santa Chiara
Ospedale San Maurizio
Quotidiano l'Adige = L'Adige
# Other regions: health, transport, development agencies, public companies
Azienda Zero
Azienda ospedaliera
Azienda ospedaliera universitaria
Azienda ospedaliera di Padova
Policlinico Sant'Orsola
Policlinico di Bari
Policlinico di Modena
Ospedale Careggi
Ospedale Molinette
Città della Salute
Città della Salute e della Scienza di Torino = Città della Salute
Ospedale Papa Giovanni XXIII
Ospedali Riuniti
Ospedale Cannizzaro
Azienda Ospedaliera dei Colli
Asl Roma 1
Asl Roma 2
Asl Napoli 1
Asl Napoli 1 Centro = Asl Napoli 1
Asl di Bari
Asl Bari
Ats Milano
Ats Brescia
Ats Bergamo
Ausl Romagna
Ausl di Bologna
Ulss 6 Euganea
Asp di Palermo
Asp Palermo = Asp di Palermo
Asp di Catania
Asp Catania = Asp di Catania
Asp di Reggio Calabria
Asp di Cosenza
Azienda Sanitaria Universitaria Giuliano Isontina
Asugi = Azienda Sanitaria Universitaria Giuliano Isontina
Ares Sardegna
Aria spa = Azienda regionale per l'innovazione e gli acquisti
Finlombarda
Lazio Innova
Sviluppo Campania
Puglia Sviluppo
Veneto Sviluppo
Friulia
Irfis
FiRA Abruzzo
Finpiemonte
Fidi Toscana
Sviluppumbria
Ervet
Art-Er
Lepida
Insiel
Csi Piemonte
Informatica Trentina
Ferrovie Emilia Romagna
Ente Acque della Sardegna
Consorzio di bonifica
Autorità di bacino
Autorità di bacino del Po
Autorità di Bacino distrettuale del fiume Po = Autorità di bacino del Po
Agenzia Interregionale per il fiume Po
Aipo = Agenzia Interregionale per il fiume Po
AIPo = Agenzia Interregionale per il fiume Po
Consorzio Venezia Nuova
Sistema MOSE = Mose
Autorità per la Laguna di Venezia
Vela spa
Avm = AVM
AVM
Atv Verona
Busitalia Veneto
Mom Treviso
Start Romagna
Tep Parma
Gtt Torino = GTT
Atm Milano = ATM
Atac Roma = ATAC
AMT Genova = Amt Genova
Anm Napoli = Anm Napoli
Ast Sicilia
Amts Catania
Ctp Napoli
Air Campania
Sita Sud
Cotrap
Ferrotramviaria
Ferrovie Appulo Lucane
Fal = Ferrovie Appulo Lucane
Ferrovie del Gargano
Trenitalia Tper = Tper
Ferrovie Udine Cividale
Sistemi Territoriali
Arriva Italia
Umbria Mobilità
Busitalia Umbria
Cstp
Tiemme
Tper Bologna = Tper
Hera Spa = Hera
Gruppo Hera = Hera
Gruppo Iren = Iren
Acea spa = Acea
Gruppo Acea = Acea
Gruppo A2A = A2A
Veritas spa
Acque Veronesi
Acque Bresciane
Acque Spa
Acquedotto Lucano
Siciliacque
AmAp
Amap = AmAp
Abc Napoli
Acqua Bene Comune Napoli = Abc Napoli
Gaia spa
Asm Terni
Aimag
Agsm Aim
Agsm = Agsm Aim
Aim Vicenza
Cva = Compagnia valdostana delle acque
Compagnia valdostana delle acque
Edison Next
Italgas = Italgas
Toscana Energia
2i Rete Gas
Unareti
Retiambiente
Alia Servizi Ambientali
Amiu
AMIU = Amiu
Aamps
Hera Ambiente
Iren Ambiente
Rida Ambiente
Cem Ambiente
Gruppo Cap
Cap Holding
Brianzacque
Uniacque
Acque del Chiampo
Lario Reti
Padania Acque
Metropolitana di Roma
Metro C spa
Roma Metropolitane = Roma Metropolitane
Zètema
Zetema = Zètema
Risorse per Roma
Roma Capitale = Roma Capitale
Aequa Roma
Farmacap
"""
