// Statistics across replications: the mean with its t interval, null without observations, type-7
// quantiles with a censored tail, and the forecast's "at least this many with this confidence".
import { describe, expect, it } from 'vitest';
import {
  atLeastWithConfidence,
  meanOverReplications,
  quantileSorted,
} from '../../../scenarios/results/acrossReplications.ts';

describe('meanOverReplications', () => {
  it('gives the mean and its 95% t interval', () => {
    // s = √2.5, t(0.975, 4) = 2.776445 (confirmed in R: qt(0.975, 4)): 3 ± 2.776445 · √2.5 / √5.
    const { mean, ci95 } = meanOverReplications([1, 2, 3, 4, 5]);
    const halfWidth = (2.776445 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(mean).toBe(3);
    expect(ci95?.[0]).toBeCloseTo(3 - halfWidth, 5);
    expect(ci95?.[1]).toBeCloseTo(3 + halfWidth, 5);
  });

  it('leaves out replications that observed nothing, and is null when none did', () => {
    expect(meanOverReplications([1, null, 3, Number.NaN])).toMatchObject({ mean: 2 });
    expect(meanOverReplications([null, null])).toEqual({ mean: null, ci95: null });
    expect(meanOverReplications([])).toEqual({ mean: null, ci95: null });
  });

  it('has no interval with one replication', () => {
    expect(meanOverReplications([4.2])).toEqual({ mean: 4.2, ci95: null });
  });
});

describe('quantileSorted', () => {
  it('interpolates between order statistics (type 7)', () => {
    // By hand, h = (n − 1) · p: h = 0.1 gives 1 + 0.1 · (2 − 1) = 1.1; h = 1.9 gives 2 + 0.9 · (4 − 2) = 3.8.
    expect(quantileSorted([1, 2, 4], 0.05)).toBeCloseTo(1.1, 12);
    expect(quantileSorted([1, 2, 4], 0.5)).toBe(2);
    expect(quantileSorted([1, 2, 4], 0.95)).toBeCloseTo(3.8, 12);
  });

  it('is null where it reaches an infinite value, and for no values', () => {
    expect(quantileSorted([1, 2, Number.POSITIVE_INFINITY], 0.5)).toBe(2);
    expect(quantileSorted([1, 2, Number.POSITIVE_INFINITY], 0.6)).toBeNull();
    expect(quantileSorted([], 0.5)).toBeNull();
  });
});

describe('atLeastWithConfidence', () => {
  it('gives the largest count reached in at least the share of replications', () => {
    const counts = Array.from({ length: 20 }, (_, index) => index + 1); // 1 … 20
    // 17 of the 20 replications (85%) reached 4 or more; 18 reached 3 or more.
    expect(atLeastWithConfidence(counts, 0.85)).toBe(4);
    expect(atLeastWithConfidence(counts, 0.5)).toBe(11);
    expect(atLeastWithConfidence([3, 5, 6, 8], 0.75)).toBe(5);
    expect(atLeastWithConfidence([], 0.85)).toBeNull();
  });
});
