import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Actor } from './types.ts';

export interface AuditEntry {
  actor: Actor | null;
  action: string;
  entityType?: string;
  entityId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/**
 * Writes to the append-only audit_log. Pass the transaction that makes the change, so the
 * change and its audit entry are stored together or not at all.
 */
export async function writeAudit(db: Kysely<DB>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      user_id: e.actor?.id ?? null,
      user_email: e.actor?.email ?? null,
      user_role: e.actor?.role ?? null,
      action: e.action,
      entity_type: e.entityType ?? null,
      entity_id: e.entityId ?? null,
      details: JSON.stringify(e.details ?? {}),
      ip: e.ip ?? null,
    })
    .execute();
}
