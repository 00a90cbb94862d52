/**
 * bezwaar: formal objections within the legal framework (Awb). May be sharp and angry, but
 * never anti-institutional unless the plan says so (then one ANTI_RHETORIC line is added),
 * never a threat and never a refusal to pay on pseudo-legal grounds.
 * Also: no-cure-no-pay WOZ bureaus writing on behalf of owners.
 */
import { gated, type LBank } from '../../template.ts';
import { MATTERS, useMatter } from '../topics.ts';
import { ATTACHMENTS } from '../common.ts';
import { angerLine, antiLine, bySize, distressParagraph, escalationLine, formatPoints, insertAt, isAngry, replyLine, type Composer, type Draft, type LetterCtx } from '../../letter.ts';
import { WOZ_BUREAUS } from '../people.ts';

const SUBJECTS: LBank = {
  nl: [
    'Bezwaar tegen {zaakKort}', 'Bezwaarschrift {onderwerp}', 'Bezwaar {onderwerp}', 'Pro forma bezwaar {onderwerp}',
    'bezwaar', 'Bezwaarschrift inzake {onderwerp}', 'Bezwaar d.d. {datumKort} - {onderwerp}', 'Bezwaar tegen besluit {kenmerk}',
    'Ik ben het niet eens met {zaakKort}', 'BEZWAAR {onderwerp}', 'Bezwaar en verzoek om hoorzitting - {onderwerp}',
  ],
  en: ['Objection to {zaakKort}', 'Objection (bezwaar) {onderwerp}', 'Notice of objection - {onderwerp}', 'bezwaar / objection {onderwerp}'],
};

const OPENINGS: LBank = {
  nl: [
    'Hierbij maak ik bezwaar tegen {zaak}[, verzonden op {verzendDatum}|, gedagtekend {besluitDatum}|].',
    'Hierbij teken ik bezwaar aan tegen {zaak}.',
    'Met deze brief wil ik [formeel|] bezwaar maken tegen {zaak}.',
    'Ondergetekende, {naamFormeel}, wonende aan de {adres} te {woonplaats}, maakt hierbij bezwaar tegen {zaak}.',
    'Op {verzendDatum} ontving ik {zaak}. Ik ben het daar [niet mee eens|volstrekt niet mee eens|om de volgende redenen niet mee eens] en maak hierbij bezwaar.',
    'Naar aanleiding van {zaak} [wil ik|laat ik u weten dat ik] bezwaar [maken|maak].',
    'Ik ga in bezwaar tegen {zaak}.',
    'Tegen {zaak} maak ik bij dezen [tijdig|binnen de termijn van zes weken] bezwaar.',
    'Bij deze dien ik een bezwaarschrift in tegen {zaak}.',
  ],
  en: [
    'I hereby lodge an objection against {zaak}.',
    'I would like to formally object to {zaak}[, which I received on {verzendDatum}|].',
    'Please treat this letter as a formal notice of objection (bezwaarschrift) against {zaak}.',
    'On {verzendDatum} I received {zaak}. I do not agree with it and hereby object.',
  ],
};

const PRO_FORMA: LBank = {
  nl: [
    'Dit is een pro forma bezwaar om de termijn veilig te stellen; de gronden volgen [binnen {weken} weken|zo spoedig mogelijk|na ontvangst van de stukken].',
    'Ik verzoek u mij een termijn te geven om de gronden van mijn bezwaar aan te vullen.',
  ],
  en: ['This is a pro forma objection to safeguard the deadline; I will submit the grounds within {weken} weeks.'],
};

const CONTEXT: LBank = {
  nl: [
    'Ik woon [sinds {langGeledenDatum}|al ruim twintig jaar|sinds een paar jaar] op dit adres[ samen met mijn gezin| alleen| met mijn partner|].',
    'Ik heb de brief pas [laat|na mijn vakantie|via mijn dochter] goed kunnen lezen, maar dien mijn bezwaar binnen de termijn in.',
    'Eerder heb ik hierover [telefonisch contact gehad met {ambtenaar}|een mail gestuurd op {eerdereDatum}|aan de balie gestaan], maar dat heeft niets opgelost.',
    'Ik heb [altijd|jarenlang] [zonder problemen|netjes] betaald en maak niet snel bezwaar, maar nu kan ik niet anders.',
    'Ik heb het besluit [meerdere keren|zorgvuldig|samen met een kennis die er verstand van heeft] doorgelezen.',
    'Voor de volledigheid: het gaat om [mijn woning|de woning] aan de {adres}[ te {woonplaats}|].',
  ],
  en: [
    'I have lived at this address [since {langGeledenDatum}|for several years] [with my family|alone].',
    'I previously contacted {ambtenaar} about this on {eerdereDatum}, without result.',
    'I have always paid on time and rarely object, but this time I have no choice.',
  ],
};

