/** export (repository): all SQL of the export domain — stored weekly reports and their files. */
import { sql, type Insertable, type Kysely } from 'kysely';
import type { DB, ExportsTable } from '../db/schema.ts';
import type { ExportSummary } from './types.ts';

export function createExportRepository(db: Kysely<DB>) {
  return {
    async insert(row: Insertable<ExportsTable>): Promise<number> {
      const r = await db.insertInto('exports').values(row).returning('id').executeTakeFirstOrThrow();
      return r.id;
    },

    /** Stored runs without their files; the service adds the ISO week name. */
    list(limit: number): Promise<Omit<ExportSummary, 'week'>[]> {
      return db.selectFrom('exports as e').leftJoin('users as u', 'u.id', 'e.created_by')
        .select([
          'e.id', sql<string>`to_char(e.week, 'YYYY-MM-DD')`.as('start'), 'e.source', 'e.created_at',
          'u.email as created_by', 'e.figures_sha256', 'e.pdf_sha256', 'e.csv_sha256',
        ])
        .orderBy('e.week', 'desc').orderBy('e.created_at', 'desc').limit(limit)
        .execute();
    },

    file(id: number, kind: 'pdf' | 'csv') {
      return db.selectFrom('exports')
        .select([sql<string>`to_char(week, 'YYYY-MM-DD')`.as('start'), kind === 'pdf' ? 'pdf as content' : 'csv as content', kind === 'pdf' ? 'pdf_sha256 as sha256' : 'csv_sha256 as sha256'])
        .where('id', '=', id).executeTakeFirst();
    },

    async existsForWeek(start: string, source: ExportsTable['source']): Promise<boolean> {
      const r = await db.selectFrom('exports').select('id').where('week', '=', start).where('source', '=', source).limit(1).executeTakeFirst();
      return r !== undefined;
    },

    /** Runs `fn` holding a transaction-scoped advisory lock, so one scheduled run happens per week across processes. */
    withLock<T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(72611247)`.execute(trx);
        return fn(trx);
      });
    },
  };
}
export type ExportRepository = ReturnType<typeof createExportRepository>;
