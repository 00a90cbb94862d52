/**
 * regulier: routine mail. Questions, applications, notifications, requests for kwijtschelding or
 * a betalingsregeling (usually with zorgsignaal), reports about public space, letters to the
 * mayor or council, political criticism that is NOT anti-institutional.
 *
 * Scenarios: each has a topic, a zorg rule ('yes' = the scenario itself is a distress cue,
 * 'no' = must not be combined with distress, 'any' = distress may be added), and per language a
 * subject bank and an ordered list of body slots; each slot is a bank of alternatives, optional
 * slots start with '?'.
 */
import type { Topic } from '../../../../server/taxonomy.ts';
import { gated, type LBank } from '../../template.ts';
import { setMatter, MATTERS } from '../topics.ts';
import { angerLine, antiLine, bySize, distressParagraph, escalationLine, insertAt, isAngry, replyLine, type Composer } from '../../letter.ts';

interface Scenario {
  key: string;
  topic: Topic;
  matter?: string;
  zorg: 'yes' | 'no' | 'any';
  /** Political criticism: angry register is natural. */
  criticism?: boolean;
  /** vraag (default): questions/applications; melding: reports; brief: letters to mayor/council, thanks, invitations. */
  kind?: 'vraag' | 'melding' | 'brief';
  nl: { subj: readonly string[]; slots: readonly (readonly string[])[] };
  en?: { subj: readonly string[]; slots: readonly (readonly string[])[] };
}

