"""Hand-curated companies, religious institutions, space agencies, foreign universities and
clubs of other sports, second batch (written for this project from general knowledge; CC0,
source `curated`). Same block syntax as scripts/lexicons_curated.py. One-word brands that are
Italian or English words, given names or places (Target, Mango, Bolt, Vivo, Aruba) are left
out or given only in a longer form.
"""

# ------------------------------------------------------------------ companies by sector (azienda)

ORG_COMPANIES_MORE = """
# Banks, payments, finance (Italy)
Credem
Credito Emiliano = Credem
Banca Popolare di Sondrio
Popolare di Sondrio = Banca Popolare di Sondrio
Banca Sella
Banca Ifis
Illimity
illimity = Illimity
Banca Generali
Banca Popolare di Vicenza
Popolare di Vicenza = Banca Popolare di Vicenza
Veneto Banca
Carige
Banca Carige = Carige
Banca Etruria
Popolare di Bari
Banca Popolare di Bari = Popolare di Bari
Banca Popolare dell'Emilia Romagna = BPER
Bper Banca = BPER
Banco Popolare
Banca Popolare di Milano
Bpm = Banca Popolare di Milano
Crédit Agricole Italia
Bnl = BNL
BNL
Banca Nazionale del Lavoro = BNL
Bnl Bnp Paribas = BNL
Banca Monte dei Paschi di Siena = Monte dei Paschi
Monte Paschi = Monte dei Paschi
Banca Mps = Monte dei Paschi
Banca Intesa Sanpaolo = Intesa Sanpaolo
Intesa San Paolo = Intesa Sanpaolo
Sanpaolo Imi
Isybank
Fideuram
Banca Fideuram = Fideuram
Banca Profilo
Banca Akros
Banca Imi
Banca Mediolanum = Banca Mediolanum
Mediolanum = Banca Mediolanum
Banca Widiba
Widiba = Banca Widiba
Nexi
Satispay
Findomestic
Agos
Banca Investis
Banca del Fucino
Cassa di Risparmio di Asti
Cassa Centrale Banca
Iccrea
Federcasse
Credito Valtellinese
Creval = Credito Valtellinese
Ubi Banca = UBI Banca
UBI Banca
Ubi = UBI Banca
Banca Popolare di Milano = Banca Popolare di Milano
Cassa di Risparmio di Parma
Cariparma
Banca Mps = Monte dei Paschi
Mediobanca Research
Banca Finnat
Equita
Anima Holding
Banca Patrimoni Sella
Generali Investments
F2i
Fondo Italiano d'Investimento
Fondo Strategico Italiano
Cdp Equity
Cdp Venture Capital
Borsa Italiana = Borsa Italiana
Consob = Consob
Unipol Sai = UnipolSai
Unipol Gruppo = Unipol
Reale Mutua
Cattolica Assicurazioni
Poste Vita
Vittoria Assicurazioni
Sara Assicurazioni
Allianz
Allianz Italia
Axa = AXA
AXA
Zurich Insurance
Zurich Italia
Mapfre
Aviva
Prudential
MetLife
Aig = AIG
AIG
Munich Re
Swiss Re
Hannover Re
Lloyd's
Lloyds Banking Group
Lloyds = Lloyds Banking Group
NatWest
Standard Chartered
Commerzbank
Abn Amro = ABN Amro
ABN Amro
Rabobank
Kbc = KBC
KBC
Nordea
Danske Bank
Erste Group
Erste Bank
Raiffeisen
Raiffeisen Bank International
Bbva = BBVA
BBVA
CaixaBank
Banco Sabadell
Sabadell = Banco Sabadell
Bankinter
Natixis
Bpce = BPCE
BPCE
Crédit Mutuel
Credit Agricole = Crédit Agricole
Societe Generale = Société Générale
Banco Santander = Santander
Mizuho
Mufg = MUFG
MUFG
Mitsubishi UFJ
Nomura
SoftBank
Softbank = SoftBank
SoftBank Group = SoftBank
Icbc = ICBC
ICBC
Bank of China
China Construction Bank
Agricultural Bank of China
State Street
Charles Schwab
Fidelity
Fidelity Investments = Fidelity
Citadel
Bridgewater
Bridgewater Associates = Bridgewater
Kkr = KKR
KKR
Blackstone
Carlyle Group = Carlyle
Apollo Global Management
Tpg = TPG
TPG
Cvc = CVC
CVC
CVC Capital Partners = CVC
Bain Capital
Permira
Advent International
Elliott Management
Ardian
Partners Group
Temasek
Gic = GIC
GIC
Public Investment Fund
Pif = Public Investment Fund
PIF = Public Investment Fund
Fondo sovrano saudita = Public Investment Fund
Mubadala
Adia = ADIA
ADIA
Qatar Investment Authority
Qia = Qatar Investment Authority
QIA = Qatar Investment Authority
Norges Bank
Fondo sovrano norvegese
Amundi
Pimco = PIMCO
PIMCO
Invesco
Franklin Templeton
Schroders
Allianz Global Investors
Jp Morgan = JPMorgan
J.P. Morgan = JPMorgan
JPMorgan Chase & Co. = JPMorgan
Citibank = Citigroup
BofA = Bank of America
Western Union
MoneyGram
Coinbase
Binance
Ftx = FTX
FTX
Tether
Robinhood
Block Inc.
Adyen
Worldline
Revolut
N26
Monzo
Klarna
Scalable Capital
Trade Republic
eToro
Etoro = eToro
Directa
Fineco = Fineco
FinecoBank = Fineco
Moody's Analytics
S&P Global
Standard & Poor's = Standard & Poor's
Fitch Ratings = Fitch
Dbrs = DBRS
DBRS
DBRS Morningstar
Scope Ratings
Morningstar
Msci = MSCI
MSCI
FTSE Russell
Lseg = LSEG
LSEG
London Stock Exchange
Borsa di Londra = London Stock Exchange
Nyse = NYSE
NYSE
New York Stock Exchange = NYSE
Borsa di New York = NYSE
Deutsche Börse
Borsa di Francoforte = Deutsche Börse
Borsa di Parigi = Euronext
Hong Kong Stock Exchange
Borsa di Hong Kong = Hong Kong Stock Exchange
Borsa di Tokyo
Borsa di Shanghai
Refinitiv
# Consulting, research, audit
Boston Consulting Group
Bcg = BCG
BCG
Bain & Company
Bain = Bain & Company ; -
Oliver Wyman
Roland Berger
Arthur D. Little
Booz Allen Hamilton
Booz Allen = Booz Allen Hamilton
Grant Thornton
Bdo = BDO
BDO
Mazars
Forvis Mazars
Protiviti
Ernst&Young = Ernst & Young
PricewaterhouseCoopers = PwC
Pwc = PwC
Gartner
Idc = IDC
IDC
Ipsos
Kantar
GfK
Gfk = GfK
YouGov
Euromonitor
Oxford Economics
Capital Economics
Eurasia Group
Wpp = WPP
WPP
Publicis
Omnicom
Havas
Dentsu
Interpublic
Cerved Group = Cerved
The European House - Ambrosetti
The European House Ambrosetti = The European House - Ambrosetti
Ambrosetti = The European House - Ambrosetti
Teha = The European House - Ambrosetti
# Carmakers and mobility
Chery
Geely
Great Wall Motors
Nio = NIO
NIO
Xpeng
Li Auto
Saic = SAIC
SAIC
SAIC Motor = SAIC
Dongfeng
Leapmotor
Lynk & Co
Polestar
Cupra
Skoda
Škoda = Skoda
Opel
Dacia
Suzuki
Mazda
Subaru
Mitsubishi
Mitsubishi Motors
Lexus
Rolls-Royce
Bentley
Aston Martin
McLaren
Bugatti
Dallara
Cadillac
Chevrolet
Buick
Tata Motors
Mahindra
Maruti Suzuki
DR Automobiles
Marelli
Magneti Marelli
Comau
Cnh = CNH Industrial
CNH
CNH Industrial
New Holland
Caterpillar
John Deere
Scania
Daf = DAF
DAF
Michelin
Bridgestone
Goodyear
Valeo
Faurecia
Forvia
ZF = ZF Friedrichshafen
ZF Friedrichshafen
Harley-Davidson
Kawasaki
Yamaha
Ktm = KTM
KTM
Moto Guzzi
MV Agusta
Benelli
Beta Motor
Fantic
Stellantis Europe
Fiat Auto
Fiat Chrysler Automobiles = FCA
Gruppo Fiat = Fiat
Gruppo Volkswagen = Volkswagen
Volkswagen Group = Volkswagen
Mercedes-Benz Group
Bmw Group = BMW
BMW Group = BMW
Renault Group
Gruppo Renault = Renault
Toyota Motor
Hyundai Motor
Ferrari N.V. = Ferrari
Scuderia Ferrari
Red Bull Racing
Red Bull
Mercedes Amg = Mercedes-AMG
Mercedes-AMG
Mercedes AMG Petronas
Williams Racing
Alpine F1
Aston Martin F1
Haas F1 = Haas
Sauber
Kick Sauber = Sauber
Racing Bulls
AlphaTauri
Alpha Tauri = AlphaTauri
Toro Rosso
Minardi
Audi F1
Ducati Corse
Gresini
Gresini Racing = Gresini
Vr46 = VR46
VR46
Pramac
Pramac Racing = Pramac
Trackhouse
Team Ineos = Ineos
Ineos
Ineos Grenadiers
Visma-Lease a Bike
Jumbo-Visma
UAE Team Emirates
Movistar
Movistar Team = Movistar
Bahrain Victorious
Astana Qazaqstan
Lidl-Trek
Soudal Quick-Step
Quick-Step
Red Bull-Bora-Hansgrohe
Bora-Hansgrohe
Groupama-FDJ
EF Education
Israel-Premier Tech
Decathlon-AG2R
Ag2r = AG2R
AG2R
Intermarché-Wanty
Avis Budget
Europcar
Sixt
Leasys
Ayvens
Arval
Enterprise Rent-A-Car
Free Now
FreeNow = Free Now
Cabify
BlaBlaCar
Blablacar = BlaBlaCar
Getaround
Share Now
Car2go
Zipcar
Voi Technology
Northvolt
Catl = CATL
CATL
LG Energy Solution
Samsung SDI
Albemarle
# Energy, materials, industry, defence
Engie
Iberdrola
Endesa
Repsol
Equinor
Ørsted
Orsted = Ørsted
Rwe = RWE
RWE
E.On = E.ON
E.ON
EnBW
Uniper
Vattenfall
Fortum
Naturgy
Galp
Omv = OMV
OMV
Orlen
PKN Orlen = Orlen
Sinopec
PetroChina
Cnpc = CNPC
CNPC
Cnooc = CNOOC
CNOOC
ConocoPhillips
Halliburton
Schlumberger
Slb = SLB
SLB
Baker Hughes
Sonatrach
QatarEnergy
Qatar Energy = QatarEnergy
Qatar Petroleum
Adnoc = ADNOC
ADNOC
Kuwait Petroleum
Nioc = NIOC
NIOC
Westinghouse
Tenaris
Techint
Acciaierie d'Italia
Ilva
ex Ilva = Ilva
Ex Ilva = Ilva
ArcelorMittal
Arcelor Mittal = ArcelorMittal
ThyssenKrupp
Thyssenkrupp = ThyssenKrupp
Acciai Speciali Terni
Italcementi
Heidelberg Materials
Holcim
Buzzi Unicem
Webuild
Salini Impregilo
Impregilo
Maire Tecnimont
Tecnimont
Prysmian
Nexans
Bureau Veritas
Sgs = SGS
SGS
Glencore
Rio Tinto
Bhp = BHP
BHP
Anglo American
Freeport-McMoRan
Barrick Gold
Newmont
Alcoa
Trafigura
Vitol
Gunvor
Cargill
Bunge
Archer Daniels Midland
Louis Dreyfus
Maersk
Msc = MSC
MSC
Mediterranean Shipping Company = MSC
Cma Cgm = CMA CGM
CMA CGM
Hapag-Lloyd
Cosco = COSCO
COSCO
Evergreen Marine
Dhl = DHL
DHL
Ups = UPS
UPS
FedEx
Fedex = FedEx
Tnt = TNT
TNT
Gls = GLS
GLS
Brt = BRT
BRT
SDA Express Courier
Royal Mail
La Poste
Deutsche Post
Usps = USPS
USPS
Elettronica spa
Telespazio
Thales
Thales Alenia Space
Avio
Avio Aero
Mbda = MBDA
MBDA
Rheinmetall
Knds = KNDS
KNDS
Krauss-Maffei Wegmann
Iveco Defence Vehicles
Oto Melara
Agusta
AgustaWestland
Leonardo Helicopters
Saab
Bae Systems = BAE Systems
BAE Systems
Dassault
Dassault Aviation
Safran
Naval Group
General Dynamics
L3Harris
Huntington Ingalls
Embraer
Bombardier
Elbit
Elbit Systems = Elbit
Rafael Advanced Defense Systems = Rafael
Israel Aerospace Industries
Nso = NSO Group
NSO
NSO Group
Paragon Solutions
Hacking Team
Cellebrite
Baykar
Norinco
Avic = AVIC
AVIC
Comac = COMAC
COMAC
Rolls-Royce Holdings
Pratt & Whitney
GE Aerospace
Honeywell
Abb = ABB
ABB
Schneider Electric
Alstom
Hitachi Rail
Ansaldo Sts
Ansaldobreda
# Pharma and health
AbbVie
Amgen
Gilead
Gilead Sciences = Gilead
Biogen
Regeneron
Bristol Myers Squibb
Bristol-Myers Squibb = Bristol Myers Squibb
Bms = Bristol Myers Squibb
BMS = Bristol Myers Squibb
Msd = MSD
MSD
Takeda
Daiichi Sankyo
Astellas
Otsuka
Teva
Viatris
Sandoz
Boehringer Ingelheim
Merck KGaA
Novavax
CureVac
Sinovac
Sinopharm
Istituto Gamaleya
Gamaleya = Istituto Gamaleya
Serum Institute of India
Alfasigma
Dompé
Italfarmaco
Kedrion
DiaSorin
Diasorin = DiaSorin
Amplifon
El.En.
Esaote
Medtronic
Siemens Healthineers
GE Healthcare
Thermo Fisher
Thermo Fisher Scientific = Thermo Fisher
23andMe
Theranos
Walgreens
Cvs = CVS
CVS
UnitedHealth
UnitedHealth Group = UnitedHealth
Kaiser Permanente
Johnson&Johnson = Johnson & Johnson
J&J = Johnson & Johnson
Glaxo = GlaxoSmithKline
Astrazeneca = AstraZeneca
Biontech = BioNTech
# Retail, consumer goods, food, fashion
Temu
Shein
AliExpress
Aliexpress = AliExpress
Zalando
Yoox
Yoox Net-a-Porter
Farfetch
Vinted
Subito.it
Glovo
Deliveroo
Just Eat
JustEat = Just Eat
Uber Eats
Foodora
Getir
Eurospin
Penny Market
Pam Panorama
Despar
Crai
Famila
Tigros
Auchan
Metro Italia
Selex
Carrefour Italia
MediaWorld
Mediaworld = MediaWorld
Unieuro
Euronics
Trony
Leroy Merlin
Tesco
Sainsbury's
Asda
Marks & Spencer
Primark
Harrods
Home Depot
Kroger
Best Buy
Macy's
Uniqlo
Fast Retailing
Levi's
Levi Strauss
Calzedonia
Intimissimi
Tezenis
Ovs = OVS
OVS
Rinascente
La Rinascente = Rinascente
Azimut Holding
Cerberus Capital Management
Adani Group
Kiko Milano
Tiffany & Co.
Wharton School
Upim
Otb = OTB
OTB
Geox
Max Mara
MaxMara = Max Mara
Etro
Moschino
Furla
Golden Goose
Brunello Cucinelli
Cucinelli = Brunello Cucinelli
Loro Piana
Bottega Veneta
Balenciaga
Burberry
Richemont
Cartier
Tiffany & Co.
Swatch
Swatch Group
Rolex
Estée Lauder
Safilo
De'Longhi
DeLonghi = De'Longhi
Smeg
Whirlpool
Indesit
Electrolux
Haier
Beko
Dyson
Poltronesofà
Kartell
B&B Italia
Bialetti
Mulino Bianco
Galbani
Lactalis
Danone
Kraft Heinz
Mondelez
Kellogg's
General Mills
Heineken
AB InBev
Anheuser-Busch InBev = AB InBev
Carlsberg
Diageo
Pernod Ricard
Martini & Rossi
Bacardi
Segafredo
Segafredo Zanetti = Segafredo
Kimbo
Nespresso
Burger King
Kfc = KFC
KFC
Domino's
Domino's Pizza = Domino's
Pizza Hut
Old Wild West
Cigierre
Inalca
Gruppo Cremonini
Gruppo Veronesi
Giovanni Rana
Pastificio Rana = Giovanni Rana
Sammontana
Algida
Ferrarelle
Levissima
Acqua Panna
San Benedetto
Acqua San Benedetto = San Benedetto
Cirio
Balocco
Bauli
Loacker
Venchi
Caffarel
Lindt
Findus
Orogel
Bonduelle
Conserve Italia
Cantine Riunite
Zonin1821
Mionetto
Fernet-Branca
Fratelli Branca
Disaronno
Illva Saronno
Amaro Lucano
Averna
Consorzio del Prosecco
Consorzio del Parmigiano Reggiano
Consorzio Grana Padano
Philip Morris
Philip Morris International = Philip Morris
British American Tobacco
Bat = British American Tobacco ; -
Japan Tobacco
Imperial Brands
Juul
Procter&Gamble = Procter & Gamble
P&G = Procter & Gamble
Colgate-Palmolive
Reckitt
Henkel
Beiersdorf
Coty
Shiseido
Kimberly-Clark
Coca-Cola HBC
The Coca-Cola Company = Coca-Cola
Coca Cola = Coca-Cola
Pepsico = PepsiCo
Nestle = Nestlé
Loreal = L'Oréal
L'Oreal = L'Oréal
Lvmh Moët Hennessy Louis Vuitton = LVMH
Louis Vuitton Moët Hennessy = LVMH
Prada Group = Prada
Gruppo Prada = Prada
Capri Holdings
Hugo Boss
Lacoste
Under Armour
New Balance
Asics
Skechers
Timberland
The North Face
Columbia Sportswear
Foot Locker
JD Sports
Mcdonald's = McDonald's
McDonald’s = McDonald's
Starbucks Corporation = Starbucks
# Airlines, travel, tourism
Aeroflot = Aeroflot
Turkish Airlines
Etihad
Etihad Airways = Etihad
Air India
Air China
China Eastern
China Southern
Cathay Pacific
Singapore Airlines
Japan Airlines
All Nippon Airways
Korean Air
Qantas
Air Canada
Swiss International Air Lines
Austrian Airlines
Brussels Airlines
Klm = KLM
KLM
Air France-KLM
Iag = IAG
IAG
International Airlines Group = IAG
Vueling
Aer Lingus
Norwegian Air
Norwegian Air Shuttle = Norwegian Air
Finnair
LOT Polish Airlines
Tap Air Portugal = TAP Air Portugal
TAP Air Portugal
Aegean Airlines
Air Europa
Transavia
Eurowings
Southwest Airlines
JetBlue
Alaska Airlines
Spirit Airlines
Latam = LATAM
LATAM
Avianca
Aerolíneas Argentinas
El Al
Royal Air Maroc
Ethiopian Airlines
EgyptAir
Saudia
flydubai
Air Arabia
Pegasus Airlines
Jet2
Tui = TUI
TUI
Alpitour
Royal Caribbean
Norwegian Cruise Line
Virgin Atlantic
Virgin Group
Marriott
Accor
Hyatt
Intercontinental Hotels Group
Ihg = IHG
IHG
Best Western
Club Med
Trivago
Edreams = eDreams
eDreams
Lastminute.com
Skyscanner
Hostelworld
Airbnb = Airbnb
Boeing = Boeing
Airbus = Airbus
# Telecoms, media groups, internet, software, hardware
Orange
Deutsche Telekom
T-Mobile
Telefónica
British Telecom
Bt = BT ; -
BT
Swisscom
Proximus
Kpn = KPN
KPN
Telia
Telenor
At&t = AT&T
AT&T
Verizon
Comcast
Charter Communications
China Mobile
China Telecom
China Unicom
Ntt = NTT
NTT
NTT Docomo
Docomo = NTT Docomo
Kddi = KDDI
KDDI
SK Telecom
Liberty Global
Altice
Eutelsat
OneWeb
Ses = SES ; -
SES
Viasat
Inmarsat
Intelsat
Mediaset Espana
Prosiebensat = ProSiebenSat.1
ProSiebenSat.1
Bertelsmann
Axel Springer
News Corp
News Corporation = News Corp
Fox Corporation
Nbcuniversal = NBCUniversal
NBCUniversal
Hachette
Lagardère
Penguin Random House
HarperCollins
Simon & Schuster
Springer Nature
Elsevier
Condé Nast
Conde Nast = Condé Nast
Gannett
Spotify = Spotify
Deezer
SoundCloud
Sony Music
Universal Music Group
Warner Music Group
Live Nation
Ticketmaster
TicketOne
Vivaticket
Texas Instruments
Broadcom
Marvell
Infineon
STMicroelectronics
Stmicroelectronics = STMicroelectronics
St Microelectronics = STMicroelectronics
NXP
Nxp = NXP
Renesas
SK Hynix
Hynix = SK Hynix
Applied Materials
Lam Research
Tokyo Electron
Synopsys
Arm Holdings = Arm
Cerebras
Groq
SambaNova
Graphcore
CoreWeave
Supermicro
Super Micro = Supermicro
Hewlett Packard Enterprise
Hpe = HPE
HPE
Juniper Networks
VMware
Vmware = VMware
Red Hat
Suse = SUSE
SUSE
Atlassian
ServiceNow
Workday
Intuit
Okta
CrowdStrike
Crowdstrike = CrowdStrike
Palo Alto Networks
Fortinet
Check Point
Kaspersky
Kaspersky Lab = Kaspersky
McAfee
Avast
Eset = ESET
ESET
Sophos
Trend Micro
Mandiant
Proofpoint
Cloudflare
Akamai
Equinix
Digital Realty
Aruba.it
Aruba S.p.A.
Register.it
Engineering Ingegneria Informatica
Gruppo Engineering = Engineering Ingegneria Informatica
Exprivia
Almaviva spa
TeamSystem
Dedagroup
Olivetti
Italtel
Seeweb
NTT Data
Ntt Data = NTT Data
Capgemini
Atos
Sopra Steria
Infosys
Wipro
Tata Consultancy Services
Tcs = TCS
TCS
HCLTech
Hcl = HCL
HCL
Nec = NEC
NEC
Kyocera
Ricoh
Epson
Xerox
Logitech
Garmin
GoPro
Fitbit
Sonos
Bose
Razer
OnePlus
Realme
Zte = ZTE
ZTE
Hisense
Tcl = TCL
TCL
Dji = DJI
DJI
Meituan
JD.com
Jd.com = JD.com
Pinduoduo
Pdd = PDD Holdings
PDD Holdings
Kuaishou
Weibo
NetEase
Netease = NetEase
Ant Group
Ant Financial = Ant Group
Alipay
SenseTime
iFlytek
Iflytek = iFlytek
Naver
Kakao
Rakuten
Mercari
Sea Limited
Gojek
Flipkart
Reliance Industries
Reliance Jio
Jio = Reliance Jio
Tata Group
Gruppo Tata = Tata Group
Helsing
DeepL
Celonis
Skype
Tinder
Match Group
Bumble
Grindr
Duolingo
Coursera
Udemy
Quora
Stack Overflow
Patreon
OnlyFans
Onlyfans = OnlyFans
Tumblr
Flickr
Vimeo
Dailymotion
Truth Social
Trump Media
Trump Media & Technology Group = Trump Media
Bluesky
Viber
WeChat
Wechat = WeChat
Snapchat
Yelp
Zillow
DoorDash
Instacart
Grubhub
Wework = WeWork
WeWork
Regus
Microsoft Research
Google Research
Google Brain
Meta AI
Facebook AI Research
Apple Inc. = Apple
Google LLC = Google
Alphabet Inc. = Alphabet
Microsoft Corporation = Microsoft
Amazon.com = Amazon
Amazon Italia = Amazon
Nvidia Corporation = Nvidia
Tesla Motors = Tesla
Tesla Inc. = Tesla
X.AI = xAI
X.ai = xAI
Twitter Inc. = Twitter
Meta Platforms Inc. = Meta
OpenAi = OpenAI
Openai = OpenAI
Anthropic PBC = Anthropic
Mistral Ai = Mistral AI
Deepmind = DeepMind
Google Deepmind = Google DeepMind
Microsoft Italia
Google Italia
Meta Italia
Apple Italia
IBM Italia
Ibm Italia = IBM Italia
Huawei Italia
Samsung Italia
Vodafone Italia
Fastweb + Vodafone = Fastweb
Tim Brasil
Telecom Italia Sparkle = Sparkle
Tim Enterprise
Noovle
Poste Italiane spa = Poste Italiane
Leonardo spa = Leonardo
Leonardo S.p.A. = Leonardo
Leonardo Spa = Leonardo
Fincantieri spa = Fincantieri
Eni spa = Eni
Enel spa = Enel
Ferrovie dello Stato spa = Ferrovie dello Stato
"""

