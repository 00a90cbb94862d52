/**
 * klacht: complaints about conduct or service of the municipality and its staff (treatment,
 * waiting times, not being called back, rude officials, lost documents). Often angry, which is
 * fine (anti_institutioneel stays false unless the plan says otherwise).
 */
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
    'Ik werd behandeld als [een fraudeur|een crimineel|een lastpost|een nummer] terwijl ik gewoon om hulp vroeg.',
    'De eerstvolgende afspraak is pas over [zes|acht|tien] weken. Dat is voor mij [onacceptabel|echt te laat|een groot probleem].',
    'Een brief met mijn persoonlijke gegevens is [naar een verkeerd adres gestuurd|bij de buren bezorgd|met gegevens van iemand anders bij mij terechtgekomen].',
    'Mijn eerdere klacht van {eerdereDatum} is [nooit beantwoord|zonder inhoudelijke reactie afgesloten|kennelijk in een la beland].',
    'Tijdens het gesprek werd ik [waar anderen bij stonden|luid en duidelijk] aangesproken op [mijn schulden|mijn uitkering|mijn persoonlijke situatie].',
    'Het gemeentehuis is voor mij [met rolstoel|met rollator] [nauwelijks toegankelijk|niet bereikbaar]; de lift was [weer|voor de zoveelste keer] kapot.',
    'De [vuilniswagen|veegmachine|aannemer van de gemeente] heeft [mijn auto beschadigd|mijn schutting geraakt|mijn tuin vernield] en niemand voelt zich verantwoordelijk.',
    'Ik word van het kastje naar de muur gestuurd: [Belastingen verwijst naar Burgerzaken en Burgerzaken weer naar Belastingen|niemand weet wie hierover gaat].',
    'Er werd een afspraak [bij mij thuis|op het gemeentehuis] gemaakt, maar er [kwam niemand opdagen|was niemand aanwezig] en er werd niet afgebeld.',
  ],
  en: [
    'The staff member at the desk was rude and did not let me finish.',
    'I was promised a call back within two working days on {eerdereDatum}. Nobody ever called.',
    'I waited on the phone for over half an hour several times and was cut off.',
    'My e-mails of {eerdereDatum} were never answered.',
    'The documents I submitted were lost and I had to send them again.',
    'The next available appointment is in eight weeks, while I need my BSN to start working.',
    'There is no information in English on the website, although many residents do not speak Dutch.',
  ],
};

const IMPACT: LBank = {
  nl: [
    'Hierdoor [heb ik een boete gekregen|kon ik niet op tijd reageren|is mijn aanvraag vertraagd|heb ik een vrije dag moeten opnemen|kreeg ik een aanmaning].',
    'Ik heb hier [uren|dagen|weken] mee verloren.',
    'Het is [frustrerend|vernederend|zeer onprettig] om zo behandeld te worden.',
    'Ik voel mij [niet serieus genomen|aan het lijntje gehouden|totaal niet gehoord].',
    'Mijn [oude moeder|zieke vader|buurvrouw van 85] was erbij en raakte er behoorlijk van overstuur.',
    'Door deze gang van zaken [heb ik mijn vakantie moeten annuleren|kon ik mijn nieuwe baan niet op tijd starten|liep ik mijn toeslag mis].',
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

export const composeKlacht: Composer = (lc) => {
  const { c, rng, plan } = lc;
  useMatter(c, rng, plan.topic, 'dienst');
  const paras: string[] = [c.p(OPENINGS)];
  if (rng.chance(0.5)) paras.push(c.p(TOPIC_DETAILS));
  const inc = c.pn(INCIDENTS, bySize(lc, [1, 1], [1, 3], [3, 5]));
  if (plan.size === 'long' && inc.length > 2) {
    paras.push(...inc.map((s, i) => (i === 0 ? s : c.t('[En|Daar komt bij:|Ook dit nog:|Wat er verder gebeurde:|Verder:|En dan nog dit:] ', '[And|Also:|On top of that:|Furthermore:] ') + s.charAt(0).toLowerCase() + s.slice(1))));
  } else paras.push(inc.join(' '));
  if (plan.size !== 'short' || rng.chance(0.3)) paras.push(c.pn(IMPACT, bySize(lc, [1, 1], [1, 2], [1, 3])).join(' '));
  if (plan.zorg) insertAt(rng, paras, distressParagraph(lc), 1);
  if (plan.anti) insertAt(rng, paras, antiLine(lc), 1);
  if (isAngry(lc)) paras.push(angerLine(lc));
  paras.push(c.pn(DEMANDS, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  if ((isAngry(lc) && rng.chance(0.5)) || rng.chance(0.1)) paras.push(escalationLine(lc));
  if (rng.chance(0.45)) paras.push(replyLine(lc));
  return { subject: c.p(SUBJECTS), paragraphs: paras };
};
