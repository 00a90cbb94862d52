/**
 * bedreiging: threats and intimidation of officials. Five structures:
 *  - direct: short angry message ending in a threat
 *  - hidden: a long, calm letter of another kind with the threat tucked in at the end
 *  - sovereign: pseudo-legal declaration with tribunal / treason / citizen's-arrest threats (anti)
 *  - rant: escalating anger about a decision, ending in an explicit or veiled threat
 *  - mobilise: calling on others / spreading home addresses
 * anti_institutioneel letters always carry sovereign or anti-institutional language; the others
 * never do (and then never use the pseudo-legal threats).
 */
import { gated, type LBank } from '../../template.ts';
import { useMatter } from '../topics.ts';
import { DESPERATE_THREAT, GRIEVANCES, HIDDEN_LEADS, THREATS, THREAT_BUILDUP, type ThreatLevel } from '../threats.ts';
import { COMPANY, LAW_DENIAL, NOTICE_OF_LIABILITY, NO_CONTRACT, SOV_HEADERS, SOV_SIGNATURES, STATUS, STRAWMAN } from '../sovereign.ts';
import { angerLine, antiLine, bySize, distressParagraph, insertAt, type Composer, type Draft, type LetterCtx } from '../../letter.ts';
import { composeBezwaar } from './bezwaar.ts';
import { composeKlacht } from './klacht.ts';
import { composeRegulier } from './regulier.ts';
import { composeWoo } from './woo.ts';

const SUBJECTS: LBank = {
  nl: [
    'Laatste waarschuwing', 'U bent gewaarschuwd', 'Dit is mijn laatste brief', 'Voor {ambtenaar}', 'Aan {wethouder}', 'Jullie besluit',
    'LAATSTE KANS', 'Afrekening', 'Uw beslissing van {besluitDatum}', '{onderwerp}', 'Re: {onderwerp}', 'Het is genoeg geweest', 'Voor de burgemeester persoonlijk',
    '!Tribunaal', '!Kennisgeving hoogverraad', '!NOTICE OF INTENT', 'Reactie op uw brief van {eerdereDatum}', 'klacht', 'vraag',
  ],
  en: ['Final warning', 'You have been warned', 'For {ambtenaar}', 'Your decision', '!Notice of treason', '!Tribunal notice', 'Re: {onderwerp}', 'Enough is enough'],
};

const OPENERS: LBank = {
  nl: [
    'Ik heb jullie brief over {zaak} gekregen.', 'Dus jullie hebben besloten tot {zaak}.', 'Weer een brief over {zaak}.', 'Wat jullie nu weer flikken met {zaak}.',
    'Dit gaat over {zaak} en over {ambtenaar}.', 'Naar aanleiding van {zaak} het volgende.', 'Ik ben klaar met jullie en met {zaak}.',
  ],
  en: ['I received your letter about {zaak}.', 'So you decided on {zaak}.', 'Another letter about {zaak}.', 'This is about {zaak} and about {ambtenaar}.'],
};

function threatLines(lc: LetterCtx, n: number): string[] {
  const { c, rng, plan } = lc;
  const levels: [ThreatLevel, number][] = plan.anti
    ? [['pseudolegal', 5], ['veiled', 2], ['explicit', 1], ['mobilise', 1]]
    : [['veiled', 4], ['explicit', 2.5], ['mobilise', plan.topic === 'bestuur' ? 2 : 0.7]];
  const out: string[] = [];
  const used = new Set<ThreatLevel>();
  for (let i = 0; i < n; i++) {
    const lvl = rng.weighted(levels);
    out.push(c.p(gated(THREATS[lvl], plan.zorg)));
    used.add(lvl);
  }
  if (plan.anti && !used.has('pseudolegal') && rng.chance(0.7)) out.push(c.p(gated(THREATS.pseudolegal, plan.zorg)));
  return out;
}

