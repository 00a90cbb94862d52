/**
 * betalingsweigering: refusal to pay a tax, levy, fine or invoice on anti-institutional or
 * pseudo-legal grounds. Always anti_institutioneel. Five structures: stamped "retour afzender",
 * conditional acceptance, accepted-for-value, plain-language refusal and the long mixed
 * declaration. Never an objection to the amount, never inability to pay (those are bezwaar and
 * regulier).
 */
import { tagBank, type LBank } from '../../template.ts';
import { useMatter } from '../topics.ts';
import {
  ACCEPTED_FOR_VALUE, AFFIDAVIT, COMPANY, CONDITIONAL, DEADLINES, FEE_SCHEDULE, LAW_DENIAL, MAXIMS, NOTICE_OF_LIABILITY,
  NO_CONTRACT, PROOF_DEMANDS, RETOUR, SOV_ADDRESSEE, SOV_HEADERS, SOV_SIGNATURES, STATUS, STRAWMAN,
} from '../sovereign.ts';
import { bySize, distressParagraph, formatPoints, insertAt, type Composer, type Draft, type LetterCtx } from '../../letter.ts';

const REFUSAL: LBank = {
  nl: [
    'Ik [weiger|weiger hierbij uitdrukkelijk] {zaak} te betalen.',
    'Ik [zal|ga] {zaak} niet betalen[, nu niet en nooit niet|, ook niet na een aanmaning of dwangbevel|].',
    'Ik betaal [deze|uw] [aanslag|rekening|boete|vordering] niet. [Punt.|Niet nu, niet later.|]',
    'Ik [erken|accepteer] {zaak} niet en zal [dan ook|daarom] niet betalen.',
    'Uw vordering ({zaak}) wordt [geweigerd|niet erkend|afgewezen] en er zal geen betaling plaatsvinden.',
    'U krijgt van mij geen cent voor {zaak}.',
    'Ik verklaar hierbij dat ik {zaak} [niet zal voldoen|als nietig beschouw] en verzoek u het dossier te sluiten.',
  ],
  en: [
    'I refuse to pay {zaak}.',
    'I will not pay {zaak}, now or ever.',
    'I do not accept {zaak} and will therefore not pay it.',
    'Your claim ({zaak}) is refused and no payment will be made.',
    'You will not receive a single cent from me for {zaak}.',
  ],
};

const PLAIN_GROUNDS: LBank = {
  nl: [
    'Ik heb nooit [een contract getekend|ergens voor getekend] met de gemeente, dus ik ben jullie niets verschuldigd.',
    'Jullie hebben geen enkel gezag over mij. Ik heb jullie nooit toestemming gegeven om mij te belasten.',
    'De gemeente is gewoon een bedrijf met een KvK-nummer. Een bedrijf kan mij geen belasting opleggen.',
    'Jullie brief is gericht aan mijn naam in hoofdletters. Dat ben ik niet, dus stuur de rekening maar naar die rechtspersoon.',
    'Belastingen zijn [diefstal|legale roof|onwettig] en ik doe daar niet meer aan mee.',
    'De wetten waarop u zich beroept gelden niet voor mij als vrij mens.',
    'Er staat geen natte handtekening onder uw aanslag. Een computer kan geen vordering hebben.',
    'U kunt niet aantonen dat er een schuldenaar-schuldeiserrelatie bestaat.',
    'Ik erken geen rechtbank, geen deurwaarder en geen gemeente.',
  ],
  en: [
    'I never signed a contract with the municipality, so I owe you nothing.',
    'You have no authority over me. I never consented to being taxed.',
    'The municipality is a corporation with a registration number. A corporation cannot tax me.',
    'Your letter is addressed to my name in capitals. That is not me; send the bill to that legal fiction.',
    'There is no wet-ink signature on your assessment. A computer cannot have a claim.',
  ],
};

const CLOSE_FILE: LBank = {
  nl: [
    'Ik beschouw deze zaak [hiermee|als] [gesloten|afgedaan].',
    'Sluit het dossier en [stuur mij geen verdere|staak alle verdere] [aanmaningen|inningsacties|correspondentie].',
    'Iedere verdere poging tot inning [beschouw ik als|is] [afpersing|fraude|een inbreuk op mijn rechten].',
    'Een eventuele deurwaarder [zal niet worden binnengelaten|wordt persoonlijk aansprakelijk gesteld].',
  ],
  en: [
    'I consider this matter closed.',
    'Close the file and cease all further collection attempts.',
    'Any further attempt to collect will be treated as fraud and extortion.',
  ],
};

const SUBJECTS: LBank = {
  nl: [
    'Weigering betaling {onderwerp}', 'RETOUR AFZENDER - {onderwerp}', 'Voorwaardelijke aanvaarding {onderwerp}', 'Accepted for value - {onderwerp}',
    'Uw aanslag {aanslagnummer}', 'Kennisgeving van weigering', 'Ik betaal niet', 'Geen contract - geen betaling', 'Re: {onderwerp}',
    'Uw zogenaamde aanslag', 'Refused for cause - {onderwerp}', 'Notice of conditional acceptance', 'Betreft uw vordering {kenmerk}',
  ],
  en: ['Refusal of payment - {onderwerp}', 'RETURN TO SENDER - {onderwerp}', 'Conditional acceptance', 'Accepted for value - {onderwerp}', 'Your so-called assessment', 'No contract - no payment', 'Refused for cause'],
};

tagBank(REFUSAL, 'refusal');
tagBank(PLAIN_GROUNDS, 'anti');

