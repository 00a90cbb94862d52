/**
 * review: the intake desk's queue and actions (confirm, correct, note, handled), template
 * campaigns and threat alerts. The model advises, a person decides: a correction changes the
 * letter's current labels and routing, never the model's stored classification.
 */
import type { Kysely } from 'kysely';
import { writeAudit } from '../auth/audit.ts';
import type { Actor } from '../auth/types.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import type { JobsRepository } from '../jobs/repository.ts';
import type { RoutingService } from '../routing/service.ts';
import { isDepartment, type Category, type Department, type Topic } from '../taxonomy.ts';
import { letterFingerprint, signatureSimilarity } from './near-duplicates.ts';
import type { QueueCursor, QueueFilter, ReviewRepository } from './repository.ts';

export interface Correction {
  category?: Category | undefined;
  anti_institutioneel?: boolean | undefined;
  zorgsignaal?: boolean | undefined;
  topic?: Topic | undefined;
  /** A department chosen by a person overrides the rules (recorded as rule 'handmatig'). */
  department?: Department | undefined;
  cc?: Department[] | undefined;
  note?: string | undefined;
}

/** Estimated Jaccard of word 5-gram shingles from which two letters share a template. */
const CAMPAIGN_SIMILARITY = 0.5;

export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.threat ? 1 : 0, c.receivedAt, c.id])).toString('base64url');
}

export function decodeCursor(s: string): QueueCursor {
  try {
    const [t, r, id] = JSON.parse(Buffer.from(s, 'base64url').toString()) as [number, string, string];
    if (typeof r !== 'string' || typeof id !== 'string' || Number.isNaN(new Date(r).getTime())) throw new Error();
    return { threat: t === 1, receivedAt: r, id };
  } catch {
    throw new BadRequestError('Ongeldige cursor; begin opnieuw bij de eerste pagina.');
  }
}

