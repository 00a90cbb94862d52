/**
 * Channel wrappers: turn a Draft into the text the intake desk actually receives.
 *   email   - greeting, signature, mobile footers, disclaimers, quoted replies ("Op ... schreef ...:"), forwards
 *   webform - short, informal, sometimes the raw form dump with field labels
 *   pdf     - typed letter: sender block, recipient block, place and date, "Betreft:", closing, attachments
 *   scan    - paper letter as OCR reads it (noise applied by the generator afterwards), mail-room stamps
 */
import type { Topic } from '../../../server/taxonomy.ts';
import type { Draft, LetterCtx } from '../letter.ts';
import type { LBank } from '../template.ts';
import { CLOSINGS, REGIONAL_CLOSINGS, SALUTATIONS } from './common.ts';

export interface Wrapped {
  subject: string;
  body: string;
}

const MOBILE_FOOTERS = ['Verzonden vanaf mijn iPhone', 'Verstuurd vanaf mijn Samsung Galaxy-smartphone.', 'Verzonden met Outlook voor Android', 'Sent from my iPhone', 'Verstuurd vanaf mijn iPad', 'Verzonden vanuit Mail voor Windows', 'Get Outlook for iOS'];

const DISCLAIMERS: LBank = {
  nl: [
    'Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.',
    'De informatie in dit bericht is vertrouwelijk en kan juridisch beschermd zijn. Gebruik door anderen dan de geadresseerde is niet toegestaan.',
    '------\nDenk aan het milieu voordat u deze e-mail print.',
  ],
  en: [
    'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
    'Please consider the environment before printing this e-mail.',
  ],
};

/** Earlier messages from the municipality that senders quote in replies. Neutral on purpose. */
const MUNI_MESSAGES: LBank = {
  nl: [
    'Geachte heer/mevrouw,\n\nHartelijk dank voor uw bericht. Uw vraag is doorgestuurd naar de betreffende afdeling. Wij streven ernaar binnen tien werkdagen inhoudelijk te reageren.\n\nMet vriendelijke groet,\n\nKlantcontactcentrum gemeente {gemeente}',
    'Beste {voornaam},\n\nUw melding is geregistreerd onder nummer {zaaknummer}. U ontvangt bericht zodra er meer bekend is.\n\nMet vriendelijke groet,\n{ambtenaarNaam}\nGemeente {gemeente}',
    'Geachte {aanhefGeachte} {Achternaam},\n\nNaar aanleiding van uw telefoongesprek van {eerdereDatum} stuur ik u hierbij de gevraagde informatie. Mocht u nog vragen hebben, dan kunt u mij bereiken via 14 0{nummer}{nummer}.\n\nMet vriendelijke groet,\n\n{ambtenaarNaam}\nteam Dienstverlening',
    'Geachte heer, mevrouw,\n\nWij hebben uw brief van {eerdereDatum} in goede orde ontvangen. Deze wordt zo spoedig mogelijk in behandeling genomen.\n\nHoogachtend,\nnamens het college van burgemeester en wethouders,\n{ambtenaarNaam}',
    'Dit is een automatisch gegenereerd bericht. Wij hebben uw e-mail ontvangen. Op werkdagen reageren wij binnen 5 werkdagen. Voor spoedeisende zaken kunt u bellen met 14 0{nummer}{nummer}.',
  ],
  en: [
    'Dear Sir/Madam,\n\nThank you for your message. Your question has been forwarded to the relevant department. We aim to reply within ten working days.\n\nKind regards,\n\nCustomer Contact Centre, Municipality of {gemeente}',
    'This is an automatically generated message. We have received your e-mail and will respond within 5 working days.',
  ],
};

const RECIPIENTS: Record<Topic, readonly string[]> = {
  belastingen: ['Gemeente {gemeente}\nt.a.v. de heffingsambtenaar', 'Gemeente {gemeente}\nAfdeling Belastingen', 'Aan de heffingsambtenaar van de gemeente {gemeente}'],
  brp: ['Gemeente {gemeente}\nAfdeling Burgerzaken', 'Aan de burgemeester van {gemeente}\nt.a.v. Publiekszaken'],
  sociaal: ['Gemeente {gemeente}\nAfdeling Werk en Inkomen', 'Gemeente {gemeente}\nWmo-loket', 'Gemeente {gemeente}\nt.a.v. het sociaal wijkteam'],
  leerplicht: ['Gemeente {gemeente}\nt.a.v. de leerplichtambtenaar', 'Bureau Leerplicht\ngemeente {gemeente}'],
  vergunningen: ['Gemeente {gemeente}\nAfdeling Vergunningen', 'Aan het college van burgemeester en wethouders\nvan de gemeente {gemeente}'],
  openbare_ruimte: ['Gemeente {gemeente}\nBeheer Openbare Ruimte', 'Gemeente {gemeente}\nt.a.v. Wijkbeheer'],
  bestuur: ['Aan de gemeenteraad van {gemeente}', 'Aan de burgemeester van {gemeente}', 'Aan het college van burgemeester en wethouders\nvan de gemeente {gemeente}'],
  overig: ['Gemeente {gemeente}', 'Gemeente {gemeente}\nt.a.v. Klantcontact'],
};

