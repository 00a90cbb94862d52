/**
 * klacht: complaints about conduct or service of the municipality and its staff (treatment,
 * waiting times, not being called back, rude officials, lost documents). Often angry, which is
 * fine (anti_institutioneel stays false unless the plan says otherwise).
 */
import type { Topic } from '../../../../server/taxonomy.ts';
import type { LBank } from '../../template.ts';
import { useMatter } from '../topics.ts';
import { angerLine, antiLine, bySize, distressParagraph, escalationLine, insertAt, isAngry, replyLine, type Composer } from '../../letter.ts';

const SUBJECTS: LBank = {
  nl: [
    'Klacht', 'Klacht over behandeling', 'Klacht over medewerker', 'Klacht: nog steeds niet teruggebeld', 'Klacht over {zaakKort}',
    'Slechte service', 'Klacht {onderwerp}', 'Formele klacht', 'klacht!!', 'Geen reactie op mijn vragen', 'Klacht over de gang van zaken rond {onderwerp}',
    'Onbeschofte behandeling aan de balie', 'Wachttijden', 'Klacht ivm {onderwerp}', 'Ontevreden over afhandeling', 'Nogmaals: {onderwerp}',
  ],
  en: ['Complaint', 'Complaint about service', 'Complaint - no response', 'Complaint regarding {onderwerp}', 'Formal complaint about treatment'],
};

const OPENINGS: LBank = {
  nl: [
    'Hierbij wil ik een [officiële|formele|] klacht indienen over [de manier waarop ik ben behandeld|de gang van zaken rond {zaak}|een medewerker van uw gemeente|de afhandeling van {zaak}].',
    'Ik wil een klacht indienen.',
    'Helaas zie ik mij genoodzaakt een klacht in te dienen over {zaak}.',
    'Ik ben [zeer|bijzonder|enorm] ontevreden over [de behandeling die ik kreeg|de dienstverlening van uw gemeente|hoe er met {zaak} is omgegaan].',
    'Graag maak ik gebruik van de klachtenregeling om mijn ongenoegen te uiten over {zaak}.',
    'Dit is nu de [derde|vierde|zoveelste] keer dat ik contact opneem over {zaak}, en ik ben het zat.',
    'Ik schrijf u omdat ik [echt|werkelijk] geen andere uitweg meer zie.',
    'Op {eerdereDatum} [was ik aan de balie van het gemeentehuis|belde ik met uw klantcontactcentrum|had ik een afspraak] over {zaak}.',
  ],
  en: [
    'I would like to file a formal complaint about [the way I was treated|the handling of {zaak}|one of your staff].',
    'I am writing to complain about {zaak}.',
    'This is the [third|fourth] time I contact you about {zaak} and I have had enough.',
  ],
};

const INCIDENTS: LBank = {
  nl: [
    'De medewerker aan de balie was [onbeschoft|kortaf|ronduit onvriendelijk|neerbuigend] en [liet mij niet uitpraten|zuchtte hoorbaar|zei letterlijk: "daar ga ik niet over"|draaide zich gewoon om].',
    'Mij is [op {eerdereDatum}|al twee keer|meerdere keren] beloofd dat ik [binnen twee werkdagen|dezelfde week|diezelfde middag] zou worden teruggebeld. Dat is [nooit|tot op heden niet] gebeurd.',
    'Ik heb [{nummer} keer|meerdere keren|dagenlang] [in de wacht gestaan|het algemene nummer gebeld] en werd steeds [doorverbonden naar de verkeerde afdeling|na een half uur afgebroken|met een kluitje in het riet gestuurd].',
    'Op mijn e-mails van {eerdereDatum} en {langGeledenDatum} heb ik [geen enkele reactie|alleen een automatisch antwoord] ontvangen.',
    'De stukken die ik [persoonlijk heb afgegeven|heb gemaild] zijn [kwijtgeraakt|niet te vinden|nooit bij de juiste afdeling aangekomen], zodat ik alles opnieuw moest aanleveren.',
    'Ik kreeg van [twee|drie] verschillende medewerkers [drie|twee] verschillende antwoorden op dezelfde vraag.',
    'Een brief met mijn persoonlijke gegevens is [naar een verkeerd adres gestuurd|bij de buren bezorgd|met gegevens van iemand anders bij mij terechtgekomen].',
    'Mijn eerdere klacht van {eerdereDatum} is [nooit beantwoord|zonder inhoudelijke reactie afgesloten|kennelijk in een la beland].',
    'Het gemeentehuis is voor mij [met rolstoel|met rollator] [nauwelijks toegankelijk|niet bereikbaar]; de lift was [weer|voor de zoveelste keer] kapot.',
    'Ik word van het kastje naar de muur gestuurd: niemand weet wie hierover gaat.',
    'Er werd een afspraak [bij mij thuis|op het gemeentehuis] gemaakt, maar er [kwam niemand opdagen|was niemand aanwezig] en er werd niet afgebeld.',
  ],
  en: [
    'The staff member at the desk was rude and did not let me finish.',
    'I was promised a call back within two working days on {eerdereDatum}. Nobody ever called.',
    'I waited on the phone for over half an hour several times and was cut off.',
    'My e-mails of {eerdereDatum} were never answered.',
    'The documents I submitted were lost and I had to send them again.',
    'There is no information in English on the website, although many residents do not speak Dutch.',
  ],
};

