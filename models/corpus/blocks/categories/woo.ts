/**
 * woo_verzoek: requests under the Wet open overheid (Woo, formerly Wob), from residents,
 * journalists, lawyers and action groups. Sovereign Woo requests ("send me the contract I
 * consented to", "the oath of office", "the KvK registration of the municipality") stay
 * woo_verzoek but are anti_institutioneel.
 */
import type { Topic } from '../../../../server/taxonomy.ts';
import { tagBank, type LBank } from '../../template.ts';
import { useMatter } from '../topics.ts';
import { PROOF_DEMANDS, STATUS, SOV_SIGNATURES } from '../sovereign.ts';
import { angerLine, bySize, distressParagraph, formatPoints, insertAt, isAngry, replyLine, type Composer, type LetterCtx, type Draft } from '../../letter.ts';

const SUBJECTS: LBank = {
  nl: [
    'Woo-verzoek {woo}', 'Verzoek op grond van de Wet open overheid', 'Wob-verzoek', 'Woo verzoek', 'Informatieverzoek (Woo) - {woo}',
    'Verzoek om openbaarmaking {woo}', 'Woo-verzoek inzake {woo}', 'WOO', 'Verzoek openbaarmaking documenten', 'Wob/Woo-verzoek {woo}',
  ],
  en: ['Request under the Open Government Act (Woo)', 'Woo request - {woo}', 'Freedom of information request (Woo)', 'Woo request regarding {woo}'],
};

/** What is requested, per topic. Each entry sets the subject noun via {woo}. */
const TOPIC_DOCS: Record<Topic, readonly (readonly [string, string])[]> = {
  bestuur: [
    ['alle documenten over de besluitvorming rond {zaak}', 'besluitvorming {zaakKort}'],
    ['de declaraties, reiskosten en representatiekosten van de burgemeester en wethouders over {vorigjaar}', 'declaraties college'],
    ['de communicatie tussen het college en de provincie over [de herindeling|de woningbouwopgave|de opvang van asielzoekers]', 'communicatie provincie'],
    ['alle adviesrapporten van externe bureaus die de gemeente sinds {langGeledenDatum} heeft laten opstellen, inclusief de kosten', 'externe adviesrapporten'],
    ['de verslagen van het informele overleg tussen de fractievoorzitters en het college over [het nieuwe zwembad|de begroting|het vertrek van de wethouder]', 'fractievoorzittersoverleg'],
    ['de integriteitsmeldingen en onderzoeken naar [bestuurders|wethouders] in de periode {vorigjaar}-{jaar}', 'integriteitsonderzoeken'],
  ],
  vergunningen: [
    ['het volledige dossier van de omgevingsvergunning voor [het perceel naast mijn woning|de bedrijfshal aan de {straat}|het appartementencomplex in {kern}], inclusief tekeningen en adviezen', 'vergunningdossier {straat}'],
    ['de evenementenvergunning, het veiligheidsplan en het politieadvies voor [het festival in het park|de kermis|de dancefeesten op het strand]', 'evenementenvergunning'],
    ['alle handhavingsverzoeken en controleverslagen over [het bedrijf aan de {straat}|de illegale bewoning in {kern}|de geluidsoverlast van de horeca]', 'handhaving'],
    ['de correspondentie met de projectontwikkelaar over [het bouwplan in {kern}|de herontwikkeling van het stationsgebied]', 'bouwplan {kern}'],
  ],
  openbare_ruimte: [
    ['het kapplan en de ecologische rapporten voor [het {straatStem}park|de bomen langs de {straat}]', 'kapplan bomen'],
    ['de verkeerstellingen en snelheidsmetingen op de {straat} van de afgelopen drie jaar', 'verkeersmetingen {straat}'],
    ['het contract en de prestatieafspraken met de afvalinzamelaar', 'contract afvalinzameling'],
    ['de inspectierapporten van de speeltoestellen in {kern}', 'inspectie speeltuinen'],
    ['alle documenten over de plaatsing van [5G-antennes|zendmasten|de nieuwe laadpalen] in onze wijk', 'antennes en laadpalen'],
  ],
  belastingen: [
    ['de kostendekkingsberekening van de afvalstoffenheffing en de rioolheffing {jaar}', 'kostendekking heffingen'],
    ['het taxatiemodel, de kalibratie en de verkoopcijfers die zijn gebruikt voor de WOZ-waardering in {kern}', 'WOZ-taxatiemodel'],
    ['de opbrengst van parkeerboetes en naheffingsaanslagen per maand over {vorigjaar}', 'opbrengst parkeerboetes'],
    ['de contracten met de [deurwaarders|incassobureaus] die de gemeente inschakelt', 'contracten deurwaarders'],
    ['het aantal toegekende en afgewezen kwijtscheldingsverzoeken over de jaren {vorigjaar} en {jaar}', 'kwijtschelding cijfers'],
  ],
  sociaal: [
    ['alle documenten over het gebruik van [algoritmes|risicoprofielen|risicoscans] bij de controle op bijstandsfraude', 'algoritmes fraudeaanpak'],
    ['de contracten en productieafspraken met de aanbieders van jeugdhulp', 'contracten jeugdhulp'],
    ['de interne richtlijnen voor het toekennen van huishoudelijke hulp onder de Wmo', 'Wmo-richtlijnen'],
    ['het aantal terugvorderingen en boetes in de bijstand over {vorigjaar}, uitgesplitst naar reden', 'terugvorderingen bijstand'],
  ],
  brp: [
    ['het aantal adresonderzoeken en ambtshalve uitschrijvingen over {vorigjaar}', 'adresonderzoeken'],
    ['de overeenkomsten over het delen van BRP-gegevens met derden', 'gegevensdeling BRP'],
    ['alle documenten over het datalek bij de afdeling Burgerzaken van {eerdereDatum}', 'datalek Burgerzaken'],
  ],
  leerplicht: [
    ['het beleid en de interne werkinstructies voor het toekennen van extra verlof', 'verlofbeleid leerplicht'],
    ['de verzuimcijfers en het aantal processen-verbaal in {vorigjaar}', 'verzuimcijfers'],
    ['de aanbesteding en klachtenregistratie van het leerlingenvervoer', 'leerlingenvervoer'],
  ],
  overig: [
    ['de klachtenregistratie van de gemeente over {vorigjaar}', 'klachtenregistratie'],
    ['alle documenten over het monitoren van sociale media van inwoners door de gemeente', 'monitoring sociale media'],
    ['de subsidiebeschikkingen aan [stichtingen en verenigingen|evenementenorganisatoren] over {vorigjaar}', 'subsidies {vorigjaar}'],
    ['het communicatieplan en de mediacontacten rond [de gemeenteraadsverkiezingen|de reorganisatie van het ambtelijk apparaat]', 'communicatieplan'],
  ],
};

