/**
 * Linear heads in TypeScript: multinomial (softmax) and binary logistic regression with L2,
 * trained by full-batch Adam. They sit on the transformer's pooled embedding ⊕ lexical features,
 * and are the part of the model that reviewed letters can retrain without Python.
 */

export interface LinearHead {
  /** rows = outputs, cols = features */
  weights: number[][];
  bias: number[];
  /** Temperature (softmax) or Platt a/b (binary) from calibration on validation data. */
  temperature?: number;
  platt?: { a: number; b: number };
}

export function logits(head: LinearHead, x: Float32Array, nonZero?: Int32Array): number[] {
  return head.weights.map((w, k) => {
    let s = head.bias[k]!;
    if (nonZero) for (let q = 0; q < nonZero.length; q++) s += w[nonZero[q]!]! * x[nonZero[q]!]!;
    else for (let j = 0; j < w.length; j++) s += w[j]! * x[j]!;
    return s;
  });
}

/** Indices of the non-zero features (TF-IDF vectors are sparse: most of their entries are 0). */
export function nonZeroIndices(x: Float32Array): Int32Array {
  const idx: number[] = [];
  for (let j = 0; j < x.length; j++) if (x[j] !== 0) idx.push(j);
  return Int32Array.from(idx);
}

export function softmax(z: number[], temperature = 1): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp((v - m) / temperature));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface TrainOptions {
  l2?: number;
  epochs?: number;
  lr?: number;
  /** Per-example weights (e.g. to weigh hand-written letters more). */
  sampleWeights?: number[];
}

/** Softmax regression (classes > 2) or, with classes = 1, logistic regression on 0/1 labels. */
export function trainLinear(xs: Float32Array[], ys: number[], classes: number, opts: TrainOptions = {}): LinearHead {
  const { l2 = 1e-3, epochs = 300, lr = 0.05 } = opts;
  const d = xs[0]!.length;
  const n = xs.length;
  const k = classes;
  const W = Array.from({ length: k }, () => new Float64Array(d));
  const b = new Float64Array(k);
  const mW = W.map(() => new Float64Array(d));
  const vW = W.map(() => new Float64Array(d));
  const mb = new Float64Array(k);
  const vb = new Float64Array(k);
  const sw = opts.sampleWeights ?? new Array<number>(n).fill(1);
  const wsum = sw.reduce((a, c) => a + c, 0);
  const gW = W.map(() => new Float64Array(d));
  const gb = new Float64Array(k);
  const z = new Float64Array(k);
  const b1 = 0.9;
  const b2 = 0.999;
  // Only non-zero features take part in the sums (TF-IDF is sparse): same result, far less work.
  const nz = xs.map((x) => {
    const idx: number[] = [];
    for (let j = 0; j < d; j++) if (x[j] !== 0) idx.push(j);
    return Int32Array.from(idx);
  });
  for (let ep = 1; ep <= epochs; ep++) {
    for (const g of gW) g.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const idx = nz[i]!;
      for (let c = 0; c < k; c++) {
        let s = b[c]!;
        const w = W[c]!;
        for (let q = 0; q < idx.length; q++) {
          const j = idx[q]!;
          s += w[j]! * x[j]!;
        }
        z[c] = s;
      }
      if (k === 1) {
        z[0] = sigmoid(z[0]!) - ys[i]!;
      } else {
        let m = -Infinity;
        for (let c = 0; c < k; c++) m = Math.max(m, z[c]!);
        let s = 0;
        for (let c = 0; c < k; c++) {
          z[c] = Math.exp(z[c]! - m);
          s += z[c]!;
        }
        for (let c = 0; c < k; c++) z[c] = z[c]! / s - (ys[i] === c ? 1 : 0);
      }
      const wi = sw[i]! / wsum;
      for (let c = 0; c < k; c++) {
        const e = z[c]! * wi;
        if (e === 0) continue;
        gb[c] = gb[c]! + e;
        const g = gW[c]!;
        for (let q = 0; q < idx.length; q++) {
          const j = idx[q]!;
          g[j] = g[j]! + e * x[j]!;
        }
      }
    }
    const corr1 = 1 - b1 ** ep;
    const corr2 = 1 - b2 ** ep;
    for (let c = 0; c < k; c++) {
      const w = W[c]!;
      const g = gW[c]!;
      const m = mW[c]!;
      const v = vW[c]!;
      for (let j = 0; j < d; j++) {
        const gj = g[j]! + l2 * w[j]!;
        m[j] = b1 * m[j]! + (1 - b1) * gj;
        v[j] = b2 * v[j]! + (1 - b2) * gj * gj;
        w[j] = w[j]! - (lr * (m[j]! / corr1)) / (Math.sqrt(v[j]! / corr2) + 1e-8);
      }
      mb[c] = b1 * mb[c]! + (1 - b1) * gb[c]!;
      vb[c] = b2 * vb[c]! + (1 - b2) * gb[c]! * gb[c]!;
      b[c] = b[c]! - (lr * (mb[c]! / corr1)) / (Math.sqrt(vb[c]! / corr2) + 1e-8);
    }
  }
  return { weights: W.map((w) => Array.from(w, (v) => Math.round(v * 1e6) / 1e6)), bias: Array.from(b) };
}

/** Temperature that minimises the negative log-likelihood of softmax(z / T) (grid + refinement). */
export function fitTemperature(zs: number[][], ys: number[]): number {
  const nll = (t: number) => -zs.reduce((s, z, i) => s + Math.log(Math.max(1e-12, softmax(z, t)[ys[i]!]!)), 0);
  let best = 1;
  let bestV = nll(1);
  for (let t = 0.3; t <= 5; t += 0.05) {
    const v = nll(t);
    if (v < bestV) [best, bestV] = [t, v];
  }
  return Math.round(best * 100) / 100;
}

/** Platt scaling p = sigmoid(a·z + b), fitted by gradient descent on validation logits. */
export function fitPlatt(zs: number[], ys: number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 2000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < zs.length; i++) {
      const e = sigmoid(a * zs[i]! + b) - ys[i]!;
      ga += e * zs[i]!;
      gb += e;
    }
    a -= (0.5 * ga) / zs.length;
    b -= (0.5 * gb) / zs.length;
  }
  return { a: Math.round(a * 1e4) / 1e4, b: Math.round(b * 1e4) / 1e4 };
}
