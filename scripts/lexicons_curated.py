"""Hand-curated lexicon entries (written for this project; CC0, source `curated`).

Edit these blocks to add or fix entries, then run `python3 scripts/build_lexicons.py`.
Syntax of a block line:   surface [= canonical] [; flag]
Lines starting with `#` are comments. Without `= canonical` the surface is its own canonical.
Types follow the KIND guidelines (Kessler Italian Named-entities Dataset, v1.0):
governments, parliaments, courts, police forces, parties, unions, media (papers, TV, news
agencies, web sites), companies/brands, teams, universities, churches = ORG; nations,
regions, cities, continents, water bodies, mountains, celestial bodies and named facilities
(stadiums, squares, palaces, prisons) = LOC. Seats of power that in Italian news mostly
stand for the institution (Palazzo Chigi, Viminale, Farnesina, Pentagono) are ORG; palaces
mostly named as places (Quirinale, Montecitorio, Casa Bianca) are LOC — the recognizer may
retag by context, as KIND does for metonymy.
"""

# ------------------------------------------------------------------ ORG

ORG_INSTITUTIONS_IT = """
governo
Governo
esecutivo
Consiglio dei ministri
Consiglio dei Ministri
Cdm
CdM
Stato ; common
Repubblica ; common
Consiglio ; common
Presidenza del Consiglio
Presidenza della Repubblica
Palazzo Chigi
Viminale
Farnesina
Parlamento
parlamento
Senato
Senato della Repubblica
Camera
Camera dei deputati
Camera dei Deputati
Procura
procura
Procura generale
Procura nazionale antimafia
Direzione nazionale antimafia
Dna = Direzione nazionale antimafia
Dda = Direzione distrettuale antimafia
DDA = Direzione distrettuale antimafia
Direzione investigativa antimafia
Dia = Direzione investigativa antimafia
DIA = Direzione investigativa antimafia
Digos
DIGOS = Digos
Ros = Raggruppamento operativo speciale
ROS = Raggruppamento operativo speciale
Nas = Nucleo antisofisticazioni e sanità
NAS = Nucleo antisofisticazioni e sanità
Carabinieri
carabinieri
Arma dei Carabinieri
Arma dei carabinieri
Polizia
polizia
Polizia di Stato
Polizia locale
polizia locale
Polizia municipale
polizia municipale
Polizia penitenziaria
polizia penitenziaria
Polizia postale
polizia postale
Guardia di Finanza
Guardia di finanza
Gdf = Guardia di Finanza
GdF = Guardia di Finanza
Fiamme Gialle = Guardia di Finanza
fiamme gialle = Guardia di Finanza
Guardia costiera
Guardia Costiera
Capitaneria di porto
Vigili del fuoco
vigili del fuoco
Vigili del Fuoco
pompieri = Vigili del fuoco
Protezione civile
Protezione Civile
Esercito
esercito
Esercito italiano
Marina militare
Marina Militare
Aeronautica militare
Aeronautica Militare
Stato maggiore
Stato Maggiore
Cassazione
Corte di Cassazione
Corte di cassazione
Corte costituzionale
Corte Costituzionale
Consulta
Corte dei conti
Corte dei Conti
Consiglio di Stato
Tar
TAR
Tribunale amministrativo regionale
Csm = Consiglio superiore della magistratura
magistratura
Magistratura
CSM = Consiglio superiore della magistratura
Consiglio superiore della magistratura
Consiglio Superiore della Magistratura
Anm = Associazione nazionale magistrati
ANM = Associazione nazionale magistrati
Associazione nazionale magistrati
Antitrust
Agcm = Autorità garante della concorrenza e del mercato
AGCM = Autorità garante della concorrenza e del mercato
Agcom = Autorità per le garanzie nelle comunicazioni
AGCOM = Autorità per le garanzie nelle comunicazioni
Consob
CONSOB = Consob
Ivass
Anac = Autorità nazionale anticorruzione
ANAC = Autorità nazionale anticorruzione
Garante della privacy
Garante per la protezione dei dati personali
Garante privacy
Banca d'Italia
Bankitalia = Banca d'Italia
Istat
ISTAT = Istat
Inps
INPS = Inps
Inail
INAIL = Inail
Agenzia delle Entrate
Agenzia delle entrate
Agenzia delle Dogane
Aifa
AIFA = Aifa
Agenzia italiana del farmaco
Istituto superiore di sanità
Istituto Superiore di Sanità
Iss = Istituto superiore di sanità
ISS = Istituto superiore di sanità
Cnr
CNR = Cnr
Consiglio nazionale delle ricerche
Infn
INFN = Infn
Enea
ENEA = Enea
Asi = Agenzia spaziale italiana
ASI = Agenzia spaziale italiana
Agenzia spaziale italiana
Ingv
INGV = Ingv
Istituto nazionale di geofisica e vulcanologia
Cts = Comitato tecnico scientifico
CTS = Comitato tecnico scientifico
Servizio sanitario nazionale
Ssn = Servizio sanitario nazionale
SSN = Servizio sanitario nazionale
Coni
CONI = Coni
Figc
FIGC = Figc
Federcalcio = Figc
Lega Serie A
Serie A
Serie B
Serie C
Anci
ANCI = Anci
Conferenza Stato-Regioni
Conferenza delle Regioni
Ministero dell'Interno
Ministero dell'interno
ministero dell'Interno
Ministero degli Esteri
Ministero degli Affari Esteri
ministero degli Esteri
Ministero dell'Economia
Ministero dell'Economia e delle Finanze
ministero dell'Economia
Mef = Ministero dell'Economia e delle Finanze
MEF = Ministero dell'Economia e delle Finanze
Tesoro = Ministero dell'Economia e delle Finanze ; common
Ministero della Salute
ministero della Salute
Ministero della Difesa
ministero della Difesa
Ministero della Giustizia
ministero della Giustizia
Ministero dell'Istruzione
Ministero dell'Istruzione e del Merito
ministero dell'Istruzione
Miur = Ministero dell'Istruzione
MIUR = Ministero dell'Istruzione
Ministero dell'Università e della Ricerca
Mur = Ministero dell'Università e della Ricerca
Ministero della Cultura
ministero della Cultura
MiC = Ministero della Cultura
Mibact = Ministero della Cultura
Ministero dei Beni Culturali
Ministero dello Sviluppo economico
Ministero dello Sviluppo Economico
Mise = Ministero dello Sviluppo economico
MISE = Ministero dello Sviluppo economico
Ministero delle Imprese e del Made in Italy
Mimit = Ministero delle Imprese e del Made in Italy
Ministero del Lavoro
ministero del Lavoro
Ministero delle Infrastrutture
Ministero delle Infrastrutture e dei Trasporti
Mit = Ministero delle Infrastrutture e dei Trasporti
Ministero dell'Ambiente
ministero dell'Ambiente
Ministero dell'Agricoltura
Ministero delle Politiche agricole
Ministero del Turismo
Ministero per la Pubblica amministrazione
Dipartimento della Protezione civile
Regione Lombardia
Regione Lazio
Regione Campania
Regione Sicilia
Regione Siciliana
Regione Veneto
Regione Piemonte
Regione Toscana
Regione Emilia-Romagna
Regione Puglia
Regione Sardegna
Regione Calabria
Regione Liguria
Regione Marche
Regione Abruzzo
Regione Umbria
Regione Basilicata
Regione Molise
Regione Friuli Venezia Giulia
Regione Valle d'Aosta
Pirellone = Regione Lombardia
Chiesa ; common
Chiesa cattolica
Santa Sede
Curia
Cei = Conferenza episcopale italiana
CEI = Conferenza episcopale italiana
Conferenza episcopale italiana
Caritas
Comunità di Sant'Egidio
Sant'Egidio = Comunità di Sant'Egidio
Cgil
CGIL = Cgil
Cisl
CISL = Cisl
Uil
UIL = Uil
Ugl
UGL = Ugl
Fiom
FIOM = Fiom
Confindustria
Confcommercio
Confesercenti
Confartigianato
Coldiretti
Confagricoltura
Cna
Abi = Associazione bancaria italiana
ABI = Associazione bancaria italiana
Codacons
Federconsumatori
Legambiente
Libera
Emergency
Borsa Italiana
Borsa di Milano = Borsa Italiana
Piazza Affari = Borsa Italiana
"""