const TOPIC_DOCS_EN: Record<Topic, readonly (readonly [string, string])[]> = {
  bestuur: [['all documents on the decision-making about {zaak}', 'decision-making'], ['the expense claims of the mayor and aldermen for {vorigjaar}', 'expense claims']],
  vergunningen: [['the complete permit file for the building next to my house, including drawings and advice', 'permit file']],
  openbare_ruimte: [['the tree felling plan and ecological reports for the park near {straat}', 'tree felling plan']],
  belastingen: [['the valuation model and sales data used for the WOZ valuation in my neighbourhood', 'WOZ model']],
  sociaal: [['all documents on the use of algorithms in benefit fraud checks', 'algorithms']],
  brp: [['the agreements on sharing BRP data with third parties', 'BRP data sharing']],
  leerplicht: [['the policy on extra school leave', 'leave policy']],
  overig: [['the municipality\'s complaints register for {vorigjaar}', 'complaints register']],
};

const OPENINGS: LBank = {
  nl: [
    'Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van {docs}.',
    'Hierbij doe ik een verzoek op grond van artikel 4.1 van de Wet open overheid. Ik verzoek om {docs}.',
    'Met een beroep op de Woo (voorheen de Wob) vraag ik u om {docs}.',
    'Graag ontvang ik, op grond van de Wet open overheid, {docs}.',
    'Ik wil een Woo-verzoek indienen. Het gaat mij om {docs}.',
    'Bij dezen verzoek ik u, met toepassing van de Wet open overheid, om inzage in en afschrift van {docs}.',
    'Ik maak gebruik van mijn recht op informatie en verzoek u {docs} openbaar te maken.',
  ],
  en: [
    'Under the Open Government Act (Wet open overheid, Woo) I request disclosure of {docs}.',
    'I hereby submit a request under article 4.1 of the Woo for {docs}.',
    'Based on the Woo (formerly the Wob), I would like to receive {docs}.',
  ],
};