# ------------------------------------------------------------------ religious institutions (gruppo)

ORG_RELIGIOUS = """
Segreteria di Stato vaticana
Segreteria di Stato della Santa Sede = Segreteria di Stato vaticana
Dicastero per la Dottrina della Fede
Congregazione per la Dottrina della Fede
Sant'Uffizio
Dicastero per la Comunicazione
Dicastero per l'Evangelizzazione
Dicastero per il Servizio dello Sviluppo Umano Integrale
Dicastero per i Vescovi
Dicastero per le Cause dei Santi
Congregazione per le Cause dei Santi
Congregazione per i Vescovi
Congregazione per il Clero
Congregazione per l'Educazione Cattolica
Pontificia Accademia per la Vita
Pontificia Accademia delle Scienze
Pontificio Consiglio per la Cultura
Pontificio Consiglio per la Promozione dell'Unità dei Cristiani
Sinodo dei vescovi
Sinodo dei Vescovi = Sinodo dei vescovi
Collegio cardinalizio
Collegio dei cardinali = Collegio cardinalizio
Collegio Cardinalizio = Collegio cardinalizio
Ior = IOR
IOR
Istituto per le Opere di Religione = IOR
Istituto per le opere di religione = IOR
Banca vaticana = IOR
Apsa = APSA
APSA
Governatorato
Governatorato dello Stato della Città del Vaticano = Governatorato
Gendarmeria vaticana
Gendarmeria Vaticana = Gendarmeria vaticana
Sala stampa vaticana
Sala Stampa vaticana = Sala stampa vaticana
Sala Stampa della Santa Sede = Sala stampa vaticana
Sala stampa della Santa Sede = Sala stampa vaticana
Tribunale vaticano
Tribunale dello Stato della Città del Vaticano = Tribunale vaticano
Rota Romana
Sacra Rota = Rota Romana
Penitenzieria apostolica
Elemosineria apostolica
Fabbrica di San Pietro
Biblioteca Apostolica Vaticana
Biblioteca Vaticana = Biblioteca Apostolica Vaticana
Archivio apostolico vaticano
Conferenza Episcopale Italiana = Conferenza episcopale italiana
Conferenza episcopale tedesca
Conferenza episcopale francese
Conferenza episcopale spagnola
Conferenza episcopale statunitense
Usccb = Conferenza episcopale statunitense
USCCB = Conferenza episcopale statunitense
Conferenza episcopale polacca
Celam = CELAM
CELAM
Patriarcato di Venezia
Patriarcato di Costantinopoli
Patriarcato ecumenico
Patriarcato ecumenico di Costantinopoli = Patriarcato ecumenico
Patriarcato latino di Gerusalemme
Patriarcato di Gerusalemme
Custodia di Terra Santa
Chiesa ortodossa russa
Chiesa ortodossa ucraina
Chiesa greco-cattolica ucraina
Chiesa ortodossa greca
Chiesa ortodossa rumena
Chiesa ortodossa serba
Chiesa copta
Chiesa copta ortodossa
Chiesa armena
Chiesa apostolica armena
Chiesa maronita
Chiesa caldea
Chiesa luterana
Chiesa evangelica luterana
Chiesa evangelica tedesca
Chiesa d'Inghilterra
Church of England
Comunione anglicana
Chiesa metodista
Chiesa battista
Chiesa avventista
Chiese evangeliche
Federazione delle Chiese evangeliche in Italia
Fcei = Federazione delle Chiese evangeliche in Italia
Tavola valdese
Consiglio ecumenico delle Chiese
Testimoni di Geova
Chiesa di Gesù Cristo dei Santi degli Ultimi Giorni
Scientology
Chiesa di Scientology = Scientology
Unione delle Comunità Ebraiche Italiane
Unione delle comunità ebraiche italiane = Unione delle Comunità Ebraiche Italiane
Ucei = Unione delle Comunità Ebraiche Italiane
UCEI = Unione delle Comunità Ebraiche Italiane
Comunità ebraica di Roma
Comunità ebraica di Milano
Rabbinato centrale
Gran Rabbinato
Ucoii = UCOII
UCOII
Unione delle comunità islamiche d'Italia = UCOII
Coreis = COREIS
COREIS
Centro islamico culturale d'Italia
Lega musulmana mondiale
Al-Azhar
Università al-Azhar = Al-Azhar
Unione Buddhista Italiana
Istituto Buddista Italiano Soka Gakkai
Soka Gakkai
Unione induista italiana
Compagnia di Gesù
Ordine dei Frati Minori
Frati Minori = Ordine dei Frati Minori
Frati minori conventuali
Ordine dei Predicatori
Benedettini
Ordine di San Benedetto = Benedettini
Salesiani
Salesiani di Don Bosco = Salesiani
Carmelitani
Frati minori cappuccini
Agostiniani
Legionari di Cristo
Missionarie della Carità
Missionari comboniani
Comboniani = Missionari comboniani
Figlie della Carità
Fraternità sacerdotale San Pio X
Lefebvriani = Fraternità sacerdotale San Pio X ; -
Comunità di Bose
Comunità di Taizé
Casa reale
Casa Reale
"""

