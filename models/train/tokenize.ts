/**
 * Step 3 of `npm run model:train`: tokenises and chunks the training and validation letters
 * with the runtime's own tokenizer and windowing (server/classify/encoder.ts), so training sees
 * exactly what the server will feed the model. Usage: tsx tokenize.ts MODEL_DIR
 */
import fs from 'node:fs';
import path from 'node:path';
import { Chunker } from '../../server/classify/encoder.ts';
import { WORK, type TrainExample } from './prepare.ts';

const chunker = await Chunker.load(process.argv[2]!);
for (const split of ['train', 'val']) {
  const lines = fs.readFileSync(path.join(WORK, `${split}.jsonl`), 'utf8').trim().split('\n');
  const out: string[] = [];
  let tokens = 0;
  for (const line of lines) {
    const e = JSON.parse(line) as TrainExample;
    const chunks = chunker.chunk(e.text);
    tokens += chunks.reduce((n, c) => n + c.length, 0);
    const { text: _text, ...labels } = e;
    out.push(JSON.stringify({ ...labels, chunks }));
  }
  fs.writeFileSync(path.join(WORK, `${split}.tok.jsonl`), out.join('\n') + '\n');
  console.log(`${split}: ${lines.length} letters, ${tokens} tokens (${(tokens / lines.length).toFixed(0)} per letter)`);
}
