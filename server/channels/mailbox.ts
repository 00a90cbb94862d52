/**
 * channels (mailbox): polls a shared IMAP mailbox. Each poll connects, takes every message in the
 * inbox (at most `batch`), hands its raw source to intake as an e-mail (attachments, PDFs and
 * scans included) and moves it to the processed folder, or to the failed folder when intake
 * refuses it. Then it logs out.
 *
 * Idempotent: intake recognises a message already taken in by its SHA-256 and by its Message-ID,
 * so a message that was stored but not yet moved when the connection dropped is only moved on
 * the next poll. Connection loss ends the poll with an error on the channel's status; the next
 * poll connects afresh. Connecting per poll (rather than holding an IDLE connection) keeps no
 * state that a dropped connection could corrupt, at the cost of a login per minute.
 */
import { ImapFlow } from 'imapflow';
import type { MailboxConfig } from '../config.ts';
import { AppError, PayloadTooLargeError } from '../errors.ts';
import type { IntakeService } from '../intake/service.ts';
import type { ChannelPoller, PollResult } from './types.ts';

export interface MailboxOptions extends Omit<MailboxConfig, 'pollSeconds'> {
  intake: IntakeService;
  maxBytes: number;
  /** Messages per poll; the rest follow on the next poll. */
  batch?: number;
  timeoutMs?: number;
}

function describe(err: unknown): string {
  const e = err as { message?: string; responseText?: string; code?: string; authenticationFailed?: boolean };
  if (e.authenticationFailed) return 'inloggen geweigerd (controleer IMAP_USER en IMAP_PASSWORD)';
  if (e.code === 'ECONNREFUSED') return 'de mailserver weigert de verbinding';
  if (e.code === 'ETIMEDOUT' || e.code === 'ETIMEOUT') return 'de mailserver antwoordt niet (time-out)';
  if (e.code === 'NoConnection' || e.code === 'EConnectionClosed') return 'de verbinding met de mailserver is verbroken';
  return e.responseText || e.message || String(err);
}

export function createMailboxPoller(opts: MailboxOptions): ChannelPoller {
  const batch = opts.batch ?? 100;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  async function poll(): Promise<PollResult> {
    const result: PollResult = { ingested: 0, duplicates: 0, failed: 0, error: null, itemError: null };
    const client = new ImapFlow({
      host: opts.host,
      port: opts.port,
      secure: opts.secure,
      tls: { rejectUnauthorized: opts.rejectUnauthorized },
      auth: { user: opts.user, pass: opts.password },
      logger: false,
      disableAutoIdle: true,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: Math.max(timeoutMs, 60_000),
    });
    // A dropped connection also surfaces as an 'error' event; the failing command rejects too.
    client.on('error', () => undefined);
    try {
      await client.connect();
      for (const folder of [opts.processedFolder, opts.failedFolder]) await client.mailboxCreate(folder);
      const lock = await client.getMailboxLock(opts.mailbox);
      try {
        const uids = ((await client.search({ all: true }, { uid: true })) || []).slice(0, batch);
        for (const uid of uids) {
          const head = await client.fetchOne(String(uid), { size: true }, { uid: true });
          if (!head) continue; // removed meanwhile
          const name = `bericht-${uid}.eml`;
          try {
            if ((head.size ?? 0) > opts.maxBytes) {
              throw new PayloadTooLargeError(`het bericht is ${Math.round((head.size ?? 0) / 1048576)} MB; de grens is ${Math.round(opts.maxBytes / 1048576)} MB`);
            }
            const msg = await client.fetchOne(String(uid), { source: true }, { uid: true });
            if (!msg || !msg.source) continue;
            const r = await opts.intake.ingestFile({ filename: name, bytes: msg.source, channel: 'email' }, null, null);
            if (r.duplicate) result.duplicates++;
            else result.ingested++;
            await client.messageMove(String(uid), opts.processedFolder, { uid: true });
          } catch (err) {
            if (!(err instanceof AppError) || err.statusCode >= 500) throw err;
            // The message itself cannot be taken in: park it, go on with the next.
            result.failed++;
            result.itemError = `${name}: ${err.message}`;
            await client.messageMove(String(uid), opts.failedFolder, { uid: true });
          }
        }
      } finally {
        lock.release();
      }
      await client.logout();
    } catch (err) {
      result.error = `Postvak ${opts.user}@${opts.host}: ${describe(err)}`;
      client.close();
    }
    return result;
  }

  return {
    name: 'mailbox',
    target: `${opts.user}@${opts.host}:${opts.port}/${opts.mailbox}`,
    pollOnce: poll,
    async close() {},
  };
}
