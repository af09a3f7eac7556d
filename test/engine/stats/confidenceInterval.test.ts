// Tests of the t confidence intervals: a small data set checked by hand, the conventions for fewer
// than two samples, parameter checks, paired differences, and coverage over 2 000 seeded intervals.
import { describe, expect, it } from 'vitest';
import { stream } from '../../../engine/random/stream.ts';
import {
  confidenceInterval,
  confidenceIntervalFromTally,
  pairedDifference,
} from '../../../engine/stats/confidenceInterval.ts';
import { Tally } from '../../../engine/stats/tally.ts';

type Uniform = () => number;

/** A standard normal draw by the Box–Muller transform (inverse-transform pair), from two uniforms. */
function standardNormal(uniform: Uniform): number {
  const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
  return radius * Math.cos(2 * Math.PI * uniform());
}

/** Four binomial standard deviations around `level` for `trials` intervals. */
function coverageTolerance(level: number, trials: number): number {
  return 4 * Math.sqrt((level * (1 - level)) / trials);
}

describe('confidenceInterval', () => {
  it('gives 3 ± 1.963243 for 1, 2, 3, 4, 5 at 95 %, worked out by hand', () => {
    // By hand: mean 3, s² = (4 + 1 + 0 + 1 + 4)/4 = 2.5, t(0.975, 4) = 2.776445 (R: qt(0.975, 4)),
    // half-width 2.776445 · √2.5 / √5 = 2.776445 · 0.7071068 = 1.963243.
    const interval = confidenceInterval([1, 2, 3, 4, 5]);
    expect(interval.mean).toBe(3);
    expect(interval.standardDeviation).toBeCloseTo(Math.sqrt(2.5), 15);
    expect(interval.halfWidth).toBeCloseTo(1.963243, 6);
    expect(interval.lower).toBeCloseTo(1.036757, 6);
    expect(interval.upper).toBeCloseTo(4.963243, 6);
    expect(interval.level).toBe(0.95);
    expect(interval.count).toBe(5);
  });

  it('uses the requested level: 3 ± 1.507443 for 1, 2, 3, 4, 5 at 90 %', () => {
    // t(0.95, 4) = 2.131847 (R: qt(0.95, 4)); 2.131847 · 0.7071068 = 1.507443.
    expect(confidenceInterval([1, 2, 3, 4, 5], 0.9).halfWidth).toBeCloseTo(1.507443, 6);
  });

  it('has zero width when every sample is the same', () => {
    const interval = confidenceInterval([4, 4, 4]);
    expect(interval.halfWidth).toBe(0);
    expect(interval.lower).toBe(4);
  });

  it('returns an infinite interval rather than throwing for fewer than two samples', () => {
    const single = confidenceInterval([7]);
    expect(single.mean).toBe(7);
    expect(single.halfWidth).toBe(Number.POSITIVE_INFINITY);
    expect(single.lower).toBe(Number.NEGATIVE_INFINITY);
    expect(single.upper).toBe(Number.POSITIVE_INFINITY);
    expect(single.standardDeviation).toBeNaN();
    const none = confidenceInterval([]);
    expect(none.count).toBe(0);
    expect(none.mean).toBeNaN();
    expect(none.halfWidth).toBe(Number.POSITIVE_INFINITY);
  });

  it('throws a RangeError for a level outside (0, 1), such as 95 for 95 %', () => {
    expect(() => confidenceInterval([1, 2], 95)).toThrow(/level must be in \(0, 1\), e.g. 0.95, got 95/);
    expect(() => confidenceInterval([1, 2], 0)).toThrow(RangeError);
    expect(() => confidenceInterval([1, 2], 1)).toThrow(RangeError);
  });

  it('throws a RangeError naming the index of a sample that is not finite', () => {
    expect(() => confidenceInterval([1, 2, Number.NaN])).toThrow(
      /samples\[2\] must be a finite number, got NaN/,
    );
  });

  it('covers the true mean about 95 % of the time over 2 000 intervals of 10 normal samples', () => {
    const uniform = stream(11, 0, 'stats:confidence-coverage');
    const trueMean = 3;
    const trueStandardDeviation = 2;
    const trials = 2_000;
    let covered = 0;
    for (let trial = 0; trial < trials; trial++) {
      const samples = Array.from(
        { length: 10 },
        () => trueMean + trueStandardDeviation * standardNormal(uniform),
      );
      const interval = confidenceInterval(samples);
      if (interval.lower <= trueMean && trueMean <= interval.upper) covered += 1;
    }
    expect(Math.abs(covered / trials - 0.95)).toBeLessThan(coverageTolerance(0.95, trials));
  });

  it('covers the true mean about 99 % of the time at level 0.99 with only 3 samples each', () => {
    // With 2 degrees of freedom the t quantile is 9.92 against the normal 2.58: a wrong quantile shows.
    const uniform = stream(11, 0, 'stats:confidence-coverage-99');
    const trials = 2_000;
    let covered = 0;
    for (let trial = 0; trial < trials; trial++) {
      const samples = [standardNormal(uniform), standardNormal(uniform), standardNormal(uniform)];
      const interval = confidenceInterval(samples, 0.99);
      if (interval.lower <= 0 && 0 <= interval.upper) covered += 1;
    }
    expect(Math.abs(covered / trials - 0.99)).toBeLessThan(coverageTolerance(0.99, trials));
  });
});

