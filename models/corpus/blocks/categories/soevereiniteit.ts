/**
 * soevereiniteitsverklaring: pseudo-legal declarations of the sovereign movement. Always
 * anti_institutioneel. Never contains a refusal to pay (that would make it betalingsweigering)
 * and never a threat (bedreiging).
 */
import type { Topic } from '../../../../server/taxonomy.ts';
import { tagBank, type LBank } from '../../template.ts';
import { useMatter } from '../topics.ts';
import {
  AFFIDAVIT, BRP_WITHDRAWAL, COMPANY, CONDITIONAL, DEADLINES, FEE_SCHEDULE, LAW_DENIAL, MAXIMS, NOTICE_OF_LIABILITY,
  NO_CONTRACT, PROOF_DEMANDS, RETOUR, SOV_ADDRESSEE, SOV_HEADERS, SOV_SIGNATURES, STATUS, STRAWMAN,
} from '../sovereign.ts';
import { bySize, distressParagraph, formatPoints, insertAt, type Composer, type Draft, type LetterCtx } from '../../letter.ts';

const TITLES: LBank = {
  nl: ['VERKLARING VAN SOEVEREINITEIT', 'BEËDIGDE VERKLARING (AFFIDAVIT OF TRUTH)', 'KENNISGEVING VAN AANSPRAKELIJKHEID', 'KENNISGEVING VAN STATUS', 'OPENBARE VERKLARING VAN HET LEVEND MENS {!naamSoev}', 'VERKLARING VAN UITSCHRIJVING', 'VOORWAARDELIJKE AANVAARDING', 'KENNISGEVING VAN INTREKKING VAN TOESTEMMING', 'NOTICE OF LIABILITY'],
  en: ['DECLARATION OF SOVEREIGNTY', 'AFFIDAVIT OF TRUTH', 'NOTICE OF LIABILITY', 'NOTICE OF STATUS', 'PUBLIC DECLARATION OF THE LIVING BEING {!naamSoev}', 'NOTICE OF REVOCATION OF CONSENT', 'CONDITIONAL ACCEPTANCE'],
};

const SUBJECTS: LBank = {
  nl: ['Kennisgeving van status', 'Verklaring levend mens', 'Uitschrijving BRP', 'Notice of liability', 'Affidavit of truth', 'Voorwaardelijke aanvaarding uw brief van {eerdereDatum}', 'Intrekking toestemming', 'KENNISGEVING', 'Zonder prejudice', 'Verklaring', 'Aansprakelijkstelling {ambtenaar}', 'Afstand BSN', 'Re: {onderwerp}', 'Uw brief aan {naamCaps}'],
  en: ['Notice of status', 'Declaration of living being', 'Notice of liability', 'Affidavit of truth', 'Conditional acceptance of your letter of {eerdereDatum}', 'Revocation of consent', 'PUBLIC NOTICE', 'Without prejudice'],
};

/** Topic-specific declaration lines. */
const TOPIC_LINES: Record<Topic, LBank> = {
  brp: BRP_WITHDRAWAL,
  belastingen: {
    nl: [
      'Uw heffingsambtenaar heeft geen bevoegdheid om de levende mens aan te schrijven; richt uw administratie uitsluitend op de rechtspersoon.',
      'Ik verbied u mijn naam te gebruiken in uw [belastingadministratie|WOZ-register|debiteurenadministratie] zonder mijn schriftelijke toestemming.',
      'Het gebruik van de naam {naamCaps} in uw systemen is een [handelsmerk|eigendom] van mij; voor elk gebruik geldt mijn tarievenlijst.',
    ],
    en: ['Your tax collector has no authority to address the living being; direct your administration to the legal fiction only.', 'I forbid you to use my name in your tax records without my written consent.'],
  },
  leerplicht: {
    nl: [
      'Mijn kinderen zijn levende mensen en geen eigendom van de Staat of van uw onderneming.',
      'Ik trek hierbij de toestemming in voor de registratie van mijn kinderen in uw systemen.',
      'De Leerplichtwet is een bedrijfsregel die alleen geldt voor wie daarmee heeft ingestemd. Ik heb dat nooit gedaan.',
      'Als ouder en levend mens ben ik de enige autoriteit over de opvoeding van mijn kinderen.',
    ],
    en: ['My children are living beings, not property of the State.', 'I revoke consent for the registration of my children in your systems.'],
  },
  sociaal: {
    nl: [
      'Ik beëindig hierbij ieder contract dat de rechtspersoon {naamCaps} met uw sociale dienst zou hebben gesloten.',
      'Ik ben geen "cliënt" en geen "uitkeringsgerechtigde"; dat zijn handelsbegrippen voor rechtspersonen.',
      'Uw "Participatiewet" is op de levende mens niet van toepassing.',
    ],
    en: ['I terminate any contract the legal fiction {naamCaps} may have with your social services.'],
  },
  vergunningen: {
    nl: [
      'Het land waarop mijn woning staat is [private grond|mijn eigendom onder natuurrecht]; een bedrijf kan mij daar geen vergunning voor opleggen.',
      'Uw "handhavingsbrief" wordt door mij voorwaardelijk aanvaard, zoals hieronder omschreven.',
      'Ik heb geen vergunning nodig van een onderneming om te bouwen op mijn eigen land.',
    ],
    en: ['The land my house stands on is private land under natural law; a corporation cannot require a permit.'],
  },
  bestuur: {
    nl: [
      'Aan de burgemeester en alle raadsleden: u handelt als agenten van een private onderneming en bent daarvoor persoonlijk aansprakelijk.',
      'De gemeenteraad heeft geen mandaat van mij en kan mij niets opleggen.',
      'Ik verzoek de burgemeester zijn of haar ambtseed en de volmacht van de Kroon te overleggen.',
    ],
    en: ['To the mayor and all council members: you act as agents of a private corporation and are personally liable.'],
  },
  openbare_ruimte: {
    nl: ['De weg voor mijn huis is van het volk, niet van de gemeente B.V.', 'Uw "boa\'s" zijn particuliere beveiligers van een bedrijf en hebben geen bevoegdheid over levende mensen.'],
    en: ['Your enforcement officers are private security guards of a corporation and have no authority over living beings.'],
  },
  overig: {
    nl: ['Ik trek alle toestemmingen in die ooit namens mij, bewust of onbewust, aan de gemeente zijn gegeven.', 'Alle correspondentie dient te worden gericht aan {naamSoev}, levend mens, c/o {adres}, [nabij|near] {postcode} {woonplaats}.'],
    en: ['I revoke all consents ever given on my behalf to the municipality.'],
  },
};

