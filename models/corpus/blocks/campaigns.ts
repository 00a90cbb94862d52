/**
 * Template campaigns: one text used by many senders with personal details changed (as happens
 * with templates circulating on Telegram, Facebook groups or from action groups and bureaus).
 * About 12% of the generated letters belong to a campaign; they are the near-duplicates the
 * stats report and must never be split across train and test.
 *
 * To add a campaign: append an entry. `paragraphs` are rendered with the letter's variables;
 * keep alternation minimal, the point is that these letters are near-identical.
 */
import type { Category, Channel, Topic } from '../../../server/taxonomy.ts';
import type { Lang } from '../template.ts';

export interface Campaign {
  id: string;
  category: Category;
  topic: Topic;
  lang: Lang;
  anti: boolean;
  /** Chance that a sender adds a personal sentence about distress (then zorgsignaal = true). */
  zorgChance: number;
  zorgLines: readonly string[];
  /** Harmless personal sentences some senders add. */
  personalLines: readonly string[];
  /** Relative share of the campaign letters. */
  weight: number;
  channels: readonly (readonly [Channel, number])[];
  subject: string;
  salutation: string | null;
  paragraphs: readonly string[];
  closing: string | null;
  sovereignSignature?: boolean;
  matter?: string;
}

export const CAMPAIGNS: readonly Campaign[] = [
  {
    id: 'camp-notice-liability-en', category: 'soevereiniteitsverklaring', topic: 'bestuur', lang: 'en', anti: true, weight: 1.1,
    zorgChance: 0.05, zorgLines: ['Your system has taken everything from me: my job, my home and my health.'],
    personalLines: ['This notice is also served on all council members.', 'A copy of this notice has been published online.'],
    channels: [['email', 4], ['pdf', 3], ['scan', 2]],
    subject: 'NOTICE OF LIABILITY - {!naamSoev}',
    salutation: null,
    paragraphs: [
      'NOTICE TO AGENT IS NOTICE TO PRINCIPAL - NOTICE TO PRINCIPAL IS NOTICE TO AGENT',
      'To: {burgemeester}, in his/her private capacity, and all officers of the corporation trading as MUNICIPALITY OF {!gemeente}.',
      'I, {naamSoev}, a living man/woman of flesh and blood, hereby give you NOTICE OF LIABILITY. I am not the legal fiction {naamCaps}, which was created without my knowledge or consent.',
      'You are hereby notified that the municipality of {gemeente} is a corporation registered with Dun & Bradstreet, and that you act as an agent of that corporation. No contract exists between me and your corporation. I do not consent to being governed, taxed or registered.',
      'Any officer who continues to act against me does so in his or her private capacity and is personally liable. My fee schedule applies: EUR 25,000 per violation, per officer, payable within 14 days.',
      'You have 14 days to rebut this notice point by point, under oath and penalty of perjury. Silence is acquiescence. After 14 days, estoppel applies.',
      'All rights reserved, without prejudice, UCC 1-308.',
    ],
    closing: null,
    sovereignSignature: true,
  },
  {
    id: 'camp-uitschrijving-brp', category: 'soevereiniteitsverklaring', topic: 'brp', lang: 'nl', anti: true, weight: 1.1,
    zorgChance: 0.06, zorgLines: ['Ik ben alles kwijtgeraakt door dit systeem en wil er niets meer mee te maken hebben.'],
    personalLines: ['Mijn partner stuurt u een gelijkluidende verklaring.', 'Een kopie van deze verklaring is aangetekend verzonden.'],
    channels: [['pdf', 3], ['scan', 3], ['email', 2]],
    subject: 'Verklaring van uitschrijving uit de BRP - {naamSoev}',
    salutation: 'Aan de afdeling Burgerzaken van de gemeente {gemeente},',
    paragraphs: [
      'Ik, {naamSoev}, levend mens van vlees en bloed, geboren uit mijn moeder op {geboortedatum}, verklaar hierbij dat ik mij met onmiddellijke ingang uitschrijf uit de Basisregistratie Personen.',
      'De rechtspersoon {naamCaps} is zonder mijn medeweten aangemaakt bij mijn geboorteaangifte. Ik ben niet die rechtspersoon. Ik doe hierbij afstand van het burgerservicenummer {bsn} en van iedere status als ingezetene.',
      'Ik verzoek u binnen 14 dagen schriftelijk te bevestigen dat alle gegevens over mij zijn verwijderd. Indien u dit weigert, verzoek ik u onder ede aan te tonen op grond van welk contract u mijn gegevens verwerkt.',
      'Bij uitblijven van een reactie binnen de gestelde termijn gaat u stilzwijgend akkoord met deze verklaring.',
      'Zonder prejudice, alle rechten voorbehouden.',
    ],
    closing: null,
    sovereignSignature: true,
  },
  {
    id: 'camp-retour-aanslag', category: 'betalingsweigering', topic: 'belastingen', lang: 'nl', anti: true, weight: 1.2, matter: 'aanslag',
    zorgChance: 0.12, zorgLines: ['Ik heb door jullie al schulden genoeg en de deurwaarder staat hier elke week.', 'Sinds ik ziek ben en mijn baan kwijt ben, heb ik ingezien hoe dit systeem werkt.'],
    personalLines: ['Ik heb de envelop ongeopend terug willen sturen maar u heeft hem toch.', 'Dit geldt ook voor alle toekomstige aanslagen.'],
    channels: [['scan', 3], ['pdf', 2], ['email', 2], ['webform', 0.5]],
    subject: 'RETOUR AFZENDER - aanslag {aanslagnummer}',
    salutation: null,
    paragraphs: [
      'REFUSED FOR CAUSE - RETOUR AFZENDER - GEEN CONTRACT',
      'Uw aanslag met nummer {aanslagnummer}, gericht aan {naamCaps}, wordt hierbij geweigerd en retour gezonden. Er bestaat geen contract tussen mij, de levende mens, en de onderneming GEMEENTE {!gemeente}.',
      'Ik ben niet de rechtspersoon in hoofdletters. Ik heb nooit ingestemd met uw belastingen en zal deze aanslag dan ook niet betalen.',
      'Zonder natte handtekening van een levend mens bestaat er geen vordering. Ik beschouw deze zaak als gesloten. Verdere inningsacties worden beschouwd als fraude.',
      'Accepted for value - zonder prejudice - UCC 1-308.',
    ],
    closing: null,
    sovereignSignature: true,
  },
  {
    id: 'camp-bezwaar-afval', category: 'bezwaar', topic: 'belastingen', lang: 'nl', anti: false, weight: 1.6, matter: 'afval',
    zorgChance: 0.1, zorgLines: ['Als alleenstaande AOW\'er kan ik dit bedrag eigenlijk niet opbrengen; ik moet nu al bezuinigen op boodschappen.', 'Ik zit in de schuldsanering en elke verhoging is voor mij een ramp.'],
    personalLines: ['Ik woon al meer dan dertig jaar in deze gemeente.', 'Ik scheid mijn afval zorgvuldig.', 'Veel buren in mijn straat sturen dezelfde brief.'],
    channels: [['email', 4], ['pdf', 2], ['webform', 2], ['scan', 1]],
    subject: 'Bezwaar afvalstoffenheffing {jaar} - {naamFormeel}',
    salutation: 'Geachte heffingsambtenaar,',
    paragraphs: [
      'Hierbij maak ik bezwaar tegen de aanslag afvalstoffenheffing {jaar}, aanslagnummer {aanslagnummer}, voor het adres {adres} te {woonplaats}.',
      'Ik maak bezwaar omdat de afvalstoffenheffing dit jaar opnieuw fors is verhoogd, terwijl de dienstverlening niet is verbeterd. Een eenpersoonshuishouden betaalt in verhouding veel meer dan een meerpersoonshuishouden. Dat is in strijd met het beginsel dat de vervuiler betaalt.',
      'Daarnaast verzoek ik u mij de kostenonderbouwing van de heffing toe te sturen, zodat ik kan controleren of de gemeente niet meer ophaalt dan de werkelijke kosten van de afvalinzameling.',
      'Ik verzoek u de aanslag te verminderen en mij tot die tijd uitstel van betaling te verlenen.',
      'Dit bezwaar is opgesteld met behulp van het voorbeeld van {actiegroep}.',
    ],
    closing: 'Met vriendelijke groet,',
  },
  {
    id: 'camp-woz-bureau', category: 'bezwaar', topic: 'belastingen', lang: 'nl', anti: false, weight: 1.4, matter: 'woz',
    zorgChance: 0, zorgLines: [], personalLines: [],
    channels: [['email', 5], ['pdf', 3]],
    subject: 'Bezwaarschrift WOZ {jaar} - object {adres} {woonplaats} - ons kenmerk {kenmerk}',
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: [
      'Namens en in opdracht van onze cliënt, {naamFormeel}, eigenaar van de onroerende zaak gelegen aan de {adres} te {woonplaats}, maken wij hierbij bezwaar tegen de beschikking WOZ {jaar} met aanslagnummer {aanslagnummer}. Een machtiging is bijgevoegd.',
      'De waarde van het object is vastgesteld op {wozwaarde}. Naar onze mening is deze waarde te hoog. Wij verzoeken u de waarde te verlagen naar een bedrag dat aansluit bij de marktwaarde op de waardepeildatum.',
      'Wij verzoeken u op grond van artikel 40 Wet WOZ en artikel 7:4 Awb ons kosteloos het taxatieverslag, de grondstaffel, de gebruikte vergelijkingsobjecten en de matrix toe te zenden, zodat wij de gronden van het bezwaar kunnen aanvullen.',
      'Tevens verzoeken wij om vergoeding van de kosten van de bezwaarprocedure op grond van artikel 7:15 Awb en de kosten van een taxatierapport, te betalen aan Waardevast Bezwaar B.V.',
      'Wij verzoeken u alle correspondentie in deze zaak uitsluitend aan ons kantoor te richten.',
    ],
    closing: 'Met vriendelijke groet,\n\nWaardevast Bezwaar B.V.\nnamens deze, L. de Haas, WOZ-taxateur',
  },
  {
    id: 'camp-woo-azc', category: 'woo_verzoek', topic: 'bestuur', lang: 'nl', anti: false, weight: 1.1,
    zorgChance: 0, zorgLines: [], personalLines: ['Ik woon op loopafstand van de beoogde locatie.', 'Dit verzoek wordt door meerdere buurtbewoners ingediend.'],
    channels: [['email', 5], ['webform', 2], ['pdf', 1]],
    subject: 'Woo-verzoek opvanglocatie {kern}',
    salutation: 'Geacht college,',
    paragraphs: [
      'Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over de voorgenomen opvanglocatie voor asielzoekers in {kern}, in de periode van 1 januari {vorigjaar} tot heden.',
      'Onder documenten versta ik in elk geval: e-mails, WhatsApp- en sms-berichten, notities, verslagen van overleggen met het COA, de provincie en de eigenaar van het pand, collegevoorstellen, adviezen en eventuele overeenkomsten.',
      'Ik verzoek u de documenten digitaal te verstrekken en bij uw besluit een inventarislijst te voegen. Ik wijs u op de beslistermijn van vier weken uit artikel 4.4 Woo.',
    ],
    closing: 'Met vriendelijke groet,',
  },
  {
    id: 'camp-woo-windpark', category: 'woo_verzoek', topic: 'vergunningen', lang: 'nl', anti: false, weight: 1,
    zorgChance: 0, zorgLines: [], personalLines: ['Mijn woning ligt op minder dan een kilometer van de geplande turbines.', 'Ik ben lid van de bewonersvereniging.'],
    channels: [['email', 5], ['pdf', 2], ['webform', 1]],
    subject: 'Verzoek Woo - windpark en omgevingsvergunning',
    salutation: 'Geachte heer/mevrouw,',
    paragraphs: [
      'Hierbij doe ik een verzoek op grond van de Wet open overheid (Woo). Ik verzoek u om openbaarmaking van alle documenten die betrekking hebben op het voorgenomen windpark nabij {kern} en de daarvoor aangevraagde omgevingsvergunning.',
      'Het gaat in het bijzonder om: de akoestische onderzoeken en slagschaduwberekeningen, de correspondentie met de initiatiefnemer, de afspraken over de omgevingsfondsen en alle interne notities over de afstand tot woningen.',
      'Ik verzoek u de stukken digitaal te verstrekken. Graag ontvang ik een ontvangstbevestiging van dit verzoek.',
    ],
    closing: 'Met vriendelijke groet,',
  },
  {
    id: 'camp-tribunaal', category: 'bedreiging', topic: 'bestuur', lang: 'nl', anti: true, weight: 0.9,
    zorgChance: 0, zorgLines: [], personalLines: ['Dit bericht wordt ook aan de pers gestuurd.', 'Uw naam is genoteerd.'],
    channels: [['email', 5], ['scan', 2], ['pdf', 1]],
    subject: 'KENNISGEVING VAN HET VOLKSTRIBUNAAL - {burgemeester}',
    salutation: 'Aan {burgemeester} en alle wethouders van de gemeente {gemeente},',
    paragraphs: [
      'NOTICE OF INTENT - KENNISGEVING VAN VOORNEMEN',
      'Hierbij wordt u ervan in kennis gesteld dat u, als handlanger van de onderneming GEMEENTE {!gemeente}, wordt aangeklaagd voor misdaden tegen het volk en hoogverraad.',
      'De regering en de gemeenten hebben geen enkele legitimiteit meer. Uw wetten zijn nietig. Het volkstribunaal zal u ter verantwoording roepen, net als alle andere verraders.',
      'De common-law sheriffs zijn op de hoogte van uw woonadres. U kunt zich niet verstoppen. Wanneer het tribunaal zijn oordeel heeft geveld, wordt u aangehouden. U weet wat er met verraders gebeurt.',
      'Dit is uw enige kennisgeving.',
    ],
    closing: 'Namens het volk,',
    sovereignSignature: true,
  },
  {
    id: 'camp-bomen-raad', category: 'regulier', topic: 'bestuur', lang: 'nl', anti: false, weight: 1.2,
    zorgChance: 0, zorgLines: [], personalLines: ['Ik wandel er elke dag met mijn hond.', 'Mijn kinderen spelen er iedere dag.', 'Dit park is de reden dat wij hier zijn komen wonen.'],
    channels: [['email', 5], ['webform', 2], ['pdf', 1]],
    subject: 'Red het {straatStem}park - brief aan de gemeenteraad',
    salutation: 'Geachte leden van de gemeenteraad,',
    paragraphs: [
      'Met grote zorg lees ik dat het college van plan is om tientallen gezonde bomen in het {straatStem}park te kappen voor de aanleg van een parkeerterrein.',
      'Dit park is de groene long van onze wijk. De bomen geven schaduw in hete zomers, vangen fijnstof af en zijn een thuis voor vogels en vleermuizen. Een parkeerterrein kan nooit opwegen tegen wat we verliezen.',
      'Ik roep u op om tegen dit plan te stemmen en samen met de bewoners naar alternatieven te zoeken. Wij worden graag betrokken.',
    ],
    closing: 'Met vriendelijke groet,',
  },
];
