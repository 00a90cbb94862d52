/**
 * The classifier thread's side (loaded by thread-entry.mjs): loads the shipped classifier once —
 * encoder, tokenizer, heads, phrase list — and answers the host's requests (thread.ts) one
 * message at a time. It never touches the database: the host reads the active heads and sends them.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { Classifier } from './classifier.ts';
import type { ThreadData, ThreadReply, ThreadRequest } from './thread.ts';

const port = parentPort!;
const data = workerData as ThreadData;

// Background work: lower this thread's priority (Linux keeps a nice value per thread), so the
// HTTP thread and the database get the cores first and classification takes what is left.
if (data.nice > 0) {
  try {
    os.setPriority(0, Math.min(19, os.getPriority(0) + data.nice));
  } catch {
    // Not allowed here: run at normal priority.
  }
}

const shipped = await Classifier.load(data.modelDir, data.lexiconFile, undefined, { threads: data.threads });
let current = shipped.forActiveHeads(data.heads);

function reply(m: ThreadReply) {
  port.postMessage(m);
}

port.on('message', (m: ThreadRequest) => {
  void (async () => {
    try {
      if (m.type === 'classify') {
        reply({ type: 'result', id: m.id, classification: await current.classify(m.subject, m.body) });
      } else if (m.type === 'heads') {
        current = shipped.forActiveHeads(m.heads);
        reply({ type: 'heads', id: m.id, version: current.version });
      }
    } catch (err) {
      reply({ type: 'error', id: m.id, message: err instanceof Error ? err.message : String(err) });
    }
  })();
});

reply({ type: 'ready', version: current.version, shippedVersion: shipped.version, priority: os.getPriority(0) });