tagBank(TITLES, 'anti');
for (const b of Object.values(TOPIC_LINES)) tagBank(b, 'anti');

function moves(topic: Topic): LBank[] {
  return [STATUS, STRAWMAN, COMPANY, NO_CONTRACT, LAW_DENIAL, NOTICE_OF_LIABILITY, MAXIMS, AFFIDAVIT, TOPIC_LINES[topic]];
}

function fullDeclaration(lc: LetterCtx): Draft {
  const { c, rng, plan } = lc;
  const n = bySize(lc, [2, 3], [3, 5], [7, 10]);
  const chosen = rng.sample(moves(plan.topic), n);
  if (!chosen.includes(STATUS)) chosen.unshift(STATUS);
  const clauses = chosen.map((m) => c.pn(m, plan.size === 'long' ? rng.int(2, 3) : plan.size === 'medium' ? rng.int(1, 2) : 1).join(' '));
  const paras: string[] = [];
  if (rng.chance(0.6)) paras.push(c.p(TITLES));
  paras.push(...(rng.chance(0.5) ? formatPoints(lc, clauses) : clauses));
  if (plan.size !== 'short' || rng.chance(0.4)) paras.push(c.p(FEE_SCHEDULE));
  paras.push(c.p(DEADLINES));
  return {
    subject: c.p(SUBJECTS), paragraphs: paras, salutation: rng.chance(0.5) ? null : undefined,
    header: rng.chance(0.7) ? [c.p(SOV_HEADERS), ...(rng.chance(0.6) ? [c.p(SOV_ADDRESSEE)] : [])] : undefined,
    signName: c.v('naamSoev'), signExtra: c.pn(SOV_SIGNATURES, rng.int(1, 3)),
    fromBlock: [c.v('naamSoev'), c.r('[c/o|p/a|per adres] {adres}'), c.r('[nabij|near|[{postcode}]] {woonplaats}'), c.r('[Niet-ingezetene|Geen BSN|Non-domestic|zonder postcode]')],
  };
}

function shortNotice(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.p(STATUS), c.p(rng.chance(0.5) ? STRAWMAN : NO_CONTRACT)];
  if (rng.chance(0.5)) paras.push(c.p(TOPIC_LINES[lc.plan.topic]));
  paras.push(c.t('[Stuur geen post meer aan {naamCaps}.|Ik verzoek u uw administratie hierop aan te passen.|Neem hiervan kennis.|Richt u voortaan tot mij als levend mens.]', '[Do not send any more mail to {naamCaps}.|Take notice.|Adjust your records accordingly.]'));
  return { subject: c.p(SUBJECTS), paragraphs: paras, signName: c.v('naamSoev'), signExtra: rng.chance(0.5) ? [c.p(SOV_SIGNATURES)] : undefined };
}

function conditionalAcceptance(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.t('Ik heb uw brief van {eerdereDatum} over {zaakKort} ontvangen, gericht aan {naamCaps}.', 'I received your letter of {eerdereDatum} about {zaakKort}, addressed to {naamCaps}.'), c.p(CONDITIONAL)];
  paras.push(...formatPoints(lc, c.pn(PROOF_DEMANDS, bySize(lc, [2, 3], [3, 5], [5, 8])), undefined, true));
  paras.push(c.p(DEADLINES));
  if (rng.chance(0.5)) paras.push(c.p(AFFIDAVIT));
  if (rng.chance(0.4)) paras.push(c.p(FEE_SCHEDULE));
  return { subject: c.p(SUBJECTS), paragraphs: paras, signName: c.v('naamSoev'), signExtra: [c.p(SOV_SIGNATURES)] };
}

