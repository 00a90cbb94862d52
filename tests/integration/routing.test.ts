import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { DEFAULT_RULESET } from '../../server/routing/defaults.ts';
import type { RuleSet } from '../../server/routing/types.ts';

let s: TestServer;
let admin: { cookie: string; email: string };
let intake: { cookie: string };
let policy: { cookie: string };

beforeAll(async () => {
  s = await startTestServer();
  [admin, intake, policy] = await Promise.all([s.userSession('admin'), s.userSession('intake'), s.userSession('policy')]);
});
afterAll(async () => s?.close());

async function call(cookie: string, method: string, path: string, json?: unknown) {
  const res = await fetch(`${s.baseUrl}${path}`, {
    method,
    headers: { cookie, ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, any> };
}

const versionCount = async () => Number((await s.database.db.selectFrom('routing_rule_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const auditOf = (action: string) => s.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

/** The defaults with the klacht rule sent elsewhere. */
function klachtTo(department: string): RuleSet {
  const rs = structuredClone(DEFAULT_RULESET);
  const rule = rs.rules.find((r) => r.key === 'r6-klacht')!;
  rule.target = { department: department as never };
  return rs;
}

const KLACHT = { category: 'klacht', topic: 'belastingen', anti_institutioneel: false, zorgsignaal: false };

async function insertLetter(labels: { status: 'open' | 'handled'; category: string; topic: string; department: string; cc?: string[]; zorgsignaal?: boolean }) {
  const id = crypto.randomUUID();
  await s.database.db.insertInto('letters').values({
    id, sha256: crypto.randomBytes(32).toString('hex'), channel: 'webform', source_type: 'json', body_text: 'Testbrief', extraction_warnings: '[]',
    status: labels.status, category: labels.category, topic: labels.topic, anti_institutioneel: false, zorgsignaal: labels.zorgsignaal ?? false,
    department: labels.department, cc: JSON.stringify(labels.cc ?? []), classified_at: new Date(),
  }).execute();
  await s.database.db.insertInto('routings').values({
    letter_id: id, classification_id: null, source: 'model', department: labels.department, cc: JSON.stringify(labels.cc ?? []),
    rule_key: 'model-rule', cc_rule_keys: '[]', rule_version: 1, created_by: null,
  }).execute();
  return id;
}
const routingsOf = (id: string) => s.database.db.selectFrom('routings').selectAll().where('letter_id', '=', id).orderBy('id').execute();
const letterOf = (id: string) => s.database.db.selectFrom('letters').select(['department', 'cc']).where('id', '=', id).executeTakeFirstOrThrow();

describe('routing rules API', () => {
  it('enforces roles: policy is refused everywhere, intake may only read and preview, anonymous is 401', async () => {
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/routing/rules'], ['GET', '/api/routing/versions'], ['GET', '/api/routing/versions/1'],
      ['PUT', '/api/routing/rules', { baseVersion: 1, ruleset: DEFAULT_RULESET, note: '' }],
      ['POST', '/api/routing/reroute', {}], ['POST', '/api/routing/preview', KLACHT],
    ];
    for (const [method, path, body] of routes) {
      expect((await call(policy.cookie, method, path, body)).status, `${method} ${path}`).toBe(403);
      expect((await call('', method, path, body)).status, `${method} ${path}`).toBe(401);
    }
    for (const [method, path, body] of routes.slice(1, 5)) expect((await call(intake.cookie, method, path, body)).status, `${method} ${path}`).toBe(403);
    const read = await call(intake.cookie, 'GET', '/api/routing/rules');
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ version: 1, note: 'Standaardregels uit de taxonomie', created_by_email: null, ruleset: DEFAULT_RULESET });
    expect((await call(intake.cookie, 'POST', '/api/routing/preview', KLACHT)).body).toMatchObject({ department: 'klantcontact', ruleKey: 'r6-klacht', ruleVersion: 1 });
    expect(await versionCount()).toBe(1);
  });

  it('refuses an invalid rule set with 400 and every message, and stores nothing', async () => {
    const before = await versionCount();
    const audits = (await auditOf('routing.rules_saved')).length;
    const rs = klachtTo('foo');
    rs.topicDepartments.brp = 'nergens' as never;
    const r = await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 1, ruleset: rs, note: 'kapot' });
    expect(r.status).toBe(400);
    expect(r.body.details.errors).toEqual(["Regel 9 (r6-klacht): onbekende afdeling 'foo'", "Onderwerptabel: onbekende afdeling 'nergens' bij onderwerp 'brp'"]);
    expect(r.body.message).toContain("onbekende afdeling 'foo'");
    const noPrimary = await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 1, ruleset: { ...DEFAULT_RULESET, rules: [] }, note: '' });
    expect(noPrimary.status).toBe(400);
    expect(noPrimary.body.details.errors).toHaveLength(1);
    expect((await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 1, note: '' })).status).toBe(400);
    expect(await versionCount()).toBe(before);
    expect(await auditOf('routing.rules_saved')).toHaveLength(audits);
  });

  it('saves an edited rule set as version 2 with an audit entry; the preview follows it', async () => {
    const r = await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 1, ruleset: klachtTo('juridische_zaken'), note: 'Klachten voortaan naar Juridische zaken' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ version: 2, note: 'Klachten voortaan naar Juridische zaken', created_by_email: admin.email });
    const active = await call(intake.cookie, 'GET', '/api/routing/rules');
    expect(active.body.version).toBe(2);
    expect(active.body.ruleset.rules.find((x: { key: string }) => x.key === 'r6-klacht').target).toEqual({ department: 'juridische_zaken' });

    const audit = await auditOf('routing.rules_saved');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ user_email: admin.email, entity_type: 'routing_rules', entity_id: '2' });
    expect(audit[0]!.details).toMatchObject({ version: 2, base_version: 1, changed: ['r6-klacht'], added: [], removed: [] });

    const versions = await call(admin.cookie, 'GET', '/api/routing/versions');
    expect(versions.body.versions.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([[2, true], [1, false]]);
    expect(versions.body.versions[0]).not.toHaveProperty('ruleset');
    const v1 = await call(admin.cookie, 'GET', '/api/routing/versions/1');
    expect(v1.body.ruleset).toEqual(DEFAULT_RULESET);
    expect((await call(admin.cookie, 'GET', '/api/routing/versions/99')).status).toBe(404);

    expect((await call(intake.cookie, 'POST', '/api/routing/preview', KLACHT)).body).toMatchObject({ department: 'juridische_zaken', ruleKey: 'r6-klacht', ruleVersion: 2 });
    // a draft rule set in the preview, without saving it
    const draft = await call(admin.cookie, 'POST', '/api/routing/preview', { ...KLACHT, zorgsignaal: true, ruleset: klachtTo('bestuurszaken') });
    expect(draft.body).toEqual({ department: 'bestuurszaken', cc: ['sociaal_domein'], ruleKey: 'r6-klacht', ccRuleKeys: ['cc-zorgsignaal'], ruleVersion: null });
    const badDraft = await call(admin.cookie, 'POST', '/api/routing/preview', { ...KLACHT, ruleset: klachtTo('foo') });
    expect(badDraft.status).toBe(400);
    expect(badDraft.body.details.errors).toEqual(["Regel 9 (r6-klacht): onbekende afdeling 'foo'"]);
    expect((await call(admin.cookie, 'POST', '/api/routing/preview', { ...KLACHT, category: 'spam' })).status).toBe(400);
  });

  it('refuses a save based on an older version with 409, so two admins do not overwrite each other', async () => {
    const before = await versionCount();
    const r = await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 1, ruleset: klachtTo('bestuurszaken'), note: 'oud' });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ error: 'conflict', details: { activeVersion: 2 } });
    expect(r.body.message).toMatch(/actieve versie is nu 2/);
    expect(await versionCount()).toBe(before);
  });

  it('re-routes open letters with the active rules; old routings stay, new ones record the rule version', async () => {
    const klacht = await insertLetter({ status: 'open', category: 'klacht', topic: 'belastingen', department: 'klantcontact' });
    const handled = await insertLetter({ status: 'handled', category: 'klacht', topic: 'belastingen', department: 'klantcontact' });
    const regulier = await insertLetter({ status: 'open', category: 'regulier', topic: 'brp', department: 'burgerzaken' });
    const zorg = await insertLetter({ status: 'open', category: 'regulier', topic: 'overig', department: 'klantcontact', zorgsignaal: true, cc: [] });

    // a new version: klacht to bestuurszaken
    const saved = await call(admin.cookie, 'PUT', '/api/routing/rules', { baseVersion: 2, ruleset: klachtTo('bestuurszaken'), note: 'Klachten naar Bestuurszaken' });
    expect(saved.body.version).toBe(3);

    const r = await call(admin.cookie, 'POST', '/api/routing/reroute', {});
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ checked: 3, changed: 2, ruleVersion: 3 });

    expect(await letterOf(klacht)).toEqual({ department: 'bestuurszaken', cc: [] });
    const rows = await routingsOf(klacht);
    expect(rows.map((x) => [x.source, x.department, x.rule_version, x.rule_key])).toEqual([['model', 'klantcontact', 1, 'model-rule'], ['reroute', 'bestuurszaken', 3, 'r6-klacht']]);
    expect(rows[1]!.created_by).not.toBeNull();

    expect(await letterOf(zorg)).toEqual({ department: 'klantcontact', cc: ['sociaal_domein'] });
    expect((await routingsOf(zorg)).at(-1)).toMatchObject({ source: 'reroute', cc: ['sociaal_domein'], cc_rule_keys: ['cc-zorgsignaal'], rule_version: 3 });

    // unchanged and handled letters get no new routing
    expect(await routingsOf(regulier)).toHaveLength(1);
    expect(await routingsOf(handled)).toHaveLength(1);
    expect(await letterOf(handled)).toEqual({ department: 'klantcontact', cc: [] });

    const audit = await auditOf('routing.reroute');
    expect(audit.at(-1)).toMatchObject({ user_email: admin.email, details: { rule_version: 3, checked: 3, changed: 2 } });

    // a second re-route changes nothing
    expect((await call(admin.cookie, 'POST', '/api/routing/reroute', {})).body).toEqual({ checked: 3, changed: 0, ruleVersion: 3 });
    expect(await routingsOf(klacht)).toHaveLength(2);
  });
});
