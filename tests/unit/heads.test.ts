import { describe, expect, it } from 'vitest';
import { fitPlatt, fitTemperature, logits, sigmoid, softmax, trainLinear } from '../../server/classify/heads.ts';

describe('linear heads', () => {
  it('learns a separable three-class problem with sparse features', () => {
    const xs: Float32Array[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 90; i++) {
      const c = i % 3;
      const x = new Float32Array(50);
      x[c] = 1 + (i % 5) * 0.1;
      x[10 + (i % 7)] = 0.3;
      xs.push(x);
      ys.push(c);
    }
    const head = trainLinear(xs, ys, 3, { epochs: 200, lr: 0.1 });
    const right = xs.filter((x, i) => {
      const z = logits(head, x);
      return z.indexOf(Math.max(...z)) === ys[i];
    }).length;
    expect(right).toBe(90);
  });

  it('learns a binary flag and calibrates it', () => {
    const xs = Array.from({ length: 60 }, (_, i) => Float32Array.from([i % 2 === 0 ? 1 : 0, 0.5]));
    const ys = xs.map((x) => (x[0] === 1 ? 1 : 0));
    const head = trainLinear(xs, ys, 1, { epochs: 300, lr: 0.1 });
    expect(sigmoid(logits(head, xs[0]!)[0]!)).toBeGreaterThan(0.8);
    expect(sigmoid(logits(head, xs[1]!)[0]!)).toBeLessThan(0.2);
    const platt = fitPlatt(xs.map((x) => logits(head, x)[0]!), ys);
    expect(platt.a).toBeGreaterThan(0);
  });

  it('fits a temperature that softens over-confident logits', () => {
    // Logits that are right only 70% of the time but say 99%.
    const zs = Array.from({ length: 100 }, (_, i) => (i % 10 < 7 ? [6, 0] : [6, 0]));
    const ys = Array.from({ length: 100 }, (_, i) => (i % 10 < 7 ? 0 : 1));
    const t = fitTemperature(zs, ys);
    expect(t).toBeGreaterThan(3);
    expect(softmax([6, 0], t)[0]).toBeLessThan(0.9);
  });
});
