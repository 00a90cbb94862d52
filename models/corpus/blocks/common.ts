/**
 * Phrases shared by all categories: salutations and closings per register, legitimate anger
 * (criticism that is NOT anti-institutional and NOT a threat), legitimate escalation (ombudsman,
 * press, lawyer), requests for a reply, and small connective sentences.
 */
import type { LBank } from '../template.ts';
import type { Register } from './profiles.ts';

export const SALUTATIONS: Record<'nl' | 'en', Record<Register, readonly string[]>> = {
  nl: {
    formeel: ['Geachte heer, mevrouw,', 'Geachte heer/mevrouw,', 'Geachte dames en heren,', 'Geacht college,', 'Geachte heer, geachte mevrouw,', 'Geachte {ambtenaar},', 'L.S.,'],
    neutraal: ['Geachte heer/mevrouw,', 'Beste heer/mevrouw,', 'Goedendag,', 'Goedemiddag,', 'Beste medewerker,', 'Geachte medewerker,', 'Beste {ambtenaar},', 'Goedemorgen,'],
    informeel: ['Hallo,', 'Hoi,', 'Beste,', 'Hallo gemeente,', 'Goedemiddag,', 'Hey,', 'Beste mensen,', 'Hallo daar,', 'Dag,'],
    ouderwets: ['Zeer geachte heer, mevrouw,', 'Hooggeachte heer, mevrouw,', 'Geachte Heer of Mevrouw,', 'WelEdele Heer/Vrouwe,', 'Geachte Heren,', 'Zeer geachte burgemeester,'],
    chaotisch: ['Hallo', 'Gemeente,', 'AAN DE GEMEENTE', 'Beste', 'Meneer mevrouw', 'Aan wie het aangaat,', ''],
  },
  en: {
    formeel: ['Dear Sir or Madam,', 'Dear Sir/Madam,', 'To whom it may concern,', 'Dear members of the municipal executive,', 'Dear {ambtenaar},'],
    neutraal: ['Dear Sir/Madam,', 'Hello,', 'Good afternoon,', 'Dear colleague,', 'Dear municipality,'],
    informeel: ['Hi,', 'Hello,', 'Hi there,', 'Hello team,', 'Hey,'],
    ouderwets: ['Dear Sirs,', 'Dear Sir or Madam,'],
    chaotisch: ['To the municipality', 'Hello', 'TO WHOM IT MAY CONCERN', ''],
  },
};

export const CLOSINGS: Record<'nl' | 'en', Record<Register, readonly string[]>> = {
  nl: {
    formeel: ['Met vriendelijke groet,', 'Hoogachtend,', 'Met vriendelijke groeten,', 'In afwachting van uw reactie, met vriendelijke groet,', 'Met de meeste hoogachting,'],
    neutraal: ['Met vriendelijke groet,', 'Vriendelijke groet,', 'Met vriendelijke groeten,', 'Groet,', 'Alvast bedankt, met vriendelijke groet,', 'Bij voorbaat dank.\n\nMet vriendelijke groet,'],
    informeel: ['Groetjes,', 'Gr.', 'mvg', 'Groeten,', 'Alvast bedankt!', 'Thanks!', 'Vriendelijke groet', 'Groetjes en bedankt,', 'Fijne dag,'],
    ouderwets: ['Hoogachtend,', 'Met de meeste hoogachting,', 'In afwachting van uw antwoord verblijf ik,\n\nhoogachtend,', 'Met hartelijke groeten,', 'Met vriendelijke groet en dank voor uw moeite,'],
    chaotisch: ['groet', 'Gr', '', 'Dat was het.', 'Zo. Gegroet.', 'mvg', 'Met groet'],
  },
  en: {
    formeel: ['Yours faithfully,', 'Kind regards,', 'Yours sincerely,', 'Sincerely,'],
    neutraal: ['Kind regards,', 'Best regards,', 'Regards,', 'Thanks in advance,\n\nKind regards,'],
    informeel: ['Thanks!', 'Cheers,', 'Best,', 'Thanks,', 'Many thanks,'],
    ouderwets: ['Yours faithfully,', 'Yours sincerely,'],
    chaotisch: ['regards', '', 'Thanks.'],
  },
};