/** Grounds per matter key; GENERIC for anything else. */
const GROUNDS: Record<string, LBank> = {
  woz: {
    nl: [
      'De vastgestelde waarde van {wozwaarde} is [veel|fors|aanzienlijk] te hoog. Vergelijkbare woningen in de buurt zijn [rond de peildatum|in {vorigjaar}] voor [tienduizenden euro\'s minder|veel minder] verkocht.',
      'De woning aan de {straat} [nummer {nummer}|verderop], die groter is dan de mijne, heeft een lagere WOZ-waarde gekregen. Dat is niet uit te leggen.',
      'Bij de taxatie is geen rekening gehouden met de [slechte staat van onderhoud|verouderde keuken en badkamer uit de jaren tachtig|houten funderingspalen die aan vervanging toe zijn|lekkage in het dak|asbest in de schuur].',
      'De woonoppervlakte klopt niet: volgens uw gegevens is die [{nummer}0|ruim 140] m², maar na meting [door een makelaar|volgens de NEN 2580] is het [fors minder|ongeveer 20 m² minder].',
      'Mijn woning ligt direct aan [de drukke doorgaande weg|het spoor|de N-weg|het bedrijventerrein] en heeft veel [geluidsoverlast|last van fijnstof]. Dat drukt de waarde.',
      'De stijging ten opzichte van vorig jaar is [{nummer}0%|buitensporig|niet in verhouding tot de markt]. Zo hard zijn de huizenprijzen hier echt niet gestegen.',
      'Er is [nooit|niet] iemand binnen geweest om de woning te bekijken; de waarde is kennelijk op afstand met een computermodel bepaald.',
      'De in het taxatieverslag genoemde referentiewoningen zijn niet vergelijkbaar: het gaat om [vrijstaande woningen|gerenoveerde woningen|woningen met een grotere kavel|nieuwbouw].',
      'Ik verzoek u mij het taxatieverslag, de gebruikte referentiewoningen en de grondstaffel toe te sturen, zodat ik de waardering kan controleren.',
      'Sinds de bouw van [de windturbines|het distributiecentrum|de nieuwe wijk] achter ons huis is het uitzicht weg en is de woning [moeilijk verkoopbaar|minder waard].',
    ],
    en: [
      'The value of {wozwaarde} is far too high. Comparable houses in our street sold for much less around the valuation date.',
      'The valuation does not take into account the poor condition of the house (old kitchen, leaking roof).',
      'The floor area in your records is incorrect; it is about 20 m² smaller.',
      'Nobody has ever inspected the house; the value seems to come from a computer model.',
      'Please send me the valuation report (taxatieverslag) and the reference properties used.',
    ],
  },
  afval: {
    nl: [
      'Ik woon alleen en betaal [exact hetzelfde|evenveel] als een gezin van vijf personen. Dat is [niet eerlijk|onredelijk|in strijd met het principe \'de vervuiler betaalt\'].',
      'De [grijze|groene] container is [de afgelopen maanden|meerdere keren] niet geleegd, terwijl ik wel het volle tarief betaal.',
      'Het tarief is [met {nummer}0%|opnieuw fors|in twee jaar tijd bijna verdubbeld] gestegen zonder dat de dienstverlening beter is geworden.',
      'Volgens uw registratie heb ik [{nummer}0|veel meer] ledigingen gehad dan in werkelijkheid. Ik zet de container hooguit eens per maand buiten.',
      'Ik ben per {eerdereDatum} verhuisd en heb dus niet het hele jaar gebruik gemaakt van de inzameling. De aanslag is niet naar rato berekend.',
      'Ik scheid mijn afval [zorgvuldig|heel zorgvuldig] en breng het grootste deel zelf naar de milieustraat.',
      'De heffing voor een meerpersoonshuishouden is onterecht: mijn [zoon|dochter|huisgenoot] staat sinds {langGeledenDatum} niet meer op dit adres ingeschreven.',
    ],
    en: [
      'I live alone and pay exactly the same as a family of five, which is unfair.',
      'My bin was not emptied several times in recent months, while I pay the full rate.',
      'I moved on {eerdereDatum}, so the levy should be calculated pro rata.',
    ],
  },
  riool: {
    nl: [
      'Mijn woning is niet aangesloten op het gemeentelijk riool; ik heb een [eigen septictank|IBA-systeem].',
      'Het pand heeft [een half jaar|sinds {eerdereDatum}] leeggestaan vanwege een verbouwing.',
      'Ik betaal rioolheffing als eigenaar én als gebruiker, terwijl ik de woning verhuur. Dat lijkt me dubbel.',
      'Bij elke regenbui loopt onze straat onder water; van een goed functionerend riool is geen sprake.',
    ],
    en: ['My house is not connected to the municipal sewer; I have a private septic tank.', 'The property was empty for six months because of renovation.'],
  },
  ozb: {
    nl: [
      'De aanslag is gebaseerd op de WOZ-waarde, waartegen ik eveneens bezwaar maak. Als die wordt verlaagd, moet ook de aanslag omlaag.',
      'Het OZB-tarief is [dit jaar|opnieuw] verhoogd [ver boven de inflatie|terwijl de woningwaarde al steeg]. Dat leidt tot een dubbele verhoging.',
      'Ik heb de woning op {eerdereDatum} verkocht; de aanslag had aan de nieuwe eigenaar moeten worden opgelegd.',
      'De aanslag is voor een [bedrijfspand|niet-woning] berekend, terwijl het pand als woning in gebruik is.',
    ],
    en: ['The assessment is based on the WOZ value, which I also object to.', 'I sold the property on {eerdereDatum}; the new owner should be assessed.'],
  },
  aanslag: {
    nl: [
      'Op het aanslagbiljet staat een [WOZ-waarde|aantal personen|object] dat niet klopt met mijn situatie.',
      'Ik heb [twee|dubbel] aanslagen ontvangen voor [hetzelfde object|dezelfde periode].',
      'De aanslag is naar mijn oude adres gestuurd en ik ontving hem pas [na de aanmaning|veel te laat].',
      'De in rekening gebrachte [afvalstoffenheffing|rioolheffing] gaat uit van een meerpersoonshuishouden, maar ik woon alleen.',
      'Het totaalbedrag van {bedrag} is [ruim hoger|fors hoger] dan vorig jaar, zonder dat er iets aan mijn situatie is veranderd.',
    ],
    en: ['The assessment lists the wrong number of residents.', 'I received two assessments for the same property.', 'The total of {bedrag} is much higher than last year although nothing changed.'],
  },
  parkeer: {
    nl: [
      'Ik had [wel degelijk|gewoon] betaald via de parkeerapp; de screenshot van de transactie stuur ik mee.',
      'De parkeerautomaat was [defect|buiten gebruik|niet te bedienen met pin] en er was in de wijde omtrek geen andere automaat.',
      'Ik stond er [hooguit vijf minuten|kort] om [mijn moeder in de rolstoel|boodschappen|een wasmachine] uit te laden. Laden en lossen is toegestaan.',
      'Ik heb een geldige [bewonersvergunning|gehandicaptenparkeerkaart|bezoekersvergunning]; die lag [zichtbaar achter de voorruit|in de app geregistreerd].',
      'De bebording is [onduidelijk|achter een boom verstopt|pas na de controle geplaatst]; er was niet te zien dat het een betaalzone is.',
      'Het kenteken op de naheffingsaanslag is [niet van mij|verkeerd genoteerd]; mijn auto stond op dat moment [thuis|in de garage].',
      'Ik moest met spoed naar [de huisartsenpost|de eerste hulp] met mijn kind en had geen tijd om eerst te betalen.',
    ],
    en: ['I had paid through the parking app; a screenshot is attached.', 'The parking machine was out of order.', 'I was only unloading for five minutes, which is permitted.', 'I have a valid residents\' permit.'],
  },
  hond: {
    nl: ['Mijn hond is op {langGeledenDatum} overleden; ik heb dat destijds doorgegeven.', 'Ik heb helemaal geen hond. [Het gaat om de hond van mijn vorige huurder.|Er is sprake van een vergissing.]', 'Het betreft een hulphond, die volgens uw eigen verordening is vrijgesteld.'],
    en: ['My dog died on {langGeledenDatum}; I reported this at the time.', 'I do not own a dog.'],
  },
  toerist: {
    nl: ['Het aantal overnachtingen in de aanslag is [veel te hoog|niet juist]; volgens mijn nachtregister waren het er [{nummer}0|veel minder].', 'Een deel van de overnachtingen betrof familie die gratis verbleef.', 'Mijn B&B was van [november tot maart|een groot deel van het jaar] gesloten.'],
    en: ['The number of overnight stays is far too high according to my register.', 'My B&B was closed for several months.'],
  },
  kwijtschelding: {
    nl: [
      'Bij de berekening van mijn betalingscapaciteit is [mijn huur niet meegenomen|uitgegaan van een te hoog inkomen|mijn vakantiegeld dubbel geteld].',
      'Mijn [auto|oude bestelbus] is noodzakelijk voor [mijn werk|vervoer naar het ziekenhuis] en had niet als vermogen mogen meetellen.',
      'Sinds de aanvraag is mijn inkomen [verder gedaald|veranderd]; ik stuur de nieuwe loonstroken mee.',
      'De kosten voor [kinderopvang|de eigen bijdrage Wmo|de zorgverzekering] zijn ten onrechte niet meegenomen.',
    ],
    en: ['The calculation of my ability to pay did not include my rent.', 'My income has decreased since the application; new payslips are attached.'],
  },
  adresonderzoek: {
    nl: [
      'Ik woon wel degelijk op dit adres. [Ik stuur|Als bewijs stuur ik] [mijn huurcontract|mijn energierekeningen|een verklaring van mijn verhuurder] mee.',
      'Ik was een aantal maanden in het buitenland [voor mijn werk|voor familiebezoek], maar heb mijn woning nooit opgegeven.',
      'Ik heb de brieven van het adresonderzoek nooit ontvangen; [mijn brievenbus wordt gedeeld met de bovenburen|er is post zoekgeraakt].',
      '!Door de uitschrijving [krijg ik geen zorgtoeslag meer|is mijn uitkering stopgezet] en kan ik mijn vaste lasten niet meer betalen.', 'Door de uitschrijving kan ik [geen paspoort aanvragen|mijn rijbewijs niet verlengen]. De gevolgen zijn groot.',
    ],
    en: ['I do live at this address; my rental contract and energy bills are attached.', 'I was temporarily abroad for work but never gave up my home.'],
  },
  bijstand: {
    nl: [
      'U heeft [mijn inkomsten uit het krantenwijkje|de alimentatie|een eenmalige gift van mijn broer] ten onrechte als inkomen meegeteld.',
      'Ik woon niet samen met [mijn ex-partner|de bovenbuurman|mijn vriend]; wij voeren geen gezamenlijke huishouding.',
      'Ik heb wel degelijk [meegewerkt|alle gevraagde stukken ingeleverd|mijn afspraken nagekomen]; de verlaging van mijn uitkering is onterecht.',
      'De kostendelersnorm is ten onrechte toegepast: mijn [zoon|dochter] betaalt [kostgeld|huur] en is [student|jonger dan 27].',
      '!Ik ben [medisch|door mijn ziekte] niet in staat om [fulltime te werken|aan het re-integratietraject deel te nemen]; dat blijkt uit de verklaring van mijn arts.',
    ],
    en: ['You wrongly counted a one-off gift as income.', 'I do not share a household with my former partner.', 'I have cooperated fully and submitted all documents.'],
  },
  terugvordering: {
    nl: [
      'Ik heb de wijziging [wel degelijk|direct] doorgegeven; de fout ligt bij de gemeente.',
      '!Er zijn dringende redenen om van terugvordering af te zien: [ik heb geen enkele reserve|mijn gezondheid is slecht|ik heb al andere schulden].',
      'Het teruggevorderde bedrag van {bedragGroot} is [onjuist berekend|veel te hoog|niet toegelicht].',
    ],
    en: ['I reported the change immediately; the mistake was made by the municipality.', 'The amount of {bedragGroot} has been calculated incorrectly.'],
  },
  wmo_hulp: {
    nl: [
      'Het aantal uren huishoudelijke hulp is [gehalveerd|verlaagd van {nummer} naar 1,5 uur per week], terwijl mijn situatie [alleen maar slechter is geworden|niet is veranderd].',
      'Tijdens het keukentafelgesprek [is niet gevraagd naar|is niet gekeken naar] [mijn rugklachten|de trap naar boven|het feit dat ik alleen woon].',
      'Ik kan [niet stofzuigen|de was niet doen|de bedden niet verschonen] zonder hulp. Mijn [kinderen|buren] kunnen dat niet overnemen.',
    ],
    en: ['My household support hours were cut while my condition has worsened.', 'During the assessment interview my back problems were not taken into account.'],
  },
  wmo_voorziening: {
    nl: [
      'De voorgestelde [rollator|taxipas] is voor mij geen passende oplossing: ik kan [geen honderd meter lopen|niet zelfstandig instappen].',
      'Zonder [scootmobiel|traplift] kan ik [de deur niet meer uit|niet meer naar boven, naar de badkamer].',
      'Het advies van de ergotherapeut is ten onrechte niet gevolgd.',
    ],
    en: ['The alternative offered is not suitable for me.', 'Without a stair lift I cannot reach the bathroom anymore.'],
  },
  jeugdzorg: {
    nl: ['Het toegekende aantal uren begeleiding is [te laag|niet voldoende] voor de problemen van mijn kind.', 'De beschikking is [afgegeven zonder overleg met de school|gebaseerd op een verouderd verslag].'],
    en: ['The number of support hours is insufficient for my child\'s needs.'],
  },
  toeslag: {
    nl: ['Mijn inkomen ligt wel degelijk onder de grens; u heeft [bruto en netto verwisseld|een oude loonstrook gebruikt].', 'De aanvraag is afgewezen omdat een formulier zou ontbreken, maar dat heb ik op {eerdereDatum} ingeleverd.'],
    en: ['My income is below the threshold; you used an old payslip.'],
  },
  verlof: {
    nl: [
      'Het verlof was nodig voor [de bruiloft van mijn broer in Marokko|de begrafenis van mijn grootvader in Turkije|het 50-jarig huwelijk van mijn ouders].',
      'Door [het seizoenswerk in de landbouw|mijn werk in de horeca] kan ik [in de zomervakantie|in de schoolvakanties] niet met vakantie.',
      'De school [steunde mijn aanvraag|had geen bezwaar], maar de leerplichtambtenaar heeft het toch afgewezen.',
    ],
    en: ['The leave was needed for a family wedding abroad.', 'Because of my seasonal work we cannot travel during school holidays.'],
  },
  vrijstelling: {
    nl: ['!Mijn kind kan door [een angststoornis|autisme|een chronische ziekte] [geen|op dit moment geen] onderwijs volgen; dat blijkt uit de verklaring van de [kinderpsychiater|jeugdarts].', 'Wij hebben [principiële|levensbeschouwelijke] bezwaren tegen alle scholen in de buurt.'],
    en: ['!Our child cannot attend school because of an anxiety disorder, as confirmed by the youth doctor.', 'We have principled objections to all schools within reach.'],
  },
  leerlingenvervoer: {
    nl: ['De afstand naar {school} is [meer dan zes kilometer|veel te groot] om te fietsen.', 'Mijn kind kan [door zijn beperking|door haar epilepsie] niet zelfstandig met het openbaar vervoer.'],
    en: ['The school is too far to cycle to.', 'My child cannot travel alone by public transport because of a disability.'],
  },
  vergunning: {
    nl: [
      '{^bouwwerk} neemt [het zonlicht in onze tuin|ons uitzicht|de privacy in onze achtertuin] [volledig|grotendeels] weg.',
      'Wij zijn als direct omwonenden [niet|nooit] geïnformeerd over de aanvraag.',
      '{^bouwwerk} is in strijd met het [omgevingsplan|bestemmingsplan|welstandsbeleid]: [het is hoger dan toegestaan|het staat te dicht op de perceelgrens|de bouwdiepte wordt overschreden].',
      'De vergunning leidt tot [waardevermindering van onze woning|meer verkeer in onze straat|geluidsoverlast, ook \'s nachts].',
      'Op drie huizen afstand is [een vergelijkbaar bouwplan|precies zo\'n aanvraag] [wel|niet] vergund. Dit is in strijd met het gelijkheidsbeginsel.',
      'Het welstandsadvies is [niet gemotiveerd|nooit met mij gedeeld|gebaseerd op een oude tekening].',
      'De termijn voor de beslissing is ruim overschreden.',
      'De tekeningen bij de aanvraag kloppen niet met de werkelijke situatie: de afstand tot onze erfgrens is [kleiner|veel kleiner] dan aangegeven.',
    ],
    en: ['{^bouwwerk} takes away all sunlight in our garden.', 'As direct neighbours we were never informed.', 'A similar plan three houses away was treated differently; this is unequal treatment.'],
  },
  kap: {
    nl: [
      'De [boom|bomen] [is|zijn] gezond; uit niets blijkt dat kap noodzakelijk is. Een bomeneffectanalyse ontbreekt.',
      'In de [boom|bomen] [nestelen vleermuizen|broeden uilen|zitten beschermde vogels]; daar is geen ecologisch onderzoek naar gedaan.',
      'De [boom|bomen] [bepaalt|bepalen] het karakter van de straat en [is|zijn] ouder dan de huizen zelf.',
      'Er is geen herplantplicht opgelegd, terwijl dat bij kap van een monumentale boom gebruikelijk is.',
      'Alternatieven zoals snoeien of een boomkrachtonderzoek zijn niet overwogen.',
    ],
    en: ['The trees are healthy; no tree survey shows felling is necessary.', 'Bats nest in the trees and no ecological survey was done.'],
  },
  evenement: {
    nl: [
      'Het evenement [duurt tot 01.00 uur|vindt drie weekenden achter elkaar plaats] en veroorzaakt [ernstige geluidsoverlast|veel overlast] voor de omwonenden.',
      'In de vergunning ontbreken voorwaarden over [geluidsniveaus|afval|parkeren|de bereikbaarheid voor hulpdiensten].',
      'Vorig jaar werden de afspraken over het geluid [niet nageleefd|ruim overschreden], zonder dat er werd gehandhaafd.',
      'De omwonenden zijn niet betrokken bij de voorbereiding.',
    ],
    en: ['The event causes serious noise nuisance until late at night.', 'The permit lacks conditions on noise levels.'],
  },
  horeca: {
    nl: [
      'Het terras [neemt de hele stoep in beslag|blokkeert de doorgang voor rolstoelen en kinderwagens].',
      'De ruimere openingstijden leiden tot [nachtelijk lawaai|overlast van vertrekkende gasten|wildplassen] in onze straat.',
      'Eerdere klachten over de zaak zijn niet meegewogen.',
      'De weigering van mijn vergunning is onvoldoende gemotiveerd; vergelijkbare zaken in de straat hebben wel een vergunning.',
    ],
    en: ['The terrace blocks the pavement for wheelchairs and prams.', 'Extended opening hours cause noise at night.'],
  },
  subsidie: {
    nl: ['Onze [vereniging|stichting] voldoet aan alle voorwaarden uit de subsidieregeling.', 'De aanvraag is ten onrechte als te laat aangemerkt; de ontvangstbevestiging is van {eerdereDatum}.'],
    en: ['Our association meets all conditions of the grant scheme.'],
  },
  GENERIC: {
    nl: [
      'Het besluit is [onvoldoende|niet|nauwelijks] gemotiveerd.',
      'Ik ben [niet gehoord|niet in de gelegenheid gesteld mijn kant toe te lichten] voordat het besluit werd genomen.',
      'Het besluit is in strijd met het [zorgvuldigheidsbeginsel|gelijkheidsbeginsel|evenredigheidsbeginsel|vertrouwensbeginsel].',
      'De feiten zijn [onjuist|onvolledig] vastgesteld.',
      'Eerder is mij [door {ambtenaar}|telefonisch|schriftelijk] [iets anders toegezegd|verteld dat dit geen probleem zou zijn].',
      'Er is geen rekening gehouden met mijn persoonlijke omstandigheden.',
      'De gevolgen van het besluit zijn voor mij onevenredig zwaar in verhouding tot het doel.',
    ],
    en: [
      'The decision is insufficiently reasoned.',
      'I was not heard before the decision was taken.',
      'The facts have been established incorrectly.',
      'The consequences are disproportionate.',
    ],
  },
};