# ------------------------------------------------------------------ space agencies and companies (istituzione / azienda)

ORG_SPACE = """
Roscosmos = Roscosmos
Agenzia spaziale russa = Roscosmos
Cnsa = CNSA
CNSA
Agenzia spaziale cinese = CNSA
Amministrazione spaziale nazionale cinese = CNSA
Jaxa = JAXA
JAXA
Agenzia spaziale giapponese = JAXA
Isro = ISRO
ISRO
Agenzia spaziale indiana = ISRO
Cnes = CNES
CNES
Agenzia spaziale francese = CNES
Dlr = DLR
DLR
Agenzia spaziale tedesca = DLR
UK Space Agency
Agenzia spaziale britannica = UK Space Agency
Agenzia spaziale canadese
Canadian Space Agency = Agenzia spaziale canadese
Agenzia spaziale israeliana
Agenzia spaziale emiratina
Agenzia spaziale coreana
Agenzia spaziale ucraina
Agenzia spaziale brasiliana
Agenzia spaziale dell'Unione europea
Euspa = EUSPA
EUSPA
Agenzia spaziale americana = NASA
Ente spaziale americano = NASA
National Aeronautics and Space Administration = NASA
Agenzia Spaziale Europea = Agenzia spaziale europea
European Space Agency = Agenzia spaziale europea
Agenzia Spaziale Italiana = Agenzia spaziale italiana
Jpl = JPL
JPL
Jet Propulsion Laboratory = JPL
Goddard Space Flight Center
Centro Goddard = Goddard Space Flight Center
Estec = ESTEC
ESTEC
Esrin = ESRIN
ESRIN
Esoc = ESOC
ESOC
Seti Institute = SETI Institute
SETI Institute
Space Telescope Science Institute
Blue Origin
Rocket Lab
Virgin Galactic
Virgin Orbit
Arianespace
ArianeGroup
Axiom Space
Sierra Space
United Launch Alliance
Relativity Space
Firefly Aerospace
Astroscale
Planet Labs
Maxar
Maxar Technologies = Maxar
D-Orbit
Argotec
Sitael
Ohb = OHB
OHB
Airbus Defence and Space
Thales Alenia = Thales Alenia Space
Space X = SpaceX
Spacex = SpaceX
"""