const S: readonly Scenario[] = [
  // ---------------- belastingen
  { key: 'kwijtschelding', topic: 'belastingen', matter: 'aanslag', zorg: 'yes',
    nl: { subj: ['Verzoek kwijtschelding', 'kwijtschelding aanvragen', 'Aanvraag kwijtschelding gemeentelijke belastingen {jaar}', 'Kwijtschelding aanslag {aanslagnummer}', 'kan ik kwijtschelding krijgen?'],
      slots: [
        ['Ik wil graag kwijtschelding aanvragen voor {zaak}.', 'Hierbij verzoek ik om kwijtschelding van {zaak}.', 'Ik heb {zaak} ontvangen maar ik kan dit [echt|helaas|gewoon] niet betalen. Is kwijtschelding mogelijk?', 'Graag zou ik in aanmerking komen voor kwijtschelding van de gemeentelijke belastingen.'],
        ['Mijn inkomen bestaat uit [een bijstandsuitkering|AOW zonder aanvullend pensioen|een Wajong-uitkering|een klein parttime salaris] van ongeveer {inkomen} per maand.', 'Ik leef [al een tijd|sinds kort] van [een uitkering|het minimum] en na de huur van {huur} blijft er weinig over.'],
        ['?Het aanvraagformulier en [mijn bankafschriften|mijn loonstroken|de beschikking van het UWV] [stuur ik mee|zitten in de bijlage].', '?Vorig jaar heb ik ook kwijtschelding gekregen.', '?Kunt u mij het formulier toesturen? Online lukt het mij niet.'],
      ] },
    en: { subj: ['Request for tax remission (kwijtschelding)'], slots: [['I would like to apply for remission of {zaak}.', 'I received {zaak} but I cannot pay it. Is remission possible?'], ['My only income is a benefit of about {inkomen} per month.']] } },
  { key: 'betalingsregeling', topic: 'belastingen', matter: 'aanslag', zorg: 'yes',
    nl: { subj: ['Betalingsregeling', 'verzoek betalingsregeling', 'Betalingsregeling aanslag {aanslagnummer}', 'Uitstel van betaling', 'Kan ik in delen betalen?'],
      slots: [
        ['Ik kan {zaak} niet in één keer betalen.', 'Ik heb [gisteren|deze week] {zaak} ontvangen en ik schrik van het bedrag.', 'Het lukt mij [helaas|op dit moment] niet om {zaak} op tijd te betalen.'],
        ['Is het mogelijk een betalingsregeling te treffen van [{bedragKlein}|een klein bedrag] per maand?', 'Graag zou ik een betalingsregeling willen afspreken.', 'Kan ik uitstel van betaling krijgen tot mijn situatie wat beter is?'],
        ['?Ik wil echt betalen, maar het moet in kleine stapjes.', '?Ik heb ook al een regeling lopen voor [de energierekening|de zorgverzekering|een oude schuld].'],
      ] },
    en: { subj: ['Payment plan request'], slots: [['I cannot pay {zaak} in one go.'], ['Would it be possible to set up a payment plan of {bedragKlein} per month?']] } },
  { key: 'termijnen', topic: 'belastingen', matter: 'aanslag', zorg: 'no',
    nl: { subj: ['Automatische incasso', 'betalen in termijnen', 'Machtiging automatische incasso', 'Gespreid betalen aanslag {jaar}'],
      slots: [
        ['Ik wil {zaak} graag in termijnen betalen via automatische incasso, zoals vorig jaar.', 'Graag machtig ik u om het bedrag van {zaak} in [tien|twaalf|acht] termijnen van mijn rekening af te schrijven.'],
        ['Mijn rekeningnummer is {iban}.', 'Het IBAN is {iban} t.n.v. {naamFormeel}.'],
        ['?Klopt het dat de eerste termijn dan pas eind volgende maand wordt afgeschreven?', '?Kunt u bevestigen dat de incasso is ingesteld?'],
      ] },
    en: { subj: ['Direct debit for municipal taxes'], slots: [['I would like to pay {zaak} in instalments by direct debit.'], ['My IBAN is {iban}.']] } },
  { key: 'vraag_aanslag', topic: 'belastingen', zorg: 'no',
    nl: { subj: ['Vraag over aanslag', 'vraag aanslag {jaar}', 'Vraag over {onderwerp}'],
      slots: [
        ['Ik heb een vraag over {zaak}.', 'Ik heb deze week een aanslag ontvangen en begrijp [niet goed|niet helemaal] waar het bedrag vandaan komt.', 'Mijn [partner en ik|huisgenoot en ik] hebben allebei een aanslag gekregen voor hetzelfde adres. Is dat de bedoeling? => Twee aanslagen ontvangen? ;; dubbele aanslag', 'Mijn rekeningnummer is gewijzigd. Het nieuwe nummer is {iban}. => Wijziging rekeningnummer ;; nieuw IBAN', 'Hoe kan ik het taxatieverslag van mijn woning inzien? => Taxatieverslag WOZ ;; vraag WOZ', 'Wanneer worden dit jaar de aanslagen verstuurd? => Wanneer komt de aanslag? ;; vraag aanslag {jaar}'],
        ['?Kunt u mij uitleggen hoe het bedrag is berekend?', '?Moet ik nu iets doen of wordt het automatisch aangepast?', '?Ik heb mijn DigiD niet bij de hand, kunt u het per post sturen?'],
      ] },
    en: { subj: ['Question about my tax assessment'], slots: [['I have a question about {zaak}.', 'My IBAN has changed; the new one is {iban}.'], ['?Could you explain how the amount was calculated?']] } },
  { key: 'hond_afmelden', topic: 'belastingen', matter: 'hond', zorg: 'any',
    nl: { subj: ['Afmelden hond', 'Aanmelden hond hondenbelasting', 'hondenbelasting'],
      slots: [
        ['Hierbij meld ik mijn hond af voor de hondenbelasting[, hij is op {eerdereDatum} overleden|, want ik heb hem moeten herplaatsen|]. => Afmelden hond ;; afmelding hondenbelasting', 'Ik wil graag een [puppy|tweede hond] aanmelden voor de hondenbelasting. => Aanmelden hond ;; hondenbelasting aanmelding', 'Wij hebben sinds {eerdereDatum} een hond uit het asiel. Moet ik die aanmelden? => vraag hondenbelasting ;; Hond aanmelden?'],
        ['?Krijg ik het te veel betaalde bedrag terug?', '?Graag ontvang ik een bevestiging.'],
      ] } },
  // ---------------- brp
  { key: 'verhuizing', topic: 'brp', matter: 'verhuizing', zorg: 'any',
    nl: { subj: ['Verhuizing', 'adreswijziging', 'Verhuizing doorgeven per {termijnDatum}', 'verhuismelding'],
      slots: [
        ['Hierbij geef ik mijn verhuizing door. Per {termijnDatum} woon ik op de {adres}, {postcode} {woonplaats}.', 'Ik ben verhuisd en wil mijn nieuwe adres doorgeven.', 'Mijn [moeder|vader] verhuist naar een verzorgingshuis en ik wil de verhuizing namens haar doorgeven.'],
        ['?Het lukt niet via de website omdat [ik geen DigiD heb|de DigiD-app het niet doet].', '?Mijn [partner|dochter van 12] verhuist mee.', '?Moet ik daarvoor langskomen op het gemeentehuis?'],
      ] },
    en: { subj: ['Change of address', 'Registering my move'], slots: [['I would like to register my move to {adres}, {postcode} {woonplaats} as of {termijnDatum}.'], ['?My partner is moving with me.', '?Do I need to come to the town hall for this?']] } },
  { key: 'paspoort', topic: 'brp', matter: 'paspoort', zorg: 'no',
    nl: { subj: ['Afspraak paspoort/ID-kaart', 'vraag over reisdocument', '{onderwerp}', 'Vraag burgerzaken'],
      slots: [
        ['Mijn paspoort verloopt [over twee weken|binnenkort|op {termijnDatum}] en ik ga op {termijnDatum} op vakantie.', 'Ik wil een identiteitskaart aanvragen voor mijn [zoon|dochter] van {nummer} jaar.', 'Ik ben mijn paspoort kwijtgeraakt [op vakantie|in de trein].'],
        ['Hoe snel kan ik een afspraak krijgen?', 'Is er een spoedprocedure en wat kost die?', 'Moet mijn [ex-partner|de andere ouder] toestemming geven?', 'Welke documenten moet ik meenemen?'],
      ] },
    en: { subj: ['Passport appointment'], slots: [['My passport expires soon and I travel on {termijnDatum}.'], ['How quickly can I get an appointment?']] } },
  { key: 'uittreksel', topic: 'brp', matter: 'uittreksel', zorg: 'no',
    nl: { subj: ['Uittreksel BRP', 'aanvraag uittreksel', 'Uittreksel met adreshistorie'],
      slots: [
        ['Ik heb een uittreksel uit de BRP nodig [voor mijn nieuwe werkgever|voor de notaris|met adreshistorie voor mijn visumaanvraag|voor de woningcorporatie].', 'Graag vraag ik een [internationaal|] uittreksel aan.'],
        ['?Kan dat ook digitaal?', '?Kan ik het laten opsturen naar {adres}?', '?Wat zijn de kosten?'],
      ] },
    en: { subj: ['BRP extract request'], slots: [['I need an extract from the BRP for my employer.', 'I need an international BRP extract with address history for a visa application.'], ['?Can it be sent digitally?']] } },
  { key: 'inschrijving_expat', topic: 'brp', matter: 'inschrijving', zorg: 'no',
    nl: { subj: ['Eerste inschrijving', 'Inschrijving vanuit het buitenland'], slots: [['Ik kom [uit Spanje|uit Polen|uit Duitsland] en wil mij inschrijven in de gemeente.', 'Mijn [vriend|vrouw] komt uit het buitenland en moet worden ingeschreven op ons adres.'], ['Welke documenten zijn nodig?', 'Wanneer kan ik een afspraak maken?']] },
    en: { subj: ['Registration and BSN appointment', 'First registration in the municipality', 'BSN appointment'], slots: [['I recently moved to the Netherlands for work and need to register with the municipality to get a BSN.', 'My partner and I moved from [India|Italy|the UK|Brazil] last week and we need to register.'], ['Which documents do I need to bring? Does my birth certificate need an apostille?', 'The earliest appointment online is in six weeks, is there any way to speed this up?'], ['?My employer needs the BSN before I can be paid.']] } },
  { key: 'overlijden', topic: 'brp', zorg: 'any',
    nl: { subj: ['Vraag na overlijden', 'overlijden familielid', 'Post voor overleden familielid', 'melding overlijden'], slots: [['Mijn [moeder|vader|echtgenoot] is op {eerdereDatum} overleden.', 'Na het overlijden van mijn [man krijg ik nog steeds post op zijn naam|vrouw krijg ik nog steeds post op haar naam].'], ['Moet ik dat nog bij de gemeente melden of gaat dat via de uitvaartondernemer?', 'Kunt u de gegevens aanpassen zodat de post stopt?', 'Hoe vraag ik een akte van overlijden aan?']] } },
  // ---------------- sociaal
  { key: 'bijstand_aanvraag', topic: 'sociaal', matter: 'bijstand', zorg: 'yes',
    nl: { subj: ['Aanvraag bijstand', 'Bijstand aanvragen', 'hulp nodig, geen inkomen', 'vraag over uitkering'],
      slots: [
        ['Ik wil graag een bijstandsuitkering aanvragen.', 'Sinds {eerdereDatum} heb ik geen inkomen meer en ik wil weten of ik bijstand kan krijgen.', 'Mijn WW-uitkering stopt [volgende maand|op {termijnDatum}] en ik heb nog geen werk.'],
        ['?Hoe lang duurt het voordat er een beslissing is?', '?Kan ik een voorschot krijgen? Ik heb [geen geld voor boodschappen|de huur nog niet betaald].', '?Welke papieren moet ik meenemen?'],
      ] },
    en: { subj: ['Applying for social assistance'], slots: [['I would like to apply for social assistance (bijstand).', 'I have had no income since {eerdereDatum}.'], ['?Can I get an advance payment?']] } },
  { key: 'wmo_aanvraag', topic: 'sociaal', matter: 'wmo_hulp', zorg: 'yes',
    nl: { subj: ['Aanvraag huishoudelijke hulp', 'Wmo melding', 'hulp in huis', 'Melding Wmo voor mijn [moeder|vader]'],
      slots: [
        ['Ik wil graag een melding doen voor huishoudelijke hulp via de Wmo.', 'Mijn [moeder|vader] van [84|79|91] redt het niet meer in huis en ik wil hulp voor [haar|hem] aanvragen.', 'Na mijn [heupoperatie|val|ziekenhuisopname] kan ik mijn huishouden niet meer zelf doen.'],
        ['?Wanneer kan er iemand langskomen voor een gesprek?', '?Ik wil graag dat mijn dochter bij het gesprek is.', '?Hoe hoog is de eigen bijdrage?'],
      ] },
    en: { subj: ['Request for household support (Wmo)'], slots: [['I would like to request household support under the Wmo for my mother.'], ['?When can someone visit for an assessment?']] } },
  { key: 'schuldhulp', topic: 'sociaal', matter: 'schuldhulp', zorg: 'yes',
    nl: { subj: ['Hulp bij schulden', 'aanmelden schuldhulp', 'ik heb hulp nodig', 'schulden'],
      slots: [
        ['Ik wil mij aanmelden voor schuldhulpverlening.', 'Ik heb hulp nodig met mijn schulden.', 'Ik durf het bijna niet te vragen, maar ik heb hulp nodig met mijn geldzaken.'],
        ['?Hoe werkt dat en hoe lang duurt het?', '?Ik heb al een keer een traject gehad maar dat is toen gestopt.', '?Mag ik iemand meenemen naar het gesprek?'],
      ] },
    en: { subj: ['Help with debts'], slots: [['I would like to apply for debt assistance.'], ['?How does the process work?']] } },
  { key: 'toeslag', topic: 'sociaal', matter: 'toeslag', zorg: 'yes',
    nl: { subj: ['Vraag over {onderwerp}', '{onderwerp} aanvragen', 'aanvraag {onderwerp}'],
      slots: [
        ['Kom ik in aanmerking voor {zaak}?', 'Ik wil graag {zaak} aanvragen.', 'Mijn wasmachine is kapot en ik heb geen geld voor een nieuwe. Kan ik daarvoor bijzondere bijstand krijgen? => Bijzondere bijstand wasmachine ;; kapotte wasmachine, geen geld'],
        ['?Mijn inkomen is ongeveer {inkomen} netto per maand.', '?Ik heb [twee|drie] kinderen op de basisschool.'],
      ] } },
  { key: 'mantelzorg', topic: 'sociaal', zorg: 'any',
    nl: { subj: ['Mantelzorgwaardering', 'vraag mantelzorgcompliment', 'Respijtzorg'], slots: [['Ik zorg voor mijn [moeder|buurman|broer] en las dat er een mantelzorgwaardering is.', 'Ik ben mantelzorger en zoek [een paar dagen respijtzorg|een dagbesteding voor mijn man].'], ['Hoe kan ik dat aanvragen?', 'Waar kan ik terecht?']] },
    en: { subj: ['Carer support', 'Question about informal carer allowance'], slots: [['I care for my [mother|neighbour] and read that the municipality offers an informal carer appreciation (mantelzorgwaardering).'], ['How can I apply?']] } },
  { key: 'jeugdhulp', topic: 'sociaal', matter: 'jeugdzorg', zorg: 'any',
    nl: { subj: ['Vraag over jeugdhulp', 'wachtlijst jeugdhulp', 'Aanmelding jeugdhulp {kindNaam}'], slots: [['Onze [zoon|dochter] {kindNaam} heeft [een diagnose ADHD gekregen|extra begeleiding nodig op school].', 'De huisarts heeft ons doorverwezen naar jeugdhulp.'], ['Hoe lang is de wachtlijst op dit moment?', 'Kan het jeugdteam contact met ons opnemen?']] },
    en: { subj: ['Question about youth care'], slots: [['Our GP referred our child {kindNaam} to youth care (jeugdhulp).'], ['How long is the waiting list at the moment?']] } },
  // ---------------- leerplicht
  { key: 'verlofaanvraag', topic: 'leerplicht', matter: 'verlof', zorg: 'no',
    nl: { subj: ['Verlofaanvraag', 'Aanvraag extra verlof {kindNaam}', 'verlof buiten schoolvakantie', 'Vraag aan leerplichtambtenaar'],
      slots: [
        ['Ik wil graag extra verlof aanvragen voor mijn [zoon|dochter] {kindNaam}, die op {school} zit.', 'Via school kreeg ik het advies mijn verlofaanvraag aan u voor te leggen omdat het om meer dan tien dagen gaat.'],
        ['De reden is [de bruiloft van mijn zus in Suriname|het 25-jarig huwelijksfeest van mijn ouders|een begrafenis in Turkije|mijn werk als seizoenskracht].', 'Wij zijn van {termijnDatum} [een week|twee weken] weg.'],
        ['?De werkgeversverklaring stuur ik mee.', '?Graag hoor ik of dit wordt toegestaan.'],
      ] },
    en: { subj: ['Leave request outside school holidays'], slots: [['I would like to request extra leave for my child {kindNaam} at {school}.'], ['The reason is a family wedding abroad.']] } },
  { key: 'leerplicht_ziek', topic: 'leerplicht', matter: 'verzuim', zorg: 'any',
    nl: { subj: ['Ziekmelding en leerplicht', 'vraag over verzuim {kindNaam}', 'Uitnodiging leerplichtambtenaar'], slots: [['Ik kreeg een uitnodiging voor een gesprek over het verzuim van {kindNaam}.', 'De school heeft ons gevraagd contact met u op te nemen over de afwezigheid van {kindNaam}.'], ['Kan het gesprek ook [na 16.00 uur|telefonisch] plaatsvinden?', 'Wat moeten wij meenemen?', 'Wij willen graag samen kijken wat er mogelijk is.']] } },
  { key: 'leerlingenvervoer', topic: 'leerplicht', matter: 'leerlingenvervoer', zorg: 'no',
    nl: { subj: ['Aanvraag leerlingenvervoer', 'leerlingenvervoer {kindNaam}', 'Taxi komt te laat'], slots: [['Ik wil leerlingenvervoer aanvragen voor {kindNaam}, die na de zomer naar {school} gaat. => Aanvraag leerlingenvervoer ;; leerlingenvervoer {kindNaam}', 'De taxi voor {kindNaam} komt [al weken|steeds] te laat. => Taxi komt te laat ;; leerlingenvervoer {kindNaam}'], ['Welke formulieren moet ik invullen?', 'Kunt u dit met de vervoerder opnemen?']] } },
  { key: 'thuisonderwijs', topic: 'leerplicht', matter: 'vrijstelling', zorg: 'no',
    nl: { subj: ['Vraag thuisonderwijs', 'Vrijstelling leerplicht'], slots: [['Wij overwegen thuisonderwijs voor onze kinderen en willen weten wat daarvoor nodig is.', 'Wat zijn de regels voor een vrijstelling van de leerplicht op grond van artikel 5?'], ['Voor welke datum moet de kennisgeving binnen zijn?']] } },
  // ---------------- vergunningen
  { key: 'vergunningvrij', topic: 'vergunningen', matter: 'dakkapel', zorg: 'no',
    nl: { subj: ['Vraag vergunning', 'Is een vergunning nodig?', 'vergunningvrij bouwen?', 'Vooroverleg verbouwing'],
      slots: [
        ['Wij willen [een dakkapel aan de achterkant|een tuinhuisje van 12 m²|een schutting van 2 meter|een overkapping|zonnepanelen op het platte dak] plaatsen.', 'Wij zijn van plan onze woning aan de {adres} te verbouwen.'],
        ['Is daarvoor een omgevingsvergunning nodig?', 'Moet ik een vergunning aanvragen of valt dit onder vergunningvrij bouwen?', 'Kan ik een vooroverleg aanvragen met iemand van de afdeling?'],
        ['?De woning ligt [in een beschermd dorpsgezicht|naast een monument].', '?Ik heb het omgevingsloket geprobeerd maar kom er niet uit.'],
      ] },
    en: { subj: ['Do I need a permit?'], slots: [['We would like to build a garden shed of 12 m² / a dormer at the back of our house.'], ['Do we need a permit for this?']] } },
  { key: 'buurtfeest', topic: 'vergunningen', matter: 'evenement', zorg: 'no',
    nl: { subj: ['Melding buurtfeest', 'Aanvraag evenement', 'straat afsluiten voor buurtfeest', 'Evenementenvergunning'],
      slots: [
        ['Op {termijnDatum} organiseren wij [een buurtfeest|een straatbarbecue|een kinderfeest|een rommelmarkt] in de {straat}. => Melding buurtfeest ;; straat afsluiten {termijnDatum} ;; buurtfeest {straat}', 'Onze vereniging wil [een braderie|een openluchtconcert|een sponsorloop] organiseren. => Aanvraag evenement ;; Evenementenvergunning ;; vraag evenement'],
        ['Moeten wij daarvoor een vergunning aanvragen of is een melding genoeg?', 'Mogen wij de straat afsluiten van [14.00|12.00] tot [22.00|23.00] uur?', 'Kunnen wij bij de gemeente [dranghekken|afzetmateriaal] lenen?'],
      ] },
    en: { subj: ['Street party notification'], slots: [['We are organising a street party in {straat} on {termijnDatum}.'], ['Do we need a permit or is a notification enough?']] } },
  { key: 'status_aanvraag', topic: 'vergunningen', zorg: 'no',
    nl: { subj: ['Stand van zaken aanvraag {zaaknummer}', 'Vraag over mijn vergunningaanvraag', 'Status omgevingsvergunning'], slots: [['Op {langGeledenDatum} heb ik een aanvraag ingediend voor [een uitbouw|een dakkapel|de verbouwing van mijn winkel] (zaaknummer {zaaknummer}).', 'Ik wacht nog op een besluit over {zaak}.'], ['Kunt u mij laten weten hoe het ervoor staat?', 'De aannemer wil graag weten wanneer hij kan beginnen.']] } },
  { key: 'standplaats', topic: 'vergunningen', zorg: 'no',
    nl: { subj: ['Aanvraag standplaats', 'Standplaatsvergunning foodtruck', 'Ontheffing'], slots: [['Ik wil een standplaatsvergunning aanvragen voor [mijn foodtruck|een bloemenkraam|een viskraam] op [het Marktplein|de zaterdagmarkt]. => Aanvraag standplaats ;; Standplaatsvergunning', 'Voor onze [bruiloft|bedrijfsopening] willen wij [vuurwerk afsteken|een geluidsinstallatie gebruiken tot middernacht]. => Ontheffing ;; vraag ontheffing ;; ontheffing {termijnDatum}'], ['Wat zijn de voorwaarden en kosten?', 'Welke ontheffing heb ik daarvoor nodig?']] } },
  // ---------------- openbare ruimte
  { key: 'melding', kind: 'melding', topic: 'openbare_ruimte', zorg: 'no',
    nl: { subj: ['Melding openbare ruimte', 'melding {onderwerp}', '{onderwerp}', 'Graag aandacht voor {zaakKort}', 'Melding: {onderwerp}', 'melding'],
      slots: [
        ['Ik wil graag een melding doen over {zaak}.', '{^zaak} [is al weken kapot|ligt er al maanden slecht bij|zorgt voor gevaarlijke situaties|is een bron van ergernis].', 'Al [enige tijd|sinds {eerdereDatum}|een paar weken] is er een probleem met {zaak}.'],
        ['?Vooral [\'s avonds|voor ouderen en kinderen|voor mensen met een rollator] is het [gevaarlijk|onprettig].', '?[Mijn buurvrouw|Een oudere meneer] is er vorige week [bijna|] over gestruikeld.', '?Ik heb er een foto van gemaakt.', '?Het gaat om de plek [ter hoogte van huisnummer {huisnr}|naast de brievenbus|tegenover de school].'],
        ['Wilt u er iemand naar laten kijken?', 'Graag zie ik dat dit [snel|op korte termijn] wordt opgelost.', 'Kunt u laten weten wanneer het wordt gerepareerd?'],
      ] },
    en: { subj: ['Report: {onderwerp}', 'Broken street light', 'Public space report'], slots: [['I would like to report a problem with {zaak}.'], ['?It is dangerous especially in the evening.'], ['Could someone take a look?']] } },
  { key: 'container', kind: 'melding', topic: 'openbare_ruimte', matter: 'container', zorg: 'any',
    nl: { subj: ['Container niet geleegd', 'Nieuwe container aanvragen', 'grofvuil ophalen', 'Container kapot', 'afvalpas kwijt'],
      slots: [
        ['Onze [grijze|groene|blauwe] container is [vandaag|deze week|al twee keer] niet geleegd. => Container niet geleegd ;; container vergeten ;; afval niet opgehaald', 'Ik wil graag een afspraak maken om grofvuil te laten ophalen: [een oude bank|een matras en een kast|een wasmachine]. => grofvuil ophalen ;; Afspraak grofvuil', 'Het deksel van onze container is [afgebroken|kapot] na het legen. => Container kapot ;; kapot deksel container', 'Ik ben mijn afvalpas kwijt en kan de ondergrondse container niet meer openen. => afvalpas kwijt ;; nieuwe afvalpas'],
        ['?Kan er alsnog iemand langskomen?', '?Hoe vraag ik een nieuwe aan en wat kost dat?', '?Ons adres is {adres}.'],
      ] },
    en: { subj: ['Bin not emptied', 'Bulky waste collection'], slots: [['Our bin was not emptied this week.', 'I would like to book a bulky waste collection for an old sofa.'], ['?Our address is {adres}.']] } },
  { key: 'overlast', kind: 'melding', topic: 'openbare_ruimte', matter: 'overlast', zorg: 'any',
    nl: { subj: ['Overlast', 'Melding overlast {straat}', 'Hangjongeren', 'Geluidsoverlast'], slots: [['Wij hebben al [weken|maanden] last van {zaak}.', 'Er is [elke avond|in het weekend] veel overlast bij {plek}.'], ['?Er wordt [harde muziek gedraaid|met scooters gereden|afval achtergelaten] tot diep in de nacht.', '?De politie is al een paar keer gebeld.'], ['Kan de gemeente hier iets aan doen?', 'Is er een [handhaver|boa] die eens kan komen kijken?']] } },
  { key: 'gehandicaptenparkeerplaats', topic: 'openbare_ruimte', matter: 'parkeerplek', zorg: 'any',
    nl: { subj: ['Aanvraag gehandicaptenparkeerplaats', 'Parkeerplaats op kenteken', 'Parkeervergunning bewoners'], slots: [['Ik wil een gehandicaptenparkeerplaats op kenteken {kenteken} aanvragen voor bij mijn woning. => Aanvraag gehandicaptenparkeerplaats ;; Parkeerplaats op kenteken', 'Ik wil graag een bewonersparkeervergunning aanvragen voor [mijn auto|de auto van mijn partner]. => Parkeervergunning bewoners ;; aanvraag parkeervergunning'], ['?Ik heb al een gehandicaptenparkeerkaart.', '?In onze straat is het [\'s avonds|na 18.00 uur] bijna onmogelijk om te parkeren.'], ['Wat moet ik daarvoor doen?', 'Hoe lang duurt de procedure?']] } },
  { key: 'groen', kind: 'melding', topic: 'openbare_ruimte', matter: 'groen', zorg: 'no',
    nl: { subj: ['Snoeien bomen', 'Onderhoud groen', 'Overhangende takken', 'Boomspiegel adopteren'], slots: [['{^zaak} [wordt slecht onderhouden|is sterk overgroeid|zorgt voor veel bladafval in de goten]. => Snoeien bomen ;; Onderhoud groen ;; Overhangende takken', 'Wij willen als buurt graag [een boomspiegel adopteren|een geveltuin aanleggen|het grasveld omvormen tot bloemenweide]. => Buurtinitiatief groen ;; vraag over groen in de straat'], ['Wanneer staat het onderhoud gepland?', 'Mag dat en hoe gaat dat in zijn werk?']] } },
  // ---------------- bestuur
  { key: 'uitnodiging', kind: 'brief', topic: 'bestuur', matter: 'uitnodiging', zorg: 'no',
    nl: { subj: ['Uitnodiging', 'Uitnodiging voor de burgemeester', 'Verzoek om aanwezigheid burgemeester', 'Uitnodiging {zaakKort}'],
      slots: [
        ['Graag nodigen wij [de burgemeester|{burgemeester}|een van de wethouders] uit voor {zaak} op {termijnDatum}.', 'Ter gelegenheid van {zaak} zouden wij het een grote eer vinden als [de burgemeester|{burgemeester}] aanwezig wil zijn.'],
        ['?Het programma begint om [15.00|19.30|11.00] uur in [het buurthuis|ons clubhuis|de grote zaal van De Harmonie].', '?Een kort woordje zou zeer gewaardeerd worden.'],
        ['Wij horen graag of dit in de agenda past.', 'Kunt u ons laten weten of de burgemeester kan komen?'],
      ] },
    en: { subj: ['Invitation to the mayor'], slots: [['We would like to invite the mayor to {zaak} on {termijnDatum}.'], ['Please let us know if this fits in the agenda.']] } },
  { key: 'lintje', kind: 'brief', topic: 'bestuur', zorg: 'no',
    nl: { subj: ['Voordracht koninklijke onderscheiding', 'Lintje voor {naam}', 'Vraag over voordracht lintje'], slots: [['Ik wil graag [mijn buurman|onze penningmeester|mijn moeder] voordragen voor een koninklijke onderscheiding.', 'Al [veertig|vijfentwintig|dertig] jaar zet [hij|zij] zich in voor [de voetbalvereniging|de voedselbank|het buurthuis|de kerk].'], ['Hoe verloopt zo\'n voordracht en wanneer moet die binnen zijn?', 'Wilt u mij de formulieren toesturen?']] } },
  { key: 'inspreken', kind: 'brief', topic: 'bestuur', matter: 'raadsbesluit', zorg: 'no',
    nl: { subj: ['Inspreken raadsvergadering', 'Verzoek om in te spreken', 'Petitie {zaakKort}'], slots: [['Ik wil graag inspreken tijdens de [commissievergadering|raadsvergadering] van {termijnDatum} over {zaak}. => Inspreken raadsvergadering ;; Verzoek om in te spreken', 'Namens [de bewoners van {kern}|onze buurt] willen wij een petitie aanbieden over {zaak}, ondertekend door [{nummer}00|ruim 800] inwoners. => Petitie {zaakKort} ;; aanbieden petitie'], ['Hoe kan ik mij daarvoor aanmelden?', 'Aan wie kunnen wij de petitie overhandigen?']] } },
  { key: 'kritiek', kind: 'brief', topic: 'bestuur', matter: 'raadsbesluit', zorg: 'any', criticism: true,
    nl: { subj: ['Brief aan de gemeenteraad', 'Open brief aan de raad', 'Onbegrijpelijk besluit', 'Mijn mening over {zaakKort}', 'Aan de raad: {onderwerp}', 'Graaiende politiek'],
      slots: [
        ['Met verbijstering heb ik kennisgenomen van {zaak}.', 'Ik ben het [totaal|volstrekt|hartgrondig] oneens met {zaak}.', 'Als inwoner van {gemeente} wil ik mijn [ongenoegen|zorgen|boosheid] uiten over {zaak}.', 'Wat denken jullie in vredesnaam met {zaak}?'],
        ['?Er is [nauwelijks|helemaal niet] naar de inwoners geluisterd.', '?Op de informatieavond [werden kritische vragen weggewuifd|was het besluit al genomen].', '?Het geld had [veel beter besteed kunnen worden aan de jeugd|naar de ouderen moeten gaan|in de wijken moeten landen].', '?Graaiende politici die alleen aan hun eigen carrière denken.', '?De coalitie heeft in de verkiezingscampagne iets heel anders beloofd.'],
        ['Ik roep de raad op [dit besluit te heroverwegen|tegen te stemmen|eerst met de inwoners in gesprek te gaan].', 'Bij de volgende verkiezingen stem ik [op een andere partij|zeker niet meer op de coalitie].', 'Ik hoop dat de raadsleden zich realiseren voor wie ze er zijn.', 'Ik verwacht dat de raad hier [kritisch|serieus] naar kijkt.'],
      ] },
    en: { subj: ['Letter to the council', 'Open letter regarding {zaakKort}'], slots: [['I strongly disagree with {zaak}.'], ['?Residents were hardly consulted.'], ['I urge the council to reconsider.']] } },
  { key: 'dank', kind: 'brief', topic: 'bestuur', matter: 'burgemeester', zorg: 'any',
    nl: { subj: ['Dank aan de burgemeester', 'Een woord van dank', 'Compliment voor het college'], slots: [['Ik wil de burgemeester [hartelijk|oprecht] bedanken voor [het bezoek aan ons buurthuis|de steun na de brand in onze straat|de toespraak bij de herdenking].', 'Graag wil ik het college een compliment geven voor [de aanpak van de overlast|de nieuwe speeltuin|het snelle handelen bij de overstroming].'], ['?Het heeft [veel voor de buurt betekend|mij erg geraakt].'], ['Dank u wel.', 'Ga zo door!']] } },
  { key: 'azc_zorgen', kind: 'brief', topic: 'bestuur', matter: 'azc', zorg: 'no', criticism: true,
    nl: { subj: ['Zorgen over opvanglocatie', 'Vragen over {zaakKort}', 'Brief aan het college over {zaakKort}'], slots: [['Als bewoner van {kern} heb ik vragen over {zaak}.', 'Ik maak mij zorgen over de manier waarop de besluitvorming over {zaak} is verlopen.'], ['?Waarom zijn omwonenden zo laat geïnformeerd?', '?Hoeveel mensen komen er en voor hoe lang?', '?Hoe wordt de begeleiding geregeld?'], ['Ik zou graag een informatieavond zien waar we echt vragen kunnen stellen.', 'Ik verwacht een eerlijk antwoord.']] } },
  // ---------------- overig
  { key: 'trouwen', topic: 'overig', matter: 'trouwen', zorg: 'no',
    nl: { subj: ['Vraag over trouwen', 'Reservering trouwlocatie', 'Huwelijk {termijnDatum}', 'Eigen trouwambtenaar'], slots: [['Mijn [verloofde|partner] en ik willen [volgend jaar|op {termijnDatum}] trouwen.', 'Wij willen graag [gratis|op het stadhuis|in het park] trouwen.'], ['Is het mogelijk om [een eigen trouwambtenaar (een vriend van ons)|op een zaterdag|in het Engels] te trouwen?', 'Welke locaties zijn er en wat kost dat?', 'Wanneer moeten wij de melding voorgenomen huwelijk doen?']] },
    en: { subj: ['Question about getting married'], slots: [['My partner and I would like to get married in {gemeente} next year.'], ['Is it possible to have the ceremony in English?']] } },
  { key: 'subsidie', topic: 'overig', matter: 'subsidie', zorg: 'no',
    nl: { subj: ['Subsidieaanvraag', 'Vraag over subsidie', 'Aanvraag subsidie {jaar}'], slots: [['Namens [onze speeltuinvereniging|de stichting {actiegroep}|de toneelvereniging] wil ik subsidie aanvragen voor {jaar}.', 'Wij organiseren [een buurtmoestuin|een taalcafé|een zomerschool] en zoeken financiële steun.'], ['Welke regeling is daarvoor geschikt?', 'Tot wanneer kunnen wij de aanvraag indienen?']] } },
  { key: 'compliment', kind: 'brief', topic: 'overig', zorg: 'no',
    nl: { subj: ['Compliment', 'Complimenten voor uw medewerker', 'Dank voor de hulp'], slots: [['Ik wil graag een compliment geven aan {ambtenaar} van [de balie|het klantcontactcentrum|Burgerzaken].', 'Wat fijn dat [mijn vraag zo snel is opgelost|ik zo vriendelijk geholpen ben].'], ['?[Hij|Zij] nam echt de tijd voor mij.'], ['Dit mag best eens gezegd worden.', 'Wilt u dit aan [haar|hem] doorgeven?']] },
    en: { subj: ['Compliment'], slots: [['I would like to compliment {ambtenaar} for the excellent help.'], ['Please pass this on.']] } },
  { key: 'website', topic: 'overig', matter: 'website', zorg: 'no',
    nl: { subj: ['Website werkt niet', 'Formulier geeft foutmelding', 'Probleem met inloggen', 'vraag'], slots: [['{^zaak} [werkt niet|geeft steeds een foutmelding|laadt niet] als ik [een afspraak wil maken|het formulier wil versturen|wil inloggen].', 'Ik probeer al dagen [een afspraak te maken|mijn gegevens te wijzigen] via {zaak}, maar het lukt niet.'], ['Kan ik het ook op een andere manier regelen?', 'Kunt u mij helpen?']] },
    en: { subj: ['Website not working'], slots: [['The website keeps giving an error when I try to book an appointment.'], ['Is there another way to do this?']] } },
  { key: 'archief', topic: 'overig', zorg: 'no',
    nl: { subj: ['Bouwtekeningen opvragen', 'Vraag aan het archief', 'Inzage bouwdossier'], slots: [['Ik ben op zoek naar de originele bouwtekeningen van mijn woning aan de {adres}.', 'Voor [de verkoop van mijn huis|een verbouwing|stamboomonderzoek] zoek ik [het bouwdossier|oude gemeentelijke stukken].'], ['Kan ik die digitaal opvragen of moet ik langskomen?', 'Wat zijn de kosten?']] } },
  { key: 'begraafplaats', topic: 'overig', matter: 'begraafplaats', zorg: 'any',
    nl: { subj: ['Grafrechten', 'Vraag begraafplaats', 'Verlenging graf'], slots: [['Ik kreeg een brief over {zaak}.', 'De grafrechten van het graf van mijn [ouders|grootouders] lopen [binnenkort|volgend jaar] af.'], ['Hoe kan ik die verlengen en wat kost dat?', 'Mag ik [een nieuwe steen plaatsen|het graf zelf onderhouden]?']] } },
  { key: 'vrijwilliger', topic: 'overig', zorg: 'any',
    nl: { subj: ['Vrijwilligerswerk', 'Ik wil graag helpen', 'Aanmelding vrijwilliger'], slots: [['Ik [ben net met pensioen|heb tijd over] en wil graag vrijwilligerswerk doen in de gemeente.', 'Ik las over [het taalmaatjesproject|de buurtpreventie|de opschoondagen] en wil graag meedoen.'], ['Bij wie kan ik mij melden?', 'Hoe kan ik mij aanmelden?']] } },
  { key: 'verkeerd_bezorgd', topic: 'overig', zorg: 'no',
    nl: { subj: ['Post verkeerd bezorgd', 'Brief voor vorige bewoner', 'Verkeerd adres'], slots: [['Ik ontvang [al maanden|steeds] post van de gemeente voor de vorige bewoner, {naam2}.', 'Er is een brief van de gemeente bij mij bezorgd die niet voor mij is.'], ['Kunt u het adres in uw administratie aanpassen?', 'Wat moet ik ermee doen?']] },
    en: { subj: ['Mail for previous tenant'], slots: [['I keep receiving municipal letters addressed to the previous tenant.'], ['Could you update your records?']] } },
];