const GROUND_ALIASES: Record<string, string> = { dakkapel: 'vergunning', uitbouw: 'vergunning', bedrijf: 'vergunning' };
const BOUWWERK: Record<string, string> = { dakkapel: '[de dakkapel|het bouwplan]', uitbouw: '[de uitbouw|de aanbouw]', bedrijf: '[de bedrijfshal|de loods|het nieuwe gebouw]' };

const GROUND_INTROS: LBank = {
  nl: ['Mijn bezwaar is gebaseerd op de volgende gronden:', 'Gronden van bezwaar:', 'De redenen voor mijn bezwaar zijn:', 'Ik licht mijn bezwaar als volgt toe.', 'Waarom ben ik het er niet mee eens?', 'Toelichting:', 'Motivering:'],
  en: ['My grounds are as follows:', 'Grounds for objection:', 'The reasons are:'],
};

const CONCLUSIONS: LBank = {
  nl: [
    'Gelet op het voorgaande ben ik van mening dat {zaakKort} niet in stand kan blijven.',
    'Samenvattend: {zaakKort} is [onjuist|onzorgvuldig tot stand gekomen|onvoldoende gemotiveerd] en moet worden herzien.',
    'Op grond van al deze punten verzoek ik u mijn bezwaar gegrond te verklaren.',
    'Ik ga ervan uit dat u mijn bezwaar serieus en zorgvuldig zult behandelen en dat u binnen de wettelijke termijn beslist.',
  ],
  en: ['In view of the above, {zaakKort} cannot stand.', 'For all these reasons I ask you to uphold my objection.'],
};