/** Incidents that only make sense for one topic. */
const TOPIC_INCIDENTS: Partial<Record<Topic, LBank>> = {
  belastingen: {
    nl: ['Ik kreeg een aanmaning met [aanmaningskosten|extra kosten] terwijl ik [al lang had betaald|een betalingsregeling had afgesproken].', 'Belastingen verwijst mij naar Burgerzaken en Burgerzaken weer naar Belastingen.', 'Mijn automatische incasso is [twee keer|dubbel] afgeschreven en niemand wil het terugboeken.'],
    en: ['I received a reminder with extra costs although I had already paid.', 'My direct debit was charged twice and nobody will refund it.'],
  },
  brp: {
    nl: ['De eerstvolgende afspraak [voor een paspoort|bij Burgerzaken] is pas over [zes|acht|tien] weken. Dat is voor mij [onacceptabel|echt te laat|een groot probleem].', 'Aan de balie moest ik [drie|vier] keer terugkomen omdat er steeds een ander document ontbrak.', 'Mijn adreswijziging is [niet|verkeerd] verwerkt, waardoor mijn post nog steeds naar mijn oude adres gaat.'],
    en: ['The next available appointment is in eight weeks, while I need my BSN to start working.', 'My change of address was not processed correctly.'],
  },
  sociaal: {
    nl: ['Ik werd behandeld als [een fraudeur|een crimineel|een lastpost|een nummer] terwijl ik gewoon om hulp vroeg.', 'Tijdens het gesprek werd ik [waar anderen bij stonden|luid en duidelijk] aangesproken op [mijn uitkering|mijn persoonlijke situatie].', 'Mijn consulent is [al drie keer|steeds weer] gewisseld en elke keer moet ik mijn verhaal opnieuw doen.'],
    en: ['I was treated like a fraudster while I was simply asking for help.', 'My case worker changed three times and I had to tell my story again each time.'],
  },
  openbare_ruimte: {
    nl: ['De [vuilniswagen|veegmachine|aannemer van de gemeente] heeft [mijn auto beschadigd|mijn schutting geraakt|mijn tuin vernield] en niemand voelt zich verantwoordelijk.', 'Mijn melding via de app is [drie keer|steeds] afgesloten met "opgelost", terwijl er niets is gebeurd.'],
    en: ['A municipal contractor damaged my car and nobody takes responsibility.', 'My report in the app was closed as "solved" while nothing was done.'],
  },
  leerplicht: {
    nl: ['De leerplichtambtenaar sprak mij aan alsof ik mijn kind expres thuishoud.', 'Het leerlingenvervoer is [al weken|steeds] te laat en op mijn meldingen wordt niet gereageerd.'],
    en: ['The attendance officer spoke to me as if I keep my child at home on purpose.'],
  },
  vergunningen: {
    nl: ['Mijn aanvraag ligt al [maanden|een half jaar] stil zonder dat iemand mij laat weten waarom.', 'De behandelend ambtenaar is [niet bereikbaar|met vakantie] en er is geen vervanger.'],
    en: ['My application has been on hold for months without explanation.'],
  },
};

const IMPACT: LBank = {
  nl: [
    'Hierdoor [heb ik een boete gekregen|kon ik niet op tijd reageren|is mijn aanvraag vertraagd|heb ik een vrije dag moeten opnemen|kreeg ik een aanmaning].',
    'Ik heb hier [uren|dagen|weken] mee verloren.',
    'Het is [frustrerend|vernederend|zeer onprettig] om zo behandeld te worden.',
    'Ik voel mij [niet serieus genomen|aan het lijntje gehouden|totaal niet gehoord].',
    'Mijn [moeder van 82|vader van 85|buurvrouw van 85] was erbij en raakte er behoorlijk van overstuur.',
    'Door deze gang van zaken [heb ik mijn vakantie moeten annuleren|kon ik mijn nieuwe baan niet op tijd starten|moest ik extra kosten maken].',
  ],
  en: [
    'Because of this I [missed a deadline|had to take a day off|received a reminder fee].',
    'I feel I am not being taken seriously.',
    'It is frustrating and humiliating to be treated this way.',
  ],
};