const WHO: Record<'journalist' | 'advocaat' | 'actiegroep' | 'burger', LBank> = {
  journalist: {
    nl: ['Ik ben [journalist|verslaggever|onderzoeksjournalist] bij {medium} en [doe onderzoek naar|schrijf een artikel over] [de {woo}|{woo}].', 'Dit verzoek doe ik in het kader van journalistiek onderzoek voor {medium}.'],
    en: ['I am a journalist at {medium} researching {woo}.'],
  },
  advocaat: {
    nl: ['Ik schrijf u namens mijn cliënt[, {naamFormeel}|], als advocaat bij {kantoor}.', 'Als gemachtigde van [mijn cliënten|de bewoners van de {straat}] verzoek ik u namens hen het volgende.'],
    en: ['I write on behalf of my client as a lawyer at {kantoor}.'],
  },
  actiegroep: {
    nl: ['Ik schrijf u namens {actiegroep}.', 'Namens {actiegroep}, waarvan ik [secretaris|voorzitter|woordvoerder] ben, dien ik dit verzoek in.'],
    en: ['I write on behalf of {actiegroep}.'],
  },
  burger: {
    nl: ['Ik woon [zelf|] aan de {straat} en [ben direct betrokken|word rechtstreeks geraakt door dit besluit].', 'Als inwoner van {gemeente} wil ik graag weten hoe dit besluit tot stand is gekomen.', 'Ik ben [gewoon|] een betrokken inwoner van {kern}.'],
    en: ['As a resident of {gemeente} I would like to understand how this decision was made.'],
  },
};

const SCOPE: LBank = {
  nl: [
    'Het verzoek betreft de periode van {langGeledenDatum} tot [heden|de datum van dit verzoek].',
    'Onder documenten versta ik ook e-mails, [WhatsApp-|sms-|Teams-]berichten, notities, memo\'s, [verslagen|agenda\'s|presentaties] en conceptversies.',
    'Het gaat [zowel om interne stukken als om|om interne stukken en om] correspondentie met externe partijen.',
    'Ik verzoek u de documenten digitaal te verstrekken, bij voorkeur als doorzoekbare pdf.',
    'Ik verzoek u bij de beslissing een inventarislijst te voegen, met per document de eventuele weigeringsgrond.',
    'Indien u dit verzoek te omvangrijk vindt, verzoek ik u [contact met mij op te nemen om het te verduidelijken|mij te helpen het te preciseren] (artikel 4.2 Woo).',
    'Ik wijs u op de beslistermijn van vier weken uit artikel 4.4 Woo.',
    'Mocht u gedeeltelijk besluiten, dan ontvang ik graag deelbesluiten, zodat ik niet hoef te wachten op het geheel.',
    'Persoonsgegevens van ambtenaren mogen wat mij betreft [worden gelakt|onleesbaar gemaakt].',
    'Ik verzoek u de stukken ook actief openbaar te maken op de website van de gemeente.',
  ],
  en: [
    'The request covers the period from {langGeledenDatum} to date.',
    'Documents include e-mails, text messages, notes, minutes and draft versions.',
    'Please provide the documents digitally, preferably as searchable pdf files, with an inventory list.',
    'I would like to point out the four-week decision period of article 4.4 Woo.',
  ],
};

const WHY: LBank = {
  nl: [
    'De [inwoners|bewoners van {kern}] hebben recht om te weten [hoe dit besluit tot stand is gekomen|welke afwegingen zijn gemaakt].',
    'Tijdens de [informatieavond|raadsvergadering] van {eerdereDatum} bleven veel vragen onbeantwoord.',
    'In de media [verschenen tegenstrijdige berichten|werd gesuggereerd dat het besluit al lang vaststond].',
    'Eerdere vragen [aan de gemeente|via het contactformulier] zijn [niet|onvoldoende] beantwoord, vandaar dit formele verzoek.',
  ],
  en: ['Residents have a right to know how this decision was made.', 'Questions asked at the information evening remained unanswered.'],
};