const DEMANDS: Record<string, LBank> = {
  woz: {
    nl: ['Ik verzoek u de WOZ-waarde te verlagen naar [{wozGewenst}|een reële waarde|maximaal {wozGewenst}] en de daarop gebaseerde aanslagen dienovereenkomstig aan te passen.', 'Ik verzoek u de beschikking te herzien en de waarde opnieuw vast te stellen[, zo nodig na een inpandige opname|].'],
    en: ['I request that the WOZ value be reduced to {wozGewenst} and the related assessments adjusted.'],
  },
  GENERIC: {
    nl: [
      'Ik verzoek u [het besluit te herroepen|{zaakKort} te vernietigen|{zaakKort} te verminderen|het besluit te herzien].',
      'Ik vraag u [het bestreden besluit|uw besluit] in te trekken en een nieuw besluit te nemen [met inachtneming van dit bezwaar|dat wel recht doet aan mijn situatie].',
      'Graag zie ik dat u {zaakKort} [aanpast|corrigeert|intrekt].',
    ],
    en: ['I request that you revoke the decision.', 'Please reconsider the decision and take a new one that reflects my situation.'],
  },
};

const EXTRAS: LBank = {
  nl: [
    'Ik wil graag [worden gehoord|gebruikmaken van mijn recht om te worden gehoord] [op een hoorzitting|voordat u beslist].',
    'Ik verzoek u mij [de op de zaak betrekking hebbende stukken|alle stukken die aan het besluit ten grondslag liggen] toe te zenden.',
    'Mocht u mijn bezwaar (deels) gegrond verklaren, dan verzoek ik om vergoeding van de kosten die ik heb moeten maken.',
    'Kopieën van [de relevante stukken|mijn bewijsstukken|het besluit] voeg ik bij.',
  ],
  en: ['I would like to be heard before a decision is taken.', 'Please send me all documents underlying the decision.'],
};

