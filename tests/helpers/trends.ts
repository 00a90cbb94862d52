/**
 * Test data for the dashboard: the demo year (server/demo) through the real intake, labelled with
 * the corpus's own labels instead of the model (the dashboard, not the model, is under test),
 * routed by the default rules, grouped into campaigns by the real detector, then handled.
 */
import { sql } from 'kysely';
import { planDemoYear, simulateHandling } from '../../server/demo/seed.ts';
import { route } from '../../server/routing/engine.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import { explanationText } from '../../server/classify/features.ts';
import type { TestServer } from './server.ts';

export async function seedLabelledYear(s: TestServer, opts: { weeks?: number; perWeek?: number; now?: Date } = {}): Promise<number> {
  const plan = planDemoYear(opts);
  const db = s.database.db;
  for (const p of plan) {
    const r = p.record;
    const res = await s.services.intake.ingestJson({
      subject: r.subject, body: r.body, channel: r.channel, received_at: p.receivedAt.toISOString(), sender_name: p.name, sender_postcode: p.postcode,
    }, null, null);
    if (res.duplicate) continue;
    const d = route({ category: r.category, topic: r.topic, anti_institutioneel: r.anti_institutioneel, zorgsignaal: r.zorgsignaal }, DEFAULT_RULESET);
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('letters').set({
        status: 'open', category: r.category, topic: r.topic, anti_institutioneel: r.anti_institutioneel, zorgsignaal: r.zorgsignaal,
        threat_flag: r.category === 'bedreiging', department: d.department, cc: JSON.stringify(d.cc), classified_at: new Date(),
      }).where('id', '=', res.id).execute();
      await s.services.review.assignCampaign(trx, res.id, explanationText(r.subject, r.body));
    });
  }
  await sql`DELETE FROM jobs`.execute(db);
  await simulateHandling(db, opts.now);
  return plan.length;
}