function postbusLines(lc: LetterCtx): string {
  const { c, rng } = lc;
  return `Postbus ${rng.int(1, 99999)}\n${rng.int(1000, 9999)} ${rng.pick(['AA', 'AB', 'GA', 'HA', 'KA', 'MA', 'RA', 'ZA', 'EA', 'BA'])} ${c.v('gemeente').toUpperCase()}`;
}

function recipientBlock(lc: LetterCtx): string {
  const { c, rng, plan } = lc;
  let base: string;
  if (plan.category === 'woo_verzoek') base = rng.pick(['Gemeente {gemeente}\nt.a.v. de Woo-coördinator', 'Aan het college van burgemeester en wethouders\nvan de gemeente {gemeente}']);
  else if (plan.category === 'klacht') base = rng.pick(['Gemeente {gemeente}\nt.a.v. de klachtencoördinator', 'Gemeente {gemeente}\nKlachtenbehandeling']);
  else if (plan.category === 'bezwaar' && plan.topic !== 'belastingen') base = rng.pick(['Aan het college van burgemeester en wethouders\nvan de gemeente {gemeente}\nt.a.v. de commissie bezwaarschriften', 'Gemeente {gemeente}\nJuridische Zaken - bezwaar']);
  else if (plan.lang === 'en') base = rng.pick(['Municipality of {gemeente}', 'Gemeente {gemeente}\nAttn. {ambtenaar}']);
  else base = rng.pick(RECIPIENTS[plan.topic]);
  return `${c.r(base)}\n${postbusLines(lc)}`;
}

function salutation(d: Draft, lc: LetterCtx): string {
  if (d.salutation === null) return '';
  if (d.salutation !== undefined) return lc.c.r(d.salutation);
  return lc.c.r(lc.rng.pick(SALUTATIONS[lc.plan.lang][lc.profile.register]));
}

function closing(d: Draft, lc: LetterCtx): string {
  if (d.closing === null) return '';
  if (d.closing !== undefined) return lc.c.r(d.closing);
  const regional = REGIONAL_CLOSINGS[lc.profile.municipality.province];
  if (regional && lc.plan.lang === 'nl' && lc.profile.register === 'informeel' && lc.rng.chance(0.2)) return lc.rng.pick(regional);
  return lc.c.r(lc.rng.pick(CLOSINGS[lc.plan.lang][lc.profile.register]));
}

function signName(d: Draft, lc: LetterCtx): string {
  if (d.signName !== undefined) return d.signName;
  const { c, rng, profile } = lc;
  if (profile.register === 'informeel') return rng.pick([c.v('voornaam'), c.v('naam'), c.v('voornaam'), '']);
  if (profile.register === 'chaotisch') return rng.pick([c.v('naam'), c.v('naam').toUpperCase(), c.v('voornaam'), '']);
  if (profile.register === 'ouderwets' || profile.register === 'formeel') return rng.pick([c.v('naamFormeel'), c.v('naam'), `${c.v('aanhefZelf') === 'mevrouw' ? 'Mevr.' : 'Dhr.'} ${c.v('naamFormeel')}`]);
  return rng.pick([c.v('naam'), c.v('naamFormeel')]);
}

function joinBlocks(blocks: readonly (string | undefined | null | false)[]): string {
  return blocks.filter((b): b is string => typeof b === 'string' && b.trim() !== '').join('\n\n');
}

function signatureBlock(d: Draft, lc: LetterCtx, withContact: boolean): string {
  const { c, rng } = lc;
  const lines = [closing(d, lc), signName(d, lc), ...(d.signExtra ?? [])].filter((l) => l !== '');
  if (withContact && d.signName === undefined && !d.organisation) {
    if (rng.chance(0.35)) lines.push(c.v('adres'), `${c.v('postcode')} ${c.v('woonplaats')}`);
    if (rng.chance(0.4)) lines.push(rng.pick(['Tel: ', 'tel. ', 'T: ', '', 'Mobiel: ']) + c.v('telefoon'));
  }
  // closing and name on separate lines; closing may already contain a newline.
  return lines.join('\n');
}

