/**
 * channels routes: the status of every intake channel (admin page) and "poll now", admins only.
 * Targets show the mailbox user and host or the folder, never a password.
 */
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { DB } from '../db/schema.ts';
import type { App } from '../http.ts';
import type { ChannelService } from './service.ts';

export function channelRoutes(app: App, deps: { channels: ChannelService; db: Kysely<DB> }): void {
  const { channels, db } = deps;

  app.get('/api/admin/channels', { config: { access: ['admin'] } }, async () => ({ channels: await channels.status() }));

  app.post('/api/admin/channels/:name/poll', {
    config: { access: ['admin'] },
    schema: { params: Type.Object({ name: Type.Union([Type.Literal('mailbox'), Type.Literal('scanner')]) }) },
  }, async (request) => {
    const outcome = await channels.pollNow(request.params.name);
    await writeAudit(db, { actor: request.actor!, action: 'channel.poll', entityType: 'channel', entityId: request.params.name, ip: request.ip, details: outcome.skipped ? { skipped: true } : { ingested: outcome.ingested, duplicates: outcome.duplicates, failed: outcome.failed, error: outcome.error !== null } });
    return outcome;
  });
}
