/**
 * Polled intake channels against real peers: a shared mailbox on a real IMAP server (Debian's
 * dovecot on loopback) and a scanner folder on disk. Every message or file is taken in once,
 * moved to its processed or failed place, survives the mail server going away, and the admin
 * page's status shows runs, counts and errors.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScannerPoller } from '../../server/channels/scanner.ts';
import { startImapServer, type TestImapServer } from '../helpers/imap.ts';
import { startTestServer, waitFor, type TestServer } from '../helpers/server.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures');
// In CI a missing dovecot is a failure (.ci/run installs it); on a developer machine the mailbox tests are skipped.
const DOVECOT = fs.existsSync('/usr/sbin/dovecot');
if (!DOVECOT && process.env.CI) throw new Error('dovecot ontbreekt: .ci/run installeert dovecot-imapd');
if (!DOVECOT) console.warn('Postvak-tests overgeslagen: geen dovecot (apt-get install dovecot-imapd)');

function mail(o: { id: string; subject: string; body: string; received?: string; attachment?: { name: string; type: string; data: Buffer } }): Buffer {
  const head = [
    ...(o.received ? [`Received: ${o.received}`] : []),
    'From: "Jan de Vries" <jan.devries@voorbeeld.nl>',
    'To: post@gemeente.example',
    `Subject: ${o.subject}`,
    'Date: Mon, 23 Nov 2026 09:14:00 +0100',
    `Message-ID: <${o.id}@voorbeeld.nl>`,
    'MIME-Version: 1.0',
  ];
  if (!o.attachment) return Buffer.from([...head, 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', o.body, ''].join('\r\n'));
  const b64 = o.attachment.data.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from([
    ...head, 'Content-Type: multipart/mixed; boundary="grens"', '',
    '--grens', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', o.body, '',
    '--grens', `Content-Type: ${o.attachment.type}; name="${o.attachment.name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${o.attachment.name}"`, '', b64, '',
    '--grens--', '',
  ].join('\r\n'));
}

describe.runIf(DOVECOT)('mailbox channel (IMAP)', () => {
  let imap: TestImapServer;
  let s: TestServer;
  let sender: ImapFlow;

  const connectSender = async () => {
    sender = new ImapFlow({ host: imap.host, port: imap.port, secure: false, auth: { user: imap.user, pass: imap.password }, logger: false });
    sender.on('error', () => undefined);
    await sender.connect();
  };
  const deliver = async (raw: Buffer) => {
    if (!sender.usable) await connectSender();
    await sender.append('INBOX', raw);
  };
  const count = async (folder: string) => {
    if (!sender.usable) await connectSender();
    const st = await sender.status(folder, { messages: true });
    if (!st) throw new Error(`no status for ${folder}`);
    return st.messages ?? 0;
  };
  const letterByMessageId = (id: string) => s.database.db.selectFrom('letters').select(['id', 'channel', 'source_type', 'subject', 'body_text']).where('message_id', '=', `<${id}@voorbeeld.nl>`).execute();

  beforeAll(async () => {
    imap = await startImapServer();
    s = await startTestServer({
      maxUploadBytes: 1024 * 1024,
      mailbox: { host: imap.host, port: imap.port, secure: false, rejectUnauthorized: true, user: imap.user, password: imap.password, mailbox: 'INBOX', processedFolder: 'Verwerkt', failedFolder: 'Mislukt', pollSeconds: 60 },
    });
    await connectSender();
  });
  afterAll(async () => {
    await s?.services.channels.stop();
    await sender?.logout().catch(() => undefined);
    await s?.close();
    await imap?.close();
  });

  it('takes in each message once (by hash and by Message-ID) and moves it to the processed or failed folder', async () => {
    const pdf = fs.readFileSync(path.join(FIX, 'soeverein.pdf'));
    await deliver(mail({ id: 'woz-1', subject: 'Bezwaar WOZ-beschikking', body: 'Geachte heer, mevrouw,\n\nIk maak bezwaar tegen de WOZ-waarde van mijn woning; die is te hoog.\n\nMet vriendelijke groet,\nJan de Vries' }));
    await deliver(mail({ id: 'liab-1', subject: 'Notice of liability', body: 'Zie bijlage.', attachment: { name: 'kennisgeving.pdf', type: 'application/pdf', data: pdf } }));
    // The same message once more, delivered by another route: other Received header, same Message-ID.
    await deliver(mail({ id: 'woz-1', subject: 'Bezwaar WOZ-beschikking', received: 'from mx2.gemeente.example by imap.gemeente.example', body: 'Geachte heer, mevrouw,\n\nIk maak bezwaar tegen de WOZ-waarde van mijn woning; die is te hoog.\n\nMet vriendelijke groet,\nJan de Vries' }));
    // Too large for intake (limit 1 MB here): parked in the failed folder with the reason.
    await deliver(mail({ id: 'groot-1', subject: 'Grote bijlage', body: 'Zie bijlage.', attachment: { name: 'groot.pdf', type: 'application/pdf', data: Buffer.alloc(1536 * 1024, 7) } }));

    const r = await s.services.channels.pollNow('mailbox');
    expect(r).toMatchObject({ skipped: false, ingested: 2, duplicates: 1, failed: 1, error: null });
    expect(await count('INBOX')).toBe(0);
    expect(await count('Verwerkt')).toBe(3);
    expect(await count('Mislukt')).toBe(1);

    const woz = await letterByMessageId('woz-1');
    expect(woz).toHaveLength(1);
    expect(woz[0]).toMatchObject({ channel: 'email', source_type: 'eml', subject: 'Bezwaar WOZ-beschikking' });
    const liab = await letterByMessageId('liab-1');
    expect(liab).toHaveLength(1);
    expect(liab[0]!.body_text).toContain('levend mens van vlees en bloed'); // the PDF attachment's text
    expect(await letterByMessageId('groot-1')).toHaveLength(0);
    const files = await s.database.db.selectFrom('letter_files').select(['role', 'filename']).where('letter_id', '=', liab[0]!.id).orderBy('id').execute();
    expect(files.map((f) => f.role)).toEqual(['original', 'attachment']);

    // A second poll finds nothing new.
    expect(await s.services.channels.pollNow('mailbox')).toMatchObject({ ingested: 0, duplicates: 0, failed: 0, error: null });
  });

  it('a message stored before the connection dropped (not yet moved) is recognised, not stored twice', async () => {
    const raw = mail({ id: 'klacht-1', subject: 'Klacht over de balie', body: 'Ik ben drie keer niet teruggebeld over mijn aanvraag. Dat vind ik slecht.' });
    // As if an earlier poll stored it and lost the connection before the move.
    await s.services.intake.ingestFile({ filename: 'bericht-9.eml', bytes: raw, channel: 'email' }, null, null);
    await deliver(raw);
    expect(await s.services.channels.pollNow('mailbox')).toMatchObject({ ingested: 0, duplicates: 1, failed: 0, error: null });
    expect(await letterByMessageId('klacht-1')).toHaveLength(1);
    expect(await count('INBOX')).toBe(0);
  });

  it('survives the mail server going away: the error shows on the admin page, and polling resumes when it is back', async () => {
    const admin = (await s.userSession('admin')).cookie;
    const status = async () => {
      const res = await fetch(`${s.baseUrl}/api/admin/channels`, { headers: { cookie: admin } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { channels: { name: string; state: string; last_error: string | null; ingested: number; runs: number; configured: boolean }[] };
      return body.channels.find((c) => c.name === 'mailbox')!;
    };
    s.services.channels.start({ mailbox: 300, scanner: 60_000 });
    await imap.stop();
    const down = await waitFor(async () => { const c = await status(); return c.state === 'fout' ? c : null; }, 20_000, 'mailbox error state');
    expect(down.last_error).toMatch(/Postvak postbus@127\.0\.0\.1: /);

    await imap.start();
    await deliver(mail({ id: 'na-herstart', subject: 'Verzoek kwijtschelding', body: 'Ik kan de aanslag niet betalen en vraag om kwijtschelding.' }));
    await waitFor(async () => (await letterByMessageId('na-herstart')).length === 1, 20_000, 'message after restart');
    // The run that took it in records its count after moving it.
    const up = await waitFor(async () => { const c = await status(); return c.state === 'ok' && c.ingested === 3 ? c : null; }, 20_000, 'mailbox ok state');
    expect(up).toMatchObject({ configured: true, last_error: expect.stringMatching(/Postvak/) });
    expect(up.runs).toBeGreaterThan(3);
    await s.services.channels.stop();

    // Intake staff do not see channel status; anonymous callers must sign in.
    const intake = (await s.userSession('intake')).cookie;
    expect((await fetch(`${s.baseUrl}/api/admin/channels`, { headers: { cookie: intake } })).status).toBe(403);
    expect((await fetch(`${s.baseUrl}/api/admin/channels`)).status).toBe(401);
  });
});

describe('scanner folder channel', () => {
  let s: TestServer;
  let dir: string;
  const old = new Date(Date.now() - 60_000);
  const drop = (name: string, bytes: Buffer, settled = true) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    if (settled) fs.utimesSync(path.join(dir, name), old, old);
  };
  const ls = (sub: string) => fs.readdirSync(path.join(dir, sub)).sort();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postsignaal-scan-'));
    s = await startTestServer({ scanner: { dir, pollSeconds: 60 } });
  });
  afterAll(async () => {
    await s?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('takes each settled file in once and moves it to done/ or failed/ with the reason', async () => {
    drop('scan-001.pdf', fs.readFileSync(path.join(FIX, 'bezwaar-twee-paginas.pdf')));
    drop('scan-002.docx', Buffer.from('PK\x03\x04 dit is een Word-document', 'latin1'));
    drop('scan-003.pdf', fs.readFileSync(path.join(FIX, 'soeverein.pdf')), false); // the scanner is still writing

    const r = await s.services.channels.pollNow('scanner');
    expect(r).toMatchObject({ skipped: false, ingested: 1, duplicates: 0, failed: 1, error: null });
    expect(ls('done')).toEqual(['scan-001.pdf']);
    expect(ls('failed')).toEqual(['scan-002.docx', 'scan-002.docx.fout.txt']);
    expect(fs.readFileSync(path.join(dir, 'failed', 'scan-002.docx.fout.txt'), 'utf8')).toMatch(/wordt niet ondersteund/);
    expect(fs.existsSync(path.join(dir, 'scan-003.pdf'))).toBe(true);

    // Once settled, the last file follows; the same scan dropped again is recognised.
    fs.utimesSync(path.join(dir, 'scan-003.pdf'), old, old);
    drop('scan-001-opnieuw.pdf', fs.readFileSync(path.join(FIX, 'bezwaar-twee-paginas.pdf')));
    expect(await s.services.channels.pollNow('scanner')).toMatchObject({ ingested: 1, duplicates: 1, failed: 0 });
    expect(ls('done')).toEqual(['scan-001-opnieuw.pdf', 'scan-001.pdf', 'scan-003.pdf']);
    expect(fs.readdirSync(dir).filter((f) => !['done', 'failed', '.bezig'].includes(f))).toEqual([]);

    const letters = await s.database.db.selectFrom('letters').select(['channel', 'subject']).where('channel', '=', 'scan').execute();
    expect(letters).toHaveLength(2);

    const admin = (await s.userSession('admin')).cookie;
    const res = await fetch(`${s.baseUrl}/api/admin/channels`, { headers: { cookie: admin } });
    const { channels } = (await res.json()) as { channels: Record<string, unknown>[] };
    expect(channels.find((c) => c.name === 'scanner')).toMatchObject({ configured: true, state: 'ok', target: dir, runs: 2, ingested: 2, duplicates: 1, failed: 1 });
    expect(channels.find((c) => c.name === 'scanner')!.last_error).toMatch(/^scan-002\.docx: /);
    expect(channels.find((c) => c.name === 'mailbox')).toMatchObject({ configured: false, state: 'uit' });

    // "Poll now" from the admin page.
    drop('scan-004.pdf', fs.readFileSync(path.join(FIX, 'bezwaar-twee-paginas.pdf')).subarray(0, 900)); // truncated
    const poll = await fetch(`${s.baseUrl}/api/admin/channels/scanner/poll`, { method: 'POST', headers: { cookie: admin } });
    expect(poll.status).toBe(200);
    expect(await poll.json()).toMatchObject({ failed: 1 });
    const bad = await fetch(`${s.baseUrl}/api/admin/channels/fax/poll`, { method: 'POST', headers: { cookie: admin } });
    expect(bad.status).toBe(400);
  });

  it('two processes on one folder never take a file in twice, and a crash mid-file is recovered', async () => {
    const letters = async () => Number((await s.database.db.selectFrom('letters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await letters();
    for (let i = 0; i < 12; i++) {
      drop(`web-${i}.txt`, Buffer.from(`Geachte heer, mevrouw,\n\nDit is brief nummer ${i} over de afvalcontainer in de straat.\n\nMet vriendelijke groet`));
    }
    // A file a crashed process left half-way.
    fs.writeFileSync(path.join(dir, '.bezig', 'web-crash.txt'), 'Geachte heer, mevrouw,\n\nDeze brief bleef hangen toen de server viel.');
    fs.utimesSync(path.join(dir, '.bezig', 'web-crash.txt'), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));

    const a = createScannerPoller({ dir, intake: s.services.intake, maxBytes: 1 << 20, batch: 100 });
    const b = createScannerPoller({ dir, intake: s.services.intake, maxBytes: 1 << 20, batch: 100 });
    const [ra, rb] = await Promise.all([a.pollOnce(), b.pollOnce()]);
    expect(ra.error).toBeNull();
    expect(rb.error).toBeNull();
    expect(ra.ingested + rb.ingested).toBe(13);
    expect(ra.duplicates + rb.duplicates).toBe(0);
    expect(await letters()).toBe(before + 13);
    expect(ls('.bezig')).toEqual([]);
    expect(ls('done').filter((f) => f.startsWith('web-'))).toHaveLength(13);
  });
});
