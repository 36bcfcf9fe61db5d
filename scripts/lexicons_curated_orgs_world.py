"""Hand-curated foreign and international organisations, second batch (written for this project
from general knowledge; CC0, source `curated`). Same block syntax as scripts/lexicons_curated.py.
Names are given in the forms Italian news writes them (`Dipartimento di Stato`, `Università di
Harvard`) and in the original (`State Department`, `Harvard University`). Lexicon lookup folds
case, so an acronym also matches its title-case spelling (`ICE` = `Ice`): acronyms that are
words in that spelling (SEA, SAVE, FAI) are left out.
Issue #4: foreign institutions and security forces, international and EU bodies, NGOs and think
tanks, political parties of major countries, foreign media and news agencies, the world's major
companies by sector, religious institutions, space agencies, foreign universities, clubs of
other sports.
"""

# ------------------------------------------------------------------ foreign institutions (istituzione)

ORG_FOREIGN_BODIES = """
# United States
Dipartimento del Tesoro
Tesoro americano = Dipartimento del Tesoro
Tesoro Usa = Dipartimento del Tesoro
Dipartimento del Commercio
Dipartimento dell'Energia
Dipartimento della Sicurezza interna
Dipartimento della Sicurezza Interna
Dipartimento per la Sicurezza interna
Homeland Security
Dhs = DHS
DHS
Dipartimento della Salute
Dipartimento dell'Istruzione
Dipartimento del Lavoro
Dipartimento dei Trasporti
Dipartimento dell'Agricoltura
Dipartimento dell'Interno
Dipartimento della Giustizia
Dipartimento della Guerra
State Department
Department of Justice
Doj = DOJ
DOJ
Department of Defense
Doge = DOGE
DOGE
Department of Government Efficiency = DOGE
ICE = Immigration and Customs Enforcement
Immigration and Customs Enforcement
Cbp = CBP
CBP
Customs and Border Protection = CBP
Atf = ATF
ATF
Secret Service
Servizio segreto americano = Secret Service
Epa = EPA
EPA
Environmental Protection Agency = EPA
Noaa = NOAA
NOAA
Nih = NIH
NIH
National Institutes of Health = NIH
Faa = FAA
FAA
Fcc = FCC
FCC
Ntsb = NTSB
NTSB
Usaid = USAID
USAID
Fema = FEMA
FEMA
Irs = IRS
IRS
Census Bureau
Bureau of Labor Statistics
Office of Management and Budget
Government Accountability Office
Camera dei Rappresentanti
Camera dei rappresentanti = Camera dei Rappresentanti
House of Representatives
Senato degli Stati Uniti
Senato Usa = Senato degli Stati Uniti
Senato statunitense = Senato degli Stati Uniti
Congresso Usa = Congresso degli Stati Uniti
Congresso statunitense = Congresso degli Stati Uniti
Corte Suprema degli Stati Uniti
Corte suprema americana = Corte Suprema degli Stati Uniti
Corte Suprema americana = Corte Suprema degli Stati Uniti
Corte suprema Usa = Corte Suprema degli Stati Uniti
Supreme Court
Federal Reserve Bank
Fed di New York = Federal Reserve Bank
Esercito americano
Esercito degli Stati Uniti
Us Army = US Army
US Army
Us Navy = US Navy
US Navy
Marina americana = US Navy
Marina statunitense = US Navy
Us Air Force = US Air Force
US Air Force
Aeronautica americana = US Air Force
Space Force
Corpo dei Marines
Marines
Navy Seal
Navy Seals
Navy SEAL = Navy Seal
Delta Force
Guardia nazionale americana = Guardia Nazionale
Guardia Costiera americana
Centcom = CENTCOM
CENTCOM
Africom = AFRICOM
AFRICOM
Eucom = EUCOM
EUCOM
Norad = NORAD
NORAD
Darpa = DARPA
DARPA
Los Alamos National Laboratory
Lawrence Livermore National Laboratory
Cdc di Atlanta = CDC
Centers for Disease Control = CDC
Food and Drug Administration = FDA
Federal Bureau of Investigation = FBI
Central Intelligence Agency = CIA
National Security Agency = NSA
Securities and Exchange Commission = SEC
Federal Trade Commission = FTC
Commodity Futures Trading Commission
Cftc = CFTC
CFTC
Office of Personnel Management
National Science Foundation
Nsf = National Science Foundation
NSF = National Science Foundation
Smithsonian
Smithsonian Institution
Library of Congress
Biblioteca del Congresso = Library of Congress
Democratic National Committee
Dnc = Democratic National Committee
DNC = Democratic National Committee
Republican National Committee
Rnc = Republican National Committee
RNC = Republican National Committee
Nra = NRA
NRA
National Rifle Association = NRA
Aclu = ACLU
ACLU
Black Lives Matter
Proud Boys
Oath Keepers
Ku Klux Klan
Kkk = Ku Klux Klan
KKK = Ku Klux Klan
QAnon
Heritage Foundation
Brookings Institution
Brookings = Brookings Institution
Rand Corporation
Council on Foreign Relations
Cato Institute
American Enterprise Institute
Carnegie Endowment
Carnegie Endowment for International Peace = Carnegie Endowment
Csis = CSIS
CSIS
Center for Strategic and International Studies = CSIS
Atlantic Council
Wilson Center
Hoover Institution
Peterson Institute
Institute for the Study of War
Isw = Institute for the Study of War
ISW = Institute for the Study of War
Pew Research Center
Pew = Pew Research Center
Gallup
Morning Consult
Electronic Frontier Foundation
Eff = EFF
EFF
Future of Life Institute
Center for AI Safety
AI Now Institute
Partnership on AI
Stanford HAI
MIT Media Lab
Media Lab = MIT Media Lab
Csail = CSAIL
CSAIL
Berkman Klein Center
Santa Fe Institute
Linux Foundation
Apache Software Foundation
Python Software Foundation
Free Software Foundation
Open Source Initiative
Internet Archive
Creative Commons
Khan Academy
Bill & Melinda Gates Foundation
Fondazione Gates = Bill & Melinda Gates Foundation
Gates Foundation = Bill & Melinda Gates Foundation
Fondazione Bill e Melinda Gates = Bill & Melinda Gates Foundation
Open Society Foundations
Open Society = Open Society Foundations
Rockefeller Foundation
Fondazione Rockefeller = Rockefeller Foundation
Ford Foundation
Wellcome Trust
Wellcome = Wellcome Trust
Chan Zuckerberg Initiative
Clinton Foundation
Fondazione Clinton = Clinton Foundation
Mozilla Foundation
Sierra Club
Planned Parenthood
Human Rights Campaign
Southern Poverty Law Center
ProPublica
# United Kingdom and Ireland
Number 10 = Downing Street
Home Office
Foreign Office
Ministero degli Esteri britannico = Foreign Office
Ministero della Difesa britannico
Ministry of Defence
Tesoro britannico
Bank of England
Banca d'Inghilterra = Bank of England
Parlamento britannico
Parlamento di Westminster
Camera dei Comuni = Camera dei Comuni
House of Commons
House of Lords
Corte suprema britannica
Nhs = NHS
NHS
Servizio sanitario britannico = NHS
Met Police
Metropolitan Police
Polizia metropolitana di Londra = Metropolitan Police
Gchq = GCHQ
GCHQ
Ofcom
Ofgem
Office for National Statistics
Ons = Office for National Statistics
Competition and Markets Authority
Cma = Competition and Markets Authority
CMA = Competition and Markets Authority
Financial Conduct Authority
Serious Fraud Office
Crown Prosecution Service
Royal Navy
Royal Air Force
British Army
Esercito britannico = British Army
Sas = SAS
SAS
Famiglia reale britannica
Casa reale britannica
Parlamento scozzese
Chatham House
Rusi = RUSI
RUSI
Iiss = IISS
IISS
International Institute for Strategic Studies = IISS
Institute for Fiscal Studies
Resolution Foundation
Alan Turing Institute
Ada Lovelace Institute
Oxford Internet Institute
Royal Society
Royal Academy
British Council
Bafta = BAFTA
BAFTA
Lloyd's of London
# France
Assemblea nazionale
Assemblea Nazionale
Assemblée nationale
Assemblée Nationale = Assemblée nationale
Senato francese
Matignon
Palazzo Matignon = Matignon
Hôtel Matignon = Matignon
Quai d'Orsay
Consiglio costituzionale
Conseil constitutionnel
Consiglio di Stato francese
Conseil d'État
Corte dei conti francese
Banca di Francia
Banque de France
Dgse = DGSE
DGSE
Dgsi = DGSI
DGSI
Gendarmerie
Gendarmeria francese = Gendarmerie
Gendarmerie nationale = Gendarmerie
Legione straniera
Legione Straniera = Legione straniera
Police nationale
Cnil = CNIL
CNIL
Arcom
Insee = INSEE
INSEE
Cnrs = CNRS
CNRS
Inserm
INSERM = Inserm
Institut Pasteur
Istituto Pasteur = Institut Pasteur
Inria
INRIA = Inria
Académie française
Accademia di Francia
Sncf = SNCF
SNCF
Ratp = RATP
RATP
Edf = EDF
EDF
Électricité de France = EDF
# Germany, Austria, Switzerland
Bundesrat
Cancelleria federale
Cancelleria tedesca
Bundesverfassungsgericht
Corte costituzionale tedesca = Bundesverfassungsgericht
Corte di Karlsruhe = Bundesverfassungsgericht
Bnd = BND
BND
Verfassungsschutz
Bundesamt für Verfassungsschutz = Verfassungsschutz
Bafin = BaFin
BaFin
Bundeskartellamt
Destatis
Istituto Ifo
Zew = ZEW
ZEW
Diw = DIW
DIW
Istituto Kiel
Kiel Institute
Fraunhofer
Fraunhofer Institute
Istituto Fraunhofer = Fraunhofer
Max Planck Gesellschaft
Max-Planck-Gesellschaft
Polizia federale tedesca
Bundespolizei
Deutsche Bahn
Esercito tedesco = Bundeswehr
Nationalrat
Consiglio federale
Consiglio federale svizzero = Consiglio federale
Bundesrat svizzero = Consiglio federale
Banca nazionale svizzera
Bns = Banca nazionale svizzera
Snb = Banca nazionale svizzera
Finma
FINMA = Finma
Guardia Svizzera
Guardia svizzera = Guardia Svizzera
Guardia Svizzera Pontificia = Guardia Svizzera
# Spain, Portugal, Benelux, Nordics, Central and Eastern Europe
Congreso de los Diputados
Cortes Generales
Moncloa
La Moncloa = Moncloa
Guardia Civil
Guardia civil = Guardia Civil
Tribunal Supremo
Tribunale supremo spagnolo = Tribunal Supremo
Audiencia Nacional
Banco de España
Banca di Spagna = Banco de España
Generalitat
Generalitat de Catalunya
Mossos d'Esquadra
Xunta de Galicia
Assembleia da República
Tweede Kamer
Riksdag
Folketing
Storting
Sejm
Bundesrat austriaco
Verkhovna Rada
Rada = Verkhovna Rada
Rada suprema = Verkhovna Rada
Sbu = SBU
SBU
Servizio di sicurezza dell'Ucraina = SBU
Gur = GUR
GUR
Intelligence militare ucraina = GUR
Naftogaz
Ukrenergo
Energoatom
Ukrzaliznytsia
Esercito ucraino
Forze armate ucraine
Guardia nazionale ucraina
Battaglione Azov
Brigata Azov = Battaglione Azov
# Russia
Consiglio della Federazione
Consiglio di sicurezza russo
Gru = GRU
GRU
Svr = SVR
SVR
Rosgvardia
Roskomnadzor
Rosatom
Roscosmos
Banca centrale russa
Banca di Russia = Banca centrale russa
Esercito russo
Forze armate russe
Ministero della Difesa russo
Corte costituzionale russa
Comitato investigativo
Procura generale russa
Gazprombank
Sberbank
Vtb = VTB
VTB
Rosneft = Rosneft
Transneft
Novatek
Norilsk Nickel
Nornickel = Norilsk Nickel
Rusal
Aeroflot
Rostec
Almaz-Antey
Uralvagonzavod
Kalashnikov Concern
Fondazione anticorruzione
Fbk di Navalny = Fondazione anticorruzione
# Middle East and Africa
Shin Bet
Shabak = Shin Bet
Esercito israeliano = IDF
Forze di difesa israeliane = IDF
Israel Defense Forces = IDF
Corte suprema israeliana
Brigate al-Qassam
Brigate Ezzedin al-Qassam = Brigate al-Qassam
Brigate Izz al-Din al-Qassam = Brigate al-Qassam
Jihad islamica
Jihad Islamica = Jihad islamica
Jihad islamica palestinese = Jihad islamica
Olp = Organizzazione per la liberazione della Palestina
OLP = Organizzazione per la liberazione della Palestina
Organizzazione per la liberazione della Palestina
Plo = Organizzazione per la liberazione della Palestina
PLO = Organizzazione per la liberazione della Palestina
Mezzaluna Rossa palestinese
Consiglio dei guardiani
Guardiani della rivoluzione = Pasdaran
Guardie rivoluzionarie = Pasdaran
Irgc = Pasdaran
IRGC = Pasdaran
Basij
Forza Quds
Forza al-Quds = Forza Quds
Hayat Tahrir al-Sham
Hts = Hayat Tahrir al-Sham
HTS = Hayat Tahrir al-Sham
Jabhat al-Nusra
al-Nusra = Jabhat al-Nusra
Fronte al-Nusra = Jabhat al-Nusra
Forze democratiche siriane
Sdf = Forze democratiche siriane
SDF = Forze democratiche siriane
Ypg = YPG
YPG
Pkk = PKK
PKK
Partito dei lavoratori del Kurdistan = PKK
Peshmerga
Milizie Houthi = Houthi
Ansar Allah = Houthi
Boko Haram
al-Shabaab
Al Shabaab = al-Shabaab
al-Shabab = al-Shabaab
Isis-K
Stato islamico del Khorasan = Isis-K
Aqim = Al Qaeda nel Maghreb islamico
Al Qaeda nel Maghreb islamico
Fratelli Musulmani
Fratellanza musulmana = Fratelli Musulmani
Fratelli musulmani = Fratelli Musulmani
Forze di supporto rapido
Africa Corps
Guardia costiera libica
Esercito nazionale libico
Governo di unità nazionale
# China and Asia
Partito comunista cinese = Partito comunista cinese
Comitato centrale del Partito comunista cinese
Politburo
Assemblea nazionale del popolo
Congresso nazionale del popolo
Esercito popolare di liberazione
Epl = Esercito popolare di liberazione
PLA = Esercito popolare di liberazione
Banca popolare cinese
Pboc = Banca popolare cinese
PBOC = Banca popolare cinese
Zhongnanhai
Consiglio di Stato cinese
Ministero della Sicurezza dello Stato
Cyberspace Administration of China
Yuan legislativo
Kuomintang
Kmt = Kuomintang
KMT = Kuomintang
Dieta giapponese
Banca del Giappone
Bank of Japan = Banca del Giappone
Boj = Banca del Giappone
BoJ = Banca del Giappone
Reserve Bank of India
Banca centrale indiana = Reserve Bank of India
Lok Sabha
Esercito pakistano
Tatmadaw
Giunta militare birmana = Tatmadaw
Khmer rossi
Khmer Rossi = Khmer rossi
Tigri Tamil
Ltte = Tigri Tamil
# Americas and Oceania
Banca del Canada
Bank of Canada = Banca del Canada
Royal Canadian Mounted Police
Giubbe Rosse = Royal Canadian Mounted Police
Reserve Bank of Australia
Banco Central do Brasil
Banca centrale brasiliana = Banco Central do Brasil
Supremo Tribunal Federal
Corte suprema brasiliana = Supremo Tribunal Federal
Petrobras
Pemex
Pdvsa = PDVSA
PDVSA
Cartello di Sinaloa
Cartello di Medellín
Cartello di Cali
Cartello del Golfo
Cartel de Jalisco Nueva Generación
Cjng = Cartel de Jalisco Nueva Generación
Los Zetas
Farc = FARC
FARC
Eln = ELN
ELN
Sendero Luminoso
Tren de Aragua
Mara Salvatrucha
Ms-13 = Mara Salvatrucha
MS-13 = Mara Salvatrucha
Hells Angels
Yakuza
"""

