// LogHistogram against exact type-7 percentiles of seeded samples (within one bin), exact merging of split
// data, the zero, underflow and overflow counts, and the JSON round trip.
import { describe, expect, it } from 'vitest';
import { exponential, lognormal, stream, uniform, weibull } from '../../../engine/index.ts';
import {
  DEFAULT_HISTOGRAM_SCHEME,
  LogHistogram,
  mergeHistograms,
} from '../../../scenarios/results/logHistogram.ts';
import { exactQuantile } from './replicationRuns.ts';

const PROBABILITIES = [0, 0.01, 0.1, 0.25, 0.5, 0.7, 0.85, 0.95, 0.99, 1];

/** Within one bin of the exact value: a bin is at most (ratio − 1) of its lower edge wide. */
function withinOneBin(estimate: number | null, exact: number): boolean {
  const { ratio, smallest } = DEFAULT_HISTOGRAM_SCHEME;
  return estimate !== null && Math.abs(estimate - exact) <= (ratio - 1) * exact + smallest;
}

function sample(
  distribution: { sample(rng: ReturnType<typeof stream>): number },
  count: number,
  purpose: string,
): number[] {
  const rng = stream(2024, 0, purpose);
  return Array.from({ length: count }, () => distribution.sample(rng));
}

describe('LogHistogram', () => {
  it('has 1% bins from 1e-6 h to above 1e7 h in its default scheme', () => {
    const { smallest, ratio, binCount } = DEFAULT_HISTOGRAM_SCHEME;
    expect(ratio).toBeLessThanOrEqual(1.01);
    expect(smallest).toBe(1e-6);
    expect(smallest * ratio ** binCount).toBeGreaterThanOrEqual(1e7);
    expect(smallest * ratio ** (binCount - 1)).toBeLessThan(1e7);
  });

  const samples: [string, number[]][] = [
    ['exponential, mean 1 h', sample(exponential({ mean: 1 }), 20_000, 'exponential')],
    ['lognormal, mean 40 h, cv 2', sample(lognormal({ mean: 40, cv: 2 }), 20_000, 'lognormal')],
    ['uniform on [0.2, 0.3] h', sample(uniform({ min: 0.2, max: 0.3 }), 5_000, 'uniform')],
    ['weibull, shape 0.5, scale 100 h', sample(weibull({ shape: 0.5, scale: 100 }), 20_000, 'weibull')],
    ['seven values', [3, 1, 4, 1, 5, 9, 2]],
    ['one value', [2.5]],
  ];
  for (const [name, values] of samples) {
    it(`reads percentiles within one bin of the exact type-7 ones: ${name}`, () => {
      const histogram = new LogHistogram();
      histogram.addAll(values);
      expect(histogram.count).toBe(values.length);
      for (const probability of PROBABILITIES) {
        const exact = exactQuantile(values, probability);
        const estimate = histogram.percentile(probability);
        expect(withinOneBin(estimate, exact), `p${probability * 100}: ${estimate} vs ${exact}`).toBe(true);
      }
    });
  }

  it('keeps the smallest and largest value exactly (p0 and p100)', () => {
    const histogram = new LogHistogram();
    histogram.addAll([0.123456789, 7.654321, 3]);
    expect(histogram.percentile(0)).toBe(0.123456789);
    expect(histogram.percentile(1)).toBe(7.654321);
  });

  it('merges split data into exactly the histogram of all the data, in any order', () => {
    const values = sample(lognormal({ mean: 5, cv: 1.5 }), 9_000, 'merge');
    const whole = new LogHistogram();
    whole.addAll(values);
    const parts = [values.slice(0, 1_000), values.slice(1_000, 5_500), values.slice(5_500)].map((part) => {
      const histogram = new LogHistogram();
      histogram.addAll(part);
      return histogram;
    });
    const forwards = new LogHistogram();
    for (const part of parts) forwards.merge(part);
    const backwards = new LogHistogram();
    for (const part of [...parts].reverse()) backwards.merge(part);
    expect(forwards.toJSON()).toEqual(whole.toJSON());
    expect(backwards.toJSON()).toEqual(whole.toJSON());
    expect(mergeHistograms(parts.map((part) => part.toJSON())).toJSON()).toEqual(whole.toJSON());
    for (const probability of PROBABILITIES) {
      expect(forwards.percentile(probability)).toBe(whole.percentile(probability));
    }
  });

  it('counts exact zeros in their own bin and reads them back as exactly 0', () => {
    const histogram = new LogHistogram();
    histogram.addAll([0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    const json = histogram.toJSON();
    expect(json.zero).toBe(6);
    expect(histogram.percentile(0.5)).toBe(0); // exact: the 5th and 6th of 10 values are both 0
    expect(
      withinOneBin(histogram.percentile(0.85), exactQuantile([0, 0, 0, 0, 0, 0, 1, 2, 3, 4], 0.85)),
    ).toBe(true);
  });

  it('counts values below the smallest edge as underflow and from the top edge up as overflow', () => {
    const histogram = new LogHistogram();
    histogram.addAll([1e-9, 5e-7, 1, 2e7, 5e7]);
    const json = histogram.toJSON();
    expect([json.underflow, json.overflow, json.bins.length / 2, json.count]).toEqual([2, 2, 1, 5]);
    expect(histogram.percentile(1)).toBe(5e7);
    expect(histogram.percentile(0)).toBe(1e-9);
    const overflowMedian = histogram.percentile(0.875) ?? Number.NaN; // between the two overflow values
    expect(overflowMedian).toBeGreaterThanOrEqual(2e7 * 0.5);
    expect(overflowMedian).toBeLessThanOrEqual(5e7);
  });

  it('is null when empty, and refuses negative, NaN and infinite values', () => {
    const histogram = new LogHistogram();
    expect(histogram.percentile(0.5)).toBeNull();
    expect(histogram.toJSON()).toMatchObject({ count: 0, min: null, max: null, bins: [] });
    expect(() => histogram.add(-1)).toThrow(/finite number >= 0, got -1/);
    expect(() => histogram.add(Number.NaN)).toThrow(RangeError);
    expect(() => histogram.add(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => histogram.percentile(1.5)).toThrow(/probability must be in \[0, 1\]/);
  });

  it('survives a JSON round trip unchanged, as sparse [index, count] bins', () => {
    const histogram = new LogHistogram();
    histogram.addAll(sample(exponential({ mean: 3 }), 2_000, 'json'));
    histogram.add(0);
    const text = JSON.stringify(histogram);
    const back = LogHistogram.fromJSON(JSON.parse(text));
    expect(back.toJSON()).toEqual(histogram.toJSON());
    expect(back.percentile(0.85)).toBe(histogram.percentile(0.85));
    const json = histogram.toJSON();
    expect(json.bins.filter((_, position) => position % 2 === 1).every((count) => count > 0)).toBe(true);
    expect(json.bins.length).toBeLessThan(DEFAULT_HISTOGRAM_SCHEME.binCount);
  });

  it('refuses inconsistent JSON and merges of different schemes', () => {
    const json = new LogHistogram().toJSON();
    expect(() => LogHistogram.fromJSON({ ...json, count: 3 })).toThrow(/count is 3, but the bins hold 0/);
    expect(() => LogHistogram.fromJSON({ ...json, count: 1, bins: [5_000, 1] })).toThrow(/bin index/);
    expect(() => LogHistogram.fromJSON({ ...json, count: 1, bins: [5] })).toThrow(/index and count pairs/);
    const coarse = new LogHistogram({ smallest: 1e-3, ratio: 1.1, binCount: 100 });
    expect(() => new LogHistogram().merge(coarse)).toThrow(/schemes differ/);
  });
});