export function wrapEmail(d: Draft, lc: LetterCtx): Wrapped {
  const { c, rng, plan } = lc;
  const core = joinBlocks([d.header?.join('\n'), salutation(d, lc), ...d.paragraphs, signatureBlock(d, lc, true)]);
  let body = core;
  if (d.attachments?.length && rng.chance(0.5)) body += `\n\n${c.t('Bijlage', 'Attachment')}${d.attachments.length > 1 ? 'n' : ''}: ${d.attachments.join(', ')}`;
  if (d.organisation && rng.chance(0.7)) body += `\n\n${c.p(DISCLAIMERS)}`;
  else if (!d.organisation && rng.chance(0.18)) body += `\n\n${rng.pick(MOBILE_FOOTERS)}`;
  let subject = d.subject;
  const mode = rng.weighted<'plain' | 'reply' | 'forward'>([['plain', 7], ['reply', plan.campaign ? 0.5 : 2], ['forward', plan.campaign ? 0.3 : 0.9]]);
  if (mode === 'reply') {
    const earlier = c.p(MUNI_MESSAGES).split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    const who = c.t('Gemeente {gemeente} <{gemeenteMail}>', 'Municipality of {gemeente} <{gemeenteMail}>');
    const head = plan.lang === 'en' ? c.r(`On {eerdereDatum}, at {tijd}, ${who} wrote:`) : c.r(`Op {eerdereDatum} om {tijd} schreef ${who}:`);
    body = `${body}\n\n${head}\n${earlier}`;
    subject = `${rng.pick(plan.lang === 'en' ? ['Re: ', 'RE: '] : ['Re: ', 'RE: ', 'Antw: ', 'Re: '])}${subject}`;
  } else if (mode === 'forward') {
    const intro = c.t(
      '[Ik stuur mijn bericht van {eerdereDatum} nogmaals door, want ik heb nog steeds niets gehoord.|Zie onderstaand bericht, graag doorsturen naar de juiste afdeling.|Deze mail stuurde ik eerder naar het verkeerde adres, hierbij opnieuw.|Nogmaals, met het verzoek om een reactie.|Ter info doorgestuurd.]',
      '[Forwarding my message of {eerdereDatum} again, as I have not heard back.|Please see below and forward to the right department.]',
    );
    const hdr = plan.lang === 'en'
      ? c.r('---------- Forwarded message ---------\nFrom: {naam} <{email}>\nDate: {eerdereDatum}\nSubject: ') + d.subject + c.r('\nTo: <{gemeenteMail}>')
      : c.r('---------- Doorgestuurd bericht ---------\nVan: {naam} <{email}>\nDatum: {eerdereDatum}\nOnderwerp: ') + d.subject + c.r('\nAan: <{gemeenteMail}>');
    body = `${intro}\n\n${signName(d, lc)}\n\n${hdr}\n\n${body}`.replace(/\n{3,}/g, '\n\n');
    subject = `${rng.pick(['Fwd: ', 'FW: ', 'Fw: ', 'Doorst: '])}${subject}`;
  }
  return { subject, body };
}

const FORM_SUBJECTS = ['Contactformulier', 'Vraag of opmerking', 'Overig', 'Bericht via website', 'vraag', 'Algemeen', 'Reactieformulier'];

export function wrapWebform(d: Draft, lc: LetterCtx): Wrapped {
  const { c, rng, plan } = lc;
  // Never drop paragraphs here: they may carry the label (a threat, a distress cue, a refusal).
  const paras = d.paragraphs;
  const msg = joinBlocks([rng.chance(0.4) ? salutation(d, lc) : '', ...paras, rng.chance(0.5) ? signatureBlock({ ...d, signExtra: undefined }, lc, false) : '']);
  const subject = rng.chance(0.25) && plan.lang === 'nl' ? rng.pick(FORM_SUBJECTS) : d.subject;
  if (rng.chance(0.45)) {
    const f = plan.lang === 'en'
      ? [`Subject: ${subject}`, `Name: ${c.v('naam')}`, `E-mail: ${c.v('email')}`, rng.chance(0.5) ? `Phone: ${c.v('telefoon')}` : '', 'Message:']
      : [`Onderwerp: ${subject}`, `Naam: ${rng.chance(0.8) ? c.v('naam') : c.v('voornaam')}`, `E-mailadres: ${c.v('email')}`, rng.chance(0.5) ? `Telefoonnummer: ${c.v('telefoon')}` : '', rng.chance(0.3) ? `Adres: ${c.v('adres')}, ${c.v('woonplaats')}` : '', rng.pick(['Uw vraag of opmerking:', 'Bericht:', 'Toelichting:', 'Uw bericht:'])];
    return { subject, body: `${f.filter(Boolean).join('\n')}\n${msg}` };
  }
  return { subject, body: msg };
}