# ------------------------------------------------------------------ international and EU bodies (internazionale)

ORG_INTERNATIONAL_MORE = """
Eurojust
Eppo = Procura europea
EPPO = Procura europea
Easa = EASA
EASA
Ecdc = ECDC
ECDC
Centro europeo per la prevenzione e il controllo delle malattie = ECDC
Agenzia europea dell'ambiente
Eba = EBA
EBA
Autorità bancaria europea = EBA
Eiopa = EIOPA
EIOPA
Single Resolution Board
Comitato di risoluzione unico = Single Resolution Board
Meccanismo europeo di stabilità
Mes = Meccanismo europeo di stabilità
MES = Meccanismo europeo di stabilità
Esm = Meccanismo europeo di stabilità
ESM = Meccanismo europeo di stabilità
Fondo salva-Stati = Meccanismo europeo di stabilità
Salva-Stati = Meccanismo europeo di stabilità
Bers = Banca europea per la ricostruzione e lo sviluppo
BERS = Banca europea per la ricostruzione e lo sviluppo
Berd = Banca europea per la ricostruzione e lo sviluppo
Ebrd = Banca europea per la ricostruzione e lo sviluppo
EBRD = Banca europea per la ricostruzione e lo sviluppo
Banca europea per la ricostruzione e lo sviluppo
BEI = Banca europea per gli investimenti
Corte dei conti europea
Corte dei Conti europea = Corte dei conti europea
Mediatore europeo
Ombudsman europeo = Mediatore europeo
Garante europeo della protezione dei dati
Edps = Garante europeo della protezione dei dati
EDPS = Garante europeo della protezione dei dati
Comitato europeo per la protezione dei dati
Edpb = Comitato europeo per la protezione dei dati
EDPB = Comitato europeo per la protezione dei dati
European Data Protection Board = Comitato europeo per la protezione dei dati
Ufficio europeo per l'IA
Ufficio per l'IA = Ufficio europeo per l'IA
AI Office = Ufficio europeo per l'IA
Comitato europeo delle regioni
Comitato delle regioni = Comitato europeo delle regioni
Comitato economico e sociale europeo
Cese = Comitato economico e sociale europeo
CESE = Comitato economico e sociale europeo
Euratom
Eurocontrol
Eumetsat
EUMETSAT = Eumetsat
Embl = EMBL
EMBL
Fusion for Energy
Consiglio europeo della ricerca
Erc = Consiglio europeo della ricerca
European Research Council = Consiglio europeo della ricerca
Agenzia europea per la difesa
Servizio europeo per l'azione esterna
Seae = Servizio europeo per l'azione esterna
SEAE = Servizio europeo per l'azione esterna
Eeas = Servizio europeo per l'azione esterna
EEAS = Servizio europeo per l'azione esterna
Coreper
Consiglio Ue = Consiglio dell'Unione europea
Consiglio dell'Ue = Consiglio dell'Unione europea
Consiglio Affari esteri
Consiglio Affari Esteri = Consiglio Affari esteri
Consiglio dell'Unione Europea = Consiglio dell'Unione europea
Commissione Von der Leyen = Commissione europea
Commissione von der Leyen = Commissione europea
Commissione Juncker = Commissione europea
Parlamento Ue = Parlamento europeo
Europarlamento = Parlamento europeo
Eurocamera = Parlamento europeo
Bce di Francoforte = Banca centrale europea
Eurotower = Banca centrale europea
Eurosistema
Sistema europeo di banche centrali
Eurostat = Eurostat
Corte di giustizia europea
Corte di giustizia Ue = Corte di giustizia dell'Unione europea
Corte di Giustizia dell'Unione Europea = Corte di giustizia dell'Unione europea
Corte di Lussemburgo = Corte di giustizia dell'Unione europea
Corte di Strasburgo = Corte europea dei diritti dell'uomo
Corte europea dei diritti umani = Corte europea dei diritti dell'uomo
Corte Edu = Corte europea dei diritti dell'uomo
Commissione di Venezia
Assemblea parlamentare del Consiglio d'Europa
Apce = Assemblea parlamentare del Consiglio d'Europa
Agenzia dell'Unione europea per l'asilo
Euaa = Agenzia dell'Unione europea per l'asilo
Easo = Agenzia dell'Unione europea per l'asilo
Agenzia dei diritti fondamentali
Eulex
Eufor = EUFOR
EUFOR
Eunavfor Med
Eunavfor = Eunavfor Med
Aspides
Unifil = UNIFIL
UNIFIL
Minusma
Monusco = MONUSCO
MONUSCO
Kfor = KFOR
KFOR
Isaf = ISAF
ISAF
Unmik
Untso
Unfil = UNIFIL
Consiglio Nato-Russia
Aukus = AUKUS
AUKUS
Five Eyes
G77
G-7 = G7
G-20 = G20
G8 = G8
Gruppo dei Sette = G7
Gruppo dei Venti = G20
Nazioni Unite = Nazioni Unite
Segretariato delle Nazioni Unite
Consiglio di sicurezza dell'Onu = Consiglio di sicurezza dell'Onu
Consiglio di sicurezza delle Nazioni Unite = Consiglio di sicurezza dell'Onu
Consiglio di Sicurezza delle Nazioni Unite = Consiglio di sicurezza dell'Onu
Consiglio di Sicurezza dell'Onu = Consiglio di sicurezza dell'Onu
Assemblea generale dell'Onu
Assemblea Generale dell'Onu = Assemblea generale dell'Onu
Assemblea generale delle Nazioni Unite = Assemblea generale dell'Onu
Consiglio per i diritti umani
Consiglio Onu per i diritti umani = Consiglio per i diritti umani
Consiglio dei diritti umani = Consiglio per i diritti umani
Alto commissariato delle Nazioni Unite per i diritti umani
Ohchr = OHCHR
OHCHR
Alto commissariato delle Nazioni Unite per i rifugiati = Unhcr
Alto Commissariato delle Nazioni Unite per i Rifugiati = Unhcr
Unctad = UNCTAD
UNCTAD
Undp = UNDP
UNDP
Programma delle Nazioni Unite per lo sviluppo = UNDP
Unep = UNEP
UNEP
Programma delle Nazioni Unite per l'ambiente = UNEP
Unfpa = UNFPA
UNFPA
Un Women = UN Women
UN Women
Onu Donne = UN Women
Wfp = WFP
WFP
Programma alimentare mondiale = WFP
World Food Programme = WFP
Ifad = IFAD
IFAD
Unido = UNIDO
UNIDO
Itu = ITU
ITU
Unione internazionale delle telecomunicazioni = ITU
Upu = Unione postale universale
Unione postale universale
Wipo = WIPO
WIPO
Ompi = WIPO
Organizzazione mondiale della proprietà intellettuale = WIPO
Wmo = WMO
WMO
Omm = Organizzazione meteorologica mondiale
Organizzazione meteorologica mondiale
Ipcc = IPCC
IPCC
Unfccc = UNFCCC
UNFCCC
Icao = ICAO
ICAO
Organizzazione internazionale dell'aviazione civile = ICAO
IMO
Organizzazione marittima internazionale = IMO
Iata = IATA
IATA
Omc = Organizzazione mondiale del commercio
Organizzazione internazionale del lavoro
ILO = Organizzazione internazionale del lavoro
Unodc = UNODC
UNODC
Unaids = UNAIDS
UNAIDS
Unitaid
Fondo globale
Global Fund
Cepi = CEPI
CEPI
Covax = COVAX
COVAX
Organizzazione mondiale della sanità animale
Woah = Organizzazione mondiale della sanità animale
Organizzazione mondiale del turismo
Unwto = Organizzazione mondiale del turismo
UNWTO = Organizzazione mondiale del turismo
Organizzazione per la proibizione delle armi chimiche
Opac = Organizzazione per la proibizione delle armi chimiche
OPAC = Organizzazione per la proibizione delle armi chimiche
Opcw = Organizzazione per la proibizione delle armi chimiche
OPCW = Organizzazione per la proibizione delle armi chimiche
Ctbto = CTBTO
CTBTO
Corte permanente di arbitrato
Tribunale penale internazionale per l'ex Jugoslavia
Tribunale internazionale del diritto del mare
Corte penale internazionale dell'Aia = Corte penale internazionale
Icc = Corte penale internazionale
ICC = Corte penale internazionale
Corte internazionale di giustizia dell'Aia = Corte internazionale di giustizia
Icj = Corte internazionale di giustizia
ICJ = Corte internazionale di giustizia
Cig = Corte internazionale di giustizia
BRI = Banca dei regolamenti internazionali
Banca dei regolamenti internazionali
Comitato di Basilea
Financial Stability Board
Consiglio per la stabilità finanziaria = Financial Stability Board
Club di Parigi
Iea = IEA
IEA
International Energy Agency = IEA
Opec+ = OPEC
Gafi = GAFI
GAFI
Fatf = GAFI
FATF = GAFI
Ocse = OCSE
Organizzazione per la cooperazione e lo sviluppo economico = OCSE
Osce = OSCE
Organizzazione per la sicurezza e la cooperazione in Europa = OSCE
Consiglio d'Europa = Consiglio d'Europa
Consiglio nordico
Consiglio artico
Consiglio di cooperazione del Golfo
Ccg = Consiglio di cooperazione del Golfo
Gcc = Consiglio di cooperazione del Golfo
GCC = Consiglio di cooperazione del Golfo
Organizzazione della cooperazione islamica
Oci = Organizzazione della cooperazione islamica
Organizzazione degli Stati americani
OAS = Organizzazione degli Stati americani
Oas = Organizzazione degli Stati americani
Celac = CELAC
CELAC
Apec = APEC
APEC
Organizzazione per la cooperazione di Shanghai
Ocs = Organizzazione per la cooperazione di Shanghai
Csto = Organizzazione del Trattato di sicurezza collettiva
Organizzazione del Trattato di sicurezza collettiva
Unione economica eurasiatica
Ecowas = ECOWAS
ECOWAS
Cedeao = ECOWAS
Comunità economica degli Stati dell'Africa occidentale = ECOWAS
Sadc = SADC
SADC
Igad = IGAD
IGAD
Unione del Maghreb arabo
Commonwealth
Organizzazione internazionale della Francofonia
Banca asiatica per gli investimenti infrastrutturali
Aiib = AIIB
AIIB
Banca asiatica di sviluppo
Adb = Banca asiatica di sviluppo
Banca africana di sviluppo
Banca interamericana di sviluppo
Nuova banca di sviluppo
New Development Bank = Nuova banca di sviluppo
Banca Mondiale = Banca mondiale
World Bank = Banca mondiale
Fondo monetario = Fondo monetario internazionale
Imf = Fondo monetario internazionale
IMF = Fondo monetario internazionale
International Monetary Fund = Fondo monetario internazionale
Ocha = OCHA
OCHA
Ufficio Onu per il coordinamento degli affari umanitari = OCHA
Comitato internazionale della Croce Rossa
Cicr = Comitato internazionale della Croce Rossa
CICR = Comitato internazionale della Croce Rossa
Icrc = Comitato internazionale della Croce Rossa
ICRC = Comitato internazionale della Croce Rossa
Federazione internazionale della Croce Rossa
Ifrc = Federazione internazionale della Croce Rossa
IFRC = Federazione internazionale della Croce Rossa
Croce Rossa internazionale = Comitato internazionale della Croce Rossa
Croce Rossa Internazionale = Comitato internazionale della Croce Rossa
Mezzaluna Rossa = Mezzaluna Rossa
Magen David Adom
Caritas Internationalis
International Crisis Group
Crisis Group = International Crisis Group
Transparency International
Reporter senza frontiere
Reporters sans frontières = Reporter senza frontiere
Reporters Without Borders = Reporter senza frontiere
RSF = Reporter senza frontiere
Committee to Protect Journalists
Cpj = Committee to Protect Journalists
CPJ = Committee to Protect Journalists
Freedom House
Article 19
Access Now
Privacy International
Noyb = NOYB
NOYB
EDRi
Edri = EDRi
Bellingcat
Occrp = OCCRP
OCCRP
Icij = ICIJ
ICIJ
Consorzio internazionale dei giornalisti investigativi = ICIJ
Forbidden Stories
Citizen Lab
Médecins du Monde
Medici del Mondo = Médecins du Monde
Action contre la Faim
Azione contro la Fame = Action contre la Faim
Mercy Corps
International Rescue Committee
World Vision
Plan International
Islamic Relief
Medici senza frontiere Italia = Medici senza frontiere
Médecins Sans Frontières = Medici senza frontiere
Doctors Without Borders = Medici senza frontiere
Amnesty International Italia = Amnesty International
Sea-Eye
Sea Eye = Sea-Eye
Sos Humanity = SOS Humanity
SOS Humanity
Proactiva Open Arms = Open Arms
Alarm Phone = Alarm Phone
Global Witness
350.org
Rainforest Alliance
Fairtrade
Slow Food
Wikimedia Italia
Wikimedia = Wikimedia Foundation
Fondazione Wikimedia = Wikimedia Foundation
EleutherAI
Metr = METR
METR
Apollo Research
Redwood Research
Vector Institute
Comitato paralimpico internazionale
Ipc = Comitato paralimpico internazionale
IPC = Comitato paralimpico internazionale
Comitato Olimpico Internazionale = Comitato olimpico internazionale
International Olympic Committee = Comitato olimpico internazionale
Ioc = Comitato olimpico internazionale
IOC = Comitato olimpico internazionale
World Athletics
Iaaf = IAAF
IAAF
Fiba = FIBA
FIBA
Fivb = FIVB
FIVB
World Aquatics
FIS
Federazione internazionale sci = FIS
Itf = ITF
ITF
Uci = UCI
UCI
Unione ciclistica internazionale = UCI
World Rugby
Federazione internazionale dell'automobile = FIA
Federazione Internazionale dell'Automobile = FIA
Formula One Management
Dorna
Dorna Sports = Dorna
Conmebol = CONMEBOL
CONMEBOL
Concacaf = CONCACAF
CONCACAF
Afc = AFC ; -
AFC
Ncaa = NCAA
NCAA
Wnba = WNBA
WNBA
Nhl = NHL
NHL
Mlb = MLB
MLB
Mls = MLS
MLS
Pga = PGA
PGA
PGA Tour
Lpga = LPGA
LPGA
Liv Golf = LIV Golf
LIV Golf
Ufc = UFC
UFC
Wwe = WWE
WWE
Tribunale arbitrale dello sport
TAS = Tribunale arbitrale dello sport
Court of Arbitration for Sport = Tribunale arbitrale dello sport
Agenzia mondiale antidoping = WADA
Itia = ITIA
ITIA
International Tennis Integrity Agency = ITIA
Premier League
Bundesliga
LaLiga
La Liga = LaLiga
Ligue 1
Eredivisie
Primeira Liga
Süper Lig
Saudi Pro League
Eurolega = Euroleague
Euroleague
EuroLeague = Euroleague
Eurocup
English Football League
Football Association
Federcalcio inglese = Football Association
Federcalcio spagnola
Federcalcio tedesca
Federcalcio francese
Dfb = DFB
DFB
Rfef = RFEF
RFEF
"""