/** Topic-independent openers/closers for routine letters. */
const PRE: LBank = {
  // "!" = only for questions and applications (see gated()).
  nl: ['!Ik heb een vraag.', '!Ik hoop dat u mij kunt helpen.', 'Mijn naam is {naam} en ik woon aan de {adres}.', '!Excuses als ik bij de verkeerde afdeling ben.', '!Via de website kwam ik er niet uit, vandaar deze {stuk}.'],
  en: ['!I hope you can help me.', 'My name is {naam} and I live at {adres}.', '!Apologies if this is the wrong department.', '!I could not find the answer on the website.'],
};
const THANKS: LBank = {
  nl: ['Alvast bedankt voor uw hulp.', 'Bedankt!', 'Dank voor de moeite.', 'Ik hoor graag van u.', 'Bij voorbaat dank.'],
  en: ['Thank you in advance.', 'Many thanks for your help.', 'Looking forward to hearing from you.'],
};

/**
 * Scenarios usable for a topic/zorg/language. A scenario that is itself a distress cue
 * (zorg 'yes') is never used for zorgsignaal = false; a 'no' scenario may be used with an added
 * distress paragraph only when nothing else fits.
 */
export function scenariosFor(topic: Topic, zorg: boolean, lang: 'nl' | 'en'): Scenario[] {
  const inLang = S.filter((s) => s.topic === topic && (lang === 'nl' || s.en));
  const strict = inLang.filter((s) => (zorg ? s.zorg !== 'no' : s.zorg !== 'yes'));
  if (strict.length > 0) return strict;
  const loose = inLang.filter((s) => zorg || s.zorg !== 'yes');
  if (loose.length > 0) return loose;
  throw new Error(`no regulier scenario for ${topic}/${String(zorg)}/${lang}`);
}

