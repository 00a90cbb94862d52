/**
 * The transformer half of the classifier: the WordPiece tokenizer and the ONNX encoder from
 * models/<name>/, loaded once with @huggingface/transformers with remote loading switched off.
 * Long letters are cut into overlapping windows so nothing at the end is truncated away; each
 * window gives an embedding and per-window logits.
 */
import path from 'node:path';
import { AutoModel, AutoTokenizer, env, Tensor, type PreTrainedModel, type PreTrainedTokenizer } from '@huggingface/transformers';

export const WINDOW = 256; // tokens per chunk including [CLS] and [SEP]
export const STRIDE = 224; // step between chunk starts: 30 tokens of overlap
export const MAX_CHUNKS = 24; // about 5,000 tokens; longer letters keep their first and last chunks
const BATCH = 8;

/** How the ONNX session may use the machine. */
export interface EncoderOptions {
  /**
   * Threads for one inference (ONNX Runtime intra-op threads); the default is ONNX Runtime's own
   * (one per physical core). The classifier thread of a server passes fewer, so requests keep a core.
   */
  threads?: number;
}

export interface EncoderInfo {
  name: string;
  hidden: number;
  chunkLabels: string[];
}

/** Splits token ids into overlapping windows; keeps first and last chunks when there are too many. */
export function windows(ids: number[], clsId: number, sepId: number): { ids: number[]; start: number; end: number }[] {
  const size = WINDOW - 2;
  const out: { ids: number[]; start: number; end: number }[] = [];
  if (ids.length === 0) return [{ ids: [clsId, sepId], start: 0, end: 0 }];
  for (let start = 0; ; start += STRIDE) {
    const end = Math.min(start + size, ids.length);
    out.push({ ids: [clsId, ...ids.slice(start, end), sepId], start, end });
    if (end >= ids.length) break;
  }
  if (out.length <= MAX_CHUNKS) return out;
  const head = Math.ceil(MAX_CHUNKS / 2);
  return [...out.slice(0, head), ...out.slice(out.length - (MAX_CHUNKS - head))];
}

/** The text the model reads: subject and body, whitespace folded. */
export function modelText(subject: string, body: string): string {
  return `${subject}\n\n${body}`.replace(/[ \t\u00a0]+/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

function useLocalModels(modelDir: string): string {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = path.dirname(path.resolve(modelDir));
  return path.basename(modelDir);
}

/** Tokenizer and windowing only: what training data preparation and the runtime share. */
export class Chunker {
  private constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    readonly clsId: number,
    readonly sepId: number,
    readonly padId: number,
  ) {}

  static async load(modelDir: string): Promise<Chunker> {
    const tokenizer = await AutoTokenizer.from_pretrained(useLocalModels(modelDir));
    const [cls, sep, pad] = tokenizer.convert_tokens_to_ids(['[CLS]', '[SEP]', '[PAD]']) as number[];
    if (cls === undefined || sep === undefined || pad === undefined || cls === tokenizer.unk_token_id) {
      throw new Error(`de tokenizer in ${modelDir} mist [CLS], [SEP] of [PAD]`);
    }
    return new Chunker(tokenizer, cls, sep, pad);
  }

  tokenize(text: string): number[] {
    const enc = this.tokenizer(text, { add_special_tokens: false });
    return Array.from(enc.input_ids.data as BigInt64Array, Number);
  }

  chunk(text: string): number[][] {
    return windows(this.tokenize(text), this.clsId, this.sepId).map((w) => w.ids);
  }
}

export class Encoder {
  private constructor(
    readonly info: EncoderInfo,
    readonly chunker: Chunker,
    private readonly model: PreTrainedModel,
  ) {}

  static async load(modelDir: string, opts: EncoderOptions = {}): Promise<Encoder> {
    const chunker = await Chunker.load(modelDir);
    const name = useLocalModels(modelDir);
    // The weights are stored as int8 with DequantizeLinear nodes; disable_quant_qdq lets ONNX Runtime
    // fold them into float weights once at load (otherwise it dequantises them on every run). Float
    // arithmetic also keeps a letter's result independent of what else is in the batch, which
    // activation quantisation (scaled over the whole batch) would not.
    // One model, one sequential graph: no inter-op parallelism; intra-op threads as asked.
    const session_options = {
      extra: { session: { disable_quant_qdq: '1' } },
      ...(opts.threads ? { intraOpNumThreads: opts.threads, interOpNumThreads: 1, executionMode: 'sequential' } : {}),
    };
    const model = await AutoModel.from_pretrained(name, { dtype: 'fp32', device: 'cpu', session_options } as Parameters<typeof AutoModel.from_pretrained>[1]);
    const cfg = model.config as unknown as { hidden_size: number; id2label: Record<string, string> };
    const chunkLabels = Object.keys(cfg.id2label).sort((a, b) => Number(a) - Number(b)).map((k) => cfg.id2label[k]!);
    return new Encoder({ name, hidden: cfg.hidden_size, chunkLabels }, chunker, model);
  }

  /** Runs the encoder over token-id chunks (any number, batched). */
  async encode(chunks: number[][]): Promise<{ embeddings: Float32Array[]; logits: Float32Array[] }> {
    const embeddings: Float32Array[] = [];
    const logits: Float32Array[] = [];
    // Similar lengths together: less padding.
    const order = chunks.map((c, i) => i).sort((a, b) => chunks[a]!.length - chunks[b]!.length);
    const embByIdx = new Array<Float32Array>(chunks.length);
    const logByIdx = new Array<Float32Array>(chunks.length);
    for (let b = 0; b < order.length; b += BATCH) {
      const idx = order.slice(b, b + BATCH);
      const len = Math.max(...idx.map((i) => chunks[i]!.length));
      const ids = new BigInt64Array(idx.length * len).fill(BigInt(this.chunker.padId));
      const mask = new BigInt64Array(idx.length * len);
      idx.forEach((ci, row) => {
        const c = chunks[ci]!;
        for (let t = 0; t < c.length; t++) {
          ids[row * len + t] = BigInt(c[t]!);
          mask[row * len + t] = 1n;
        }
      });
      const out = (await this.model({
        input_ids: new Tensor('int64', ids, [idx.length, len]),
        attention_mask: new Tensor('int64', mask, [idx.length, len]),
      })) as { embedding: Tensor; chunk_logits: Tensor };
      const h = out.embedding.dims[1]!;
      const c = out.chunk_logits.dims[1]!;
      const e = out.embedding.data as Float32Array;
      const l = out.chunk_logits.data as Float32Array;
      idx.forEach((ci, row) => {
        embByIdx[ci] = e.slice(row * h, (row + 1) * h);
        logByIdx[ci] = l.slice(row * c, (row + 1) * c);
      });
    }
    for (let i = 0; i < chunks.length; i++) {
      embeddings.push(embByIdx[i]!);
      logits.push(logByIdx[i]!);
    }
    return { embeddings, logits };
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