# ------------------------------------------------------------------ foreign universities (universita)

ORG_UNIVERSITIES_WORLD = """
Università di Harvard = Harvard
Università Harvard = Harvard
Harvard Medical School
Harvard Business School
Harvard Kennedy School
Università di Stanford = Stanford
Stanford Medicine
Università di Yale = Yale
Università di Princeton = Princeton
Università di Berkeley = UC Berkeley
Università della California = University of California
Università della California a Berkeley = UC Berkeley
Università della California di Berkeley = UC Berkeley
Università della California a Los Angeles = UCLA
UC San Diego
UC Davis
UC Santa Cruz
UC San Francisco
Ucsf = UCSF
UCSF
Università Columbia = Columbia University
Università della Columbia = Columbia University
Università di Chicago
University of Chicago
Boston University
Università di Boston = Boston University
University of Washington
Università di Washington = University of Washington
University of Michigan
Università del Michigan = University of Michigan
University of Texas
Università del Texas = University of Texas
University of Pennsylvania
Università della Pennsylvania = University of Pennsylvania
UPenn = University of Pennsylvania
Cornell University
Università Cornell = Cornell University
Duke University
Università Duke = Duke University
Georgetown University
Università di Georgetown = Georgetown University
Northwestern University
Brown University
Dartmouth College
Rice University
Vanderbilt University
Emory University
Purdue University
University of Maryland
University of Wisconsin
University of Colorado
University of Southern California
Usc = USC
USC
Georgia Tech
Virginia Tech
Rockefeller University
Mayo Clinic
Cleveland Clinic
Massachusetts General Hospital
Memorial Sloan Kettering
Md Anderson = MD Anderson
MD Anderson
Broad Institute
Salk Institute
Scripps Research
Cold Spring Harbor Laboratory
Howard Hughes Medical Institute
Whitehead Institute
Janelia
University of Toronto
Università di Toronto = University of Toronto
McGill
McGill University = McGill
Università McGill = McGill
University of British Columbia
Université de Montréal
University of Tokyo
Università di Tokyo = University of Tokyo
Università di Kyoto
Università di Pechino
Peking University = Università di Pechino
Università Tsinghua
Tsinghua = Università Tsinghua
Tsinghua University = Università Tsinghua
Università Fudan
Fudan = Università Fudan
Università Zhejiang
Università di Hong Kong
University of Hong Kong = Università di Hong Kong
Università nazionale di Singapore
National University of Singapore = Università nazionale di Singapore
Nanyang Technological University
Università di Sydney
University of Sydney = Università di Sydney
Università di Melbourne
University of Melbourne = Università di Melbourne
Australian National University
Università di Edimburgo
University of Edinburgh = Università di Edimburgo
Università di Glasgow
Università di Manchester
University of Manchester = Università di Manchester
Università di Bristol
Università di Birmingham
Università di Warwick
Università di Leeds
Università di Sheffield
Università di Southampton
Università di Nottingham
Università di Bath
Università di St Andrews
Università di Durham
King's College London
King's College = King's College London
University College London
Trinity College Dublin
Trinity College
Università di Heidelberg
Università Humboldt
Università Humboldt di Berlino = Università Humboldt
Humboldt-Universität
Freie Universität
Libera Università di Berlino = Freie Universität
Università Ludwig Maximilian
Lmu = LMU
LMU
Università Ludwig Maximilian di Monaco = Università Ludwig Maximilian
Università tecnica di Monaco
Technische Universität München = Università tecnica di Monaco
Tum = TUM
TUM
Università di Vienna
Università di Zurigo
Università di Ginevra
Università di Losanna
Università di Basilea
Università di Berna
Università della Svizzera italiana
Supsi = SUPSI
SUPSI
Politecnico federale di Zurigo = ETH
ETH Zurich = ETH
Politecnico federale di Losanna = EPFL
Karolinska
Karolinska Institutet = Karolinska
Istituto Karolinska = Karolinska
Università di Uppsala
Università di Lund
Università di Copenaghen
Università di Oslo
Università di Helsinki
Università di Amsterdam
Università di Leida
Università di Utrecht
Università di Groninga
Università di Delft
TU Delft
KU Leuven
Università di Lovanio = KU Leuven
Università Cattolica di Lovanio
Università di Barcellona
Università Complutense
Complutense = Università Complutense
Università Complutense di Madrid = Università Complutense
Università di Salamanca
Università di Coimbra
Università di Lisbona
Sciences Po
Hec = HEC
HEC
HEC Paris = HEC
Insead = INSEAD
INSEAD
École polytechnique
Ecole polytechnique = École polytechnique
École normale supérieure
Ecole normale supérieure = École normale supérieure
Università di Parigi
Università Paris-Saclay
Paris-Saclay = Università Paris-Saclay
Università di Strasburgo
Università di Varsavia
Università Jagellonica
Università di Cracovia = Università Jagellonica
Università di Atene
Università di Istanbul
Università Bogaziçi
Università ebraica di Gerusalemme
Hebrew University = Università ebraica di Gerusalemme
Università di Tel Aviv
Tel Aviv University = Università di Tel Aviv
Technion
Istituto Weizmann
Weizmann Institute = Istituto Weizmann
Università americana di Beirut
Università del Cairo
Università di Città del Capo
Università di San Paolo
Università di Buenos Aires
Unam = UNAM
UNAM
Università statale di Mosca
Università di Mosca = Università statale di Mosca
Mgu = Università statale di Mosca
Mgimo = MGIMO
MGIMO
Università di San Pietroburgo
Università di Kiev
Università di Seul
Università nazionale di Seul = Università di Seul
Kaist = KAIST
KAIST
Indian Institute of Technology
Indian Institute of Science
Esade = ESADE
ESADE
IE Business School
Iese = IESE
IESE
London Business School
Mit Sloan = MIT Sloan
MIT Sloan
Kellogg School of Management
Collège de France
Istituto Pasteur di Parigi = Institut Pasteur
Istituto Max Planck = Istituto Max Planck
Max Planck Institute for Intelligent Systems
Mila Quebec = Mila
Mila - Quebec AI Institute = Mila
Istituto Mila = Mila
Inria Paris = Inria
"""