# ------------------------------------------------------------------ parties of major countries (partito)

ORG_PARTIES_WORLD = """
Democratic Party
Partito Democratico americano = Partito democratico americano
Partito democratico Usa = Partito democratico americano
Partito Democratico Usa = Partito democratico americano
Republican Party
Partito repubblicano americano = Partito Repubblicano
Partito Repubblicano americano = Partito Repubblicano
Partito repubblicano Usa = Partito Repubblicano
Grand Old Party = Partito Repubblicano
Tea Party
Maga = MAGA
MAGA
Make America Great Again = MAGA
Conservative Party
Partito Conservatore = Partito conservatore
Labour Party
Partito Laburista = Partito laburista
Liberal Democrats
Lib Dem = Liberal Democrats
Lib Dems = Liberal Democrats
Liberaldemocratici = Liberal Democrats
Snp = SNP
SNP
Scottish National Party = SNP
Partito nazionale scozzese = SNP
Plaid Cymru
Sinn Féin
Sinn Fein = Sinn Féin
Dup = DUP
DUP
Ukip = UKIP
UKIP
Brexit Party
Partito della Brexit = Brexit Party
Fianna Fáil
Fianna Fail = Fianna Fáil
Fine Gael
Parti socialiste
Partito socialista francese = Parti socialiste
Les Verts
Europe Écologie Les Verts
Eelv = EELV
EELV
Les Écologistes
Reconquête
Parti communiste français
Pcf = PCF
PCF
Nouveau Front populaire
Nuovo Fronte popolare = Nouveau Front populaire
Nfp = Nouveau Front populaire
Lutte Ouvrière
Rassemblement pour la République
Républicains = Les Républicains
Bündnis 90/Die Grünen
Die Grünen
Grünen = Die Grünen
Verdi tedeschi = Die Grünen
Bsw = BSW
BSW
Bündnis Sahra Wagenknecht = BSW
Alleanza Sahra Wagenknecht = BSW
Freie Wähler
Npd = NPD
NPD
Unione cristiano-democratica = CDU
Cristiano-democratici = CDU
Partito socialdemocratico tedesco = SPD
Socialdemocratici tedeschi = SPD
Liberali tedeschi = FDP
Alternativa per la Germania = AfD
Cdu-Csu = CDU
CDU-CSU = CDU
Cdu/Csu = CDU
Övp = ÖVP
ÖVP
Fpö = FPÖ
FPÖ
Spö = SPÖ
SPÖ
Partito della libertà austriaco = FPÖ
Partito popolare austriaco = ÖVP
Unione democratica di centro
Schweizerische Volkspartei
Ciudadanos
Junts = Junts per Catalunya
Junts per Catalunya
Esquerra Republicana
Esquerra Republicana de Catalunya = Esquerra Republicana
Partido Nacionalista Vasco
Pnv = Partido Nacionalista Vasco
PNV = Partido Nacionalista Vasco
EH Bildu
Bildu = EH Bildu
Más Madrid
Partito popolare spagnolo = Partido Popular
Popolari spagnoli = Partido Popular
Partito socialista spagnolo = PSOE
Socialisti spagnoli = PSOE
Partido Socialista Obrero Español = PSOE
Chega
Partido Socialista
Partido Social Democrata
Pvv = PVV
PVV
Partito per la Libertà = PVV
Vvd = VVD
VVD
D66
GroenLinks
Vlaams Belang
N-Va = N-VA
N-VA
Sverigedemokraterna
Democratici svedesi = Sverigedemokraterna
Veri Finlandesi
Partito dei Finlandesi = Veri Finlandesi
Perussuomalaiset = Veri Finlandesi
Venstre
Partito del progresso
Piattaforma civica
Piattaforma Civica = Piattaforma civica
Platforma Obywatelska = Piattaforma civica
Coalizione civica
Coalizione Civica = Coalizione civica
Konfederacja
Lewica
Jobbik
Partito Tisza = Tisza
Smer
Slovacchia progressista
Ods = ODS
ODS
Nea Dimokratia
Nuova Democrazia
Pasok = PASOK
PASOK
Kke = KKE
KKE
Alba Dorata
Golden Dawn = Alba Dorata
PSD
Aur = AUR
AUR
Partito socialista bulgaro
Partito comunista della Federazione Russa
Partito comunista russo = Partito comunista della Federazione Russa
Ldpr = LDPR
LDPR
Partito liberal-democratico russo = LDPR
Jabloko
Yabloko = Jabloko
Servitore del popolo
Servo del popolo = Servitore del popolo
Solidarietà europea
Akp = AKP
AKP
Partito della giustizia e dello sviluppo = AKP
Chp = CHP
CHP
Mhp = MHP
MHP
Hdp = HDP
HDP
Yesh Atid
Shas
Otzma Yehudit
Potere ebraico = Otzma Yehudit
Sionismo religioso
Partito sionista religioso = Sionismo religioso
Kadima
Blu e Bianco
Bjp = BJP
BJP
Bharatiya Janata Party = BJP
Partito del Congresso
Congresso nazionale indiano = Partito del Congresso
Indian National Congress = Partito del Congresso
Aam Aadmi Party
Tehreek-e-Insaf
Partito liberaldemocratico giapponese
Partito Liberal Democratico
Ldp = LDP
LDP
Komeito
Partito del potere popolare
People Power Party = Partito del potere popolare
Partito democratico coreano
Partito progressista democratico
Dpp = Partito progressista democratico
DPP = Partito progressista democratico
Partito dei lavoratori di Corea
Partido dos Trabalhadores
Partito dei lavoratori = Partido dos Trabalhadores
Partito dei Lavoratori = Partido dos Trabalhadores
Partido Liberal
La Libertad Avanza
Partito giustizialista
Partido Revolucionario Institucional
Psuv = PSUV
PSUV
Partito socialista unito del Venezuela = PSUV
Partito liberale canadese
Liberal Party
Partito conservatore canadese
Nuovo Partito Democratico
Ndp = NDP
NDP
Australian Labor Party
Partito laburista australiano = Australian Labor Party
Partito liberale australiano
Anc = ANC
ANC
African National Congress = ANC
Congresso nazionale africano = ANC
Zanu-Pf = ZANU-PF
ZANU-PF
Baath
Partito Baath = Baath
Ennahda
Partito comunista cubano
Partito comunista vietnamita
Sinistra europea
Partito della Sinistra europea = Sinistra europea
Partito del socialismo europeo
Pse = PSE
PSE
Alde = ALDE
ALDE
Verdi europei
Patrioti per l'Europa
Patriots for Europe = Patrioti per l'Europa
Europa delle nazioni sovrane
Conservatori e riformisti europei = ECR
Gruppo dei Verdi
Gruppo S&D = S&D
"""