const DEFERRAL: LBank = {
  nl: ['Ik verzoek u om uitstel van betaling zolang op dit bezwaar niet is beslist.', 'Graag ontvang ik uitstel van betaling tot er op mijn bezwaar is beslist.'],
  en: ['I request a deferral of payment until the objection has been decided.'],
};

const HISTORY: LBank = {
  nl: [
    'Vorig jaar heb ik ook al bezwaar gemaakt tegen een vergelijkbaar besluit. Dat bezwaar werd toen [gedeeltelijk|volledig] gegrond verklaard, maar kennelijk is daar niets mee gedaan.',
    'Op {eerdereDatum} heb ik telefonisch contact gehad met {ambtenaar}. [Die|Deze medewerker] adviseerde mij om schriftelijk bezwaar te maken, omdat het telefonisch niet kon worden opgelost.',
    'Voordat ik dit bezwaarschrift opstelde, heb ik [de stukken opgevraagd|geprobeerd het informeel op te lossen|advies gevraagd bij het Juridisch Loket]. [Dat heeft helaas niets opgeleverd.|Daar kwam ik niet verder mee.]',
    'Ik heb de brief [meerdere keren|samen met mijn [zoon|dochter|buurman]] doorgelezen en begrijp eerlijk gezegd niet hoe u tot dit besluit bent gekomen.',
    'Het besluit kwam voor mij volkomen onverwacht. Er is vooraf geen contact met mij opgenomen en er is niemand bij mij langs geweest.',
    'In de jaren dat ik hier woon, heb ik nooit eerder bezwaar gemaakt. Dat ik het nu wel doe, zegt denk ik genoeg.',
  ],
  en: [
    'Last year I objected to a similar decision, which was then upheld; apparently nothing was done with it.',
    'On {eerdereDatum} I spoke to {ambtenaar} by phone, who advised me to object in writing.',
    'The decision came as a complete surprise; nobody contacted me beforehand.',
  ],
};