function letterDateLine(lc: LetterCtx): string {
  const { c, rng, plan } = lc;
  if (plan.lang === 'en') return c.r(rng.pick(['{woonplaats}, {datum}', '{datum}', 'Date: {datum}']));
  return c.r(rng.pick(['{woonplaats}, {datum}', '{datum}', 'Datum: {datum}', '{woonplaats}, {datumKort}', '{woonplaats} {datumKort}']));
}

function senderBlock(d: Draft, lc: LetterCtx): string {
  const { c, rng } = lc;
  if (d.fromBlock) return d.fromBlock.join('\n');
  const lines = [rng.chance(0.6) ? c.v('naamFormeel') : c.v('naam'), c.v('adres'), `${c.v('postcode')} ${c.v('woonplaats')}`];
  if (rng.chance(0.4)) lines.push(c.v('telefoon'));
  if (rng.chance(0.3)) lines.push(c.v('email'));
  return lines.join('\n');
}

export function wrapPdf(d: Draft, lc: LetterCtx): Wrapped {
  const { c, rng, plan } = lc;
  const betreft = plan.lang === 'en' ? rng.pick(['Subject: ', 'Re: ', 'Regarding: ']) : rng.pick(['Betreft: ', 'Betreft: ', 'Onderwerp: ', 'Inzake: ', 'Betreft : ']);
  const refs: string[] = [];
  if (rng.chance(0.3)) refs.push(c.t('Uw kenmerk: {kenmerk}', 'Your reference: {kenmerk}'));
  if (rng.chance(0.15)) refs.push(c.t('Aangetekend verzonden', 'Sent by registered mail'));
  const dateFirst = rng.chance(0.5);
  const blocks = [
    d.header?.join('\n'),
    senderBlock(d, lc),
    dateFirst ? letterDateLine(lc) : undefined,
    recipientBlock(lc),
    dateFirst ? undefined : letterDateLine(lc),
    [...refs, betreft + d.subject].join('\n'),
    salutation(d, lc),
    ...d.paragraphs,
    [closing(d, lc), rng.chance(0.25) ? c.t('(handtekening)', '(signature)') : '', signName(d, lc), ...(d.signExtra ?? [])].filter(Boolean).join('\n'),
    d.attachments?.length ? `${c.t('Bijlage(n)', 'Enclosure(s)')}: ${d.attachments.join(', ')}` : undefined,
  ];
  let body = joinBlocks(blocks);
  if (plan.size === 'long' && rng.chance(0.4)) {
    // A page break in a multi-page letter.
    const parts = body.split('\n\n');
    const at = Math.floor(parts.length * 0.6);
    parts.splice(at, 0, rng.pick(['- 2 -', 'Pagina 2 van 2', '2/2', `${c.v('naamFormeel')} - ${c.v('datumKort')} - blad 2`]));
    body = parts.join('\n\n');
  }
  return { subject: d.subject, body };
}

export function wrapScan(d: Draft, lc: LetterCtx): Wrapped {
  const { c, rng, plan } = lc;
  const handwritten = lc.profile.ageGroup === 'oud' && !d.header && rng.chance(0.55);
  let body: string;
  if (handwritten) {
    // A hand-written note: place and date at the top, no formal blocks.
    body = joinBlocks([
      c.r(rng.pick(['{woonplaats}, {datum}', '{datumKort}', '{woonplaats} {datumKort}'])),
      rng.chance(0.5) ? c.t('Aan de gemeente', 'To the municipality') : undefined,
      rng.chance(0.4) ? `${c.t('Betreft', 'Re')}: ${d.subject}` : undefined,
      salutation(d, lc),
      ...d.paragraphs,
      [closing(d, lc), signName(d, lc)].filter(Boolean).join('\n'),
      rng.chance(0.5) ? `${c.v('adres')}\n${c.v('postcode')} ${c.v('woonplaats')}${rng.chance(0.5) ? `\ntel ${c.v('telefoon')}` : ''}` : undefined,
    ]);
  } else {
    body = wrapPdf(d, lc).body;
  }
  if (rng.chance(0.3)) body = `${c.r(rng.pick(['Gemeente {gemeente} - INGEKOMEN {datumKort}', 'ONTVANGEN {datumKort}', 'INGEKOMEN STUK nr. {zaaknummer}', 'Gem. {gemeente} | Post | {datumKort}']))}\n${body}`;
  if (plan.lang === 'en' && rng.chance(0.2)) body = `${body}\n\n${rng.pick(['[illegible]', '[signature]'])}`;
  return { subject: d.subject, body };
}