# ------------------------------------------------------------------ foreign media and news agencies (media)

ORG_MEDIA_WORLD = """
The Observer
Sunday Times
The Sunday Times = Sunday Times
Evening Standard
Daily Express
Daily Mirror
The Mirror = Daily Mirror
The Scotsman
Irish Times
The Irish Times = Irish Times
The Spectator
New Statesman
Private Eye
Channel 4
Channel 4 News = Channel 4
ITV
Itv = ITV
Sky News = Sky News
GB News
New York Post
USA Today
Usa Today = USA Today
Chicago Tribune
Boston Globe
The Boston Globe = Boston Globe
San Francisco Chronicle
Miami Herald
Houston Chronicle
Dallas Morning News
The Hill
The Intercept
Daily Beast
The Daily Beast = Daily Beast
Breitbart
Breitbart News = Breitbart
Newsmax
One America News
Cnbc = CNBC
CNBC
Bloomberg News = Bloomberg
Bloomberg Tv = Bloomberg
C-Span = C-SPAN
C-SPAN
Telemundo
Univision
Fox Business
Fox News Channel = Fox News
The Free Press
The Washington Times
Washington Times = The Washington Times
Los Angeles Times = Los Angeles Times
La Times = Los Angeles Times
LA Times = Los Angeles Times
The Wall Street Journal = Wall Street Journal
New York Magazine
Vanity Fair = Vanity Fair
GQ
Esquire
Harper's Bazaar
National Geographic
Scientific American
New Scientist
Pnas = PNAS
PNAS
Jama = JAMA
JAMA
British Medical Journal
Bmj = BMJ
BMJ
Nature Medicine
Science Advances
arXiv
Arxiv = arXiv
The Conversation
Fast Company
Wired Uk = Wired
The Guardian = The Guardian
Daily Telegraph = The Telegraph
The Times of London = The Times
Cbc = CBC
CBC
Radio-Canada
Toronto Star
Globe and Mail
The Globe and Mail = Globe and Mail
Sydney Morning Herald
The Sydney Morning Herald = Sydney Morning Herald
The Australian
Abc Australia = ABC
Le Soir
De Standaard
La Libre Belgique
De Telegraaf
Volkskrant
de Volkskrant = Volkskrant
NRC Handelsblad
Aftenposten
Dagens Nyheter
Svenska Dagbladet
Helsingin Sanomat
Politiken
Gazeta Wyborcza
Rzeczpospolita
Kathimerini
Hürriyet
Hurriyet = Hürriyet
Cumhuriyet
Daily Sabah
Anadolu
Anadolu Agency = Anadolu
Agenzia Anadolu = Anadolu
Trt = TRT
TRT
Le Temps
Tages-Anzeiger
Blick
Neue Zürcher Zeitung = Neue Zürcher Zeitung
Rsi = RSI
RSI
Radiotelevisione svizzera = RSI
Srf = SRF
SRF
Orf = ORF
ORF
Der Standard
Die Presse
Kronen Zeitung
Kurier
Frankfurter Rundschau
Tagesspiegel
Der Tagesspiegel = Tagesspiegel
Die Tageszeitung
Taz = Die Tageszeitung
Focus Online
Tagesschau
Ndr = NDR
NDR
Wdr = WDR
WDR
Br24
Le Journal du Dimanche
Journal du Dimanche = Le Journal du Dimanche
Mediapart
Charlie Hebdo
Le Monde diplomatique
L'Obs
Le Nouvel Observateur = L'Obs
Les Échos
Les Echos = Les Échos
La Tribune
Le Canard enchaîné
Ouest-France
Bfm Tv = BFMTV
BFM TV = BFMTV
BFMTV
Bfmtv = BFMTV
LCI
Lci = LCI
France Inter
France Info
Franceinfo
France Culture
Radio France
Canal+
Canal Plus = Canal+
M6
El Confidencial
El Periódico
La Razón
eldiario.es
El Español
Cadena Ser
Cadena SER = Cadena Ser
Telecinco
Antena 3 = Antena 3
La Sexta
laSexta = La Sexta
Europa Press
Rtp = RTP
RTP
Público
Diário de Notícias
Folha de S.Paulo
Folha = Folha de S.Paulo
O Globo
Rede Globo = Globo
Estadão
Clarín
Clarin = Clarín
La Nación
Página/12
Pagina 12 = Página/12
El Universal
Telesur
teleSUR = Telesur
Interfax
Sputnik
Meduza
Dozhd
Tv Rain = Dozhd
Novaja Gazeta = Novaja Gazeta
Novaya Gazeta = Novaja Gazeta
Rossiya 1
Channel One
Pervyj Kanal
Komsomolskaja Pravda
Rossijskaja Gazeta
Kyiv Independent
The Kyiv Independent = Kyiv Independent
Kyiv Post
Ukrainska Pravda
Ukrinform
Unian
Al-Ahram
Al Ahram = Al-Ahram
Al Mayadeen
Al-Manar
Al Manar = Al-Manar
Al Jazeera English = Al Jazeera
Al-Jazeera = Al Jazeera
Al-Arabiya = Al Arabiya
Asharq Al-Awsat
Press Tv = Press TV
Press TV
Irna = IRNA
IRNA
Iran International
Channel 12
Canale 12 = Channel 12
Ynet
Yedioth Ahronoth
Jerusalem Post
The Jerusalem Post = Jerusalem Post
Maariv
Israel Hayom
Times of India
The Times of India = Times of India
Hindustan Times
The Hindu
Ndtv = NDTV
NDTV
Kcna = KCNA
KCNA
Rodong Sinmun
Nhk = NHK
NHK
Cctv = CCTV
CCTV
Cgtn = CGTN
CGTN
Quotidiano del Popolo
Renmin Ribao = Quotidiano del Popolo
People's Daily = Quotidiano del Popolo
Caixin
Scmp = South China Morning Post
SCMP = South China Morning Post
Straits Times
The Straits Times = Straits Times
Jakarta Post
Asia Times
Japan Times
The Japan Times = Japan Times
Mainichi Shimbun
Korea Herald
Korea Times
JoongAng Ilbo
Chosun Ilbo
Saudi Press Agency
Wam = WAM
WAM
Qna = QNA
QNA
Bernama
Antara
PTI
Press Trust of India = PTI
Ians = IANS
IANS
Central News Agency
Jiji = Jiji Press
Jiji Press
Keystone-ATS
Keystone-Ats = Keystone-ATS
Ctk = ČTK
ČTK
Mti = MTI
MTI
Bta = BTA
BTA
Tanjug
Ana-Mpa
Agerpres
Ukrinform = Ukrinform
Telam
Télam = Telam
Agência Brasil
Prensa Latina
Notimex
Efe = EFE
Agencia EFE = EFE
Agence France Presse = AFP
France-Presse = AFP
Thomson Reuters
Associated Press = Associated Press
Bloomberg Businessweek
The Associated Press = Associated Press
Ap News = Associated Press
Storyful
Axios = Axios
Substack
Netflix = Netflix
Hulu
Disney+
Disney Plus = Disney+
Paramount+
Prime Video
Amazon Prime Video = Prime Video
Apple Tv = Apple TV+
Apple TV+
Crunchyroll
Mubi = MUBI
MUBI
Rakuten TV
Pluto Tv = Pluto TV
Pluto TV
"""
