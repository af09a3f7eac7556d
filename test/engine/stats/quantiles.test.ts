// Tests of quantiles (R type 7 over one sort) against values worked out by hand, and of the streaming
// P² estimator against the exact exponential quantile −ln(1 − p)/rate over 100 000 seeded draws.
import { describe, expect, it } from 'vitest';
import { stream as seededStream, stream } from '../../../engine/random/stream.ts';
import { P2Quantile, quantiles, quantilesInPlace } from '../../../engine/stats/quantiles.ts';

describe('quantiles', () => {
  it('interpolates between order statistics as R type 7 does, worked out by hand', () => {
    // 11 sorted values, index (n − 1)p: p = 0.25 → 2.5, between 7 and 8 → 7.5; p = 0.5 → 5 → 9;
    // p = 0.9 → 9 → 16; p = 0 and 1 → the extremes. Confirmed in R: quantile(x, c(.25, .5, .9)).
    const values = [3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20];
    expect(quantiles(values, [0.25, 0.5, 0.9, 0, 1])).toEqual([7.5, 9, 16, 3, 20]);
  });

  it('sorts a copy, leaving the caller’s array in its order', () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantiles(values, [0.5])).toEqual([3]);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it('sorts numerically, not as strings', () => {
    // A default Array#sort would order 10 before 9.
    expect(quantiles([10, 9, 100, 1], [0, 1])).toEqual([1, 100]);
  });

  it('returns one value per probability, in the order asked', () => {
    expect(quantiles([1, 2, 3, 4, 5], [0.75, 0.25])).toEqual([4, 2]);
    expect(quantiles([42], [0.1, 0.9])).toEqual([42, 42]);
  });

  it('throws a RangeError for no values, a non-finite value or a probability outside [0, 1]', () => {
    expect(() => quantiles([], [0.5])).toThrow(/at least one number/);
    expect(() => quantiles([1, Number.NaN], [0.5])).toThrow(/values\[1\] must be a finite number, got NaN/);
    expect(() => quantiles([1, 2], [0.5, 95])).toThrow(/probabilities\[1\] must be in \[0, 1\], got 95/);
  });
});

describe('quantilesInPlace', () => {
  it('gives the type-7 quantiles worked out by hand, whatever the order of the column', () => {
    // The R example above, shuffled: 7.5, 9 and 16; and 1..4 at p = 0.85: index 2.55 -> 3.55.
    const values = Float64Array.of(16, 3, 9, 20, 8, 6, 15, 7, 13, 8, 10);
    expect(quantilesInPlace(values, [0.9, 0.25, 0.5])).toEqual([16, 7.5, 9]);
    expect(quantilesInPlace(Float64Array.of(4, 1, 3, 2), [0.5, 0.85, 0, 1])).toEqual([2.5, 3.55, 1, 4]);
    expect(quantilesInPlace(Float64Array.of(42), [0.95])).toEqual([42]);
  });

  it("agrees with quantiles (a full sort) on seeded columns with ties, and keeps the column's values", () => {
    const rng = seededStream(2_024, 0, 'quantile columns');
    for (let column = 0; column < 50; column++) {
      const length = 1 + Math.floor(rng() * 500);
      // Rounded to tenths: many ties, as lead times of constant efforts have.
      const values = Array.from({ length }, () => Math.round(rng() * 100) / 10);
      const probabilities = [0.5, 0.85, 0.95, rng()];
      const inPlace = Float64Array.from(values);
      expect(quantilesInPlace(inPlace, probabilities)).toEqual(quantiles(values, probabilities));
      expect([...inPlace].sort((a, b) => a - b)).toEqual([...values].sort((a, b) => a - b));
    }
  });

  it('refuses an empty column and a probability outside [0, 1]', () => {
    expect(() => quantilesInPlace(new Float64Array(0), [0.5])).toThrow(RangeError);
    expect(() => quantilesInPlace(Float64Array.of(1), [1.5])).toThrow(
      'probabilities[0] must be in [0, 1], got 1.5',
    );
  });
});

describe('P2Quantile', () => {
  it('estimates exponential quantiles within 2 % of −ln(1 − p)/rate over 100 000 draws', () => {
    // Exact quantile of Exp(rate): F⁻¹(p) = −ln(1 − p)/rate. The sampling error of the sample quantile
    // itself is below 0.7 % here (p = 0.99), so 2 % leaves room for P²'s own approximation.
    const rate = 0.5;
    for (const probability of [0.5, 0.9, 0.95, 0.99]) {
      const uniform = stream(5, 0, `stats:p2:${probability}`);
      const estimate = new P2Quantile(probability);
      for (let draw = 0; draw < 100_000; draw++) estimate.add(-Math.log(1 - uniform()) / rate);
      const exact = -Math.log(1 - probability) / rate;
      expect(Math.abs(estimate.value - exact) / exact, `p = ${probability}`).toBeLessThan(0.02);
      expect(estimate.count).toBe(100_000);
    }
  });

  it('gives the exact type-7 quantile while it has seen fewer than five values', () => {
    const estimate = new P2Quantile(0.5);
    expect(estimate.value).toBeNaN();
    for (const value of [9, 1, 5, 3]) estimate.add(value);
    // Sorted 1, 3, 5, 9: index 1.5 → 4.
    expect(estimate.value).toBe(4);
  });

  it('tracks the median of a sorted run closely, as the paper’s markers follow it', () => {
    const estimate = new P2Quantile(0.5);
    for (let value = 1; value <= 1_001; value++) estimate.add(value);
    expect(estimate.value).toBeCloseTo(501, 0);
  });

  it('keeps its marker heights within the range of the data', () => {
    const uniform = stream(5, 0, 'stats:p2:range');
    const estimate = new P2Quantile(0.99);
    let largest = Number.NEGATIVE_INFINITY;
    for (let draw = 0; draw < 10_000; draw++) {
      const value = uniform() * 100;
      largest = Math.max(largest, value);
      estimate.add(value);
      if (draw >= 4) expect(estimate.value).toBeLessThanOrEqual(largest);
    }
  });

  it('forgets every observation on reset and then estimates afresh', () => {
    const estimate = new P2Quantile(0.5);
    for (let value = 0; value < 100; value++) estimate.add(1_000 + value);
    estimate.reset();
    expect(estimate.count).toBe(0);
    expect(estimate.value).toBeNaN();
    for (const value of [1, 2, 3, 4, 5, 6, 7]) estimate.add(value);
    expect(estimate.value).toBeLessThan(10);
  });

  it('throws a RangeError for a probability outside (0, 1) and for non-finite values', () => {
    expect(() => new P2Quantile(0)).toThrow(/probability must be in \(0, 1\), got 0/);
    expect(() => new P2Quantile(95)).toThrow(RangeError);
    expect(() => new P2Quantile(0.5).add(Number.NaN)).toThrow(/finite number, got NaN/);
  });
});
