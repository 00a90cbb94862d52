/**
 * The classifier off the main thread. ONNX Runtime in Node runs an inference synchronously on the
 * thread that asks for it, and the lexical layer and the explanations are plain JavaScript: run in
 * the server's main thread, every letter stalled every HTTP request for its duration. This host
 * keeps one worker thread (thread-entry.mjs -> thread-main.ts) with the classifier loaded and
 * sends it classify(subject, body) requests as messages; the database stays on the main thread
 * (PGlite cannot be shared between threads), so the active heads are read here and sent along.
 *
 * A thread that dies (an uncaught error, out of memory, a request past its time limit) rejects
 * every request it held; the next request starts a fresh one with the same heads. close() ends it.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Classification, HeadsFile } from './types.ts';

/** What the thread is started with (workerData). */
export interface ThreadData {
  modelDir: string;
  lexiconFile?: string;
  /** ONNX Runtime intra-op threads for one inference. */
  threads: number;
  /** How much to lower the thread's priority (nice increment, 0 = none). */
  nice: number;
  /** Active retrained heads, or null for the shipped heads.json. */
  heads: HeadsFile | null;
}

export type ThreadRequest =
  | { type: 'classify'; id: number; subject: string; body: string }
  | { type: 'heads'; id: number; heads: HeadsFile | null };

export type ThreadReply =
  | { type: 'ready'; version: string; shippedVersion: string; priority: number }
  | { type: 'result'; id: number; classification: Classification }
  | { type: 'heads'; id: number; version: string }
  | { type: 'error'; id: number; message: string };

export interface ClassifierThreadOptions {
  modelDir: string;
  lexiconFile?: string;
  /** Default: half the cores, at least one (one on a 2-core server: the other stays for HTTP and the database). */
  threads?: number;
  /** Default 10: classification is background work and yields the CPU to requests. */
  nice?: number;
  /** A request that takes longer ends the thread (it is stuck); default 120 s. */
  timeoutMs?: number;
}

export class ClassifierThreadError extends Error {}

interface Pending {
  resolve: (v: never) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

interface Running {
  worker: Worker;
  ready: Promise<{ version: string; shippedVersion: string; priority: number }>;
  pending: Map<number, Pending>;
  /** Why it ended, once it did. */
  ended?: string;
}

export function defaultClassifierThreads(): number {
  return Math.max(1, Math.floor(os.availableParallelism() / 2));
}

export class ClassifierThread {
  private running: Running | null = null;
  private heads: HeadsFile | null = null;
  private nextId = 1;
  private closed = false;
  private lastEnd: string | undefined;
  /** Threads started so far (1 + restarts after a crash). */
  starts = 0;

  constructor(private readonly opts: ClassifierThreadOptions) {}

  /** Version of the shipped model (encoder@heads.json), known once the thread has started. */
  async shippedVersion(): Promise<string> {
    return (await this.start()).shippedVersion;
  }

  /** The thread's nice value, as it reported at start (for tests and diagnostics). */
  async priority(): Promise<number> {
    return (await this.start()).priority;
  }

  /** The worker of the running thread, if any (for tests and diagnostics). */
  get worker(): Worker | null {
    return this.running?.worker ?? null;
  }

  /** Switches the thread to these heads (null: shipped); answers the model version now in use. */
  async setHeads(heads: HeadsFile | null): Promise<string> {
    this.heads = heads;
    const before = this.running;
    const info = await this.start();
    // A thread started just now was given these heads at start.
    if (before !== this.running || !before) return info.version;
    return this.request<string>({ type: 'heads', id: this.nextId++, heads });
  }

  classify(subject: string, body: string): Promise<Classification> {
    return this.request<Classification>({ type: 'classify', id: this.nextId++, subject, body });
  }

  /** Ends the thread; requests still waiting are rejected. Later requests are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const r = this.running;
    if (!r) return;
    this.end(r, 'the classifier thread was closed');
    await r.worker.terminate();
  }

  private async request<T>(m: ThreadRequest): Promise<T> {
    await this.start();
    const r = this.running;
    // Closed or ended between starting and now: say why rather than start again.
    if (this.closed) throw new ClassifierThreadError('the classifier thread was closed');
    if (!r) throw new ClassifierThreadError(this.lastEnd ?? 'the classifier thread stopped');
    return new Promise<T>((resolve, reject) => {
      const timeoutMs = this.opts.timeoutMs ?? 120_000;
      const timer = setTimeout(() => {
        // Stuck in synchronous code: only ending the thread stops it. The next request starts a new one.
        this.end(r, `classification took longer than ${Math.round(timeoutMs / 1000)} s; the classifier thread was restarted`);
        void r.worker.terminate();
      }, timeoutMs);
      timer.unref();
      r.pending.set(m.id, { resolve: resolve as (v: never) => void, reject, timer });
      r.worker.ref();
      r.worker.postMessage(m);
    });
  }

  private start(): Promise<{ version: string; shippedVersion: string; priority: number }> {
    if (this.closed) return Promise.reject(new ClassifierThreadError('the classifier thread was closed'));
    if (this.running && !this.running.ended) return this.running.ready;
    const data: ThreadData = {
      modelDir: this.opts.modelDir,
      lexiconFile: this.opts.lexiconFile,
      threads: this.opts.threads ?? defaultClassifierThreads(),
      nice: this.opts.nice ?? 10,
      heads: this.heads,
    };
    const worker = new Worker(new URL('./thread-entry.mjs', import.meta.url), { workerData: data });
    this.starts++;
    let resolveReady!: (v: { version: string; shippedVersion: string; priority: number }) => void;
    let rejectReady!: (e: Error) => void;
    const ready = new Promise<{ version: string; shippedVersion: string; priority: number }>((res, rej) => {
      resolveReady = res;
      rejectReady = rej;
    });
    // A failed start is reported to the request that waits for it; no unhandled rejection otherwise.
    ready.catch(() => {});
    const r: Running = { worker, ready, pending: new Map() };
    this.running = r;
    let lastError: Error | undefined;

    worker.on('message', (m: ThreadReply) => {
      if (m.type === 'ready') {
        resolveReady({ version: m.version, shippedVersion: m.shippedVersion, priority: m.priority });
        if (r.pending.size === 0) worker.unref();
        return;
      }
      const p = r.pending.get(m.id);
      if (!p) return;
      r.pending.delete(m.id);
      clearTimeout(p.timer);
      // An idle thread does not keep the process alive.
      if (r.pending.size === 0) worker.unref();
      if (m.type === 'error') p.reject(new ClassifierThreadError(m.message));
      else if (m.type === 'result') p.resolve(m.classification as never);
      else p.resolve(m.version as never);
    });
    worker.on('error', (err) => {
      lastError = err;
    });
    worker.on('exit', (code) => {
      const why = lastError ? `the classifier thread failed: ${lastError.message}` : `the classifier thread stopped (exit code ${code})`;
      rejectReady(new ClassifierThreadError(why));
      this.end(r, why);
    });
    return ready;
  }

  /** Marks a thread ended and rejects what it still held; the next request starts a new thread. */
  private end(r: Running, why: string): void {
    if (r.ended) return;
    r.ended = why;
    this.lastEnd = why;
    for (const p of r.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new ClassifierThreadError(why));
    }
    r.pending.clear();
    if (this.running === r) this.running = null;
  }
}
