/**
 * Dashboard readers share rollup refreshes: one refresh at a time per process, and a reader never
 * settles for a refresh that was already running when it arrived (it could miss a change
 * committed just before the read), so a correction still shows on the next read.
 */
import { describe, expect, it } from 'vitest';
import type { TrendsRepository } from '../../server/trends/repository.ts';
import { createTrendsService } from '../../server/trends/service.ts';

function fakeRepo() {
  const started: { resolve: (n: number) => void; reject: (e: Error) => void }[] = [];
  const repo = {
    refresh: () => new Promise<number>((resolve, reject) => started.push({ resolve, reject })),
  } as unknown as TrendsRepository;
  return { repo, started };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('shared rollup refreshes', () => {
  it('runs one refresh at a time; readers arriving meanwhile share the next one', async () => {
    const { repo, started } = fakeRepo();
    const trends = createTrendsService({ repo });
    const first = trends.refresh();
    const waiting = [trends.refresh(), trends.refresh(), trends.refresh()];
    await tick();
    expect(started.length).toBe(1);
    started[0]!.resolve(1);
    expect(await first).toBe(1);
    await tick();
    // The three who came during the first refresh get a second one, started after they arrived.
    expect(started.length).toBe(2);
    started[1]!.resolve(2);
    expect(await Promise.all(waiting)).toEqual([2, 2, 2]);
    // Nothing running: the next reader starts its own.
    const later = trends.refresh();
    await tick();
    expect(started.length).toBe(3);
    started[2]!.resolve(0);
    expect(await later).toBe(0);
  });

  it('a failed refresh fails only its own readers; the waiting ones get a fresh attempt', async () => {
    const { repo, started } = fakeRepo();
    const trends = createTrendsService({ repo });
    const first = trends.refresh();
    const waiting = trends.refresh();
    await tick();
    started[0]!.reject(new Error('database gone'));
    await expect(first).rejects.toThrow('database gone');
    await tick();
    expect(started.length).toBe(2);
    started[1]!.resolve(3);
    expect(await waiting).toBe(3);
  });
});
