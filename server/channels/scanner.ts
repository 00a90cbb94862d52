/**
 * channels (scanner folder): the scanner (or a person) drops PDFs and images of paper letters into
 * one folder. Each poll takes every file that has stopped changing, claims it by renaming it into
 * `.bezig/` (of several processes only one wins the rename), takes it in through intake (OCR
 * included) and moves it to `done/`, or to `failed/` with a `.fout.txt` beside it saying why.
 *
 * Polling rather than inotify: scanners usually write to a network share (SMB/NFS), where file
 * events do not arrive. A crash mid-file leaves it in `.bezig/`; the next start puts it back, and
 * intake's SHA-256 check makes the second intake of a file that did get stored a no-op.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError, PayloadTooLargeError } from '../errors.ts';
import type { IntakeService } from '../intake/service.ts';
import type { ChannelPoller, PollResult } from './types.ts';

export interface ScannerOptions {
  dir: string;
  intake: IntakeService;
  maxBytes: number;
  /** A file is taken once it has not changed for this long (the scanner may still be writing). */
  settleMs?: number;
  /** Files left in .bezig/ longer than this (a crash) are put back. */
  staleMs?: number;
  /** Files per poll (OCR takes seconds a page); the rest follow on the next poll. */
  batch?: number;
}

const WORKING = '.bezig';

async function moveUnique(from: string, toDir: string, name: string): Promise<string> {
  await fs.mkdir(toDir, { recursive: true });
  let target = path.join(toDir, name);
  for (let i = 1; ; i++) {
    try {
      await fs.access(target);
    } catch {
      break;
    }
    const ext = path.extname(name);
    target = path.join(toDir, `${path.basename(name, ext)}-${i}${ext}`);
  }
  await fs.rename(from, target);
  return target;
}

export function createScannerPoller(opts: ScannerOptions): ChannelPoller {
  const { dir, intake } = opts;
  const settleMs = opts.settleMs ?? 3_000;
  const staleMs = opts.staleMs ?? 15 * 60_000;
  const working = path.join(dir, WORKING);
  const done = path.join(dir, 'done');
  const failed = path.join(dir, 'failed');

  async function recoverStale() {
    for (const name of await fs.readdir(working)) {
      const p = path.join(working, name);
      const st = await fs.stat(p).catch(() => null);
      if (st?.isFile() && Date.now() - st.mtimeMs > staleMs) await moveUnique(p, dir, name).catch(() => undefined);
    }
  }

  return {
    name: 'scanner',
    target: dir,
    async pollOnce(): Promise<PollResult> {
      const result: PollResult = { ingested: 0, duplicates: 0, failed: 0, error: null, itemError: null };
      let names: string[];
      try {
        await fs.mkdir(working, { recursive: true });
        await fs.mkdir(done, { recursive: true });
        await fs.mkdir(failed, { recursive: true });
        await recoverStale();
        names = (await fs.readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort().slice(0, opts.batch ?? 20);
      } catch (err) {
        return { ...result, error: `De scanmap ${dir} is niet leesbaar: ${err instanceof Error ? err.message : String(err)}` };
      }
      for (const name of names) {
        const src = path.join(dir, name);
        const st = await fs.stat(src).catch(() => null);
        if (!st || Date.now() - st.mtimeMs < settleMs) continue; // gone, or still being written
        // Skip files the scanner is still writing under a temporary name.
        if (/\.(part|tmp|crdownload)$/i.test(name)) continue;
        const claimed = path.join(working, name);
        try {
          await fs.rename(src, claimed);
        } catch {
          continue; // another process claimed it
        }
        try {
          if (st.size > opts.maxBytes) {
            throw new PayloadTooLargeError(`het bestand is ${Math.round(st.size / 1048576)} MB; de grens is ${Math.round(opts.maxBytes / 1048576)} MB`);
          }
          const bytes = await fs.readFile(claimed);
          const r = await intake.ingestFile({ filename: name, bytes, channel: 'scan' }, null, null);
          if (r.duplicate) result.duplicates++;
          else result.ingested++;
          await moveUnique(claimed, done, name);
        } catch (err) {
          if (err instanceof AppError && err.statusCode < 500) {
            // The file itself is the problem: park it with the reason, go on with the next.
            result.failed++;
            result.itemError = `${name}: ${err.message}`;
            const parked = await moveUnique(claimed, failed, name);
            await fs.writeFile(`${parked}.fout.txt`, `${new Date().toISOString()}\n${err.message}\n`);
          } else {
            // Database or disk trouble: put the file back and try again next poll.
            await fs.rename(claimed, src).catch(() => undefined);
            result.error = `${name} kon niet worden opgeslagen: ${err instanceof Error ? err.message : String(err)}`;
            break;
          }
        }
      }
      return result;
    },
    async close() {},
  };
}