/** Argumentative elaboration that follows a ground in longer letters. */
const ELABORATION: LBank = {
  nl: [
    'Ter onderbouwing voeg ik [foto\'s|een rapport|verklaringen van buren|een overzicht] bij.',
    'Dit is ook eenvoudig te controleren in uw eigen administratie.',
    'Op grond van artikel 3:2 Awb had u de relevante feiten en belangen zorgvuldig moeten onderzoeken. Dat is hier niet gebeurd.',
    'Een besluit moet berusten op een deugdelijke motivering (artikel 3:46 Awb). Daarvan is in dit geval geen sprake.',
    'Het is mij niet duidelijk waarom mijn situatie anders zou worden beoordeeld dan die van [mijn buren|vergelijkbare gevallen].',
    'Ik vraag me oprecht af of iemand de moeite heeft genomen om naar mijn situatie te kijken.',
    'Wanneer u ter plaatse komt kijken, zult u zien dat mijn bezwaar terecht is. U bent van harte welkom.',
    'Ik ben uiteraard bereid dit nader toe te lichten, zo nodig tijdens een hoorzitting.',
    'Dit punt heb ik eerder al [telefonisch|per e-mail] naar voren gebracht, maar het is bij het besluit niet meegewogen.',
    'De gevolgen hiervan zijn voor mij [aanzienlijk|niet te overzien|groter dan u lijkt te beseffen].',
    'Ik verwijs in dit verband ook naar het evenredigheidsbeginsel: de nadelige gevolgen van het besluit staan niet in verhouding tot het doel.',
    'Daar komt bij dat de informatie in uw brief op dit punt [onvolledig|tegenstrijdig|onduidelijk] is.',
    'Ik heb de indruk dat het besluit grotendeels is gebaseerd op standaardteksten, zonder dat naar de concrete situatie is gekeken.',
    'Mocht u van mening zijn dat ik op dit punt ongelijk heb, dan verzoek ik u dat uitgebreid te motiveren, zodat ik kan beoordelen of ik in beroep ga.',
    'Ik heb hierover ook advies ingewonnen bij [een deskundige|een makelaar|een jurist van mijn rechtsbijstandsverzekering], die mijn standpunt deelt.',
    'Het had op de weg van de gemeente gelegen om mij hierover eerst te informeren of te horen.',
    'Ook in eerdere jaren is dit punt [nooit|niet] aan de orde geweest, terwijl de situatie sindsdien niet is veranderd.',
    'Als u dit punt anders weegt, hoor ik graag welke feiten u daarvoor heeft gebruikt.',
  ],
  en: [
    'Supporting evidence is attached.',
    'This can easily be verified in your own records.',
    'I am happy to explain this further at a hearing.',
    'I raised this point earlier by phone, but it was not taken into account.',
  ],
};

