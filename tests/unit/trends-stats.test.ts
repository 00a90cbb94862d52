import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { medianFromBuckets, poissonUpperTail, spikeTest } from '../../server/trends/stats.ts';
import { HANDLE_BUCKET_EDGES_HOURS } from '../../server/trends/types.ts';
import { publish } from '../../server/trends/service.ts';
import { isoWeekLabel, mondayOf, mondayOfIsoWeek } from '../../server/trends/weeks.ts';
import { openDatabase } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrator.ts';

describe('spike test', () => {
  it('Poisson upper tail matches known values', () => {
    // P(X >= 1 | 2) = 1 - e^-2; P(X >= 10 | 3) = 0.0011025...
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    expect(poissonUpperTail(10, 3)).toBeCloseTo(0.0011025, 6);
    expect(poissonUpperTail(0, 5)).toBe(1);
    expect(poissonUpperTail(250, 200)).toBeGreaterThan(0.0001);
    expect(poissonUpperTail(250, 200)).toBeLessThan(0.001);
  });

  it('flags a clear jump, not ordinary variation, and not on too little history', () => {
    expect(spikeTest(38, [2, 3, 1, 4, 2, 3, 2, 3])?.spike).toBe(true);
    expect(spikeTest(14, [10, 12, 9, 11, 13, 10, 12, 11])?.spike).toBe(false);
    expect(spikeTest(4, [0, 0, 0, 0, 0, 0, 0, 0])?.spike).toBe(false); // fewer than 5 letters is never a spike
    expect(spikeTest(40, [2, 3])).toBeNull();
  });

  it('an earlier spike in the baseline does not hide a new one (highest week left out)', () => {
    const t = spikeTest(30, [3, 4, 3, 60, 4, 3, 4, 3])!;
    expect(t.baseline).toBeCloseTo(24 / 7, 5);
    expect(t.spike).toBe(true);
  });
});

describe('small counts and medians', () => {
  it('1–4 become "<5"; 0 and 5+ stay', () => {
    expect([0, 1, 4, 5, 17].map(publish)).toEqual([0, '<5', '<5', 5, 17]);
  });

  it('median interpolates inside the class of the middle letter', () => {
    // 10 letters: 4 in [0,4) h, 6 in [24,48) h: the middle (5th of 10) is the 1st of the second group.
    const m = medianFromBuckets(new Map([[0, 4], [3, 6]]))!;
    expect(m.hours).toBeCloseTo(24 + (1 / 6) * 24, 5);
    expect(medianFromBuckets(new Map([[HANDLE_BUCKET_EDGES_HOURS.length, 7]]))).toEqual({ hours: 1440, atLeast: true });
    expect(medianFromBuckets(new Map())).toBeNull();
  });

  it('the SQL class function uses the same edges as the TypeScript one', async () => {
    const d = await openDatabase({ pgliteDir: 'memory://' });
    await migrate(d);
    for (const [i, edge] of HANDLE_BUCKET_EDGES_HOURS.entries()) {
      const below = (await sql<{ b: number }>`SELECT ps_handle_bucket(${edge - 0.01}) AS b`.execute(d.db)).rows[0]!.b;
      const at = (await sql<{ b: number }>`SELECT ps_handle_bucket(${edge}) AS b`.execute(d.db)).rows[0]!.b;
      expect([below, at]).toEqual([i, i + 1]);
    }
    await d.close();
  });
});

describe('ISO weeks', () => {
  it('names weeks as ISO 8601 does, around new year too', () => {
    expect(isoWeekLabel('2026-11-16')).toBe('2026-W47');
    expect(isoWeekLabel(mondayOf('2027-01-01'))).toBe('2026-W53');
    expect(isoWeekLabel(mondayOf('2025-12-31'))).toBe('2026-W01');
    expect(mondayOfIsoWeek('2026-W47')).toBe('2026-11-16');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(mondayOfIsoWeek('2025-W53')).toBeNull();
    expect(mondayOfIsoWeek('2026-47')).toBeNull();
  });
});