describe('confidenceIntervalFromTally', () => {
  it('gives the same interval as confidenceInterval on the same values', () => {
    const values = [12.5, 9.75, 14, 11.25, 10.5, 13];
    const tally = new Tally();
    for (const value of values) tally.add(value);
    const fromTally = confidenceIntervalFromTally(tally, 0.9);
    const fromValues = confidenceInterval(values, 0.9);
    expect(fromTally.mean).toBeCloseTo(fromValues.mean, 14);
    expect(fromTally.halfWidth).toBeCloseTo(fromValues.halfWidth, 14);
    expect(fromTally.count).toBe(6);
  });

  it('accepts a stored summary and returns an infinite interval for a count below 2', () => {
    const interval = confidenceIntervalFromTally({ count: 1, mean: 4, standardDeviation: Number.NaN });
    expect(interval.mean).toBe(4);
    expect(interval.upper).toBe(Number.POSITIVE_INFINITY);
    expect(() => confidenceIntervalFromTally({ count: 5, mean: 0, standardDeviation: 1 }, 1.5)).toThrow(
      RangeError,
    );
  });
});

describe('pairedDifference', () => {
  it('gives the interval of the mean of a − b, 1 ± 2.484138 for differences 1, 2, 0', () => {
    // By hand: differences 1, 2, 0; mean 1, s = 1, t(0.975, 2) = 4.302653 (R: qt(0.975, 2)),
    // half-width 4.302653 / √3 = 2.484138.
    const interval = pairedDifference([10, 12, 14], [9, 10, 14]);
    expect(interval.mean).toBe(1);
    expect(interval.standardDeviation).toBe(1);
    expect(interval.halfWidth).toBeCloseTo(2.484138, 6);
    expect(interval.count).toBe(3);
  });

  it('is far narrower than comparing independent intervals when the runs share random numbers', () => {
    // Common random numbers: both variants see the same demand (shared), B is 0.5 faster plus a little
    // noise of its own. The paired interval resolves the 0.5; the unpaired spreads do not.
    const uniform = stream(11, 0, 'stats:paired-difference');
    const variantA: number[] = [];
    const variantB: number[] = [];
    for (let replication = 0; replication < 10; replication++) {
      const shared = 20 + 5 * standardNormal(uniform);
      variantA.push(shared + 0.1 * standardNormal(uniform));
      variantB.push(shared - 0.5 + 0.1 * standardNormal(uniform));
    }
    const paired = pairedDifference(variantA, variantB);
    expect(paired.lower).toBeGreaterThan(0);
    const separateWidth = confidenceInterval(variantA).halfWidth + confidenceInterval(variantB).halfWidth;
    expect(paired.halfWidth * 10).toBeLessThan(separateWidth);
  });

  it('throws a RangeError when the two variants have different numbers of replications', () => {
    expect(() => pairedDifference([1, 2, 3], [1, 2])).toThrow(/same length.*got 3 and 2/);
  });

  it('throws a RangeError naming the variant and index of a value that is not finite', () => {
    expect(() => pairedDifference([1, 2], [1, Number.NaN])).toThrow(
      /b\[1\] must be a finite number, got NaN/,
    );
    expect(() => pairedDifference([1, 2], [1, 2], 0)).toThrow(/level/);
  });
});