/**
 * Renders the slots of a scenario. An alternative may end in " => subject ;; subject" to give the
 * subject lines that fit that alternative; the first such annotation wins (stored in {scSubject}).
 */
function scenarioBody(lc: Parameters<Composer>[0], sc: Scenario): { body: string[]; subjects: string[] | null } {
  const { c, rng, plan } = lc;
  const matter = MATTERS.find((m) => m.key === sc.matter) ?? rng.pick(MATTERS.filter((m) => m.topic === plan.topic));
  setMatter(c, matter);
  const text = plan.lang === 'en' && sc.en ? sc.en : sc.nl;
  const body: string[] = [];
  let subjects: string[] | null = null;
  for (const slot of text.slots) {
    const optional = slot.every((t) => t.startsWith('?'));
    if (optional && !(plan.size === 'long' || rng.chance(plan.size === 'medium' ? 0.75 : 0.25))) continue;
    const alts = slot.map((t) => t.replace(/^\?/, ''));
    const n = plan.size !== 'short' && optional ? Math.min(alts.length, rng.int(1, plan.size === 'long' ? 3 : 2)) : 1;
    for (const raw of c.pickRaw(alts, n)) {
      const [tpl, subj] = raw.split(' => ');
      if (subj && !subjects) subjects = subj.split(' ;; ');
      body.push(c.r(tpl ?? raw));
    }
  }
  return { body, subjects };
}

