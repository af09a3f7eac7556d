// Tests of normalQuantile (Wichura's AS 241) against published normal quantiles in all three of its
// regions, its symmetry and its parameter checks.
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../../engine/stats/normalQuantile.ts';

describe('normalQuantile', () => {
  it('matches R to 15 significant digits in the centre, intermediate and far tail', () => {
    // Confirmed in R (print(qnorm(p), digits = 16)) and in scipy.stats.norm.ppf.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 14);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080407, 14);
    expect(normalQuantile(0.9995)).toBeCloseTo(3.290526731491926, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 14);
    // p = 1e-300 lies in the far-tail region (r > 5); mpmath at 50 digits gives −37.04709629936120.
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 12);
  });

  it('is 0 at the median and antisymmetric about it', () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const probability of [1e-12, 0.01, 0.2, 0.45]) {
      expect(normalQuantile(1 - probability)).toBeCloseTo(-normalQuantile(1 - (1 - probability)), 14);
    }
  });

  it('is far more accurate than simple-statistics probit, which gives 1.95716 for 0.975', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(1e-15);
  });

  it('throws a RangeError naming the value for a probability outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(/probability must be in \(0, 1\), got 0/);
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(/got NaN/);
  });
});
