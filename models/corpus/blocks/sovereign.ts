/**
 * The sovereign-citizen movement's vocabulary and rhetorical moves, as seen in letters to Dutch
 * municipalities. Each bank is one "move"; sovereign letters combine several moves in random order.
 * ANTI_RHETORIC holds milder denial-of-legitimacy lines for letters of other categories that
 * are anti_institutioneel without being a declaration.
 */
import { tagBank, type LBank } from '../template.ts';

export const SOV_HEADERS: LBank = {
  nl: [
    'KENNISGEVING AAN AGENT IS KENNISGEVING AAN PRINCIPAAL - KENNISGEVING AAN PRINCIPAAL IS KENNISGEVING AAN AGENT',
    'ZONDER PREJUDICE - ALLE RECHTEN VOORBEHOUDEN - UCC 1-308',
    'PRIVÉ EN VERTROUWELIJK - UITSLUITEND VOOR DE GEADRESSEERDE IN PERSOONLIJKE HOEDANIGHEID',
    'OPENBARE KENNISGEVING - NIET NEGEREN',
    'NOTICE TO AGENT IS NOTICE TO PRINCIPAL',
    'Zonder prejudice / without prejudice / sans préjudice',
    'BEËDIGDE VERKLARING - AFFIDAVIT OF TRUTH',
  ],
  en: [
    'NOTICE TO AGENT IS NOTICE TO PRINCIPAL - NOTICE TO PRINCIPAL IS NOTICE TO AGENT',
    'WITHOUT PREJUDICE - ALL RIGHTS RESERVED - UCC 1-308',
    'PRIVATE AND CONFIDENTIAL - FOR THE ADDRESSEE IN HIS/HER PRIVATE CAPACITY',
    'PUBLIC NOTICE - DO NOT IGNORE',
    'AFFIDAVIT OF TRUTH - SWORN STATEMENT',
    'NOTICE OF LIABILITY - NOTICE OF FAULT - OPPORTUNITY TO CURE',
  ],
};

export const SOV_ADDRESSEE: LBank = {
  nl: [
    'Aan: de onderneming handelend onder de naam "GEMEENTE {!gemeente}" (KvK {kvkGemeente}), t.a.v. de CEO',
    'Aan: {burgemeester}, in persoonlijke hoedanigheid, en alle agenten, opvolgers en rechtverkrijgenden',
    'Aan: de zogenaamde "heffingsambtenaar" van de zogenaamde gemeente {gemeente}',
    'Aan: {ambtenaar}, als privépersoon en als agent van GEMEENTE {!gemeente} B.V.',
    'Aan de man of vrouw die zich voordoet als ambtenaar bij de gemeente {gemeente}',
  ],
  en: [
    'To: the corporation trading as "MUNICIPALITY OF {!gemeente}" (Dun & Bradstreet {duns}), attn. the CEO',
    'To: {burgemeester}, in his/her private capacity, and all agents, successors and assigns',
    'To: the man or woman acting as "tax collector" for the so-called municipality of {gemeente}',
  ],
};

export const STATUS: LBank = {
  nl: [
    'Ik, {naamSoev}, ben een levend mens van vlees en bloed[, geboren uit een moeder| met een ziel en een geweten|] en geen rechtspersoon.',
    'Ik verklaar hierbij [plechtig|openlijk|onder ede] dat ik een {levendMens} ben en niet de fictieve rechtspersoon die u aanschrijft.',
    'Ik ben [soeverein|een vrije mens|een natuurlijk persoon naar natuurrecht] en sta niet onder uw [wetten|reglementen|statuten], die alleen gelden voor rechtspersonen.',
    'Ik heb [op {langGeledenDatum}|reeds] mijn status als levend mens [openbaar gemaakt|geregistreerd] en ben de enige [begunstigde|beneficiary] van de trust {naamCaps}.',
    'Ik sta onder het natuurrecht en het gewoonterecht (common law) en niet onder het zeerecht (admiralty law) waarmee u werkt.',
    'Als levend mens ben ik [de schepper|de autoriteit] en u bent mijn [dienaar|ondergeschikte]. Niet andersom.',
    'Ik ben geen "burger", geen "ingezetene", geen "belastingplichtige" en geen "persoon" in de zin van uw wetgeving.',
    'Mijn naam wordt geschreven als {naamSoev}, met een dubbele punt, en niet in hoofdletters.',
  ],
  en: [
    'I, {naamSoev}, am a {levendMens} of flesh and blood, not a legal fiction.',
    'I hereby declare under oath that I am a living being and not the corporate entity you are addressing.',
    'I am sovereign and do not stand under your statutes, which apply only to legal persons.',
    'I stand under natural law and common law, not under the admiralty law your corporation operates in.',
    'I am the sole beneficiary of the trust {naamCaps}, not its trustee.',
    'I am not a "citizen", "resident", "taxpayer" or "person" as defined in your statutes.',
  ],
};