ORG_INSTITUTIONS_FOREIGN = """
Pentagono
Dipartimento di Stato
Dipartimento della Difesa
Dipartimento di Giustizia
Congresso
Congresso americano
Congresso degli Stati Uniti
Senato americano
Corte suprema
Corte Suprema
Fbi = FBI
FBI
Cia = CIA
CIA
Nsa = NSA
NSA
Fda = FDA
FDA
Federal Reserve
Fed = Federal Reserve
Sec = SEC
SEC
Ftc = FTC
FTC
Nasa = NASA
NASA
Cdc = CDC
CDC
Cremlino
Duma
Fsb = FSB
FSB
Kgb = KGB
KGB
Gazprom
Bundestag
Bundesbank
Bundeswehr
Eliseo
Downing Street
Westminster
Camera dei Comuni
Camera dei Lord
Scotland Yard
MI5
MI6
Mossad
Knesset
Tsahal
Idf = IDF
IDF
Hamas
Hezbollah
Fatah
Autorità palestinese
Autorità nazionale palestinese
Anp = Autorità nazionale palestinese
Isis = Stato islamico
ISIS = Stato islamico
Stato islamico
Daesh = Stato islamico
Al Qaeda
al-Qaeda = Al Qaeda
al Qaeda = Al Qaeda
Talebani ; common
Houthi
Wagner
Gruppo Wagner
Pasdaran
Guardie della rivoluzione
"""

ORG_INTERNATIONAL = """
Onu = Nazioni Unite
ONU = Nazioni Unite
Nazioni Unite
Organizzazione delle Nazioni Unite
Consiglio di sicurezza
Consiglio di Sicurezza
Consiglio di sicurezza dell'Onu
Assemblea generale
Nato = NATO
NATO
Alleanza atlantica
Ue = Unione europea
UE = Unione europea
Unione europea
Unione Europea = Unione europea
Commissione europea
Commissione Europea = Commissione europea
Commissione Ue = Commissione europea
Bruxelles ; common
Parlamento europeo
Parlamento Europeo = Parlamento europeo
Europarlamento = Parlamento europeo
Consiglio europeo
Consiglio Europeo = Consiglio europeo
Consiglio d'Europa
Consiglio dell'Unione europea
Corte di giustizia dell'Unione europea
Corte di giustizia Ue
Corte europea dei diritti dell'uomo
Cedu = Corte europea dei diritti dell'uomo
Corte penale internazionale
Cpi = Corte penale internazionale
Corte internazionale di giustizia
Bce = Banca centrale europea
BCE = Banca centrale europea
Banca centrale europea
Eurogruppo
Ecofin
Bei = Banca europea per gli investimenti
Banca europea per gli investimenti
Fmi = Fondo monetario internazionale
FMI = Fondo monetario internazionale
Fondo monetario internazionale
Fondo Monetario Internazionale
Banca mondiale
Banca Mondiale
Oms = Organizzazione mondiale della sanità
OMS = Organizzazione mondiale della sanità
Organizzazione mondiale della sanità
Organizzazione Mondiale della Sanità
WHO = Organizzazione mondiale della sanità
Unesco
UNESCO = Unesco
Unicef
UNICEF = Unicef
Fao
FAO = Fao
Unhcr
UNHCR = Unhcr
Acnur = Unhcr
Oim = Organizzazione internazionale per le migrazioni
OIM = Organizzazione internazionale per le migrazioni
Unrwa
UNRWA = Unrwa
Wto = Organizzazione mondiale del commercio
WTO = Organizzazione mondiale del commercio
Organizzazione mondiale del commercio
Ocse = OCSE
OCSE
Osce = OSCE
OSCE
Opec = OPEC
OPEC
Aiea = Agenzia internazionale per l'energia atomica
AIEA = Agenzia internazionale per l'energia atomica
IAEA = Agenzia internazionale per l'energia atomica
Agenzia internazionale per l'energia atomica
Agenzia internazionale dell'energia
Esa = Agenzia spaziale europea
ESA = Agenzia spaziale europea
Agenzia spaziale europea
Cern = CERN
CERN
Ema = Agenzia europea per i medicinali
EMA = Agenzia europea per i medicinali
Agenzia europea per i medicinali
Efsa = EFSA
EFSA
Frontex
Europol
Interpol
Eurostat
Ilo = Organizzazione internazionale del lavoro
G7
G8
G20
Brics
BRICS = Brics
Asean
ASEAN = Asean
Unione africana
Lega araba
Mercosur
Croce Rossa
Croce Rossa Italiana
Cri = Croce Rossa Italiana
Mezzaluna Rossa
Amnesty International
Amnesty = Amnesty International
Human Rights Watch
Greenpeace
Wwf = WWF
WWF
Medici senza frontiere
Medici Senza Frontiere
Msf = Medici senza frontiere
MSF = Medici senza frontiere
Save the Children
Oxfam
Sea-Watch
Sea Watch = Sea-Watch
Open Arms
Mediterranea Saving Humans
Ong ; common
Cio = Comitato olimpico internazionale
CIO = Comitato olimpico internazionale
Comitato olimpico internazionale
Uefa = UEFA
UEFA
Fifa = FIFA
FIFA
Nba = NBA
NBA
Nfl = NFL
NFL
Atp = ATP
ATP
Wta = WTA
WTA
Wada = WADA
WADA
Fia = FIA
FIA
Wikimedia Foundation
Wikipedia
Wikileaks
WikiLeaks = Wikileaks
Anonymous
"""