const BACKGROUND: LBank = {
  nl: [
    'Sinds {langGeledenDatum} houdt dit onderwerp [de buurt|veel inwoners|onze vereniging] bezig. Er gaan veel verhalen rond en juist daarom is openheid belangrijk.',
    'Op vragen van bewoners [tijdens de inloopavond|in de gemeenteraad|via de wijkwethouder] is steeds geantwoord dat er [nog niets besloten was|geen stukken bestonden|alles openbaar was]. Uit berichten in de krant blijkt dat dit niet klopt.',
    'Het gaat om een besluit met grote gevolgen voor [de leefbaarheid van onze wijk|de portemonnee van inwoners|het karakter van het dorp]. Dan mag je verwachten dat de gemeente laat zien hoe het tot stand is gekomen.',
    'Eerdere informatie op de gemeentelijke website was [summier|verouderd|tegenstrijdig] en bood geen inzicht in de afwegingen.',
    'Ik heb eerder [een informeel verzoek gedaan|raadsleden gevraagd navraag te doen], maar dat leverde [niets|alleen een verwijzing naar de website] op.',
    'Het is voor mij van belang om deze informatie te hebben voordat [de raad een besluit neemt|de termijn voor zienswijzen verloopt|de werkzaamheden starten].',
  ],
  en: [
    'This issue has been a concern in the neighbourhood since {langGeledenDatum}; openness is essential.',
    'Residents were repeatedly told that nothing had been decided, which press reports contradict.',
    'I need this information before the council takes its decision.',
  ],
};

const WOO_LEGAL: LBank = {
  nl: [
    'Ik wijs u erop dat openbaarmaking op grond van artikel 5.1 Woo alleen achterwege mag blijven als een weigeringsgrond van toepassing is, en dat u dat per document en per passage moet motiveren.',
    'Persoonlijke beleidsopvattingen in documenten voor intern beraad kunnen in niet tot personen herleidbare vorm worden verstrekt (artikel 5.2 Woo). Ik verzoek u daarvan gebruik te maken.',
    'Mocht u derde-belanghebbenden willen raadplegen, dan verzoek ik u dat zo spoedig mogelijk te doen, zodat de termijn niet onnodig wordt verlengd.',
    'Ik ben bereid het verzoek gefaseerd te laten behandelen, mits u mij een realistische planning geeft.',
    'Als u de beslistermijn verdaagt, verneem ik graag de concrete reden en de nieuwe datum.',
    'Ik verzoek u de documenten in een open, machineleesbaar formaat te verstrekken.',
    'Voor zover documenten al openbaar zijn, volstaat een verwijzing naar de vindplaats.',
    'Ik verzoek u ook de bijlagen bij e-mails mee te nemen, evenals eventuele versies die aan het college of de raad zijn voorgelegd.',
  ],
  en: [
    'Disclosure may only be refused if a ground for refusal under article 5.1 Woo applies, which must be reasoned per document.',
    'I am willing to accept a phased decision if you provide a realistic planning.',
    'Please provide the documents in an open, machine-readable format.',
  ],
};

const SOV_WOO_DOCS: LBank = {
  nl: [
    'het contract waarin ik, de levende mens, heb ingestemd met [het betalen van gemeentelijke belastingen|registratie in de BRP|uw gezag]',
    'het bewijs van aanstelling, de ambtseed en de volmacht van {ambtenaar}, die mij heeft aangeschreven',
    'de inschrijving van de gemeente {gemeente} bij de Kamer van Koophandel en bij Dun & Bradstreet, inclusief DUNS-nummer',
    'de [obligatie|bond] die bij mijn geboorte op de rechtspersoon {naamCaps} is uitgegeven, met het bijbehorende CUSIP-nummer',
    'de [verzekeringspolis|borgstelling|bond] van de ambtenaren die over mijn zaak beslissen',
    'alle documenten waaruit blijkt dat de wetten van de gemeente op mij als levend mens van toepassing zijn',
    'de originele, met natte inkt ondertekende vordering waarop {zaakKort} is gebaseerd',
  ],
  en: [
    'the contract in which I, the living being, consented to municipal taxation',
    'the oath of office and delegation of authority of {ambtenaar}, who wrote to me',
    'the registration of the municipality with Dun & Bradstreet, including the DUNS number',
    'the bond issued on the legal fiction {naamCaps} at my birth, with its CUSIP number',
  ],
};

tagBank(SOV_WOO_DOCS, 'anti');