export const STRAWMAN: LBank = {
  nl: [
    'U schrijft aan "{naamCaps}". Dat ben ik niet. Dat is een [stroman|strawman|rechtspersoon|fictie] die de Staat bij mijn geboorte zonder mijn toestemming heeft aangemaakt.',
    'De NAAM IN HOOFDLETTERS op uw [brief|aanslag|envelop] verwijst naar een [handelsnaam|vennootschap|fictieve rechtspersoon], niet naar de levende mens.',
    'De rechtspersoon {naamCaps} is ontstaan door de geboorteakte, waarmee de Staat een [obligatie|bond|waardepapier] op mijn naam heeft uitgegeven.',
    'Ik ben de [geautoriseerd vertegenwoordiger|executeur] van de rechtspersoon {naamCaps} en niet de rechtspersoon zelf.',
    'Post gericht aan {naamCaps} wordt door mij niet [aanvaard|geaccepteerd] en is daarom [onbestelbaar|nietig].',
  ],
  en: [
    'You wrote to "{naamCaps}". That is not me. That is a strawman created by the State at my birth without my consent.',
    'The NAME IN CAPITAL LETTERS on your letter refers to a corporate fiction, not to the living being.',
    'The legal person {naamCaps} was created by the birth certificate, on which the State issued a bond in my name.',
    'I am the authorised representative of the legal fiction {naamCaps}, not the fiction itself.',
  ],
};

export const NO_CONTRACT: LBank = {
  nl: [
    'Er bestaat geen [contract|overeenkomst|wederzijdse overeenkomst] tussen mij en [de gemeente {gemeente}|uw onderneming|u].',
    'Ik heb nooit [vrijwillig, bewust en opzettelijk|met volledige openbaarmaking] ingestemd met enige overeenkomst met uw organisatie.',
    'Zonder mijn natte handtekening onder een contract heeft u [geen enkele zeggenschap over mij|geen vordering op mij|geen jurisdictie].',
    'Zonder contract geen verplichting. Zonder verplichting geen vordering. Zo eenvoudig is het.',
    'Ik heb [nooit|op geen enkel moment] toestemming gegeven om door u te worden [bestuurd|belast|geregistreerd].',
    'Stilzwijgende instemming is geen instemming. Uw aannames van een contract zijn [fraude|bedrog|nietig].',
  ],
  en: [
    'There is no contract between me and your corporation.',
    'I have never knowingly, willingly and intentionally consented to any agreement with your organisation.',
    'Without my wet-ink signature on a contract you have no jurisdiction over me.',
    'No contract, no obligation. No obligation, no claim.',
    'I do not consent to being governed, taxed or registered by you.',
  ],
};

