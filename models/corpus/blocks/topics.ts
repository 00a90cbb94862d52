/**
 * Matters: the concrete thing a letter is about, per topic of the taxonomy. A matter sets the
 * variables {zaak} (full description with reference), {zaakKort} (short), {onderwerp}
 * (subject-line noun) in the letter's language, plus matter-specific variables.
 *
 * `uses` says which kinds of letters a matter fits:
 *   heffing  - a bill/assessment/fine that can be paid, refused or objected to
 *   besluit  - a decision open to bezwaar
 *   dienst   - a service contact one can complain about
 *   vraag    - a question or application (regulier)
 *   melding  - a report (regulier)
 *   beleid   - policy/politics (letters to council, Woo)
 * To add a matter: append it to MATTERS with its topic; category modules pick it up through
 * `mattersFor(topic, use)` and fall back to generic phrasing unless they have special banks.
 */
import type { Topic } from '../../../server/taxonomy.ts';
import type { Rng } from '../prng.ts';
import type { Ctx } from '../template.ts';

export type Use = 'heffing' | 'besluit' | 'dienst' | 'vraag' | 'melding' | 'beleid';

export interface Matter {
  key: string;
  topic: Topic;
  uses: readonly Use[];
  nl: { zaak: string; kort: string; onderwerp: string };
  en: { zaak: string; kort: string; onderwerp: string };
}