# ------------------------------------------------------------------ clubs of other sports (squadra)

ORG_CLUBS_WORLD = """
Los Angeles Lakers
Lakers = Los Angeles Lakers
Boston Celtics
Celtics = Boston Celtics
Golden State Warriors
Chicago Bulls
Miami Heat
New York Knicks
Knicks = New York Knicks
Brooklyn Nets
San Antonio Spurs
Dallas Mavericks
Mavericks = Dallas Mavericks
Denver Nuggets
Milwaukee Bucks
Philadelphia 76ers
76ers = Philadelphia 76ers
Phoenix Suns
Oklahoma City Thunder
Cleveland Cavaliers
Cavaliers = Cleveland Cavaliers
Toronto Raptors
Raptors = Toronto Raptors
Houston Rockets
Memphis Grizzlies
Minnesota Timberwolves
Timberwolves = Minnesota Timberwolves
Sacramento Kings
Atlanta Hawks
Indiana Pacers
Orlando Magic
Detroit Pistons
Utah Jazz
Portland Trail Blazers
New Orleans Pelicans
Charlotte Hornets
Washington Wizards
Los Angeles Clippers
Clippers = Los Angeles Clippers
Kansas City Chiefs
Philadelphia Eagles
San Francisco 49ers
49ers = San Francisco 49ers
New England Patriots
Dallas Cowboys
Green Bay Packers
Pittsburgh Steelers
Buffalo Bills
Baltimore Ravens
New York Giants
New York Jets
Tampa Bay Buccaneers
Los Angeles Rams
Miami Dolphins
Denver Broncos
Las Vegas Raiders
Seattle Seahawks
Chicago Bears
Detroit Lions
New York Yankees
Yankees = New York Yankees
Boston Red Sox
Red Sox = Boston Red Sox
Los Angeles Dodgers
Dodgers = Los Angeles Dodgers
Chicago Cubs
New York Mets
San Francisco Giants
Houston Astros
Toronto Blue Jays
Montreal Canadiens
Toronto Maple Leafs
New York Rangers
Edmonton Oilers
Real Madrid Baloncesto
Barça Basket
Fc Barcelona Basket = Barça Basket
Fenerbahçe Beko
Anadolu Efes
Olympiacos Basket
Panathinaikos Basket
Maccabi Tel Aviv
Žalgiris
Zalgiris = Žalgiris
Partizan Belgrado
Stella Rossa Belgrado
Cska Mosca = CSKA Mosca
CSKA Mosca
Baskonia
Valencia Basket
As Monaco Basket = AS Monaco Basket
AS Monaco Basket
Alba Berlino
Bayern Monaco Basket
Zenit Kazan
Halkbank Ankara
Jastrzębski Węgiel
Stade Toulousain
Ulster Rugby
Leicester Tigers
Toronto FC
Inter Miami
Inter Miami CF = Inter Miami
LA Galaxy
Los Angeles FC
New York Red Bulls
New York City FC
Al-Nassr
Al Nassr = Al-Nassr
Al-Hilal
Al Hilal = Al-Hilal
Al-Ittihad
Al Ittihad = Al-Ittihad
Al-Ahli
Al Ahli = Al-Ahli
"""