export const COMPANY: LBank = {
  nl: [
    'De gemeente {gemeente} is [geen overheid maar een bedrijf|een private onderneming], ingeschreven bij de Kamer van Koophandel onder nummer {kvkGemeente}[ en bij Dun & Bradstreet onder DUNS-nummer {duns}|].',
    'Uw organisatie staat [geregistreerd bij Dun & Bradstreet|vermeld in de SEC-database onder CIK {secNummer}] als commerciële onderneming. Een bedrijf kan mij niets opleggen.',
    'U bent [een werknemer|een agent] van een private onderneming en heeft [daarom|dus] geen enkel gezag over mij.',
    'De Staat der Nederlanden is een [vennootschap|handelsonderneming|corporatie] en de gemeente een [dochterbedrijf|franchise] daarvan.',
    'Omdat de gemeente een bedrijf is, zijn al uw "wetten" slechts [bedrijfsregels|statuten|huisregels] die alleen gelden voor wie ermee instemt.',
  ],
  en: [
    'The municipality of {gemeente} is not a government but a corporation, registered with Dun & Bradstreet under DUNS number {duns}.',
    'Your organisation is listed in the SEC database under CIK {secNummer} as a commercial entity. A company has no authority over me.',
    'You are an employee of a private corporation and therefore have no authority over me.',
    'Your "laws" are merely corporate policies that apply only to those who consent to them.',
  ],
};

export const ACCEPTED_FOR_VALUE: LBank = {
  nl: [
    'Uw [presentatie|aanbieding|aanslag] is [ACCEPTED FOR VALUE|geaccepteerd voor waarde (A4V)] en wordt hierbij teruggezonden ter [vereffening en afsluiting|settlement and closure] via mijn [vrijgestelde rekening|exemption account] [onder mijn BSN|nr. {bsn}].',
    'Ik heb uw [document|aanslag] geaccepteerd voor waarde en teruggegeven voor waarde. De schuld is daarmee [vereffend|voldaan|gesloten].',
    'Accepted for value / geaccepteerd voor waarde - gebruik de prepaid rekening van de trust {naamCaps} voor vereffening.',
  ],
  en: [
    'Your presentment is ACCEPTED FOR VALUE and returned for value for settlement and closure through my exemption account.',
    'I have accepted your offer for value and returned it for value. The matter is settled and closed.',
    'Accepted for value - charge the prepaid treasury account of the trust {naamCaps}.',
  ],
};

export const CONDITIONAL: LBank = {
  nl: [
    'Ik aanvaard uw [brief|aanbod|presentatie] [voorwaardelijk|onder voorwaarden], op voorwaarde dat u binnen {dagen} dagen [onder ede|op straffe van meineed|met natte handtekening] bewijst dat:',
    'Voorwaardelijke aanvaarding: ik ben graag bereid aan uw verzoek te voldoen, zodra u het volgende heeft aangetoond:',
    'Ik weiger niets, ik aanvaard uw aanbod onder de volgende voorwaarden:',
  ],
  en: [
    'I conditionally accept your offer, upon proof of claim within {dagen} days, under penalty of perjury, that:',
    'Conditional acceptance: I will gladly comply once you have provided the following:',
  ],
};

/** Proofs demanded in conditional acceptances and sovereign Woo requests. */
export const PROOF_DEMANDS: LBank = {
  nl: [
    'er een [geldig|rechtsgeldig|door beide partijen ondertekend] contract bestaat tussen mij en uw onderneming',
    'u een [rechtsgeldige|ondertekende] [aanstelling|ambtseed|volmacht] heeft om namens de gemeente op te treden',
    'de gemeente {gemeente} geen bedrijf is en niet is ingeschreven bij de KvK of Dun & Bradstreet',
    'ik, de levende mens, dezelfde ben als de rechtspersoon {naamCaps}',
    'uw [wetten|verordeningen|regels] op mij van toepassing zijn zonder mijn instemming',
    'u de originele [natte inkt|wet ink] handtekening heeft van een levend mens onder de vordering',
    'er een [schuldenaar en een schuldeiser|echte schade|benadeelde partij] is',
    'u [gemachtigd|bevoegd] bent gegevens over mij te verwerken',
    'het geld waarin u betaling eist [gedekt is door goud|echt bestaat en geen schuldpapier is]',
  ],
  en: [
    'a valid contract signed by both parties exists between me and your corporation',
    'you hold a valid oath of office and delegation of authority',
    'the municipality is not a corporation registered with Dun & Bradstreet',
    'I, the living being, am the same as the legal fiction {naamCaps}',
    'your statutes apply to me without my consent',
    'there is an injured party and a wet-ink signed claim',
  ],
};