ORG_PARTIES = """
Partito Democratico
Partito democratico
Pd = Partito Democratico
PD = Partito Democratico
dem = Partito Democratico ; common
Lega
Lega Nord
Lega Salvini Premier
Carroccio = Lega
Forza Italia
Fi = Forza Italia
FI = Forza Italia
Fratelli d'Italia
FdI = Fratelli d'Italia
Fdi = Fratelli d'Italia
FDI = Fratelli d'Italia
Movimento 5 Stelle
Movimento Cinque Stelle = Movimento 5 Stelle
Movimento 5 stelle = Movimento 5 Stelle
M5S = Movimento 5 Stelle
M5s = Movimento 5 Stelle
5 Stelle = Movimento 5 Stelle
Cinque Stelle = Movimento 5 Stelle
Cinquestelle = Movimento 5 Stelle
grillini = Movimento 5 Stelle
pentastellati = Movimento 5 Stelle
Italia Viva
Iv = Italia Viva
Azione
+Europa
Più Europa = +Europa
Sinistra Italiana
Si = Sinistra Italiana ; stop
Europa Verde
Verdi
Alleanza Verdi e Sinistra
Avs = Alleanza Verdi e Sinistra
AVS = Alleanza Verdi e Sinistra
Noi Moderati
Noi moderati = Noi Moderati
Articolo Uno
Leu = Liberi e Uguali
LeU = Liberi e Uguali
Liberi e Uguali
Potere al Popolo
Rifondazione Comunista
Rifondazione comunista = Rifondazione Comunista
Partito della Rifondazione Comunista
Prc = Rifondazione Comunista
Partito Comunista Italiano
Pci = Partito Comunista Italiano
PCI = Partito Comunista Italiano
Partito Socialista Italiano
Psi = Partito Socialista Italiano
PSI = Partito Socialista Italiano
Democrazia Cristiana
Dc = Democrazia Cristiana
DC = Democrazia Cristiana
Alleanza Nazionale
An = Alleanza Nazionale
AN = Alleanza Nazionale
Msi = Movimento Sociale Italiano
MSI = Movimento Sociale Italiano
Movimento Sociale Italiano
Udc = UDC
UDC
Udeur
Ds = Democratici di Sinistra
DS = Democratici di Sinistra
Democratici di Sinistra
Pds = Partito Democratico della Sinistra
Margherita ; common
Ulivo
L'Ulivo = Ulivo
Unione ; common
Popolo della Libertà
Pdl = Popolo della Libertà
PdL = Popolo della Libertà
Italia dei Valori
Idv = Italia dei Valori
IdV = Italia dei Valori
Partito Radicale
Radicali Italiani
Radicali = Partito Radicale
Scelta Civica
Südtiroler Volkspartei
Svp = Südtiroler Volkspartei
SVP = Südtiroler Volkspartei
CasaPound
Casapound = CasaPound
Forza Nuova
Sud chiama Nord
Nuovo Centrodestra
Ncd = Nuovo Centrodestra
NCD = Nuovo Centrodestra
Sinistra Ecologia Libertà
Sel = Sinistra Ecologia Libertà
SEL = Sinistra Ecologia Libertà
Ln = Lega Nord
LN = Lega Nord
Futuro e Libertà
Fli = Futuro e Libertà
FLI = Futuro e Libertà
Centro Democratico
Pdci = Partito dei Comunisti Italiani
PdCI = Partito dei Comunisti Italiani
Partito dei Comunisti Italiani
Rivoluzione Civile
Partito Liberale Italiano
Pli = Partito Liberale Italiano
Partito Repubblicano Italiano
Pri = Partito Repubblicano Italiano
PRI = Partito Repubblicano Italiano
Partito Popolare Italiano
Ppi = Partito Popolare Italiano
Lista Pannella
Partito Repubblicano
Partito repubblicano = Partito Repubblicano
Repubblicani = Partito Repubblicano
Gop = Partito Repubblicano
GOP = Partito Repubblicano
Partito democratico americano
Democratici = Partito democratico americano
Cdu = CDU
CDU
Csu = CSU
CSU
Spd = SPD
SPD
Afd = AfD
AfD
Alternative für Deutschland = AfD
Fdp = FDP
FDP
Die Linke
Labour
Partito laburista
laburisti = Labour
Tories = Partito conservatore
Tory = Partito conservatore
Partito conservatore
Conservatori = Partito conservatore
Reform UK
Rassemblement National
Rassemblement national = Rassemblement National
Front National
Fronte nazionale = Front National
En Marche
La République En Marche
Renaissance
La France Insoumise
France Insoumise = La France Insoumise
Les Républicains
Partito socialista
Podemos
Psoe = PSOE
PSOE
Partido Popular
Pp = Partido Popular
Vox
Sumar
Fidesz
PiS = Diritto e Giustizia
Diritto e Giustizia
Syriza
Likud
Partito comunista cinese
Pcc = Partito comunista cinese
Russia Unita
Ppe = Partito popolare europeo
PPE = Partito popolare europeo
Partito popolare europeo
S&D = Socialisti e Democratici
Renew Europe
Identità e Democrazia
Ecr = ECR
ECR
"""

ORG_MEDIA = """
Corriere della Sera
Corriere = Corriere della Sera
Corsera = Corriere della Sera
la Repubblica
La Repubblica = la Repubblica
La Stampa
Il Sole 24 Ore
Sole 24 Ore = Il Sole 24 Ore
Il Messaggero
Messaggero = Il Messaggero
Il Fatto Quotidiano
Fatto Quotidiano = Il Fatto Quotidiano
il Fatto Quotidiano = Il Fatto Quotidiano
Il Giornale
il Giornale = Il Giornale
Libero
Il Foglio
il Foglio = Il Foglio
Avvenire
Il Mattino
Il Resto del Carlino
Resto del Carlino = Il Resto del Carlino
La Nazione
Il Tempo
Il Manifesto
il manifesto = Il Manifesto
Il Secolo XIX
Il Giorno
Il Gazzettino
Il Piccolo
Il Tirreno
La Nuova Sardegna
L'Unione Sarda
L'Eco di Bergamo
Il Riformista
Il Dubbio
Domani
La Verità
Il Post
Open
Fanpage
Fanpage.it = Fanpage
Today.it
Il Mulino
L'Unità
l'Unità = L'Unità
Unità = L'Unità
Il Sussidiario
Huffington Post
HuffPost = Huffington Post
La Gazzetta dello Sport
Gazzetta dello Sport = La Gazzetta dello Sport
Gazzetta = La Gazzetta dello Sport
Corriere dello Sport
Tuttosport
Milano Finanza
Italia Oggi
ItaliaOggi = Italia Oggi
L'Espresso
Espresso = L'Espresso
Panorama
Famiglia Cristiana
Internazionale
Oggi ; common
Chi ; stop
Gente
Wired Italia
Wired
Vanity Fair
Vogue
L'Osservatore Romano
Osservatore Romano = L'Osservatore Romano
Vatican News
Rai
RAI = Rai
Rai 1
Rai1 = Rai 1
Rai Uno = Rai 1
Rai 2
Rai2 = Rai 2
Rai Due = Rai 2
Rai 3
Rai3 = Rai 3
Rai Tre = Rai 3
Rai News
Rai News 24
RaiNews24 = Rai News 24
Rainews = Rai News
Rai Radio 1
Rai Cinema
RaiPlay
Tg1
TG1 = Tg1
Tg2
TG2 = Tg2
Tg3
TG3 = Tg3
Tg4
Tg5
TG5 = Tg5
TgLa7
Tgcom24
TgCom24 = Tgcom24
Mediaset
MediaForEurope = Mediaset
Mfe = Mediaset
Canale 5
Rete 4
Retequattro = Rete 4
Italia 1
La7
Sky
Sky Italia
Sky Tg24
Sky TG24 = Sky Tg24
Sky News
Sky Sport
Nove
Radio Radicale
Radio 24
Radio Deejay
Rtl 102.5
Radio Maria
Tv2000
TV2000 = Tv2000
Ansa = ANSA
ANSA
Adnkronos
AdnKronos = Adnkronos
Agi = AGI
AGI
LaPresse
Askanews
Agenzia Dire
Agenzia Nova
Dire ; common
Reuters
Associated Press
Ap = Associated Press ; short
AP = Associated Press
Afp = AFP
AFP
Agence France-Presse = AFP
Bloomberg
Dpa = DPA
DPA
Efe = EFE
EFE
Tass
TASS = Tass
Ria Novosti
Xinhua
Kyodo
Yonhap
New York Times
The New York Times = New York Times
Nyt = New York Times
NYT = New York Times
Washington Post
The Washington Post = Washington Post
Wall Street Journal
The Wall Street Journal = Wall Street Journal
Wsj = Wall Street Journal
WSJ = Wall Street Journal
Los Angeles Times
Financial Times
Ft = Financial Times ; short
FT = Financial Times
The Guardian
Guardian = The Guardian
The Times
Times = The Times
The Economist
Economist = The Economist
The Telegraph
Daily Telegraph = The Telegraph
The Independent
Independent = The Independent
Daily Mail
The Sun
Bbc = BBC
BBC
Cnn = CNN
CNN
Fox News
Msnbc = MSNBC
MSNBC
Cbs = CBS
CBS
Nbc = NBC
NBC
Abc = ABC
ABC
Abc News = ABC
ABC News = ABC
Npr = NPR
NPR
Pbs = PBS
PBS
Politico
Axios
The Atlantic
The New Yorker
New Yorker = The New Yorker
Time
Newsweek
Forbes
Fortune
Business Insider
Insider
Vox
BuzzFeed
Buzzfeed = BuzzFeed
Vice
The Verge
The Information
The Register
The Next Web
Platformer
Stratechery
TechCrunch
Ars Technica
Engadget
Gizmodo
Mashable
Cnet = CNET
CNET
ZDNet
Venturebeat = VentureBeat
VentureBeat
MIT Technology Review
Technology Review = MIT Technology Review
404 Media
Semafor
Variety
The Hollywood Reporter
Hollywood Reporter = The Hollywood Reporter
Deadline
IndieWire
Rolling Stone
Billboard
Pitchfork
Nature
Science
The Lancet
Lancet = The Lancet
New England Journal of Medicine
Le Monde
Le Figaro
Libération
Le Parisien
L'Express
Le Point
El País
El Pais = El País
El Mundo
La Vanguardia
Abc.es
Der Spiegel
Spiegel = Der Spiegel
Bild
Die Zeit
Zeit = Die Zeit
Frankfurter Allgemeine Zeitung
Faz = Frankfurter Allgemeine Zeitung
FAZ = Frankfurter Allgemeine Zeitung
Süddeutsche Zeitung
Handelsblatt
Die Welt
Neue Zürcher Zeitung
Nzz = Neue Zürcher Zeitung
NZZ = Neue Zürcher Zeitung
Al Jazeera
Al Arabiya
Haaretz
Times of Israel
Rt = RT
RT
Russia Today = RT
Pravda
Izvestia
Kommersant
Novaja Gazeta
Global Times
China Daily
Nikkei
Asahi Shimbun
Yomiuri Shimbun
South China Morning Post
Euronews
France 24
France 2
France Télévisions
Tf1 = TF1
TF1
Deutsche Welle
Dw = Deutsche Welle
ZDF
ARD
Rtve = RTVE
RTVE
Radio Vaticana
Radio France Internationale
Rfi = Radio France Internationale
Voice of America
Radio Free Europe
"""