/** Sharp but legitimate criticism. Never a threat, never denial of authority. */
export const ANGER: LBank = {
  nl: [
    'Dit is werkelijk [schandalig|te belachelijk voor woorden|een aanfluiting|ongehoord].',
    'Ik ben het [meer dan|spuug|ronduit] zat.',
    '[Hoe haalt u het in uw hoofd?|Waar haalt u het gore lef vandaan?|Hoe durft u?]',
    'Graaiende gemeente, [dat is het|anders kan ik het niet noemen|zo voelt het].',
    'Ik stem [nooit meer|echt nooit meer] op [jullie|een van de coalitiepartijen], dat kan ik u wel vertellen.',
    'Jullie zijn er voor de burger, niet andersom.',
    'Weer een lastenverzwaring voor de gewone burger, terwijl er [miljoenen naar prestigeprojecten gaan|geld genoeg is voor dure adviesbureaus|het stadhuis wel opnieuw ingericht kon worden].',
    'Ik schaam me [voor deze gemeente|om in {gemeente} te wonen].',
    'Bij een gewoon bedrijf zouden jullie allang failliet zijn met zo\'n [service|klantvriendelijkheid|administratie].',
    'Dit soort [ambtelijke willekeur|bureaucratie|onverschilligheid] maakt mensen terecht boos.',
    'Jullie moesten je [diep|] schamen.',
    'Het is [toch te gek|te triest|gewoon niet normaal] dat je als inwoner zo behandeld wordt.',
    'Ik [betaal|betalen] al jaren [netjes|braaf] mijn belastingen en dit is wat ik ervoor terugkrijg.',
    'Wat een [amateurisme|stelletje prutsers|klantonvriendelijke club].',
    'Ik ben werkelijk [woedend|razend|des duivels|ziedend].',
    'Met gezond verstand heeft dit niets meer te maken.',
    'Hier wordt de burger gewoon [uitgeknepen|voor de gek gehouden|aan het lijntje gehouden].',
    'Het vertrouwen in [de gemeente|de politiek|dit college] is bij mij [tot het nulpunt gedaald|volledig weg].',
  ],
  en: [
    'This is [frankly|simply|absolutely] [outrageous|unacceptable|ridiculous].',
    'I am [fed up|sick and tired] with this.',
    'How can you possibly justify this?',
    'You are supposed to serve residents, not the other way around.',
    'I have paid my taxes [diligently|on time] for years and this is how I am treated.',
    'Any private company would have gone bankrupt with service like this.',
    'I am [extremely|truly] [angry|frustrated|disappointed].',
    'My trust in the municipality is gone.',
  ],
};

/** Legitimate escalation: not a threat. */
export const ESCALATION: LBank = {
  nl: [
    'Als ik niets hoor, [stap ik naar|wend ik mij tot] de [Nationale ombudsman|gemeentelijke ombudsman|rechter].',
    'Ik [zal|ga] dit ook [voorleggen aan|mailen naar] [de lokale krant|de raadsfracties|een advocaat|Omroep {provincie}|het Juridisch Loket].',
    'Ik behoud mij het recht voor om [in beroep te gaan|een klacht in te dienen bij de ombudsman|juridische stappen te zetten].',
    'Desnoods [ga ik naar de rechter|schakel ik een advocaat in|zet ik het op Facebook zodat iedereen kan zien hoe dit gaat].',
    'Bij uitblijven van een reactie [stel ik u in gebreke|maak ik aanspraak op een dwangsom wegens niet tijdig beslissen].',
    '[Ik heb een kopie van deze brief gestuurd naar|Ik stuur een kopie van deze brief naar|Een kopie van deze brief gaat naar] [de fractievoorzitters|de klachtencommissie|mijn rechtsbijstandsverzekeraar].',
  ],
  en: [
    'If I do not hear from you, I will [take this to the ombudsman|seek legal advice|contact a lawyer].',
    'I am copying this message to [the local newspaper|the council parties|my legal insurer].',
    'I reserve the right to [appeal|file a complaint with the ombudsman].',
  ],
};

export const REPLY_REQUEST: LBank = {
  nl: [
    'Ik zie uw reactie [graag|met belangstelling|spoedig] tegemoet.',
    'Graag ontvang ik [binnen {dagen} dagen|zo snel mogelijk|op korte termijn] [een reactie|een antwoord].',
    'Graag hoor ik [binnen {dagen} dagen|zo snel mogelijk|op korte termijn] van u.',
    'Kunt u mij [laten weten|berichten] hoe het nu verder gaat?',
    'Ik hoop op een [spoedige|snelle|serieuze] reactie.',
    'U kunt mij bereiken op {telefoon} of via {email}.',
    'Ik ben [overdag|na 17.00 uur|\'s ochtends] telefonisch bereikbaar op {telefoon}.',
    'Bij voorbaat dank voor uw [moeite|medewerking|reactie].',
    'Ik wacht uw antwoord af.',
    'Wilt u [de ontvangst van deze brief bevestigen|mij schriftelijk antwoorden]?',
  ],
  en: [
    'I look forward to your reply.',
    'Please let me know [how to proceed|what the next steps are|as soon as possible].',
    'You can reach me at {telefoon} or {email}.',
    'Thank you in advance for your help.',
    'Could you please confirm receipt of this message?',
  ],
};

export const ATTACHMENTS: LBank = {
  nl: ['kopie [aanslagbiljet|beschikking|besluit]', 'foto\'s', 'taxatierapport', 'machtiging', 'kopie legitimatiebewijs', 'loonstrook', 'bankafschriften', 'verklaring huisarts', 'brief van {eerdereDatum}', 'overzicht schulden', 'kopie eerdere correspondentie'],
  en: ['copy of the assessment', 'photos', 'copy of my passport', 'payslips', 'previous correspondence'],
};

/** Regional colour for informal sign-offs, by province (used now and then). */
export const REGIONAL_CLOSINGS: Record<string, readonly string[]> = {
  'Noord-Brabant': ['Houdoe!', 'Houdoe en bedankt,', 'Groetjes uit Brabant,'],
  Limburg: ['Hoi, groeten uit Limburg,', 'Mit vriendelijke groete,', 'Alaaf en groetjes,'],
  Friesland: ['Groetnis,', 'Mei freonlike groetnis,', 'Oant sjen,'],
  Groningen: ['Moi,', 'Groeten uit Stad,', 'Mit groeten,'],
  Drenthe: ['Groeten uit Drenthe,', 'Moi en bedankt,'],
  Overijssel: ['Groeten uit Overijssel,', 'Gr. uit Twente,'],
  Zeeland: ['Groeten uit Zeeland,'],
  Gelderland: ['Groeten uit de Achterhoek,', 'Groet uit Gelderland,'],
};