export const composeRegulier: Composer = (lc) => {
  const { c, rng, plan } = lc;
  const options = scenariosFor(plan.topic, plan.zorg, plan.lang);
  const sc = rng.pick(options);
  if (sc.zorg === 'yes') c.tag('zorg');
  c.set('naam2', `${rng.pick(['J.', 'M.', 'A.', 'R.', 'S.'])} ${rng.pick(['Veldkamp', 'Oudshoorn', 'Brink', 'Meijers', 'Kaya', 'Smit'])}`);
  const text = plan.lang === 'en' && sc.en ? sc.en : sc.nl;
  const paras: string[] = [];
  if (plan.size === 'long' || (plan.size === 'medium' && rng.chance(0.5))) paras.push(c.p(gated(PRE, (sc.kind ?? 'vraag') === 'vraag')));
  // One piece of neutral personal context; not next to distress cues, which tell their own story.
  if (plan.size === 'long' && !plan.zorg && (sc.kind ?? 'vraag') !== 'brief' && rng.chance(0.7)) paras.push(c.p(STORY));
  const { body, subjects } = scenarioBody(lc, sc);
  const subject = c.r(rng.pick(subjects ?? text.subj));
  if (plan.size === 'short' || rng.chance(0.4)) paras.push(body.join(' '));
  else {
    const cut = rng.int(1, Math.max(1, body.length - 1));
    paras.push(body.slice(0, cut).join(' '), body.slice(cut).join(' '));
  }
  if (plan.size === 'long') {
    // People often ask a second, related thing in a longer letter.
    const others = options.filter((o) => o !== sc && !(o.zorg === 'yes' && !plan.zorg));
    if (others.length > 0 && rng.chance(0.6)) {
      const sc2 = rng.pick(others);
      paras.push(c.t('[Dan heb ik nog een tweede vraag.|Verder wil ik nog iets anders aankaarten.|Nu ik u toch schrijf: |Daarnaast nog het volgende.]', '[I also have a second question.|While I am writing: |]') + ' ' + scenarioBody(lc, sc2).body.join(' '));
    }
  }
  const kind = sc.kind ?? 'vraag';
  const fillBank = kind === 'melding' ? MELDING_FILL : kind === 'brief' ? BRIEF_FILL : LONG_FILL;
  if (plan.size === 'long' && kind === 'vraag' && rng.chance(0.7)) {
    const qs = c.pn(FOLLOW_UPS, rng.int(3, 6));
    paras.push(c.t('[Verder heb ik nog een paar vragen:|Ik heb nog de volgende vragen:|Nog enkele praktische vragen:]', '[A few more questions:|I also have these questions:]'), (rng.chance(0.5) ? qs.map((q, i) => `${i + 1}. ${q}`) : qs.map((q) => `- ${q}`)).join('\n'));
  }
  if (plan.zorg && sc.zorg !== 'yes') insertAt(rng, paras, distressParagraph(lc), 1);
  else if (plan.zorg && (plan.size !== 'short' || rng.chance(0.5))) insertAt(rng, paras, distressParagraph(lc, { n: plan.size === 'long' ? rng.int(2, 3) : 1 }), 1);
  if (plan.anti) insertAt(rng, paras, antiLine(lc), rng.int(0, paras.length));
  if (sc.criticism && (isAngry(lc) || rng.chance(0.5))) {
    const more = [angerLine(lc)];
    if (plan.size === 'long') more.push(angerLine(lc), angerLine(lc));
    insertAt(rng, paras, more.join(' '), 1);
    if (rng.chance(0.25)) paras.push(escalationLine(lc));
  }
  if (plan.size === 'long') {
    // Long routine letters ramble a little: background and follow-up remarks.
    const fill = c.pn(fillBank, rng.int(4, 7));
    const cut = rng.int(1, Math.max(1, fill.length - 1));
    insertAt(rng, paras, fill.slice(0, cut).join(' '), 1);
    if (fill.length > cut) paras.push(fill.slice(cut).join(' '));
  } else if (plan.size === 'medium' && rng.chance(0.5)) {
    insertAt(rng, paras, c.pn(fillBank, rng.int(1, 2)).join(' '), 1);
  }
  if (plan.size !== 'short' || rng.chance(0.4)) paras.push(rng.chance(0.5) ? c.p(THANKS) : replyLine(lc));
  return { subject, paragraphs: paras };
};