ORG_COMPANIES = """
Google
Alphabet
Meta
Meta Platforms = Meta
Facebook
Instagram
WhatsApp
Apple
Microsoft
Amazon
Amazon Web Services
Aws = Amazon Web Services
AWS = Amazon Web Services
Nvidia
NVIDIA = Nvidia
OpenAI
Open AI = OpenAI
Anthropic
Mistral AI
Mistral = Mistral AI
Stability AI
Hugging Face
HuggingFace = Hugging Face
Runway
RunwayML = Runway
Midjourney
DeepMind
Google DeepMind
xAI
Inflection AI
Cohere
Perplexity
Perplexity AI = Perplexity
Character.AI
Character.ai = Character.AI
Scale AI
Safe Superintelligence
Thinking Machines Lab
Aleph Alpha
ElevenLabs
Synthesia
Pika
Luma AI
Black Forest Labs
Suno
Udio
Adept
Databricks
Snowflake
Palantir
Salesforce
Oracle
Ibm = IBM
IBM
Intel
Amd = AMD
AMD
Qualcomm
Arm
Tsmc = TSMC
TSMC
Samsung
Samsung Electronics
Sony
Lg = LG
LG
Huawei
Xiaomi
Oppo
Lenovo
ByteDance
Bytedance = ByteDance
TikTok
Tencent
Alibaba
Baidu
DeepSeek
Moonshot AI
Zhipu AI
iGenius
Almawave
Tesla
SpaceX
Neuralink
Starlink
X Corp
Twitter
Netflix
Spotify
Uber
Lyft
Airbnb
Booking
Booking.com = Booking
Expedia
Tripadvisor
TripAdvisor = Tripadvisor
PayPal
Paypal = PayPal
Stripe
Visa
Mastercard
American Express
Adobe
Autodesk
Cisco
Dell
Hp = HP
HP
Hewlett-Packard
Asus
Acer
Canon
Nikon
Panasonic
Toshiba
Hitachi
Fujitsu
Nintendo
Ubisoft
Electronic Arts
Activision Blizzard
Activision = Activision Blizzard
Blizzard
Epic Games
Valve
Roblox
Rockstar Games
Take-Two
Zoom
Slack
Dropbox
Shopify
eBay
Ebay = eBay
Yahoo
Reddit
Pinterest
Snap
LinkedIn
Linkedin = LinkedIn
GitHub
Github = GitHub
Mozilla
Telegram
Discord
Twitch
YouTube
Youtube = YouTube
Getty Images
Shutterstock
Canva
Figma
Notion
Anduril
Boston Dynamics
Waymo
Cruise
Rivian
Byd = BYD
BYD
Foxconn
Asml = ASML
ASML
Siemens
Bosch
Sap = SAP
SAP
Philips
Nokia
Ericsson
Vodafone
Tim = TIM
TIM
Telecom Italia
Fastweb
Iliad
WindTre
Wind Tre = WindTre
Open Fiber
Poste Italiane
Poste = Poste Italiane
Leonardo ; common
Fincantieri
Eni
Enel
Snam
Terna
Saipem
A2a = A2A
A2A
Hera
Acea
Edison
Italgas
Erg
Generali
Assicurazioni Generali = Generali
Unipol
UnipolSai
Intesa Sanpaolo
Intesa = Intesa Sanpaolo
UniCredit
Unicredit = UniCredit
Mediobanca
Banco Bpm = Banco BPM
Banco BPM
Bper = BPER
BPER
Monte dei Paschi
Monte dei Paschi di Siena = Monte dei Paschi
Mps = Monte dei Paschi
MPS = Monte dei Paschi
Banca Mps = Monte dei Paschi
Fineco
Banca Mediolanum
Mediolanum = Banca Mediolanum
Cassa depositi e prestiti
Cassa Depositi e Prestiti = Cassa depositi e prestiti
Cdp = Cassa depositi e prestiti
CDP = Cassa depositi e prestiti
Fiat
Stellantis
Fca = FCA
FCA
Fiat Chrysler
Ferrari
Lamborghini
Maserati
Alfa Romeo
Lancia
Ducati
Piaggio
Pirelli
Brembo
Iveco
Exor
Luxottica
EssilorLuxottica
Prada
Gucci
Armani
Giorgio Armani
Versace
Dolce & Gabbana
Dolce&Gabbana = Dolce & Gabbana
Valentino
Fendi
Bulgari
Moncler
Benetton
Ferragamo
Salvatore Ferragamo = Ferragamo
Tod's
Zegna
Barilla
Ferrero
Lavazza
Illy
Campari
Peroni
Parmalat
Granarolo
Mutti
De Cecco
Esselunga
Coop
Conad
Eataly
Autogrill
Autostrade per l'Italia
Aspi = Autostrade per l'Italia
Atlantia
Mundys
Ferrovie dello Stato
Fs = Ferrovie dello Stato
FS = Ferrovie dello Stato
Trenitalia
Italo
Rfi = RFI
RFI
Anas
Atac = ATAC
ATAC
Atm = ATM
ATM
Ita Airways = ITA Airways
ITA Airways
Alitalia
Ryanair
easyJet
EasyJet = easyJet
Lufthansa
Air France
British Airways
Emirates
Qatar Airways
Wizz Air
Delta Air Lines
United Airlines
American Airlines
Boeing
Airbus
Lockheed Martin
Raytheon
Northrop Grumman
General Electric
General Motors
Gm = General Motors
Ford
Chrysler
Volkswagen
Vw = Volkswagen
VW = Volkswagen
Audi
Bmw = BMW
BMW
Mercedes
Mercedes-Benz
Daimler
Porsche
Renault
Peugeot
Citroën
Toyota
Honda
Nissan
Hyundai
Kia
Volvo
Jaguar Land Rover
Rcs = RCS MediaGroup
RCS = RCS MediaGroup
RCS MediaGroup
Cairo Communication
Gedi = GEDI
GEDI
Mondadori
Feltrinelli
Einaudi
Rizzoli
Giunti
Bompiani
Adelphi
Vivendi
Lionsgate
Disney
Walt Disney
Walt Disney Company
Pixar
Marvel
Marvel Studios
Lucasfilm
Warner Bros
Warner Bros. = Warner Bros
Warner Bros. Discovery
Warner Music
Hbo = HBO
HBO
Universal
Universal Pictures
Universal Music
Paramount
Paramount Pictures
Sony Pictures
Columbia Pictures
20th Century Fox
Mgm = MGM
MGM
DreamWorks
A24
Amazon Studios
Miramax
Lucky Red
Medusa Film
01 Distribution
Cinecittà
Walmart
Costco
McDonald's
Starbucks
Coca-Cola
Pepsi
PepsiCo
Nestlé
Unilever
Procter & Gamble
L'Oréal
Lvmh = LVMH
LVMH
Kering
Hermès
Chanel
Dior
Louis Vuitton
Nike
Adidas
Puma
Ikea = IKEA
IKEA
H&M
Zara
Inditex
Carrefour
Lidl
Aldi
Shell
Bp = BP
BP
ExxonMobil
Exxon = ExxonMobil
Chevron
TotalEnergies
Total = TotalEnergies ; common
Rosneft
Lukoil
Saudi Aramco
Aramco = Saudi Aramco
Pfizer
Moderna
AstraZeneca
BioNTech
Johnson & Johnson
Novartis
Roche
Sanofi
Bayer
Merck
Gsk = GSK
GSK
GlaxoSmithKline
Novo Nordisk
Eli Lilly
Menarini
Chiesi
Recordati
Angelini
BlackRock
Vanguard
Goldman Sachs
JPMorgan
JP Morgan = JPMorgan
JPMorgan Chase = JPMorgan
Morgan Stanley
Citigroup
Bank of America
Wells Fargo
Hsbc = HSBC
HSBC
Barclays
Deutsche Bank
Bnp Paribas = BNP Paribas
BNP Paribas
Société Générale
Crédit Agricole
Santander
Ubs = UBS
UBS
Credit Suisse
Berkshire Hathaway
Moody's
Standard & Poor's
S&P
Fitch
Deloitte
PwC
Kpmg = KPMG
KPMG
EY
Ernst & Young
McKinsey
Accenture
Nasdaq
Euronext
Juve = Juventus
Banca Intesa = Intesa Sanpaolo
"""