export const NOTICE_OF_LIABILITY: LBank = {
  nl: [
    'Hierbij stel ik u, {ambtenaar}, [persoonlijk en hoofdelijk|in uw privévermogen] aansprakelijk voor alle schade die voortvloeit uit uw handelen.',
    'Dit is een [notice of liability|aansprakelijkheidsstelling]: u handelt buiten uw bevoegdheid en daarmee [in privé|als privépersoon].',
    'U kunt zich niet verschuilen achter uw werkgever. U bent persoonlijk aansprakelijk, inclusief uw [privévermogen|woning|pensioen].',
    'Iedere ambtenaar die deze zaak behandelt, wordt hierbij persoonlijk aansprakelijk gesteld.',
    'Kennisgeving van fout en gelegenheid tot herstel: u heeft {dagen} dagen om uw fout te herstellen.',
  ],
  en: [
    'I hereby hold you, {ambtenaar}, personally and severally liable for all damage arising from your actions.',
    'This is a NOTICE OF LIABILITY: you are acting outside your authority and thus in your private capacity.',
    'You cannot hide behind your employer. You are personally liable, including your private assets.',
    'Notice of fault and opportunity to cure: you have {dagen} days to cure your fault.',
  ],
};

export const AFFIDAVIT: LBank = {
  nl: [
    'Ik verklaar onder ede en op straffe van meineed dat de inhoud van deze verklaring waar, juist en volledig is.',
    'Een onweersproken beëdigde verklaring staat als waarheid in de handel.',
    'Indien u deze verklaring niet binnen {dagen} dagen punt voor punt weerlegt, onder ede en met bewijs, gaat u stilzwijgend akkoord (tacit acquiescence) met alle punten.',
    'Zwijgen is instemming. Wie niet ontkent, erkent.',
    'Na het verstrijken van de termijn is sprake van estoppel en kunt u nooit meer op deze punten terugkomen.',
  ],
  en: [
    'I declare under oath and penalty of perjury that the contents of this affidavit are true, correct and complete.',
    'An unrebutted affidavit stands as truth in commerce.',
    'If you fail to rebut this affidavit point by point, under oath and with evidence, within {dagen} days, you tacitly agree to all points.',
    'Silence is acquiescence. He who does not deny, admits.',
    'After the deadline, estoppel by acquiescence applies.',
  ],
};

export const FEE_SCHEDULE: LBank = {
  nl: [
    'Voor elke [inbreuk op mijn rechten|ongevraagde brief|poging tot inning|dag dat u in gebreke blijft] breng ik u {factuurBedrag} in rekening.',
    'Mijn [honorariumtabel|fee schedule|tarievenlijst] is bijgevoegd. Bij verdere correspondentie gaat u akkoord met deze tarieven.',
    'U bent mij [reeds|nu al] {factuurBedrag} verschuldigd, per overtreding, per persoon.',
    'Bijgaand mijn factuur nr. {kenmerk} ter hoogte van {factuurBedrag}, te voldoen binnen {dagen} dagen op rekening {iban}, ten name van {naamSoev}.',
    'Bij niet-betaling volgt een [UCC-1 financing statement|pandrecht|retentierecht] op uw privévermogen.',
  ],
  en: [
    'For every violation of my rights I will invoice you {factuurBedrag}.',
    'My fee schedule is attached. Further correspondence constitutes acceptance of these fees.',
    'You already owe me {factuurBedrag} per violation, per person.',
    'Enclosed is my invoice no. {kenmerk} for {factuurBedrag}, payable within {dagen} days to {iban}.',
    'Failure to pay will result in a UCC-1 financing statement and a lien against your private assets.',
  ],
};