const FOLLOW_UPS: LBank = {
  nl: [
    'Hoe lang duurt de procedure ongeveer?', 'Wat zijn de kosten en hoe betaal ik die?', 'Moet ik daarvoor langskomen of kan het schriftelijk?',
    'Kan ik het ook online regelen, en zo ja waar precies?', 'Krijg ik een bevestiging van mijn aanvraag?', 'Wie is mijn vaste contactpersoon?',
    'Geldt dit ook voor mijn partner?', 'Wat gebeurt er als ik de termijn niet haal?', 'Welke documenten moet ik meesturen?',
    'Kan iemand anders dit namens mij regelen?', 'Is er een folder of website waar ik alles rustig kan nalezen?', 'Moet ik dit elk jaar opnieuw doen?',
    'Kan ik tussentijds zien hoe het ervoor staat?', 'Tot wanneer kan ik nog iets wijzigen?',
  ],
  en: ['How long does the procedure take?', 'What are the costs?', 'Can I arrange this online?', 'Will I receive a confirmation?', 'Which documents do I need to send?', 'Does this also apply to my partner?'],
};

/** Neutral personal context (no distress!). */
const STORY: LBank = {
  nl: [
    'Ik ben [vorig jaar|onlangs] met pensioen gegaan na [veertig|ruim dertig] jaar [in het onderwijs|bij de spoorwegen|in de bouw|als wijkverpleegkundige], dus ik heb nu eindelijk tijd om dit soort zaken uit te zoeken.',
    'Wij hebben [vorige maand|dit voorjaar] een huis gekocht in {kern} en zijn nog bezig alles te regelen.',
    'Ik ben alleenstaande [vader|moeder] van [twee|drie] kinderen en combineer dat met een baan, dus ik doe dit soort dingen het liefst per mail.',
    'Mijn partner en ik zijn [net|vorig jaar] vanuit [Utrecht|de Randstad|het buitenland] hierheen verhuisd en kennen de regels hier nog niet zo goed.',
    'Ik ben [zelfstandig ondernemer|zzp\'er] en werk veel van huis, dus ik zie goed wat er in de straat gebeurt.',
    'Onze kinderen zijn inmiddels het huis uit, dus we kijken hoe we het huis kunnen aanpassen voor later.',
    'Ik ben student en woon sinds kort op kamers in {gemeente}.',
  ],
  en: [
    'We moved to {gemeente} a few months ago for my job at a tech company and are still getting used to how things work here.',
    'I work from home a lot, so I notice what happens in the street.',
    'We recently bought a house in {kern}.',
  ],
};