# Churches, national teams, bands (KIND: entertainment organisations are ORG).
ORG_GROUPS = """
Guardia Nazionale
Chiesa ortodossa
Chiesa anglicana
Chiesa valdese
Chiesa evangelica
Patriarcato di Mosca
All Blacks
Springboks
Springbok = Springboks
Wallabies
Nazionale = Nazionale italiana ; common
Nazionale italiana
Squadra Azzurra = Nazionale italiana
Beatles
The Beatles = Beatles
Rolling Stones
The Rolling Stones = Rolling Stones
Queen
U2
Pink Floyd
Led Zeppelin
Coldplay
Radiohead
Metallica
Nirvana
Oasis
Muse
Green Day
Red Hot Chili Peppers
R.E.M.
Rem = R.E.M.
REM = R.E.M.
Bee Gees
ABBA
Abba = ABBA
AC/DC
Depeche Mode
Duran Duran
Spice Girls
Backstreet Boys
Take That
One Direction
Imagine Dragons
Maroon 5
Daft Punk
Bts = BTS
BTS
Blackpink
Måneskin
Maneskin = Måneskin
Pooh
Nomadi
Negramaro
Modà
Subsonica
Litfiba
Articolo 31
Il Volo
Elio e le Storie Tese
Afterhours
Verdena
Club Dogo
Thegiornalisti
Coma_Cose
Ricchi e Poveri
Matia Bazar
New Trolls
Premiata Forneria Marconi
Pfm = Premiata Forneria Marconi
PFM = Premiata Forneria Marconi
Inter = FC Internazionale Milano
"""

ORG_UNIVERSITIES = """
Sapienza
La Sapienza
Università La Sapienza
Università di Roma La Sapienza
Sapienza Università di Roma
Università di Roma Tor Vergata
Tor Vergata
Roma Tre
Politecnico di Milano
Polimi = Politecnico di Milano
Politecnico di Torino
Polito = Politecnico di Torino
Bocconi
Università Bocconi
Luiss
LUISS = Luiss
Università Cattolica
Università Cattolica del Sacro Cuore
Università Statale di Milano
Statale di Milano
Università di Milano
Università di Milano-Bicocca
Bicocca = Università di Milano-Bicocca
Università di Bologna
Alma Mater
Università di Padova
Università di Torino
Università di Napoli Federico II
Federico II = Università di Napoli Federico II
Università di Firenze
Università di Pisa
Università di Genova
Università di Palermo
Università di Trento
Normale di Pisa
Scuola Normale Superiore
Scuola Normale
Sant'Anna di Pisa
Scuola Superiore Sant'Anna
Sissa = SISSA
SISSA
Iit = Istituto Italiano di Tecnologia
IIT = Istituto Italiano di Tecnologia
Istituto Italiano di Tecnologia
Harvard
Harvard University
Mit = MIT
MIT
Massachusetts Institute of Technology = MIT
Stanford
Stanford University
Oxford University
University of Oxford
Università di Oxford
Cambridge University
University of Cambridge
Università di Cambridge
Yale
Yale University
Princeton
Princeton University
Columbia University
Berkeley
UC Berkeley
University of California
Ucla = UCLA
UCLA
Caltech
Carnegie Mellon
Carnegie Mellon University
New York University
Nyu = New York University
NYU = New York University
Johns Hopkins
Johns Hopkins University
Eth = ETH
ETH
Eth Zurigo = ETH
Politecnico di Zurigo = ETH
Epfl = EPFL
EPFL
Sorbona
Sorbonne
Imperial College
Imperial College London
London School of Economics
Lse = London School of Economics
LSE = London School of Economics
Max Planck
Istituto Max Planck
Max Planck Institute
Allen Institute
"""

# ------------------------------------------------------------------ LOC