function affidavit(lc: LetterCtx): Draft {
  const { c, rng, plan } = lc;
  const L = plan.size === 'long';
  const statements = [
    ...c.pn(STATUS, L ? rng.int(2, 3) : 1), ...c.pn(NO_CONTRACT, rng.int(1, L ? 3 : 2)), ...c.pn(COMPANY, rng.int(L ? 1 : 0, 2)), ...c.pn(TOPIC_LINES[plan.topic], rng.int(1, L ? 3 : 2)),
    ...c.pn(LAW_DENIAL, L ? rng.int(2, 3) : rng.int(0, 1)), ...c.pn(STRAWMAN, rng.int(L ? 1 : 0, 2)), ...(L ? c.pn(MAXIMS, rng.int(1, 2)) : []),
  ];
  const paras = [c.t('AFFIDAVIT OF TRUTH / BEËDIGDE VERKLARING', 'AFFIDAVIT OF TRUTH'), c.t('Ik, {naamSoev}, verklaar het volgende:', 'I, {naamSoev}, declare the following:')];
  paras.push(statements.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  paras.push(...c.pn(AFFIDAVIT, rng.int(1, 3)));
  return { subject: c.t('Affidavit of truth', 'Affidavit of truth'), paragraphs: paras, salutation: null, signName: c.v('naamSoev'), signExtra: c.pn(SOV_SIGNATURES, rng.int(1, 2)), header: rng.chance(0.5) ? [c.p(SOV_HEADERS)] : undefined };
}

function liability(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.t('NOTICE OF LIABILITY / AANSPRAKELIJKSTELLING', 'NOTICE OF LIABILITY'), ...c.pn(NOTICE_OF_LIABILITY, bySize(lc, [1, 2], [2, 3], [3, 5]))];
  paras.push(c.p(rng.chance(0.5) ? COMPANY : NO_CONTRACT));
  if (lc.plan.size === 'long') paras.push(...[STATUS, STRAWMAN, LAW_DENIAL, MAXIMS, AFFIDAVIT].map((m) => c.pn(m, rng.int(1, 2)).join(' ')));
  paras.push(...c.pn(FEE_SCHEDULE, bySize(lc, [1, 1], [1, 2], [2, 4])));
  paras.push(c.p(DEADLINES));
  return { subject: c.p(SUBJECTS), paragraphs: paras, signName: c.v('naamSoev'), signExtra: [c.p(SOV_SIGNATURES)], header: [c.p(SOV_ADDRESSEE)] };
}

function returned(lc: LetterCtx): Draft {
  // A letter from the municipality sent back with a stamp and a note, without payment context.
  const { c } = lc;
  const paras = [c.p(RETOUR), c.p(STRAWMAN), c.p(lc.rng.chance(0.5) ? STATUS : COMPANY)];
  return { subject: c.p(SUBJECTS), paragraphs: paras, salutation: null, closing: null, signName: c.v('naamSoev') };
}

export const composeSoevereiniteit: Composer = (lc) => {
  const { c, rng, plan } = lc;
  const matter = useMatter(c, rng, plan.topic, plan.topic === 'belastingen' ? 'vraag' : undefined);
  // A returned assessment would be a payment refusal: only non-payment matters get "retour".
  const canReturn = !matter.uses.includes('heffing');
  const shape = rng.weighted<(l: LetterCtx) => Draft>([
    [fullDeclaration, plan.size === 'long' ? 5 : 2],
    [shortNotice, plan.size === 'short' ? 4 : plan.size === 'long' ? 0 : 1],
    [conditionalAcceptance, matter.uses.includes('heffing') ? 0 : 1.5],
    [affidavit, 1.5],
    [liability, 1.5],
    [returned, canReturn && plan.size === 'short' ? 1.5 : 0],
  ]);
  const d = shape(lc);
  if (plan.topic === 'brp' && rng.chance(0.7)) insertAt(rng, d.paragraphs, c.pn(BRP_WITHDRAWAL, bySize(lc, [1, 1], [1, 3], [2, 4])).join(' '), 1);
  if (plan.zorg) {
    const intro = c.t('[Ik heb de waarheid pas ontdekt toen ik alles verloor.|Ik schrijf dit omdat uw systeem mij kapot heeft gemaakt.|Sinds ik ziek ben geworden heb ik tijd gehad om de waarheid te onderzoeken.|]', '[I only discovered the truth when I lost everything.|I write this because your system has destroyed me.|]');
    insertAt(rng, d.paragraphs, `${intro} ${distressParagraph(lc, { help: false })}`.trim(), 1);
  }
  return d;
};