const MELDING_FILL: LBank = {
  nl: [
    'Het is niet de eerste keer: ik heb het [eerder via de app gemeld|vorige maand ook al gemeld|al eens telefonisch doorgegeven], maar er is niets mee gedaan.',
    'Er wonen in onze straat veel [ouderen|gezinnen met jonge kinderen|mensen met een rollator], dus het is echt belangrijk.',
    'De situatie wordt met de week erger.',
    'Andere buren hebben er ook last van en zijn er net zo klaar mee.',
    'Ik heb er een paar foto\'s van gemaakt, die kan ik desgewenst opsturen.',
    'Het gaat om de plek ongeveer [tegenover nummer {huisnr}|bij de hoek met de {straat}|naast de bushalte].',
    '\'s Avonds is het er [donker|onoverzichtelijk] en dan is het extra vervelend.',
    'Ik hoop dat het opgelost kan worden voordat er echt iets gebeurt.',
  ],
  en: ['I reported this before in the app but nothing happened.', 'Other neighbours are bothered by it too.', 'It is getting worse every week.', 'I have photos if needed.'],
};

const BRIEF_FILL: LBank = {
  nl: [
    'Ik volg de gemeentepolitiek al jaren met belangstelling.',
    'Ik hoop dat deze brief ook onder de aandacht van de raadsleden komt.',
    'Ik woon al [{nummer}0 jaar|mijn hele leven] in {kern} en zie hoe de buurt verandert.',
    'Veel mensen om mij heen denken er net zo over, maar schrijven het niet op.',
    'Ik heb de vergadering [online gevolgd|op de publieke tribune bijgewoond].',
    'Het lijkt mij goed als het college hier ook in de lokale krant op reageert.',
    'Ik ben graag bereid om een keer langs te komen en het toe te lichten.',
  ],
  en: ['I have followed local politics for years.', 'Many people around me feel the same.', 'I would be happy to come and explain this in person.'],
};