LOC_CURATED = """
Hollywood
Oxford
Cambridge
York
Beverly Hills
Silicon Valley
Wall Street
Broadway
Manhattan
Brooklyn
Bronx
Queens
Harlem
Times Square
Central Park
Ground Zero
Casa Bianca
Campidoglio
Quirinale
Colle = Quirinale ; common
Montecitorio
Palazzo Madama
Palazzo Marino
Palazzo Vecchio
Colosseo
Fori Imperiali
Piazza San Pietro
Basilica di San Pietro
Cappella Sistina
Musei Vaticani
Fontana di Trevi
Pantheon
Altare della Patria
Vittoriano
Piazza Venezia
Piazza di Spagna
Piazza Navona
Piazza del Popolo
Piazza Duomo
Piazza del Duomo
Duomo di Milano
Galleria Vittorio Emanuele
Teatro alla Scala
Teatro San Carlo
Teatro La Fenice
La Fenice = Teatro La Fenice
Arena di Verona
Torre di Pisa
Piazza dei Miracoli
Ponte Vecchio
Uffizi
Galleria degli Uffizi
Piazza San Marco
Canal Grande
Rialto
Ponte di Rialto
Ponte Morandi
Reggia di Caserta
Pompei
Stadio Olimpico
Olimpico = Stadio Olimpico
San Siro
Stadio San Siro = San Siro
Stadio Giuseppe Meazza = San Siro
Meazza = San Siro
Stadio Diego Armando Maradona
Stadio Maradona = Stadio Diego Armando Maradona
Stadio San Paolo
Allianz Stadium
Juventus Stadium = Allianz Stadium
Stadio Franchi
Autodromo di Monza
Autodromo di Imola
Mugello
Wembley
Camp Nou
Santiago Bernabéu
Bernabeu = Santiago Bernabéu
Old Trafford
Anfield
Maracanã
Roland Garros
Wimbledon
Malpensa
Linate
Aeroporto di Fiumicino
Leonardo da Vinci di Fiumicino = Aeroporto di Fiumicino
Aeroporto di Ciampino
Capodichino
Stazione Termini
Termini = Stazione Termini ; common
Milano Centrale
Regina Coeli
San Vittore
Rebibbia
Poggioreale
Ucciardone
Opera ; common
Guantanamo
Guantánamo = Guantanamo
Alcatraz
Auschwitz
Chernobyl
Černobyl' = Chernobyl
Fukushima
Ellis Island
Torre Eiffel
Louvre
Museo del Louvre = Louvre
Notre-Dame
Notre Dame = Notre-Dame
Champs-Élysées
Montmartre
Versailles
Big Ben
Buckingham Palace
Abbazia di Westminster
Tower Bridge
Trafalgar Square
Statua della Libertà
Empire State Building
Muro di Berlino
Porta di Brandeburgo
Piazza Rossa
Piazza Tienanmen
Piazza Tiananmen = Piazza Tienanmen
Città Proibita
Grande Muraglia
Muraglia cinese
Acropoli
Partenone
Sagrada Familia
Burj Khalifa
Spianata delle Moschee
Muro del Pianto
Santo Sepolcro
Valle dei Re
Piramidi
Europa
Asia
Africa
America
Americhe
Oceania
Antartide
Antartico
Artico
Eurasia
America Latina
Sudamerica
Sud America
America del Sud
Nordamerica
Nord America
America del Nord
Centroamerica
Centro America
America centrale
Medio Oriente
Vicino Oriente
Estremo Oriente
Oriente ; common
Occidente ; common
Maghreb
Sahel
Sahara
Corno d'Africa
Africa subsahariana
Nordafrica
Nord Africa
Africa settentrionale
Europa dell'Est
Est Europa
Europa orientale
Europa occidentale
Nord Europa
Europa settentrionale
Europa meridionale
Europa centrale
Mitteleuropa
Scandinavia
Balcani
Paesi Baltici
Caucaso
Asia centrale
Sud-est asiatico
Sudest asiatico
Indocina
Siberia
Anatolia
Mesopotamia
Levante
Penisola arabica
Golfo Persico
Golfo
Penisola iberica
Penisola balcanica
Penisola coreana
Kurdistan
Tibet
Xinjiang
Kashmir
Crimea
Donbass
Donbas = Donbass
Cisgiordania
Striscia di Gaza
Gaza
Gerusalemme Est
Alture del Golan
Golan
Sinai
Terra Santa
Palestina
Gran Bretagna
Inghilterra
Scozia
Galles
Irlanda del Nord
Olanda = Paesi Bassi
Stati Uniti
Stati Uniti d'America = Stati Uniti
Usa = Stati Uniti
USA = Stati Uniti
U.S.A. = Stati Uniti
America = Stati Uniti
Regno Unito
Uk = Regno Unito
UK = Regno Unito
Urss = Unione Sovietica
URSS = Unione Sovietica
Unione Sovietica
Jugoslavia
Cecoslovacchia
Germania Est
Germania Ovest
Russia
Federazione Russa
Cina
Repubblica Popolare Cinese
Sudcorea = Corea del Sud
Nordcorea = Corea del Nord
Corea
Emirati Arabi Uniti
Emirati = Emirati Arabi Uniti
Eau = Emirati Arabi Uniti
Arabia Saudita
Malesia
Birmania
Myanmar
Bielorussia
Moldavia
Cechia
Repubblica Ceca
Costa d'Avorio
Repubblica Democratica del Congo
Rdc = Repubblica Democratica del Congo
Città del Vaticano
Vaticano
San Marino
Taiwan
Hong Kong
Macao
Kosovo
Eurozona
Mezzogiorno ; common
Meridione
Settentrione
Nord Italia
Sud Italia
Centro Italia
Italia settentrionale
Italia meridionale
Italia centrale
Nord-Est
Nordest
Nord-Ovest
Padania
Pianura Padana
Val Padana
Salento
Cilento
Chianti
Langhe
Monferrato
Brianza
Maremma
Costiera Amalfitana
Costiera amalfitana
Riviera Romagnola
Riviera ligure
Versilia
Carnia
Irpinia
Barbagia
Gallura
Costa Smeralda
Ciociaria
Lunigiana
Garfagnana
Mugello
Valtellina
Val di Susa
Valsusa
Val Seriana
Val d'Aosta
Alto Adige
Sudtirolo
Südtirol
Trentino
Friuli
Venezia Giulia
Emilia
Romagna
Terra dei fuochi
Agro Pontino
Castelli Romani
Costa Azzurra
Provenza
Normandia
Bretagna
Alsazia
Baviera
Catalogna
Andalusia
Paesi Baschi
Fiandre
Vallonia
Lapponia
Groenlandia
Islanda
Alaska
California
Texas
Florida
Midwest
Mediterraneo
Mar Mediterraneo
Mar Nero
Mar Rosso
Mar Caspio
Mar Baltico
Mare del Nord
Mar Cinese Meridionale
Mar Egeo
Egeo
Mar Adriatico
Adriatico
Mar Tirreno
Tirreno
Mar Ionio
Ionio
Mar Ligure
Canale di Sicilia
Stretto di Sicilia
Stretto di Messina
Stretto di Hormuz
Stretto di Gibilterra
Bosforo
Dardanelli
Canale di Suez
Canale di Panama
Canale della Manica
Manica
Oceano Atlantico
Atlantico
Oceano Pacifico
Pacifico
Oceano Indiano
Oceano Artico
Mar Glaciale Artico
Polo Nord
Polo Sud
Alpi
Prealpi
Appennini
Appennino
Dolomiti
Pirenei
Carpazi
Urali
Himalaya
Ande
Montagne Rocciose
Everest
Monte Everest
K2
Monte Bianco
Cervino
Monte Rosa
Gran Sasso
Marmolada
Etna
Vesuvio
Stromboli
Campi Flegrei
Po
Tevere
Arno
Adige
Piave
Brenta
Tanaro
Isonzo
Danubio
Reno
Senna
Tamigi
Loira
Rodano
Elba
Volga
Dnepr
Dnipro = Dnepr
Nilo
Rio delle Amazzoni
Amazzonia
Mississippi
Gange
Giordano
Eufrate
Tigri
Yangtze
Fiume Giallo
Lago di Garda
Garda
Lago Maggiore
Lago di Como
Lago Trasimeno
Lago d'Iseo
Lago di Bracciano
Laguna di Venezia
Lampedusa
Linosa
Pantelleria
Capri
Ischia
Procida
Isola d'Elba
Giglio
Isola del Giglio
Eolie
Isole Eolie
Egadi
Tremiti
Terra
Luna
Marte
Venere
Mercurio
Giove
Saturno
Urano
Nettuno
Plutone
Sole
Via Lattea
Sistema solare
Stazione spaziale internazionale
"""

# ------------------------------------------------------------------ PRODUCT