# ------------------------------------------------------------------ more Italian companies (azienda)

ORG_COMPANIES_IT_MORE = """
Telepass
Gruppo Ferretti
Ferretti Group = Gruppo Ferretti
Sanlorenzo
Azimut Benetti
Sisal
Lottomatica
Snai
Eurobet
Bet365
Goldbet
Artsana
Giochi Preziosi
Italiaonline
Pagine Gialle
Seat Pagine Gialle
Pininfarina
Italdesign
Ariston Group
Carel Industries
Interpump
Datalogic
Technogym
Coesia
Marchesini Group
Sogefi
Cementir
Aeffe
Stevanato Group
Gvm Care & Research = GVM Care & Research
GVM Care & Research
Gruppo San Donato
Garofalo Health Care
Centro Medico Santagostino
Sirti
Fabbrica d'Armi Pietro Beretta
Bolton Group
Rio Mare
Piaggio Aerospace
Fpt Industrial = FPT Industrial
FPT Industrial
Same Deutz-Fahr
Industria Macchine Automatiche
Eni Gas e Luce
Eni Natural Energies
Banca Popolare dell'Alto Adige
Volksbank = Banca Popolare dell'Alto Adige
Sparkasse
Cassa di Risparmio di Bolzano = Sparkasse
Banca di Cividale
Banca Valsabbina
Banca Popolare del Lazio
Banca Popolare di Cividale
Bcc = Banca di credito cooperativo
BCC = Banca di credito cooperativo
Banca di credito cooperativo
Banche di credito cooperativo = Banca di credito cooperativo
Gruppo Bcc Iccrea = Iccrea
Banca Sistema
Banca Mps = Monte dei Paschi
Ferrero Rocher = Ferrero
Gruppo Ferrero = Ferrero
Gruppo Barilla = Barilla
Gruppo Lavazza = Lavazza
Gruppo Campari = Campari
Davide Campari = Campari
Gruppo Benetton = Benetton
Edizione Holding
Gruppo Armani = Armani
Gruppo Zegna = Zegna
Ermenegildo Zegna = Zegna
Gruppo Pirelli = Pirelli
Gruppo Leonardo = Leonardo
Gruppo Poste Italiane = Poste Italiane
Gruppo Tim = TIM
Gruppo TIM = TIM
Gruppo Enel = Enel
Gruppo Eni = Eni
Gruppo Unipol = Unipol
Gruppo Generali = Generali
Gruppo Intesa Sanpaolo = Intesa Sanpaolo
Gruppo UniCredit = UniCredit
Gruppo Mediobanca = Mediobanca
Gruppo Mediaset = Mediaset
Gruppo Rai = Rai
Gruppo Fininvest = Fininvest
Fininvest
Mediaset España
Mfe-MediaForEurope = Mediaset
Gruppo Stellantis = Stellantis
Gruppo Esselunga = Esselunga
Gruppo Feltrinelli = Feltrinelli
Gruppo Angelini = Angelini
Gruppo Menarini = Menarini
Gruppo Chiesi = Chiesi
Gruppo Hera = Hera
Gruppo Fs Italiane = Ferrovie dello Stato
Gruppo Ferrovie dello Stato = Ferrovie dello Stato
Gruppo Cdp = Cassa depositi e prestiti
"""