function sovereignWoo(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const docs = c.pn(SOV_WOO_DOCS, bySize(lc, [1, 2], [2, 4], [4, 6]));
  const paras: string[] = [];
  if (rng.chance(0.5)) paras.push(c.p(STATUS));
  paras.push(
    c.t(
      '[Op grond van de Wet open overheid|Met een beroep op de Woo|Krachtens de Wet open overheid (Woo)] [verzoek|eis|vraag] ik [u om|] [openbaarmaking van|een afschrift van|toezending van] de volgende documenten:',
      'Under the Open Government Act (Woo) I request copies of the following documents:',
    ),
  );
  paras.push(...formatPoints(lc, docs, undefined, true));
  if (rng.chance(0.6)) paras.push(c.t('Als u deze documenten niet kunt overleggen, [erkent u daarmee|staat daarmee vast] dat [er geen contract bestaat|u geen enkele bevoegdheid over mij heeft].', 'If you cannot produce these documents, you thereby acknowledge that no contract exists.'));
  if (rng.chance(0.4)) paras.push(c.t('Ik wijs u op de wettelijke termijn van vier weken.', 'Note the statutory four-week deadline.'));
  if (lc.plan.zorg) insertAt(rng, paras, distressParagraph(lc), 1);
  const draft: Draft = {
    subject: c.r(rng.pick(c.lang === 'en' ? ['Woo request - proof of contract', 'Open Government Act request', 'Woo request: oath of office and contract'] : ['Woo-verzoek - bewijs van contract', 'Verzoek Woo: contract en aanstelling', 'Woo-verzoek', 'WOO VERZOEK - OVERLEG HET CONTRACT', 'Verzoek op grond van de Woo'])),
    paragraphs: paras,
    signName: c.v('naamSoev'),
  };
  if (rng.chance(0.6)) draft.signExtra = [c.p(SOV_SIGNATURES)];
  return draft;
}

export const composeWoo: Composer = (lc) => {
  const { c, rng, plan, profile } = lc;
  useMatter(c, rng, plan.topic, 'beleid');
  if (plan.anti) {
    useMatter(c, rng, plan.topic, 'heffing');
    return sovereignWoo(lc);
  }
  const pool = plan.lang === 'en' ? TOPIC_DOCS_EN[plan.topic] : TOPIC_DOCS[plan.topic];
  const n = bySize(lc, [1, 1], [1, 2], [3, 5]);
  const chosen = rng.sample(pool, n);
  const first = chosen[0];
  if (!first) throw new Error('no woo docs');
  c.set('woo', c.r(first[1]));
  const docsText = chosen.map((d) => c.r(d[0]));
  const paras: string[] = [];
  const who = profile.kind === 'journalist' || profile.kind === 'advocaat' || profile.kind === 'actiegroep' ? profile.kind : 'burger';
  if (who !== 'burger' || rng.chance(0.4)) paras.push(c.p(WHO[who]));
  if (docsText.length === 1) {
    c.set('docs', docsText[0] ?? '');
    paras.push(c.p(OPENINGS));
  } else {
    paras.push(c.t('Op grond van de Wet open overheid (Woo) verzoek ik u om openbaarmaking van de volgende documenten:', 'Under the Woo I request disclosure of the following documents:'));
    paras.push(...formatPoints(lc, docsText, undefined, true));
  }
  if (plan.size !== 'short' && rng.chance(0.5)) paras.push(c.p(WHY));
  if (plan.size === 'long') {
    insertAt(rng, paras, c.pn(BACKGROUND, rng.int(2, 3)).join(' '), who === 'burger' ? 0 : 1);
    paras.push(...c.pn(WOO_LEGAL, rng.int(2, 4)));
  }
  const scope = c.pn(SCOPE, bySize(lc, [0, 1], [1, 3], [5, 9]));
  if (scope.length) paras.push(...(rng.chance(0.5) ? [scope.join(' ')] : scope));
  if (plan.zorg) insertAt(rng, paras, distressParagraph(lc), 1);
  if (isAngry(lc)) paras.push(c.t('Transparantie is in {gemeente} blijkbaar ver te zoeken. ', 'Transparency seems hard to find in {gemeente}. ') + angerLine(lc));
  if (rng.chance(0.5)) paras.push(replyLine(lc));
  const draft: Draft = { subject: who === 'journalist' && rng.chance(0.3) ? c.r('Woo-verzoek ({medium})') : c.p(SUBJECTS), paragraphs: paras };
  if (who === 'journalist') draft.signExtra = [c.v('medium'), c.v('telefoon')];
  if (who === 'advocaat') {
    draft.signExtra = [c.r('advocaat'), c.v('kantoor')];
    draft.organisation = c.v('kantoor');
  }
  if (who === 'actiegroep') draft.signExtra = [c.v('actiegroep')];
  return draft;
};