PRODUCTS = """
ChatGPT
Chat GPT = ChatGPT
ChatGpt = ChatGPT
GPT
Gpt = GPT
GPT-2
GPT-3
GPT-3.5
GPT-4
GPT-4o
GPT-4 Turbo
GPT-4.5
GPT-5
GPT-4o mini
o1
o3
o4-mini
DALL-E
DALL·E = DALL-E
Dall-E = DALL-E
DALL-E 2
DALL-E 3
Sora
Whisper
Codex
Operator
Gemini
Gemini Pro
Gemini Ultra
Gemini Nano
Gemini Flash
Bard
Gemma
Imagen
Veo
Veo 2
Veo 3
Lyria
NotebookLM
AlphaGo
AlphaFold
AlphaZero
AlphaCode
LaMDA
PaLM
PaLM 2
Claude
Claude 2
Claude 3
Claude 3 Opus
Claude 3.5 Sonnet
Claude Opus
Claude Sonnet
Claude Haiku
Claude Code
Llama
LLaMA = Llama
Llama 2
Llama 3
Llama 3.1
Llama 4
Mistral 7B
Mixtral
Le Chat
Codestral
Grok
Copilot
Microsoft Copilot
GitHub Copilot
Bing
Bing Chat
Cortana
Siri
Alexa
Google Assistant
Stable Diffusion
Stable Diffusion XL
SDXL = Stable Diffusion XL
Stable Video Diffusion
Firefly
Adobe Firefly
Photoshop
Lightroom
Premiere Pro
Illustrator
Acrobat
Gen-1
Gen-2
Gen-3
Gen-3 Alpha
Gen-4
Pika
Kling
Dream Machine
Flux
Ideogram
Ernie
Ernie Bot
Qwen
DeepSeek-R1
DeepSeek-V3
R1 = DeepSeek-R1
Kimi
Phi-3
Falcon
Bloom
BLOOM = Bloom
Bert
BERT = Bert
Minerva
Velvet
Modello Italia
Replika
HeyGen
CapCut
iPhone
iPhone 15
iPhone 16
iPad
iPad Pro
Mac
MacBook
MacBook Air
MacBook Pro
iMac
Apple Watch
AirPods
Vision Pro
Apple Vision Pro
iPod
iTunes
App Store
iCloud
iOS
macOS
iPadOS
watchOS
visionOS
Apple Intelligence
Apple TV
Apple TV+
Apple Music
Apple Pay
Android
Windows
Windows 10
Windows 11
Windows XP
Office
Microsoft Office
Microsoft 365
Excel
PowerPoint
Outlook
Teams
Microsoft Teams
Skype
Xbox
Xbox Series X
PlayStation
PlayStation 4
PlayStation 5
Ps5 = PlayStation 5
PS5 = PlayStation 5
Nintendo Switch
Switch 2
Game Boy
Wii
Galaxy
Samsung Galaxy
Galaxy S24
Pixel
Google Pixel
Chrome
Google Chrome
Chromebook
Firefox
Safari
Edge
Gmail
Google Maps
Google Translate
Google Traduttore = Google Translate
Google Search
Google Lens
Google Drive
Google Docs
Google Meet
Street View
Messenger
Threads
Snapchat
Signal
Linux
Ubuntu
Kindle
Echo
Fire TV
Prime Video
Amazon Prime
Disney+
Disney Plus = Disney+
Spotify Premium
Model 3
Model S
Model X
Model Y
Cybertruck
Autopilot
Full Self-Driving
Starship
Falcon 9
Dragon
Fiat 500
Fiat Panda
Cinquecento
Vespa
Ape Piaggio
Nutella
Big Mac
Barbie
Lego
Minecraft
Fortnite
Grand Theft Auto
Gta = Grand Theft Auto
GTA = Grand Theft Auto
Call of Duty
Pokémon
Pokemon = Pokémon
Pokémon Go
Super Mario
The Legend of Zelda
Zelda
Tetris
Wordle
World of Warcraft
The Sims
Unreal Engine
TensorFlow
PyTorch
JavaScript
Python
Bitcoin
Ethereum
Dogecoin
Boeing 737
Boeing 737 Max
737 Max = Boeing 737 Max
Boeing 787
Dreamliner
Airbus A320
Airbus A380
F-35
F-16
Eurofighter
Concorde
Patriot
Himars
HIMARS = Himars
Kalashnikov
Ak-47 = Kalashnikov
AK-47 = Kalashnikov
Leopard 2
Abrams
Iron Dome
Sputnik V
Comirnaty
Spikevax
Vaxzevria
Paxlovid
Ozempic
Wegovy
Viagra
Aspirina
Tachipirina
BlackBerry
Walkman
Game Pass
Meta Quest
Quest 3
Oculus
Oculus Rift
Ray-Ban Meta
Google Glass
Meta AI
Gemini Live
Advanced Voice Mode
Deep Research
"""

# ------------------------------------------------------------------ titles and triggers

TITLES = """
presidente
presidentessa
vicepresidente
presidente del Consiglio
presidente della Repubblica
premier
primo ministro
prima ministra
capo del governo
capo dello Stato
cancelliere
cancelliera
ministro
ministra
viceministro
viceministra
sottosegretario
sottosegretaria
segretario
segretaria
segretario generale
vicesegretario
sindaco
sindaca
vicesindaco
assessore
assessora
consigliere
consigliera
governatore
governatrice
deputato
deputata
senatore
senatrice
onorevole
eurodeputato
eurodeputata
europarlamentare
parlamentare
leader
capogruppo
capo
portavoce
commissario
commissaria
ambasciatore
ambasciatrice
console
diplomatico
prefetto
questore
procuratore
procuratrice
procuratore capo
pm
pubblico ministero
gip
gup
giudice
magistrato
magistrata
avvocato
avvocata
avvocatessa
legale
notaio
comandante
generale
colonnello
maggiore
capitano
tenente
maresciallo
brigadiere
appuntato
ammiraglio
ispettore
ispettrice
agente
papa
pontefice
cardinale
arcivescovo
vescovo
monsignor
monsignore
don
padre
suor
suora
frate
fra
rabbino
imam
patriarca
re
regina
principe
principessa
duca
duchessa
contessa
marchese
barone
imperatore
imperatrice
zar
sceicco
emiro
sultano
ayatollah
dottor
dottore
dottoressa
professore
professoressa
ingegnere
architetto
geometra
ragioniere
signor
signore
signora
signorina
sir
lady
lord
miss
mister
madame
monsieur
regista
attore
attrice
cantante
cantautore
cantautrice
rapper
trapper
musicista
compositore
compositrice
direttore d'orchestra
scrittore
scrittrice
poeta
poetessa
romanziere
giornalista
inviato
inviata
corrispondente
editorialista
cronista
conduttore
conduttrice
presentatore
presentatrice
showman
comico
comica
sceneggiatore
sceneggiatrice
produttore
produttrice
fotografo
fotografa
artista
pittore
pittrice
scultore
stilista
designer
chef
allenatore
allenatrice
tecnico
ct
commissario tecnico
calciatore
calciatrice
attaccante
centrocampista
difensore
portiere
pilota
tennista
ciclista
atleta
campione
campionessa
economista
analista
ricercatore
ricercatrice
scienziato
scienziata
docente
rettore
rettrice
preside
medico
primario
infermiere
infermiera
virologo
virologa
epidemiologo
immunologo
psicologo
psichiatra
storico
storica
filosofo
sociologo
imprenditore
imprenditrice
manager
banchiere
finanziere
dirigente
funzionario
funzionaria
direttore
direttrice
direttore generale
dg
vicedirettore
caporedattore
amministratore delegato
amministratrice delegata
ad
presidente esecutivo
fondatore
fondatrice
cofondatore
cofondatrice
co-fondatore
co-fondatrice
ceo
cfo
cto
coo
cio
ciso
chief executive
chief technology officer
chief scientist
chairman
founder
co-founder
president
senator
judge
coordinatore
coordinatrice
responsabile
consulente
esperto
esperta
attivista
sindacalista
influencer
youtuber
streamer
blogger
autore
autrice
editore
editrice
"""

TITLE_ABBREVIATIONS = """
on. = onorevole
On. = onorevole
sen. = senatore
Sen. = senatore
dott. = dottore
Dott. = dottore
dott.ssa = dottoressa
Dott.ssa = dottoressa
dr. = dottore
Dr. = dottore
prof. = professore
Prof. = professore
prof.ssa = professoressa
Prof.ssa = professoressa
ing. = ingegnere
Ing. = ingegnere
arch. = architetto
Arch. = architetto
avv. = avvocato
Avv. = avvocato
geom. = geometra
rag. = ragioniere
sig. = signore
Sig. = signore
sig.ra = signora
Sig.ra = signora
sig.na = signorina
Sig.na = signorina
mons. = monsignore
Mons. = monsignore
gen. = generale
Gen. = generale
col. = colonnello
cap. = capitano
magg. = maggiore
mar. = maresciallo
c.t. = commissario tecnico
Mr. = mister
Mr = mister
Mrs. = mistress
Ms. = miss
Ad = amministratore delegato
AD = amministratore delegato
Ceo = ceo
CEO = ceo
CFO = cfo
CTO = cto
COO = coo
Cto = cto
Cfo = cfo
Papa = papa
Presidente = presidente
Premier = premier
Ministro = ministro
Cardinale = cardinale
Santo Padre = papa
"""