function bureauLetter(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const bureau = rng.pick(WOZ_BUREAUS);
  c.set('bureau', bureau.name);
  const intro = c.r(
    rng.pick([
      'Namens en in opdracht van onze cliënt, {naamFormeel}, eigenaar van de onroerende zaak aan de {adres} te {woonplaats}, maken wij hierbij bezwaar tegen {zaak}.',
      'Hierbij tekenen wij, {bureau}, namens belanghebbende {naamFormeel} bezwaar aan tegen {zaak}. Een machtiging is bijgevoegd.',
      'Wij treden op als gemachtigde van {naamFormeel} (object {adres}, {postcode} {woonplaats}) en dienen hierbij een bezwaarschrift in tegen {zaak}.',
    ]),
  );
  const paras = [intro];
  const pts = c.pn(
    [
      'De vastgestelde waarde van {wozwaarde} is te hoog. Op basis van de ons bekende verkoopcijfers bedraagt de waarde op de waardepeildatum niet meer dan {wozGewenst}.',
      'De door u gehanteerde referentieobjecten zijn onvoldoende vergelijkbaar qua bouwjaar, kavelgrootte en onderhoudstoestand.',
      'Wij verzoeken u ons op grond van artikel 40 Wet WOZ het taxatieverslag, de grondstaffel en de matrix met kapitalisatiefactoren toe te zenden.',
      'Wij verzoeken om een inpandige opname van het object.',
      'Indien het bezwaar gegrond wordt verklaard, verzoeken wij om een vergoeding van de kosten van bezwaar op grond van artikel 7:15 Awb, te betalen aan ons kantoor.',
      'Wij verzoeken u de gronden te mogen aanvullen na ontvangst van de gevraagde stukken.',
      'Tevens verzoeken wij om een vergoeding van de kosten van de taxatie door een deskundige.',
    ],
    bySize(lc, [2, 3], [3, 5], [5, 7]),
  );
  paras.push(...formatPoints(lc, pts, rng.chance(0.5) ? 'Wij voeren de volgende gronden aan:' : undefined));
  paras.push(c.r('Wij verzoeken u correspondentie uitsluitend aan ons kantoor te richten[, onder vermelding van ons dossiernummer {kenmerk}|].'));
  return {
    subject: c.r(rng.pick(['Bezwaarschrift WOZ {jaar} - {adres} te {woonplaats}', 'Bezwaar WOZ-beschikking {jaar}, object {adres}', 'Ons kenmerk {kenmerk} - bezwaar WOZ {naamFormeel}'])),
    salutation: 'Geachte heer, mevrouw,',
    paragraphs: paras,
    closing: 'Met vriendelijke groet,',
    signName: `${bureau.name}`,
    signExtra: [`namens deze, ${rng.pick(['mr. J. Koster', 'drs. A. van Rijn RT', 'L. de Haas, WOZ-taxateur', 'M. Bosch, juridisch medewerker'])}`, `${bureau.city} - KvK ${bureau.kvk}`],
    fromBlock: [bureau.name, c.r('Postbus {nummer}{nummer}{nummer}'), `${bureau.city}`],
    organisation: bureau.name,
    attachments: ['machtiging', 'kopie beschikking'],
  };
}

