// Item moments: two-pass moments, exact pooling of sets against the moments of their union, and the
// sample standard deviation.
import { describe, expect, it } from 'vitest';
import { lognormal, stream } from '../../../engine/index.ts';
import { momentsOf, pooledMoments, standardDeviationOf } from '../../../scenarios/results/itemMoments.ts';
import { sampleStandardDeviation } from './replicationRuns.ts';

describe('standardDeviationOf', () => {
  it('gives the sample standard deviation with n − 1', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, s = √(32 / 7) = 2.13809 (by hand).
    expect(standardDeviationOf(momentsOf([2, 4, 4, 4, 5, 5, 7, 9]))).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('is null below two values', () => {
    expect(standardDeviationOf(momentsOf([]))).toBeNull();
    expect(standardDeviationOf(momentsOf([3]))).toBeNull();
  });
});

describe('pooledMoments', () => {
  it('pools sets into the moments of their union', () => {
    const rng = stream(7, 0, 'moments');
    const distribution = lognormal({ mean: 2_000, cv: 0.001 }); // a large mean next to a small spread
    const sets = [3, 1_000, 250, 0, 40].map((count) =>
      Array.from({ length: count }, () => distribution.sample(rng)),
    );
    const pooled = pooledMoments(sets.map((set) => momentsOf(set)));
    const all = sets.flat();
    expect(pooled.count).toBe(all.length);
    expect(pooled.sum).toBeCloseTo(
      all.reduce((sum, value) => sum + value, 0),
      6,
    );
    expect(standardDeviationOf(pooled) ?? Number.NaN).toBeCloseTo(sampleStandardDeviation(all), 9);
  });

  it('is empty for no sets or empty sets', () => {
    expect(pooledMoments([])).toEqual({ count: 0, sum: 0, sumOfSquaredDeviations: 0 });
    expect(pooledMoments([momentsOf([]), momentsOf([])])).toEqual({
      count: 0,
      sum: 0,
      sumOfSquaredDeviations: 0,
    });
  });
});