export function createReviewService(deps: { db: Kysely<DB>; repo: ReviewRepository; routing: RoutingService; jobs: JobsRepository; config: Config }) {
  const { db, repo, routing, jobs } = deps;

  async function act<T>(letterId: string, actor: Actor, ip: string | null, fn: (trx: Kysely<DB>, current: NonNullable<Awaited<ReturnType<ReviewRepository['currentLabels']>>>) => Promise<T>): Promise<T> {
    return db.transaction().execute(async (trx) => {
      const current = await repo.currentLabels(trx, letterId);
      if (!current) throw new NotFoundError(`Brief ${letterId} bestaat niet.`);
      if (current.status === 'received' || !current.category) throw new ConflictError('Deze brief is nog niet geclassificeerd; probeer het zo opnieuw.');
      void ip;
      return fn(trx, current);
    });
  }

  return {
    async queue(f: QueueFilter, pageSize: number, cursor: string | undefined, actor: Actor, ip: string | null) {
      const r = await repo.queue(f, pageSize, cursor ? decodeCursor(cursor) : undefined);
      const more = r.items.length > pageSize;
      const items = r.items.slice(0, pageSize);
      const last = items.at(-1);
      await writeAudit(db, { actor, action: 'review.queue_viewed', entityType: 'letter', details: { view: f.view, count: items.length, ids: items.map((i) => i.id) }, ip });
      return { items, total: r.total, nextCursor: more && last ? encodeCursor({ threat: last.threat_flag, receivedAt: last.received_at.toISOString(), id: last.id }) : null };
    },

    confirm(letterId: string, actor: Actor, ip: string | null, note?: string) {
      return act(letterId, actor, ip, async (trx, cur) => {
        await repo.setReviewStatus(trx, letterId, 'confirmed');
        await repo.insertReview(trx, { letterId, userId: actor.id, action: 'confirm', after: { category: cur.category, topic: cur.topic, anti_institutioneel: cur.anti_institutioneel, zorgsignaal: cur.zorgsignaal, department: cur.department }, note: note ?? null });
        await writeAudit(trx, { actor, action: 'review.confirm', entityType: 'letter', entityId: letterId, ip });
        return { review_status: 'confirmed' as const };
      });
    },

    correct(letterId: string, c: Correction, actor: Actor, ip: string | null) {
      return act(letterId, actor, ip, async (trx, cur) => {
        const before = { category: cur.category, topic: cur.topic, anti_institutioneel: cur.anti_institutioneel, zorgsignaal: cur.zorgsignaal, department: cur.department, cc: cur.cc };
        let category = (c.category ?? cur.category) as Category;
        const labels = {
          category,
          topic: (c.topic ?? cur.topic) as Topic,
          anti_institutioneel: c.anti_institutioneel ?? cur.anti_institutioneel ?? false,
          zorgsignaal: c.zorgsignaal ?? cur.zorgsignaal ?? false,
        };
        if ((category === 'betalingsweigering' || category === 'soevereiniteitsverklaring') && !labels.anti_institutioneel) {
          throw new BadRequestError('Een betalingsweigering of soevereiniteitsverklaring is altijd anti-institutioneel (taxonomie §2). Kies een andere categorie of zet het signaal aan.');
        }
        category = labels.category;
        const changedLabels = labels.category !== cur.category || labels.topic !== cur.topic || labels.anti_institutioneel !== cur.anti_institutioneel || labels.zorgsignaal !== cur.zorgsignaal;
        if (!changedLabels && !c.department && !c.cc) throw new BadRequestError('Er is niets gewijzigd. Gebruik "Bevestigen" als het voorstel klopt.');
        await repo.setLabels(trx, letterId, labels);
        let department: string;
        let cc: string[];
        let rule: string;
        if (c.department) {
          if (!isDepartment(c.department)) throw new BadRequestError(`Onbekende afdeling "${c.department}".`);
          // A person's choice of department overrides the rules; copies follow the rules unless given.
          const ruled = await routing.decide(trx, labels);
          const dep = c.department;
          department = dep;
          cc = (c.cc ?? ruled.cc).filter((d) => d !== dep);
          rule = 'handmatig';
          await routing.storeManual(trx, { letterId, department: dep, cc: cc as Department[], ruleVersion: ruled.ruleVersion, actorId: actor.id });
        } else {
          const r = await routing.routeAndStore(trx, { letterId, labels, classificationId: null, source: 'review', actorId: actor.id });
          department = r.department;
          cc = r.cc;
          rule = r.ruleKey;
        }
        const after = { ...labels, department, cc };
        await repo.insertReview(trx, { letterId, userId: actor.id, action: 'correct', before, after, note: c.note ?? null });
        await writeAudit(trx, { actor, action: 'review.correct', entityType: 'letter', entityId: letterId, details: { before, after, rule }, ip });
        return { review_status: 'corrected' as const, ...after, rule };
      });
    },

    note(letterId: string, note: string, actor: Actor, ip: string | null) {
      const text = note.trim();
      if (!text) throw new BadRequestError('Een notitie mag niet leeg zijn.');
      return act(letterId, actor, ip, async (trx) => {
        await repo.insertReview(trx, { letterId, userId: actor.id, action: 'note', note: text });
        await writeAudit(trx, { actor, action: 'review.note', entityType: 'letter', entityId: letterId, ip });
        return { ok: true };
      });
    },

    handled(letterId: string, actor: Actor, ip: string | null, note?: string) {
      return act(letterId, actor, ip, async (trx, cur) => {
        if (cur.status === 'handled') throw new ConflictError('Deze brief is al afgehandeld.');
        if (cur.review_status === 'pending') await repo.setReviewStatus(trx, letterId, 'confirmed');
        await repo.setHandled(trx, letterId, actor.id);
        await repo.insertReview(trx, { letterId, userId: actor.id, action: 'handled', note: note ?? null });
        await writeAudit(trx, { actor, action: 'review.handled', entityType: 'letter', entityId: letterId, ip });
        return { status: 'handled' as const };
      });
    },

    reopen(letterId: string, actor: Actor, ip: string | null) {
      return act(letterId, actor, ip, async (trx, cur) => {
        if (cur.status !== 'handled') throw new ConflictError('Deze brief is niet afgehandeld.');
        await repo.setHandled(trx, letterId, null);
        await repo.insertReview(trx, { letterId, userId: actor.id, action: 'reopen' });
        await writeAudit(trx, { actor, action: 'review.reopen', entityType: 'letter', entityId: letterId, ip });
        return { status: 'open' as const };
      });
    },

    async context(letterId: string, actor: Actor, ip: string | null) {
      const [reviews, audit] = await repo.history(letterId);
      const campaign = await repo.campaignOf(letterId);
      await writeAudit(db, { actor, action: 'letter.history_read', entityType: 'letter', entityId: letterId, ip });
      return { campaign, reviews, audit };
    },

    /** Inside the classification transaction: find the letter's template campaign. */
    async assignCampaign(trx: Kysely<DB>, letterId: string, text: string): Promise<number | null> {
      const fp = letterFingerprint(text);
      if (!fp) return null;
      await repo.storeFingerprint(trx, letterId, fp.signature, fp.bandKeys);
      const matches = (await repo.candidates(trx, letterId, fp.bandKeys)).filter((c) => signatureSimilarity(fp.signature, c.signature as unknown as number[]) >= CAMPAIGN_SIMILARITY);
      if (matches.length === 0) return null;
      const existing = [...new Set(matches.map((m) => m.campaign_id).filter((id): id is number => id !== null))].sort((a, b) => a - b);
      const campaignId = existing[0] ?? (await repo.newCampaign(trx));
      await repo.mergeCampaigns(trx, campaignId, existing.slice(1));
      await repo.joinCampaign(trx, campaignId, [letterId, ...matches.map((m) => m.letter_id)]);
      return campaignId;
    },

    /** Inside the classification transaction: a possible threat raises an alert and queues the webhook. */
    async raiseAlertIfThreat(trx: Kysely<DB>, letterId: string, threat: boolean): Promise<void> {
      if (!threat) return;
      const id = await repo.createAlert(trx, letterId);
      if (id !== null && deps.config.alertWebhookUrl) await jobs.enqueue(trx, { kind: 'alert_webhook', letterId, payload: { alert_id: id }, maxAttempts: 8 });
    },

    openAlerts: (actor: Actor) => repo.openAlerts(actor.id, new Date(Date.now() - 14 * 86_400_000)),

    async ackAlert(alertId: number, actor: Actor, ip: string | null) {
      if (!(await repo.ackAlert(alertId, actor.id))) throw new NotFoundError(`Melding ${alertId} bestaat niet.`);
      await writeAudit(db, { actor, action: 'alert.ack', entityType: 'alert', entityId: String(alertId), ip });
    },

    /** Job handler: posts a threat alert (no letter text, no sender) to the configured webhook. */
    async deliverAlert(letterId: string, alertId: number): Promise<void> {
      const url = deps.config.alertWebhookUrl;
      if (!url) return;
      const l = await repo.alertLetter(letterId);
      if (!l) return;
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Postsignaal' },
        body: JSON.stringify({ type: 'postsignaal.bedreiging', alert_id: alertId, letter_id: l.id, received_at: l.received_at, department: l.department, category: l.category, link: `${deps.config.publicUrl}/brieven/${l.id}` }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`webhook answered ${res.status}`);
    },
  };
}
export type ReviewService = ReturnType<typeof createReviewService>;