function retour(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.p(RETOUR)];
  const pts = c.pn(rng.chance(0.5) ? PLAIN_GROUNDS : NO_CONTRACT, bySize(lc, [1, 2], [2, 3], [3, 4]));
  paras.push(pts.join(' '));
  paras.push(c.p(REFUSAL));
  if (rng.chance(0.5)) paras.push(c.p(CLOSE_FILE));
  return { subject: c.p(SUBJECTS), paragraphs: paras, salutation: null, closing: null, signName: c.v('naamSoev'), signExtra: rng.chance(0.6) ? [c.p(SOV_SIGNATURES)] : undefined };
}

function conditional(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras: string[] = [];
  paras.push(c.t('Ik heb {zaak} ontvangen.', 'I have received {zaak}.'));
  paras.push(c.p(CONDITIONAL));
  paras.push(...formatPoints(lc, c.pn(PROOF_DEMANDS, bySize(lc, [2, 3], [3, 5], [5, 8])), undefined, true));
  c.tag('refusal');
  paras.push(c.t('Zolang dit bewijs niet is geleverd, [zal ik niet betalen|is er geen verplichting tot betaling|weiger ik iedere betaling].', 'Until such proof is provided, no payment will be made.'));
  if (rng.chance(0.6)) paras.push(c.p(DEADLINES));
  if (rng.chance(0.5)) paras.push(c.p(FEE_SCHEDULE));
  if (rng.chance(0.4)) paras.push(c.p(MAXIMS));
  if (lc.plan.size === 'long') insertAt(rng, paras, [STATUS, STRAWMAN, COMPANY, NO_CONTRACT, LAW_DENIAL].map((m) => c.pn(m, rng.int(1, 2)).join(' ')).join('\n\n'), 1);
  return { subject: c.p(SUBJECTS), paragraphs: paras, signName: c.v('naamSoev'), signExtra: [c.p(SOV_SIGNATURES)] };
}

function a4v(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.t('Betreft: {zaak}.', 'Re: {zaak}.'), c.p(ACCEPTED_FOR_VALUE)];
  if (rng.chance(0.6)) paras.push(c.p(STRAWMAN));
  c.tag('refusal');
  paras.push(c.t('[Er staat dus niets meer open.|Daarmee is de vordering voldaan en zal ik niets overmaken.|U hoeft dus niets meer van mij te verwachten: ik betaal niet.]', 'Nothing is outstanding; no further payment will be made.'));
  paras.push(c.p(CLOSE_FILE));
  if (lc.plan.size === 'long') paras.push(...c.pn(AFFIDAVIT, 2));
  return { subject: c.p(SUBJECTS), paragraphs: paras, signName: c.v('naamSoev'), signExtra: [c.p(SOV_SIGNATURES)], header: rng.chance(0.5) ? [c.p(SOV_HEADERS)] : undefined };
}

function plain(lc: LetterCtx): Draft {
  const { c } = lc;
  const paras: string[] = [c.p(REFUSAL)];
  const pts = c.pn(PLAIN_GROUNDS, bySize(lc, [1, 2], [2, 4], [4, 6]));
  paras.push(...(lc.plan.size === 'short' ? [pts.join(' ')] : formatPoints(lc, pts)));
  if (lc.rng.chance(0.5)) paras.push(c.p(CLOSE_FILE));
  return { subject: c.p(SUBJECTS), paragraphs: paras };
}

function declaration(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const moves = [STATUS, STRAWMAN, COMPANY, NO_CONTRACT, LAW_DENIAL, NOTICE_OF_LIABILITY, MAXIMS, AFFIDAVIT];
  const n = bySize(lc, [2, 3], [3, 5], [6, 8]);
  const paras: string[] = [];
  for (const m of rng.sample(moves, n)) paras.push(c.pn(m, lc.plan.size === 'long' ? rng.int(2, 3) : 1).join(' '));
  insertAt(rng, paras, c.p(REFUSAL), rng.int(1, paras.length));
  paras.push(c.p(FEE_SCHEDULE));
  paras.push(c.p(DEADLINES));
  return {
    subject: c.p(SUBJECTS), paragraphs: paras, salutation: rng.chance(0.5) ? null : undefined,
    header: [c.p(SOV_HEADERS), ...(rng.chance(0.6) ? [c.p(SOV_ADDRESSEE)] : [])],
    signName: c.v('naamSoev'), signExtra: c.pn(SOV_SIGNATURES, rng.int(1, 2)),
  };
}

export const composeBetalingsweigering: Composer = (lc) => {
  const { c, rng, plan } = lc;
  useMatter(c, rng, plan.topic, 'heffing');
  const shape = rng.weighted<(l: LetterCtx) => Draft>([
    [retour, plan.size === 'short' ? 3 : plan.size === 'long' ? 0 : 1],
    [conditional, plan.size === 'short' ? 0.5 : 2],
    [a4v, 1],
    [plain, plan.size === 'short' ? 3 : plan.size === 'long' ? 0.5 : 2],
    [declaration, plan.size === 'long' ? 6 : 1],
  ]);
  const d = shape(lc);
  if (plan.zorg) {
    const intro = c.t(
      '[Ik zal eerlijk zijn over waarom ik dit schrijf.|Sinds alles in mijn leven misging, ben ik gaan inzien hoe het systeem werkt.|Ik heb mijn ogen geopend toen ik alles kwijtraakte.|]',
      '[I will be honest about why I write this.|Since everything went wrong in my life I have seen how the system works.|]',
    );
    insertAt(rng, d.paragraphs, `${intro} ${distressParagraph(lc, { help: false })}`.trim(), 1);
  }
  return d;
};