export const BRP_WITHDRAWAL: LBank = {
  nl: [
    'Hierbij [schrijf ik mij uit|trek ik mij terug] uit de Basisregistratie Personen (BRP) [met onmiddellijke ingang|per direct].',
    'Ik doe [hierbij|formeel] afstand van [het burgerservicenummer {bsn}|mijn BSN], dat niets anders is dan een [slavennummer|handelsnummer|registratienummer van een product].',
    'Ik [wens niet langer geregistreerd te staan|trek mijn toestemming in voor registratie] als "ingezetene" van de gemeente {gemeente}.',
    'Ik doe afstand van de Nederlandse nationaliteit als [rechtspersoon|fictie] en behoud mijn status als levend mens.',
    'Vernietig [alle|binnen {dagen} dagen alle] gegevens over mij en bevestig dit schriftelijk.',
    'Ik verzoek u een "verklaring van uitschrijving" af te geven, [zonder leges|kosteloos], want ik heb nooit om inschrijving gevraagd.',
    'Mijn geboorteakte is [ongeldig|onrechtmatig tot stand gekomen] omdat mijn ouders niet volledig zijn ingelicht.',
  ],
  en: [
    'I hereby withdraw from the Personal Records Database (BRP) with immediate effect.',
    'I renounce the citizen service number {bsn}, which is nothing but a slave number.',
    'I revoke my consent to being registered as a "resident" of the municipality of {gemeente}.',
    'Destroy all data about me and confirm this in writing within {dagen} days.',
  ],
};

export const RETOUR: LBank = {
  nl: [
    'RETOUR AFZENDER - GEWEIGERD [WEGENS GEBREK AAN CONTRACT|OP GROND VAN FRAUDE|ZONDER ACCEPTATIE]',
    'Refused for cause - retour afzender - geen contract',
    'Uw [brief|aanslag|aanmaning] wordt [hierbij|ongeopend|met stempel] geweigerd en retour gezonden.',
    'Geweigerd voor reden (refused for cause): [geen contract|geen natte handtekening|verkeerde naam|gericht aan een fictie].',
  ],
  en: [
    'RETURN TO SENDER - REFUSED FOR CAUSE - NO CONTRACT',
    'Your letter is refused for cause and returned to sender.',
    'Refused for cause: no contract, no wet-ink signature, addressed to a legal fiction.',
  ],
};

export const MAXIMS: LBank = {
  nl: [
    'Maxim of law: wie niet ontkent, erkent.',
    'Maxim of law: een bedrijf kan geen levend mens besturen.',
    'Het is een algemeen rechtsbeginsel dat niemand gebonden is aan een overeenkomst waarmee hij niet heeft ingestemd.',
    'Onwetendheid van de wet is geen excuus, ook niet voor ambtenaren.',
    'Wie zwijgt, stemt toe.',
    'Er is geen misdrijf zonder slachtoffer (geen schade, geen zaak).',
  ],
  en: [
    'Maxim of law: he who does not deny, admits.',
    'Maxim of law: a corporation cannot govern a living being.',
    'Maxim of law: no one is bound by a contract he did not consent to.',
    'Maxim of law: where there is no injured party there is no crime.',
    'Silence is acquiescence.',
  ],
};

export const LAW_DENIAL: LBank = {
  nl: [
    'Uw [wetten|verordeningen|regels] gelden alleen voor [rechtspersonen|het personeel van de Staat|wie ermee instemt].',
    'De Grondwet is [nooit rechtsgeldig ondertekend|sinds 1848 opgeschort|een bedrijfsstatuut], dus elke wet die daarop rust is nietig.',
    'Ik erken de [bevoegdheid|jurisdictie|autoriteit] van de gemeente, de rechtbank en de Staat der Nederlanden niet.',
    'Rechtbanken zijn [handelsbanken|commerciële ondernemingen], daarom heten ze ook rechtBANK.',
    'Uw "wettelijk betaalmiddel" is schuldpapier en kan nooit een echte schuld vereffenen.',
    'De wet is een [contract|aanbod] dat ik hierbij afwijs.',
  ],
  en: [
    'Your statutes apply only to legal persons and to those who consent.',
    'I do not recognise the jurisdiction of the municipality, the courts or the Kingdom of the Netherlands.',
    'Courts are commercial banks; that is why they have a bar and deal in bonds.',
    'Your "legal tender" is debt paper and can never settle a real debt.',
  ],
};