export const MATTERS: readonly Matter[] = [
  // belastingen
  { key: 'woz', topic: 'belastingen', uses: ['heffing', 'besluit', 'vraag'],
    nl: { zaak: 'de WOZ-beschikking {jaar} [(aanslagnummer {aanslagnummer})|met aanslagnummer {aanslagnummer}|voor mijn woning aan de {adres}]', kort: 'de WOZ-beschikking', onderwerp: '[WOZ-beschikking {jaar}|WOZ-waarde {adres}|WOZ {jaar}|aanslagnummer {aanslagnummer}]' },
    en: { zaak: 'the WOZ value decision for {jaar} (assessment number {aanslagnummer})', kort: 'the WOZ decision', onderwerp: 'WOZ value {jaar}' } },
  { key: 'ozb', topic: 'belastingen', uses: ['heffing', 'besluit'],
    nl: { zaak: 'de aanslag onroerendezaakbelasting {jaar} [(aanslagnummer {aanslagnummer})|]', kort: 'de OZB-aanslag', onderwerp: '[aanslag OZB {jaar}|onroerendezaakbelasting {jaar}]' },
    en: { zaak: 'the property tax (OZB) assessment for {jaar}, number {aanslagnummer}', kort: 'the property tax bill', onderwerp: 'property tax {jaar}' } },
  { key: 'afval', topic: 'belastingen', uses: ['heffing', 'besluit', 'vraag'],
    nl: { zaak: 'de aanslag afvalstoffenheffing {jaar} [van {bedrag}|(aanslagnummer {aanslagnummer})|]', kort: 'de afvalstoffenheffing', onderwerp: '[afvalstoffenheffing {jaar}|aanslag afvalstoffenheffing|afvalheffing]' },
    en: { zaak: 'the waste collection levy (afvalstoffenheffing) for {jaar} of {bedrag}', kort: 'the waste levy', onderwerp: 'waste levy {jaar}' } },
  { key: 'riool', topic: 'belastingen', uses: ['heffing', 'besluit'],
    nl: { zaak: 'de aanslag rioolheffing {jaar} [van {bedrag}|]', kort: 'de rioolheffing', onderwerp: '[rioolheffing {jaar}|aanslag rioolheffing]' },
    en: { zaak: 'the sewerage charge (rioolheffing) for {jaar}', kort: 'the sewerage charge', onderwerp: 'sewerage charge {jaar}' } },
  { key: 'aanslag', topic: 'belastingen', uses: ['heffing', 'besluit', 'vraag'],
    nl: { zaak: 'de aanslag gemeentelijke belastingen {jaar} [met aanslagnummer {aanslagnummer}|(nr. {aanslagnummer}) ter hoogte van {bedrag}|van {bedrag}]', kort: 'de aanslag', onderwerp: '[aanslag gemeentelijke belastingen {jaar}|aanslagbiljet {jaar}|aanslag {aanslagnummer}|belastingaanslag {jaar}]' },
    en: { zaak: 'the municipal tax assessment {jaar} (number {aanslagnummer}) for {bedrag}', kort: 'the tax assessment', onderwerp: 'tax assessment {aanslagnummer}' } },
  { key: 'parkeer', topic: 'belastingen', uses: ['heffing', 'besluit'],
    nl: { zaak: 'de naheffingsaanslag parkeerbelasting [van {eerdereDatum}|] voor kenteken {kenteken} [(nr. {aanslagnummer})|]', kort: 'de naheffingsaanslag', onderwerp: '[naheffingsaanslag parkeren {kenteken}|parkeerboete {kenteken}|naheffing parkeerbelasting]' },
    en: { zaak: 'the parking penalty assessment (naheffingsaanslag) for licence plate {kenteken}, dated {eerdereDatum}', kort: 'the parking fine', onderwerp: 'parking fine {kenteken}' } },
  { key: 'hond', topic: 'belastingen', uses: ['heffing', 'besluit', 'vraag'],
    nl: { zaak: 'de aanslag hondenbelasting {jaar}', kort: 'de hondenbelasting', onderwerp: '[hondenbelasting {jaar}|hondenbelasting]' },
    en: { zaak: 'the dog tax assessment for {jaar}', kort: 'the dog tax', onderwerp: 'dog tax {jaar}' } },
  { key: 'invordering', topic: 'belastingen', uses: ['heffing', 'dienst', 'vraag'],
    nl: { zaak: '[de aanmaning|het dwangbevel|de aanmaning met aanmaningskosten] van {verzendDatum} [voor aanslag {aanslagnummer}|over een bedrag van {bedrag}|]', kort: '[de aanmaning|het dwangbevel]', onderwerp: '[aanmaning {aanslagnummer}|dwangbevel|aanmaning gemeentelijke belastingen]' },
    en: { zaak: 'the reminder and collection notice of {verzendDatum} for {bedrag}', kort: 'the collection notice', onderwerp: 'reminder {aanslagnummer}' } },
  { key: 'toerist', topic: 'belastingen', uses: ['heffing', 'besluit'],
    nl: { zaak: 'de aanslag toeristenbelasting {vorigjaar} voor mijn B&B', kort: 'de toeristenbelasting', onderwerp: 'toeristenbelasting {vorigjaar}' },
    en: { zaak: 'the tourist tax assessment for {vorigjaar} for my B&B', kort: 'the tourist tax', onderwerp: 'tourist tax {vorigjaar}' } },
  { key: 'kwijtschelding', topic: 'belastingen', uses: ['vraag', 'besluit'],
    nl: { zaak: '[de afwijzing van mijn verzoek om kwijtschelding|het besluit op mijn kwijtscheldingsverzoek] van {besluitDatum}', kort: 'de afwijzing van de kwijtschelding', onderwerp: '[kwijtschelding {jaar}|afwijzing kwijtschelding|kwijtschelding aanslag {aanslagnummer}]' },
    en: { zaak: 'the rejection of my request for tax remission (kwijtschelding) dated {besluitDatum}', kort: 'the remission decision', onderwerp: 'remission request' } },
  // brp
  { key: 'verhuizing', topic: 'brp', uses: ['vraag', 'dienst'],
    nl: { zaak: 'mijn verhuizing naar de {adres}', kort: 'de verhuizing', onderwerp: '[verhuizing|adreswijziging|verhuizing doorgeven]' },
    en: { zaak: 'my move to {adres}', kort: 'my move', onderwerp: 'change of address' } },
  { key: 'paspoort', topic: 'brp', uses: ['vraag', 'dienst', 'heffing'],
    nl: { zaak: 'mijn aanvraag voor een [paspoort|identiteitskaart|nieuw paspoort]', kort: 'het paspoort', onderwerp: '[paspoort aanvragen|afspraak paspoort|ID-kaart|reisdocument]' },
    en: { zaak: 'my application for a [passport|Dutch ID card|residence document]', kort: 'the passport', onderwerp: 'passport appointment' } },
  { key: 'uittreksel', topic: 'brp', uses: ['vraag', 'dienst'],
    nl: { zaak: 'mijn aanvraag voor een uittreksel uit de BRP', kort: 'het uittreksel', onderwerp: '[uittreksel BRP|uittreksel basisregistratie|aanvraag uittreksel]' },
    en: { zaak: 'my request for an extract from the population register (BRP)', kort: 'the BRP extract', onderwerp: 'BRP extract' } },
  { key: 'adresonderzoek', topic: 'brp', uses: ['besluit', 'dienst'],
    nl: { zaak: 'het besluit van {besluitDatum} om mij [ambtshalve uit te schrijven|uit te schrijven naar \'onbekend\'|in te schrijven op een ander adres] [(kenmerk {kenmerk})|]', kort: 'de uitschrijving', onderwerp: '[ambtshalve uitschrijving|adresonderzoek {kenmerk}|uitschrijving BRP]' },
    en: { zaak: 'the decision of {besluitDatum} to deregister me from the population register (kenmerk {kenmerk})', kort: 'the deregistration', onderwerp: 'deregistration BRP' } },
  { key: 'inschrijving', topic: 'brp', uses: ['vraag', 'dienst'],
    nl: { zaak: 'mijn inschrijving in de gemeente {gemeente}', kort: 'de inschrijving', onderwerp: '[inschrijving|eerste inschrijving|inschrijven BRP]' },
    en: { zaak: 'my registration with the municipality of {gemeente}', kort: 'my registration', onderwerp: 'registration BRP / BSN' } },
  { key: 'nationaliteit', topic: 'brp', uses: ['vraag', 'besluit'],
    nl: { zaak: '[mijn naturalisatieverzoek|de optieverklaring|mijn nationaliteit]', kort: 'de nationaliteit', onderwerp: '[naturalisatie|optie Nederlanderschap|nationaliteit]' },
    en: { zaak: 'my naturalisation procedure', kort: 'naturalisation', onderwerp: 'naturalisation ceremony' } },
  { key: 'geboorte', topic: 'brp', uses: ['vraag'],
    nl: { zaak: 'de geboorteaangifte van onze [zoon|dochter] {kindNaam}', kort: 'de geboorteaangifte', onderwerp: '[geboorteaangifte|aangifte geboorte {kindNaam}]' },
    en: { zaak: 'registering the birth of our [son|daughter] {kindNaam}', kort: 'the birth registration', onderwerp: 'birth registration' } },
  // sociaal
  { key: 'bijstand', topic: 'sociaal', uses: ['besluit', 'dienst', 'vraag'],
    nl: { zaak: '[het besluit over mijn bijstandsuitkering|de beslissing op mijn aanvraag bijstand|het besluit tot verlaging van mijn uitkering] van {besluitDatum} [(kenmerk {kenmerk})|]', kort: 'de bijstand', onderwerp: '[bijstandsuitkering|besluit bijstand {kenmerk}|uitkering|Participatiewet]' },
    en: { zaak: 'the decision on my social assistance benefit (bijstand) of {besluitDatum}', kort: 'the benefit decision', onderwerp: 'social assistance decision' } },
  { key: 'terugvordering', topic: 'sociaal', uses: ['besluit', 'heffing'],
    nl: { zaak: 'het besluit tot terugvordering van {bedragGroot} bijstand [(kenmerk {kenmerk})|]', kort: 'de terugvordering', onderwerp: '[terugvordering bijstand|terugvordering {kenmerk}|vordering uitkering]' },
    en: { zaak: 'the decision to reclaim {bedragGroot} in benefits', kort: 'the recovery decision', onderwerp: 'benefit recovery' } },
  { key: 'wmo_hulp', topic: 'sociaal', uses: ['besluit', 'dienst', 'vraag'],
    nl: { zaak: '[de beschikking huishoudelijke ondersteuning|het besluit over mijn huishoudelijke hulp|de Wmo-beschikking] van {besluitDatum}', kort: 'de huishoudelijke hulp', onderwerp: '[Wmo huishoudelijke hulp|huishoudelijke ondersteuning|Wmo-beschikking]' },
    en: { zaak: 'the Wmo decision on my household support of {besluitDatum}', kort: 'my household support', onderwerp: 'Wmo household support' } },
  { key: 'wmo_voorziening', topic: 'sociaal', uses: ['besluit', 'dienst', 'vraag'],
    nl: { zaak: 'mijn aanvraag voor een [scootmobiel|traplift|aangepaste douche|rolstoel|woningaanpassing|vervoerspas]', kort: 'de voorziening', onderwerp: '[Wmo-aanvraag|aanvraag scootmobiel|traplift|woningaanpassing Wmo]' },
    en: { zaak: 'my application for a [mobility scooter|stair lift|wheelchair|home adaptation]', kort: 'the facility', onderwerp: 'Wmo application' } },
  { key: 'jeugdzorg', topic: 'sociaal', uses: ['besluit', 'dienst', 'vraag'],
    nl: { zaak: '[de jeugdhulp voor mijn zoon|de beschikking jeugdhulp voor mijn dochter|de wachtlijst voor jeugdhulp] [{kindNaam}|]', kort: 'de jeugdhulp', onderwerp: '[jeugdhulp {kindNaam}|beschikking jeugdzorg|jeugdhulp]' },
    en: { zaak: 'youth care for my child {kindNaam}', kort: 'the youth care', onderwerp: 'youth care' } },
  { key: 'schuldhulp', topic: 'sociaal', uses: ['vraag', 'dienst'],
    nl: { zaak: '[schuldhulpverlening|mijn aanmelding bij de schuldhulp|budgetbeheer]', kort: 'de schuldhulp', onderwerp: '[schuldhulp|hulp bij schulden|aanmelding schuldhulpverlening|budgetbeheer]' },
    en: { zaak: 'debt assistance (schuldhulpverlening)', kort: 'debt assistance', onderwerp: 'debt help' } },
  { key: 'toeslag', topic: 'sociaal', uses: ['vraag', 'besluit'],
    nl: { zaak: '[de individuele inkomenstoeslag|de energietoeslag|de bijzondere bijstand voor een wasmachine|de meedoenregeling]', kort: 'de toeslag', onderwerp: '[inkomenstoeslag|energietoeslag|bijzondere bijstand|meedoenregeling]' },
    en: { zaak: 'the [energy allowance|individual income supplement]', kort: 'the allowance', onderwerp: 'energy allowance' } },
  // leerplicht
  { key: 'verzuim', topic: 'leerplicht', uses: ['dienst', 'vraag', 'besluit'],
    nl: { zaak: 'de uitnodiging van de leerplichtambtenaar over het verzuim van mijn [zoon|dochter] {kindNaam}', kort: 'het verzuim', onderwerp: '[verzuim {kindNaam}|uitnodiging leerplicht|leerplicht {kindNaam}]' },
    en: { zaak: 'the letter from the school attendance officer about the absence of my child {kindNaam}', kort: 'the attendance case', onderwerp: 'school attendance {kindNaam}' } },
  { key: 'verlof', topic: 'leerplicht', uses: ['besluit', 'vraag'],
    nl: { zaak: '[de weigering van extra verlof|mijn aanvraag voor verlof buiten de schoolvakanties] voor {kindNaam} [van {school}|]', kort: 'het verlof', onderwerp: '[verlofaanvraag {kindNaam}|extra verlof|verlof buiten schoolvakantie]' },
    en: { zaak: 'the request for leave outside school holidays for {kindNaam}', kort: 'the leave request', onderwerp: 'school leave request' } },
  { key: 'vrijstelling', topic: 'leerplicht', uses: ['besluit', 'vraag'],
    nl: { zaak: '[de vrijstelling van de leerplicht|het beroep op vrijstelling (artikel 5 onder b)|thuisonderwijs] voor {kindNaam}', kort: 'de vrijstelling', onderwerp: '[vrijstelling leerplicht|thuisonderwijs {kindNaam}|beroep op vrijstelling]' },
    en: { zaak: 'the exemption from compulsory education for {kindNaam}', kort: 'the exemption', onderwerp: 'exemption compulsory education' } },
  { key: 'leerplichtboete', topic: 'leerplicht', uses: ['heffing', 'dienst'],
    nl: { zaak: '[het proces-verbaal|de strafbeschikking|de boete] wegens [ongeoorloofd verzuim|luxeverzuim] van {kindNaam} [van {boete}|]', kort: 'de boete', onderwerp: '[proces-verbaal leerplicht|boete verzuim|strafbeschikking {kenmerk}]' },
    en: { zaak: 'the fine for unauthorised absence of {kindNaam} ({boete})', kort: 'the fine', onderwerp: 'attendance fine' } },
  { key: 'leerlingenvervoer', topic: 'leerplicht', uses: ['besluit', 'dienst', 'vraag'],
    nl: { zaak: '[het leerlingenvervoer|de aanvraag leerlingenvervoer|de taxi naar school] voor {kindNaam}', kort: 'het leerlingenvervoer', onderwerp: '[leerlingenvervoer {kindNaam}|aanvraag leerlingenvervoer|schoolvervoer]' },
    en: { zaak: 'school transport for {kindNaam}', kort: 'school transport', onderwerp: 'school transport' } },
  // vergunningen
  { key: 'dakkapel', topic: 'vergunningen', uses: ['besluit', 'vraag', 'heffing'],
    nl: { zaak: '[de omgevingsvergunning voor een dakkapel|de aanvraag voor een dakkapel op mijn woning|de weigering van mijn vergunning voor een dakkapel] [(zaaknummer {zaaknummer})|]', kort: 'de dakkapel', onderwerp: '[dakkapel {adres}|vergunning dakkapel|omgevingsvergunning {zaaknummer}]' },
    en: { zaak: 'the permit for a dormer window at {adres} (case {zaaknummer})', kort: 'the dormer permit', onderwerp: 'dormer permit' } },
  { key: 'uitbouw', topic: 'vergunningen', uses: ['besluit', 'vraag'],
    nl: { zaak: '[de omgevingsvergunning voor de uitbouw van mijn buren|de vergunning voor een aanbouw aan de {straat}|de weigering van mijn vergunning voor een uitbouw] [(zaaknummer {zaaknummer})|]', kort: 'de vergunning voor de uitbouw', onderwerp: '[uitbouw buren|vergunning aanbouw|omgevingsvergunning {zaaknummer}]' },
    en: { zaak: 'the building permit for an extension at {straat} (case {zaaknummer})', kort: 'the extension permit', onderwerp: 'extension permit' } },
  { key: 'evenement', topic: 'vergunningen', uses: ['besluit', 'vraag', 'heffing'],
    nl: { zaak: '[de evenementenvergunning voor [het buurtfeest|de braderie|het muziekfestival|de kermis|de sponsorloop]|mijn aanvraag voor een evenementenvergunning]', kort: 'de evenementenvergunning', onderwerp: '[evenementenvergunning|buurtfeest {straat}|vergunning festival|melding klein evenement]' },
    en: { zaak: 'the event permit for [the street party|the music festival]', kort: 'the event permit', onderwerp: 'event permit' } },
  { key: 'kap', topic: 'vergunningen', uses: ['besluit', 'vraag'],
    nl: { zaak: '[de kapvergunning voor [de eik|de kastanje|drie populieren|de linde] [in mijn tuin|aan de {straat}]|de omgevingsvergunning voor het kappen van bomen]', kort: 'de kapvergunning', onderwerp: '[kapvergunning|bomen kappen {straat}|vergunning kappen]' },
    en: { zaak: 'the tree felling permit for [the oak|two trees] at {straat}', kort: 'the felling permit', onderwerp: 'tree felling permit' } },
  { key: 'horeca', topic: 'vergunningen', uses: ['besluit', 'vraag', 'heffing'],
    nl: { zaak: '[de terrasvergunning|de exploitatievergunning|de drank- en horecavergunning|de ontheffing voor verlengde openingstijden] voor [mijn zaak|café De Gouden Leeuw|het eetcafé aan de {straat}]', kort: 'de horecavergunning', onderwerp: '[terrasvergunning|exploitatievergunning|horecavergunning]' },
    en: { zaak: 'the terrace permit for my café', kort: 'the terrace permit', onderwerp: 'terrace permit' } },
  { key: 'bedrijf', topic: 'vergunningen', uses: ['besluit', 'vraag'],
    nl: { zaak: '[de vergunning voor [een bedrijfshal|een tankstation|een zorgboerderij|een loods]|het wijzigingsplan voor het perceel naast ons]', kort: 'de vergunning', onderwerp: '[omgevingsvergunning {zaaknummer}|vergunning bedrijfshal|bestemmingswijziging]' },
    en: { zaak: 'the permit for a new warehouse next to our house', kort: 'the permit', onderwerp: 'planning permit' } },
  // openbare ruimte
  { key: 'container', topic: 'openbare_ruimte', uses: ['melding', 'dienst', 'vraag'],
    nl: { zaak: '[de [grijze|groene|blauwe|oranje] container|de ondergrondse container aan de {straat}|het ophalen van het grofvuil|de afvalinzameling in onze straat]', kort: 'de container', onderwerp: '[container niet geleegd|afval|grofvuil|afvalinzameling {straat}|kapotte container]' },
    en: { zaak: 'the [bin collection|underground container] in {straat}', kort: 'the bin', onderwerp: 'waste collection' } },
  { key: 'lantaarn', topic: 'openbare_ruimte', uses: ['melding', 'dienst'],
    nl: { zaak: '[de lantaarnpaal|de straatverlichting] [voor nummer {huisnr}|aan de {straat}|bij {plek}]', kort: 'de straatverlichting', onderwerp: '[lantaarnpaal kapot|straatverlichting|melding verlichting {straat}]' },
    en: { zaak: 'the street light in {straat}', kort: 'the street light', onderwerp: 'street light broken' } },
  { key: 'groen', topic: 'openbare_ruimte', uses: ['melding', 'dienst', 'vraag', 'beleid'],
    nl: { zaak: '[het onderhoud van het groen|de bomen|de overhangende takken|de berm|het gras] [aan de {straat}|bij {plek}]', kort: 'het groen', onderwerp: '[groenonderhoud|bomen {straat}|snoeien|onkruid]' },
    en: { zaak: 'the maintenance of the trees and green spaces in {straat}', kort: 'the green spaces', onderwerp: 'tree maintenance' } },
  { key: 'parkeerplek', topic: 'openbare_ruimte', uses: ['melding', 'vraag', 'beleid'],
    nl: { zaak: '[de parkeerdruk in onze straat|een gehandicaptenparkeerplaats|de parkeervergunning voor bewoners|de nieuwe parkeerregeling] [aan de {straat}|in {kern}|]', kort: 'het parkeren', onderwerp: '[parkeren {straat}|gehandicaptenparkeerplaats|parkeervergunning|parkeeroverlast]' },
    en: { zaak: 'the residents\' parking permit for {straat}', kort: 'the parking', onderwerp: 'parking permit' } },
  { key: 'overlast', topic: 'openbare_ruimte', uses: ['melding', 'dienst'],
    nl: { zaak: '[de overlast van hangjongeren bij {plek}|geluidsoverlast in onze straat|de overlast van de buren|de ratten bij de containers|de scooters op het fietspad]', kort: 'de overlast', onderwerp: '[overlast|melding overlast {straat}|hangjongeren|geluidsoverlast]' },
    en: { zaak: 'the noise nuisance in {straat}', kort: 'the nuisance', onderwerp: 'noise nuisance' } },
  { key: 'bestrating', topic: 'openbare_ruimte', uses: ['melding', 'dienst'],
    nl: { zaak: '[de losliggende stoeptegels|het gat in de weg|de verzakte bestrating|de kapotte drempel] [voor nummer {huisnr}|aan de {straat}|bij {plek}]', kort: 'de bestrating', onderwerp: '[losse tegels {straat}|gat in de weg|bestrating]' },
    en: { zaak: 'the broken pavement in {straat}', kort: 'the pavement', onderwerp: 'broken pavement' } },
  { key: 'zwerfvuil', topic: 'openbare_ruimte', uses: ['melding', 'dienst', 'heffing'],
    nl: { zaak: '[het zwerfvuil bij {plek}|de gedumpte bankstellen aan de {straat}|de hondenpoep bij {plek}|het bijgeplaatste afval naast de container]', kort: 'het zwerfvuil', onderwerp: '[zwerfvuil|dumping {straat}|hondenpoep|vuil naast container]' },
    en: { zaak: 'the litter and dumped rubbish near {plek}', kort: 'the litter', onderwerp: 'dumped rubbish' } },
  { key: 'verkeer', topic: 'openbare_ruimte', uses: ['melding', 'beleid'],
    nl: { zaak: '[de verkeersveiligheid op de {straat}|het hardrijden in onze straat|de oversteekplaats bij {school}|de nieuwe rotonde]', kort: 'de verkeerssituatie', onderwerp: '[verkeersveiligheid|hardrijders {straat}|oversteekplaats]' },
    en: { zaak: 'traffic safety in {straat}', kort: 'the traffic situation', onderwerp: 'traffic safety' } },
  // bestuur
  { key: 'raadsbesluit', topic: 'bestuur', uses: ['beleid'],
    nl: { zaak: '[het besluit van de raad over [de sluiting van het zwembad|de bezuinigingen op de bibliotheek|het nieuwe parkeerbeleid|de verhoging van de OZB|de woningbouw in {kern}]|de plannen van het college voor [een windpark|een zonnepark|de herinrichting van het centrum]]', kort: 'het raadsbesluit', onderwerp: '[raadsbesluit|brief aan de gemeenteraad|plannen college|bezuinigingen]' },
    en: { zaak: 'the council decision on [closing the swimming pool|the new parking policy]', kort: 'the council decision', onderwerp: 'letter to the council' } },
  { key: 'azc', topic: 'bestuur', uses: ['beleid'],
    nl: { zaak: '[de plannen voor een azc in {kern}|de opvang van asielzoekers in het oude gemeentehuis|de komst van een noodopvanglocatie]', kort: 'de opvanglocatie', onderwerp: '[azc {kern}|asielopvang|opvanglocatie]' },
    en: { zaak: 'the plans for an asylum reception centre in {kern}', kort: 'the reception centre', onderwerp: 'asylum reception centre' } },
  { key: 'burgemeester', topic: 'bestuur', uses: ['beleid', 'vraag'],
    nl: { zaak: '[het optreden van de burgemeester|de uitspraken van {wethouder} in de krant|de gang van zaken rond het vertrek van de wethouder|het beleid van dit college]', kort: 'het bestuur', onderwerp: '[brief aan de burgemeester|t.a.v. de burgemeester|aan het college|open brief]' },
    en: { zaak: 'the conduct of the mayor and aldermen', kort: 'the municipal executive', onderwerp: 'letter to the mayor' } },
  { key: 'uitnodiging', topic: 'bestuur', uses: ['vraag'],
    nl: { zaak: '[de opening van [ons buurthuis|onze nieuwe winkel|het gerenoveerde clubhuis]|het 100-jarig bestaan van onze [muziekvereniging|voetbalclub|harmonie]|de honderdste verjaardag van mijn [moeder|vader]]', kort: 'de uitnodiging', onderwerp: '[uitnodiging|uitnodiging burgemeester|verzoek bezoek burgemeester]' },
    en: { zaak: 'the opening of our community centre', kort: 'the invitation', onderwerp: 'invitation' } },
  // overig
  { key: 'trouwen', topic: 'overig', uses: ['vraag', 'dienst'],
    nl: { zaak: '[ons huwelijk|de huwelijksvoltrekking|ons geregistreerd partnerschap] op [{termijnDatum}|een datum in de zomer]', kort: 'het huwelijk', onderwerp: '[trouwen|huwelijk|trouwlocatie|ceremonie]' },
    en: { zaak: 'our wedding ceremony', kort: 'the wedding', onderwerp: 'wedding' } },
  { key: 'subsidie', topic: 'overig', uses: ['vraag', 'besluit', 'dienst'],
    nl: { zaak: '[de subsidieaanvraag van onze [vereniging|stichting]|de afwijzing van onze subsidieaanvraag|de subsidie voor [het buurtfeest|de speeltuinvereniging|het jeugdwerk]]', kort: 'de subsidie', onderwerp: '[subsidie|subsidieaanvraag {jaar}|afwijzing subsidie]' },
    en: { zaak: 'our association\'s grant application', kort: 'the grant', onderwerp: 'grant application' } },
  { key: 'begraafplaats', topic: 'overig', uses: ['vraag', 'dienst', 'heffing'],
    nl: { zaak: '[het graf van mijn [vader|moeder|man|vrouw] op de gemeentelijke begraafplaats|de grafrechten|de verlenging van de grafrechten]', kort: 'het graf', onderwerp: '[grafrechten|begraafplaats|verlenging grafrechten]' },
    en: { zaak: 'the grave rights at the municipal cemetery', kort: 'the grave', onderwerp: 'cemetery' } },
  { key: 'website', topic: 'overig', uses: ['dienst', 'vraag'],
    nl: { zaak: '[de website van de gemeente|het digitale loket|inloggen met DigiD|het contactformulier|de gemeentelijke app]', kort: 'de website', onderwerp: '[website|digitaal loket|DigiD|formulier werkt niet]' },
    en: { zaak: 'the municipal website', kort: 'the website', onderwerp: 'website' } },
  { key: 'algemeen', topic: 'overig', uses: ['dienst', 'vraag', 'beleid'],
    nl: { zaak: '[mijn eerdere brief van {eerdereDatum}|het contact met uw organisatie|de gemeentelijke informatievoorziening|uw brief van {eerdereDatum}]', kort: 'de zaak', onderwerp: '[vraag|uw brief van {eerdereDatum}|informatie|contact]' },
    en: { zaak: 'your letter of {eerdereDatum}', kort: 'this matter', onderwerp: 'question' } },
];

export function mattersFor(topic: Topic, use?: Use): Matter[] {
  const all = MATTERS.filter((m) => m.topic === topic);
  if (!use) return all;
  const f = all.filter((m) => m.uses.includes(use));
  return f.length > 0 ? f : all;
}

/** Picks a matter for the topic and sets {zaak}, {zaakKort}, {onderwerp} in the context. */
export function useMatter(c: Ctx, rng: Rng, topic: Topic, use?: Use, prefer?: readonly string[]): Matter {
  let options = mattersFor(topic, use);
  if (prefer) {
    const pref = options.filter((m) => prefer.includes(m.key));
    if (pref.length > 0) options = pref;
  }
  const m = rng.pick(options);
  setMatter(c, m);
  return m;
}

export function setMatter(c: Ctx, m: Matter): void {
  const t = c.lang === 'en' ? m.en : m.nl;
  c.set('matter', m.key);
  c.set('zaak', c.r(t.zaak));
  c.set('zaakKort', c.r(t.kort));
  c.set('onderwerp', c.r(t.onderwerp));
}