const LONG_FILL: LBank = {
  nl: [
    'Ik heb eerst op de website gekeken, maar daar kon ik het antwoord niet vinden.',
    'Een buurvrouw vertelde me dat het vroeger heel anders ging, vandaar mijn vraag.',
    'Ik ben niet zo handig met de computer, dus ik schrijf liever een brief.',
    'Ik heb ook al even gebeld, maar daar werd ik doorverwezen naar dit adres.',
    'Mijn [zoon|dochter|kleinzoon] helpt mij met het typen van deze {stuk}.',
    'Het is voor mij de eerste keer dat ik dit moet regelen, dus vergeef me als ik iets vergeet.',
    'Voor de duidelijkheid noem ik nog even mijn gegevens: {naamFormeel}, {adres}, {postcode} {woonplaats}, geboren {geboortedatum}.',
    'Ik ben overdag meestal thuis, dus een telefoontje is ook prima.',
    'Vorig jaar heb ik iets vergelijkbaars gevraagd, maar toen is het blijven liggen.',
    'Ik wil het graag netjes regelen zodat er later geen misverstanden ontstaan.',
    'Als er nog iets ontbreekt, hoor ik het graag.',
    'Ik heb nooit eerder een beroep op de gemeente hoeven doen, dus ik weet niet goed hoe dit werkt.',
    'Ik heb geprobeerd het zelf uit te zoeken, maar de informatie op internet spreekt elkaar tegen.',
    'Mijn buurman zei dat ik het beste even kon mailen, dus dat doe ik bij dezen.',
    'Ik hoop dat u begrijpt dat ik het graag goed wil doen.',
    'Als het handiger is om langs te komen, dan hoor ik dat graag; ik heb een auto en ben flexibel.',
    'Mijn telefoonnummer is {telefoon}; als ik niet opneem, spreek dan gerust iets in.',
    'Eventuele kosten betaal ik uiteraard, als u mij maar laat weten hoeveel het is.',
    'Het liefst ontvang ik het antwoord per post, want met e-mail ben ik niet zo handig.',
    'Excuses voor de lange {stuk}, maar ik wilde het volledig uitleggen.',
  ],
  en: [
    'I checked the website first but could not find the answer.',
    'I am new to the Netherlands, so please excuse me if I miss something.',
    'For clarity, my details: {naamFormeel}, {adres}, {postcode} {woonplaats}, born {geboortedatum}.',
    'I called before but was referred to this address.',
    'If anything is missing, please let me know.',
    'I tried to find out myself, but the information online is contradictory.',
    'My Dutch is not good enough yet to call, so I prefer e-mail.',
    'I am happy to come to the town hall if that is easier.',
    'Sorry for the long message, I wanted to explain everything.',
  ],
};