export const DEADLINES: LBank = {
  nl: [
    'U heeft {dagen} dagen om te reageren. Daarna [is deze zaak definitief gesloten|volgt een verklaring van verstek|gaat u akkoord met alle punten].',
    'Na {dagen} dagen zonder weerlegging [stuur ik een Notice of Default|gaat de honorariumtabel in|is sprake van estoppel].',
    'Reageer uitsluitend schriftelijk, ondertekend met natte inkt en onder ede, [in persoonlijke hoedanigheid|met vermelding van uw volledige naam en privéadres].',
  ],
  en: [
    'You have {dagen} days to respond. After that a Notice of Default will follow.',
    'Respond only in writing, wet-ink signed and under oath, in your private capacity.',
  ],
};

export const SOV_SIGNATURES: LBank = {
  nl: [
    'Alle rechten voorbehouden, zonder prejudice, UCC 1-308',
    'door: {naamSoev}, levend mens, autograaf',
    '(rechterduimafdruk in rode inkt)',
    'Sui juris, in eigen persoon',
    'Geautoriseerd vertegenwoordiger van de rechtspersoon {naamCaps}',
    'Zonder prejudice - non-assumpsit - geen aansprakelijkheid aanvaard',
    'Het levend mens bekend als {naamSoev}',
    'Beneficiary - niet de trustee',
  ],
  en: [
    'All rights reserved, without prejudice, UCC 1-308',
    'by: {naamSoev}, living being, autograph',
    '(right thumbprint in red ink)',
    'Sui juris',
    'Authorised representative of the legal fiction {naamCaps}',
    'Beneficiary, not trustee',
  ],
};

/** Denial of legitimacy that stops short of a sovereign declaration (anti_institutioneel in other categories). */
export const ANTI_RHETORIC: LBank = {
  nl: [
    'Ik erken [uw gezag|het gezag van deze gemeente|uw zogenaamde bevoegdheid] [eigenlijk niet|niet meer|overigens niet], [maar goed|maar toch|voor de duidelijkheid].',
    'Deze zogenaamde "overheid" heeft [allang|al jaren] geen enkele legitimiteit meer.',
    'Jullie zijn [eigenlijk gewoon een bedrijf|een onwettig regime|een kartel], geen echte overheid.',
    'De rechtspraak in dit land is [een toneelstuk|onderdeel van hetzelfde corrupte systeem] en uitspraken daarvan erken ik niet.',
    'De gemeenteraad [vertegenwoordigt niemand|is niet legitiem|is een marionet van Den Haag en Brussel] en [heeft niets over mij te zeggen|ik erken hun besluiten niet].',
    'Ik heb nooit ingestemd met [deze regels|uw gezag|welk contract dan ook], dus van "plichten" wil ik niet horen.',
    'Jullie wetten [gelden niet voor vrije mensen|zijn voor mij vodjes papier].',
    'Dat u zich "gemeente" noemt, maakt u nog geen [wettig gezag|overheid].',
  ],
  en: [
    'I do not [actually|really] recognise your authority[, but anyway|, for the record|].',
    'This so-called "government" lost all legitimacy a long time ago.',
    'You are just a corporation, not a real government.',
    'The courts in this country are part of the same corrupt system and I do not recognise their rulings.',
    'I never consented to your rules, so do not talk to me about "obligations".',
  ],
};

// Everything in this module is sovereign / anti-institutional rhetoric.
for (const b of [SOV_HEADERS, SOV_ADDRESSEE, STATUS, STRAWMAN, NO_CONTRACT, COMPANY, ACCEPTED_FOR_VALUE, CONDITIONAL, PROOF_DEMANDS, NOTICE_OF_LIABILITY, AFFIDAVIT, FEE_SCHEDULE, BRP_WITHDRAWAL, RETOUR, MAXIMS, LAW_DENIAL, DEADLINES, SOV_SIGNATURES, ANTI_RHETORIC]) tagBank(b, 'anti');