function direct(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.p(OPENERS)];
  if (rng.chance(0.6)) paras.push(c.pn(THREAT_BUILDUP, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  if (lc.plan.size !== 'short' && rng.chance(0.5)) paras.push(c.p(gated(GRIEVANCES, lc.plan.zorg)));
  paras.push(threatLines(lc, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  return { subject: c.p(gated(SUBJECTS, lc.plan.anti)), paragraphs: paras, salutation: rng.chance(0.5) ? null : undefined, closing: rng.chance(0.5) ? null : undefined };
}

function hidden(lc: LetterCtx): Draft {
  const { c, rng, plan } = lc;
  const base = rng.weighted<Composer>([[composeBezwaar, 3], [composeKlacht, 3], [composeRegulier, 2], [composeWoo, 1]]);
  // The calm part is written as that kind of letter (without its own flags); the threat follows.
  const sub: LetterCtx = { ...lc, plan: { ...plan, anti: false, size: plan.size === 'short' ? 'medium' : plan.size } };
  const d = base(sub);
  const threat = threatLines(lc, rng.int(1, 2)).join(' ');
  d.paragraphs.push(`${rng.chance(0.7) ? `${c.p(HIDDEN_LEADS)} ` : ''}${threat}`);
  return d;
}

function sovereign(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const moves = [STATUS, STRAWMAN, COMPANY, NO_CONTRACT, LAW_DENIAL, NOTICE_OF_LIABILITY];
  const paras = rng.sample(moves, bySize(lc, [1, 2], [2, 3], [5, 6])).map((m) => c.pn(m, lc.plan.size === 'long' ? rng.int(1, 3) : 1).join(' '));
  if (lc.plan.size === 'long') paras.push(...c.pn(gated(GRIEVANCES, lc.plan.zorg), rng.int(1, 3)));
  paras.push(threatLines(lc, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  return {
    subject: c.p(gated(SUBJECTS, lc.plan.anti)), paragraphs: paras, header: rng.chance(0.6) ? [c.p(SOV_HEADERS)] : undefined,
    signName: c.v('naamSoev'), signExtra: rng.chance(0.6) ? [c.p(SOV_SIGNATURES)] : undefined,
  };
}

function rant(lc: LetterCtx): Draft {
  const { c, rng, plan } = lc;
  const paras = [c.p(OPENERS)];
  if (plan.size === 'long') paras.push(...c.pn(gated(GRIEVANCES, lc.plan.zorg), rng.int(3, 5)));
  else if (plan.size === 'medium' && rng.chance(0.6)) paras.push(c.p(gated(GRIEVANCES, lc.plan.zorg)));
  const n = bySize(lc, [1, 2], [2, 3], [3, 5]);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(rng.chance(0.5) ? angerLine(lc) : c.p(THREAT_BUILDUP));
  paras.push(lines.join(' '));
  paras.push(threatLines(lc, bySize(lc, [1, 1], [1, 2], [2, 3])).join(' '));
  return { subject: c.p(gated(SUBJECTS, lc.plan.anti)), paragraphs: paras, salutation: rng.chance(0.4) ? null : undefined };
}

function mobilise(lc: LetterCtx): Draft {
  const { c, rng } = lc;
  const paras = [c.p(OPENERS), angerLine(lc), c.p(gated(THREATS.mobilise, lc.plan.zorg))];
  if (rng.chance(0.5)) paras.push(c.p(gated(THREATS.veiled, lc.plan.zorg)));
  return { subject: c.p(gated(SUBJECTS, lc.plan.anti)), paragraphs: paras, salutation: rng.chance(0.5) ? null : undefined };
}

export const composeBedreiging: Composer = (lc) => {
  const { c, rng, plan } = lc;
  useMatter(c, rng, plan.topic);
  const shape = rng.weighted<(l: LetterCtx) => Draft>(
    plan.anti
      ? [[sovereign, 5], [direct, plan.size === 'long' ? 0 : 1], [rant, 1], [hidden, plan.size === 'short' ? 0.3 : 1.5]]
      : [[direct, plan.size === 'short' ? 4 : plan.size === 'long' ? 0 : 1.5], [hidden, plan.size === 'short' ? 0.5 : 3], [rant, 2.5], [mobilise, plan.topic === 'bestuur' && plan.size !== 'long' ? 2 : 0.3]],
  );
  const d = shape(lc);
  if (plan.anti && shape !== sovereign) insertAt(rng, d.paragraphs, antiLine(lc), Math.max(0, d.paragraphs.length - 1));
  if (plan.zorg && shape !== hidden) {
    insertAt(rng, d.paragraphs, distressParagraph(lc, { help: false }), 1);
    if (rng.chance(0.5)) d.paragraphs.push(c.p(DESPERATE_THREAT));
  }
  return d;
};