const TOPIC_DETAILS: LBank = {
  nl: [
    'Het ging om een eenvoudige vraag over {zaak}.',
    'Ik wilde alleen weten hoe het staat met {zaak}.',
    'Wat ik wilde regelen: {zaak}. Meer niet.',
    'Het betreft {zaak}[, waarover ik eerder contact had|].',
  ],
  en: ['It was a simple question about {zaak}.', 'I only wanted to know the status of {zaak}.'],
};

/** Events for a chronological account in long complaints. */
const TIMELINE: LBank = {
  nl: [
    'Op {langGeledenDatum} heb ik [voor het eerst|de eerste keer] contact opgenomen over {zaakKort}. Mij werd verteld dat het [binnen een week|snel|zo geregeld] zou zijn.',
    'Toen ik na [drie|vier|twee] weken nog niets had gehoord, heb ik opnieuw gebeld. De medewerker kon mijn dossier [niet vinden|niet inzien] en beloofde dat iemand mij zou terugbellen.',
    'Op {eerdereDatum} ben ik [zelf naar het gemeentehuis gegaan|persoonlijk aan de balie geweest]. Daar moest ik [anderhalf uur|ruim een uur] wachten, om vervolgens te horen dat ik een afspraak had moeten maken.',
    'Daarna kreeg ik [een brief|een e-mail] waarin stond dat [mijn aanvraag onvolledig was|ik nog stukken moest aanleveren|de zaak was afgesloten], terwijl ik alles al had ingeleverd.',
    'Ik heb vervolgens [een e-mail gestuurd|het contactformulier ingevuld|een brief geschreven] met het verzoek om uitleg. Daarop kreeg ik [alleen een automatisch antwoord|geen reactie|een standaardbrief die nergens over ging].',
    'Op {verzendDatum} werd ik [eindelijk|dan toch] teruggebeld, maar [de medewerker wist van niets|het gesprek werd halverwege verbroken|ik kreeg weer een ander verhaal te horen].',
    'Inmiddels zijn we [maanden|weken] verder en is er nog steeds niets geregeld.',
    'Bij navraag bleek dat [mijn stukken nooit waren doorgestuurd|de medewerker die mijn zaak behandelde uit dienst was|er niemand verantwoordelijk was voor mijn dossier].',
  ],
  en: [
    'I first contacted you about {zaakKort} on {langGeledenDatum} and was told it would be sorted within a week.',
    'After three weeks without news I called again; nobody could find my file.',
    'On {eerdereDatum} I went to the town hall in person and waited over an hour, only to be told I needed an appointment.',
    'I then sent an e-mail asking for an explanation and only received an automatic reply.',
    'We are now weeks later and nothing has been resolved.',
  ],
};

const BACKGROUND: LBank = {
  nl: [
    'Ik ben niet iemand die snel klaagt; dit is de eerste keer dat ik een klacht indien.',
    'Ik heb begrip voor de drukte bij de gemeente en voor het tekort aan personeel, maar dit gaat te ver.',
    'Ik ben niet zo digitaal vaardig, en juist daarom ben ik afhankelijk van een goede telefonische bereikbaarheid.',
    'Ik werk [fulltime|in ploegendienst|in de zorg] en kan niet zomaar [overdag|tijdens kantooruren] vrij nemen om naar het gemeentehuis te komen.',
    'Ik heb in het verleden altijd prettig contact gehad met de gemeente, daarom verbaast dit mij des te meer.',
    'Mijn [buren|kennissen|collega\'s] hebben vergelijkbare ervaringen, dus ik sta niet alleen.',
  ],
  en: [
    'I am not someone who complains easily; this is my first complaint.',
    'I understand you are busy, but this goes too far.',
    'I work full time and cannot easily take time off to visit the town hall.',
  ],
};