LOC_TRIGGERS = """
città di
comune di
provincia di
regione
regione del
regione della
frazione di
località
quartiere
quartiere di
rione
borgo
paese di
capoluogo
via
viale
piazza
piazzale
piazzetta
corso
largo
vicolo
vico
lungomare
lungotevere
lungarno
strada
strada statale
statale
provinciale
autostrada
tangenziale
raccordo
contrada
monte
monti
lago
fiume
torrente
mar
mare
golfo
baia
isola
isole
arcipelago
penisola
valle
val
passo
colle
capo
stretto
canale
stazione
stazione di
aeroporto
aeroporto di
porto di
ospedale
policlinico
stadio
teatro
chiesa
chiesa di
basilica
duomo
cattedrale
abbazia
santuario
convento
monastero
palazzo
castello
torre
ponte
villa
museo
galleria
parco
parco nazionale
riserva
carcere
carcere di
penitenziario
cimitero
Via
Viale
Piazza
Piazzale
Corso
Largo
Vicolo
Lungomare
Lungotevere
Monte
Lago
Mar
Mare
Golfo
Isola
Isole
Valle
Val
Passo
Capo
Stretto
Stazione
Aeroporto
Porto
Ospedale
Policlinico
Stadio
Teatro
Chiesa
Basilica
Duomo
Cattedrale
Abbazia
Santuario
Palazzo
Castello
Torre
Ponte
Villa
Piazza di
Parco
Cimitero
Canton
cantone
contea
contea di
stato di
Stato di
prefettura
prefettura di
distretto
distretto di
"""

ORG_TRIGGERS = """
Ministero
ministero
Partito
partito
Banca
Banco
Cassa di Risparmio
Università
università
Politecnico
Istituto
Accademia
Fondazione
Associazione
Federazione
Confederazione
Unione
Consorzio
Cooperativa
Società
Compagnia
Gruppo
Agenzia
Autorità
Authority
Comitato
Consiglio
Corte
Tribunale
tribunale
Procura
procura
Questura
questura
Prefettura
Commissione
Ordine
Ordine degli
Ordine dei
Sindacato
Camera di commercio
Regione
Comune
comune
Provincia
Azienda
Ente
Centro
Movimento
Lega
Fronte
Alleanza
Club
Scuola
Liceo
Conservatorio
Orchestra
Polizia
polizia
Guardia
Arma
Esercito
Brigata
Reggimento
Dipartimento
Direzione
Ufficio
Osservatorio
Laboratorio
Chiesa
Diocesi
Arcidiocesi
Curia
Congregazione
Radio
Tg
TG
Tv
governo
Governo
ambasciata
consolato
amministrazione
regime
giunta
Giunta
University
Institute
Foundation
Association
Council
Committee
Department
Bank
Party
Agency
Corporation
Company
Union
Federation
Club
Academy
"""

ORG_SUFFIXES = """
S.p.A.
S.p.a.
s.p.a.
SpA
Spa
S.r.l.
S.r.l
s.r.l.
Srl
srl
S.r.l.s.
Srls
S.a.s.
Sas
S.n.c.
Snc
S.c.a.r.l.
Scarl
S.c.r.l.
Onlus
ONLUS
Odv
ODV
Aps
APS
Ets
ETS
Inc.
Inc
Incorporated
Ltd
Ltd.
Limited
LLC
Llc
LLP
L.P.
LP
Plc
PLC
plc
Corp.
Corp
Corporation
Co.
Company
GmbH
AG
KG
SE
S.A.
SA
S.L.
SL
SAS
SARL
Sarl
BV
B.V.
NV
N.V.
AB
ASA
Oy
Oyj
A/S
Pty
Pty Ltd
K.K.
Group
Gruppo
Holding
Holdings
Foundation
Labs
Lab
Technologies
Technology
Systems
Studios
Studio
Pictures
Entertainment
Media
Capital
Partners
Ventures
Bank
Motors
Airlines
Airways
Pharma
Pharmaceuticals
Therapeutics
Robotics
Energy
Energia
Industries
Industria
Industrie
Italia
Italy
International
Worldwide
Global
AI
FC
F.C.
CF
AC
A.C.
SC
SSC
S.S.C.
SSD
ASD
A.S.D.
Calcio
"""

# Country demonyms (masculine singular = country). Feminine/plural forms are derived by the
# builder (-o → -a -i -e; -e → -i). Used for "governo italiano", "ambasciata americana".
DEMONYMS = """
italiano = Italia
americano = Stati Uniti
statunitense = Stati Uniti
francese = Francia
tedesco = Germania
inglese = Inghilterra
britannico = Regno Unito
spagnolo = Spagna
portoghese = Portogallo
russo = Russia
ucraino = Ucraina
cinese = Cina
giapponese = Giappone
coreano = Corea
sudcoreano = Corea del Sud
nordcoreano = Corea del Nord
indiano = India
pakistano = Pakistan
iraniano = Iran
iracheno = Iraq
siriano = Siria
libanese = Libano
israeliano = Israele
palestinese = Palestina
egiziano = Egitto
libico = Libia
tunisino = Tunisia
algerino = Algeria
marocchino = Marocco
turco = Turchia
greco = Grecia
albanese = Albania
serbo = Serbia
croato = Croazia
sloveno = Slovenia
austriaco = Austria
svizzero = Svizzera
belga = Belgio
olandese = Paesi Bassi
danese = Danimarca
svedese = Svezia
norvegese = Norvegia
finlandese = Finlandia
polacco = Polonia
ceco = Repubblica Ceca
slovacco = Slovacchia
ungherese = Ungheria
rumeno = Romania
romeno = Romania
bulgaro = Bulgaria
moldavo = Moldavia
bielorusso = Bielorussia
georgiano = Georgia
armeno = Armenia
azero = Azerbaigian
kazako = Kazakistan
afghano = Afghanistan
saudita = Arabia Saudita
qatariota = Qatar
emiratino = Emirati Arabi Uniti
yemenita = Yemen
giordano = Giordania
etiope = Etiopia
somalo = Somalia
eritreo = Eritrea
sudanese = Sudan
nigeriano = Nigeria
senegalese = Senegal
ghanese = Ghana
sudafricano = Sudafrica
keniota = Kenya
canadese = Canada
messicano = Messico
brasiliano = Brasile
argentino = Argentina
cileno = Cile
peruviano = Perù
colombiano = Colombia
venezuelano = Venezuela
cubano = Cuba
australiano = Australia
neozelandese = Nuova Zelanda
indonesiano = Indonesia
filippino = Filippine
vietnamita = Vietnam
thailandese = Thailandia
taiwanese = Taiwan
irlandese = Irlanda
scozzese = Scozia
gallese = Galles
europeo = Europa
africano = Africa
asiatico = Asia
sovietico = Unione Sovietica
vaticano = Città del Vaticano
"""

# Common given names absent from WGND (names with conflicting gender across countries are
# dropped there) or too important to depend on a filter. Gender after `=`: M, F or U.
GIVEN_EXTRA = """
Andrea = U
Luca = M
Nicola = M
Michael = M
David = M
Davide = M
George = M
Charles = M
Kevin = M
Jennifer = F
Daniel = M
Thomas = M
Simone = U
Gabriele = M
Elia = M
Mattia = M
Enea = M
Noah = M
Joshua = M
Jordan = U
Alex = U
Sasha = U
Sam = U
Kim = U
Jean = U
Maria = F
Giulia = F
Sofia = F
Aurora = F
Alice = F
Ginevra = F
Emma = F
Giorgia = F
Elon = M
Sam = U
Sundar = M
Satya = M
Dario = M
Demis = M
Mustafa = M
Yann = M
Geoffrey = M
Ilya = M
Greg = M
Jensen = M
Tim = M
Mark = M
Jeff = M
Bill = M
Steve = M
Larry = M
Sergey = M
Joe = M
Kamala = F
Donald = M
Vladimir = M
Volodymyr = M
Xi = M
Emmanuel = M
Olaf = M
Ursula = F
Giorgia = F
Elly = F
Matteo = M
Sergio = M
Silvio = M
Mario = M
Romano = M
Enrico = M
Giuseppe = M
Carlo = M
Francesco = M
Antonio = M
Giovanni = M
Paolo = M
Pietro = M
"""