export const composeBezwaar: Composer = (lc) => {
  const { c, rng, plan } = lc;
  // Objections that are themselves about not being able to pay or cope only occur with zorgsignaal.
  const zorgOnly = ['kwijtschelding', 'wmo_hulp', 'wmo_voorziening'];
  let matter = useMatter(c, rng, plan.topic, 'besluit');
  for (let i = 0; i < 5 && !plan.zorg && zorgOnly.includes(matter.key); i++) matter = useMatter(c, rng, plan.topic, 'besluit');
  if (!plan.zorg && zorgOnly.includes(matter.key)) matter = useMatter(c, rng, plan.topic, 'besluit', MATTERS.filter((m) => m.topic === plan.topic && !zorgOnly.includes(m.key) && m.uses.includes('besluit')).map((m) => m.key));
  if (plan.category === 'bezwaar' && matter.key === 'woz' && plan.lang === 'nl' && !plan.zorg && !plan.anti && rng.chance(0.25)) return bureauLetter(lc);
  c.set('bouwwerk', plan.lang === 'en' ? 'the new building' : c.r(BOUWWERK[matter.key] ?? 'het bouwplan'));

  const paras: string[] = [];
  paras.push(c.p(OPENINGS));
  if (plan.size !== 'short' && rng.chance(0.6)) paras.push(c.p(CONTEXT));
  if (plan.size === 'long') paras.push(...c.pn(HISTORY, rng.int(1, 2)));
  const proForma = rng.chance(plan.size === 'short' ? 0.15 : plan.size === 'medium' ? 0.05 : 0);
  if (proForma) {
    paras.push(c.p(PRO_FORMA));
  } else {
    const key = GROUND_ALIASES[matter.key] ?? matter.key;
    const ownRaw = GROUNDS[key];
    const own = ownRaw ? gated(ownRaw, plan.zorg) : undefined;
    const nOwn = bySize(lc, [1, 1], [1, 3], [4, 7]);
    let points = own ? c.pn(own, nOwn) : [];
    const nGen = own ? bySize(lc, [0, 0], [0, 1], [2, 4]) : bySize(lc, [1, 1], [2, 3], [4, 6]);
    points.push(...c.pn(GROUNDS.GENERIC as LBank, nGen));
    if (plan.size === 'long') points = points.map((p) => (rng.chance(0.85) ? `${p} ${c.pn(ELABORATION, rng.int(1, 2)).join(' ')}` : p));
    if (isAngry(lc)) {
      const line = angerLine(lc);
      insertAt(rng, points, plan.lang === 'nl' && rng.chance(0.4) ? `Ik zeg het maar eerlijk: ${line.charAt(0).toLowerCase()}${line.slice(1)}` : line, 1);
    }
    paras.push(...formatPoints(lc, points, plan.size === 'short' ? undefined : rng.chance(0.6) ? c.p(GROUND_INTROS) : undefined));
  }
  if (plan.zorg) insertAt(rng, paras, `${c.t('[Ook wil ik u iets over mijn situatie vertellen.|Daarbij komt nog iets.|Het is voor mij extra zwaar.|Ik kan dit bedrag ook echt niet missen.|||]', '[I should also mention my situation.|This comes at a very difficult time.||]')} ${distressParagraph(lc)}`.trim(), 1);
  if (plan.anti) insertAt(rng, paras, antiLine(lc), 1);
  if (isAngry(lc) && rng.chance(0.6)) paras.push(angerLine(lc) + (rng.chance(0.5) ? ` ${angerLine(lc)}` : ''));
  if (plan.size === 'long' && rng.chance(0.7)) paras.push(c.p(CONCLUSIONS));
  paras.push(c.p(DEMANDS[matter.key] ?? (DEMANDS.GENERIC as LBank)));
  if (plan.size !== 'short') {
    const extras = c.pn(EXTRAS, bySize(lc, [0, 0], [0, 2], [2, 3]));
    if (matter.uses.includes('heffing') && rng.chance(0.5)) extras.push(c.p(DEFERRAL));
    if (extras.length) paras.push(extras.join(' '));
  }
  if ((isAngry(lc) && rng.chance(0.4)) || rng.chance(0.1)) paras.push(escalationLine(lc));
  if (rng.chance(0.5)) paras.push(replyLine(lc));
  const attachments = rng.chance(0.4) ? c.pn(ATTACHMENTS, rng.int(1, 3)) : undefined;
  return { subject: c.p(SUBJECTS), paragraphs: paras, attachments };
};