const SUGGESTIONS: LBank = {
  nl: [
    'Mijn advies: zorg dat een terugbelverzoek ook echt wordt vastgelegd en opgevolgd.',
    'Het zou al enorm helpen als er één vast aanspreekpunt is, in plaats van elke keer iemand anders.',
    'Geef medewerkers de ruimte om zelf iets op te lossen, in plaats van mensen door te verwijzen.',
    'Misschien is het een idee om de openingstijden van de balie [te verruimen|ook \'s avonds open te stellen], zodat werkende mensen ook terechtkunnen.',
    'Zorg dat brieven in begrijpelijke taal zijn geschreven; nu snap ik de helft niet.',
    'Ik hoop dat deze klacht wordt gebruikt om de dienstverlening te verbeteren, zodat anderen dit niet meemaken.',
  ],
  en: [
    'My suggestion: make sure call-back requests are registered and followed up.',
    'One fixed contact person would already help a lot.',
    'Please write letters in plain language; I do not understand half of it.',
  ],
};

const DEMANDS: LBank = {
  nl: [
    'Ik verwacht [een excuus|excuses van de betreffende medewerker|een verklaring voor deze gang van zaken].',
    'Ik wil graag [door een leidinggevende|door iemand die er wél verstand van heeft] worden teruggebeld.',
    'Ik verzoek u [mijn klacht serieus te behandelen|dit met de betreffende medewerker te bespreken|ervoor te zorgen dat dit anderen niet overkomt].',
    'Ik wil [een vergoeding van de schade|dat de kosten van {bedragKlein} worden vergoed|dat de aanmaningskosten worden kwijtgescholden].',
    'Graag een gesprek met [de klachtencoördinator|de afdelingsmanager|de verantwoordelijke wethouder].',
    'Zorg er alstublieft voor dat {zaakKort} nu [eindelijk|gewoon] wordt afgehandeld.',
  ],
  en: [
    'I expect an apology and an explanation.',
    'I would like to be called back by a manager.',
    'Please make sure {zaakKort} is finally dealt with.',
    'I would like the reminder costs to be waived.',
  ],
};

/** n incidents, topic-specific ones first (when the topic has them). */
function incidents(lc: Parameters<Composer>[0], n: number): string[] {
  const { c, rng, plan } = lc;
  const own = TOPIC_INCIDENTS[plan.topic];
  const out = own && rng.chance(0.7) ? c.pn(own, rng.int(1, Math.min(2, n))) : [];
  out.push(...c.pn(INCIDENTS, n - out.length));
  return rng.shuffle(out);
}

export const composeKlacht: Composer = (lc) => {
  const { c, rng, plan } = lc;
  useMatter(c, rng, plan.topic, 'dienst');
  const paras: string[] = [c.p(OPENINGS)];
  if (!(paras[0] ?? '').includes(c.v('zaak')) && rng.chance(0.6)) paras.push(c.p(TOPIC_DETAILS));
  if (plan.size === 'long' && rng.chance(0.7)) paras.push(c.pn(BACKGROUND, rng.int(1, 2)).join(' '));
  if (plan.size === 'long' && rng.chance(0.75)) {
    paras.push(...c.po(TIMELINE, rng.int(4, 6)));
    paras.push(incidents(lc, rng.int(2, 3)).join(' '));
  } else {
    const inc = incidents(lc, bySize(lc, [1, 1], [1, 3], [3, 5]));
    if (plan.size === 'long' && inc.length > 2) {
      paras.push(...inc.map((s, i) => (i === 0 ? s : c.t('[En|Daar komt bij:|Ook dit nog:|Wat er verder gebeurde:|Verder:|En dan nog dit:] ', '[And|Also:|On top of that:|Furthermore:] ') + s.charAt(0).toLowerCase() + s.slice(1))));
    } else paras.push(inc.join(' '));
  }
  if (plan.size !== 'short' || rng.chance(0.3)) paras.push(c.pn(IMPACT, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  if (plan.size === 'long') paras.push(c.pn(SUGGESTIONS, rng.int(1, 2)).join(' '));
  if (plan.zorg) insertAt(rng, paras, distressParagraph(lc), 1);
  if (plan.anti) insertAt(rng, paras, antiLine(lc), 1);
  if (isAngry(lc)) paras.push(angerLine(lc) + (plan.size === 'long' ? ` ${angerLine(lc)}` : ''));
  paras.push(c.pn(DEMANDS, bySize(lc, [1, 1], [1, 2], [2, 4])).join(' '));
  if ((isAngry(lc) && rng.chance(0.5)) || rng.chance(0.1)) paras.push(escalationLine(lc));
  if (rng.chance(0.45)) paras.push(replyLine(lc));
  return { subject: c.p(SUBJECTS), paragraphs: paras };
};
