// Tests of studentTQuantile against published quantiles (R's qt, printed to 7 significant digits),
// values computed at high precision, its symmetry, its normal limit and its parameter checks.
import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../../engine/stats/studentTQuantile.ts';

function expectRelativelyClose(actual: number, expected: number, relativeTolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(
    relativeTolerance,
  );
}

describe('studentTQuantile', () => {
  it('matches R to every printed digit for the quantiles intervals use', () => {
    // Confirmed in R: qt(0.975, 1), qt(0.975, 7), qt(0.975, 30), qt(0.9995, 10), qt(0.9995, 19),
    // qt(0.95, 1000); also in every printed t table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 6);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.364624, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(studentTQuantile(0.9995, 10)).toBeCloseTo(4.586894, 6);
    expect(studentTQuantile(0.9995, 19)).toBeCloseTo(3.883406, 6);
    expect(studentTQuantile(0.95, 1000)).toBeCloseTo(1.646379, 6);
    // Confirmed in R: qt(0.975, 2), qt(0.975, 4), qt(0.995, 9).
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.302653, 6);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.776445, 6);
    expect(studentTQuantile(0.995, 9)).toBeCloseTo(3.249836, 6);
  });

  it('reaches the normal quantile at infinite degrees of freedom', () => {
    // Confirmed in R: qnorm(0.975) = 1.959964, qnorm(0.9995) = 3.290527.
    expect(studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959964, 6);
    expect(studentTQuantile(0.9995, Number.POSITIVE_INFINITY)).toBeCloseTo(3.290527, 6);
  });

  it('agrees with 40-digit references to 1e-13, including fractional and huge degrees of freedom', () => {
    // References: mpmath 1.3 at 40 digits, root of ½ I_{df/(df+t²)}(df/2, ½) = 1 − p (and, for df above
    // 1000, of the integrated density); they agree with scipy.stats.t.ppf 1.17 to its accuracy.
    const references: readonly [number, number, number][] = [
      [0.975, 2.5, 3.5746548420036817],
      [0.975, 0.5, 164.55767348048823],
      [0.999, 3, 10.214531852407383],
      [1e-6, 30, -5.871117120418883],
      [0.6, 4, 0.2707222947075976],
      [0.9, 0.2, 750.8285208112887],
      [0.975, 1e5, 1.9599877075346093],
      [0.975, 1e7, 1.959964221767205],
    ];
    for (const [probability, degreesOfFreedom, reference] of references) {
      expectRelativelyClose(studentTQuantile(probability, degreesOfFreedom), reference, 1e-13);
    }
  });

  it('keeps its relative accuracy next to the median, where t is tiny', () => {
    // For df = 1 (Cauchy) t(½ + ε) = tan(π ε) exactly; for df = 2, t = 2ε·√2 / √(1 − 4ε²).
    // ε is the exact distance of the double nearest ½ + 1e-12 from ½.
    const epsilon = 0.5 + 1e-12 - 0.5;
    expectRelativelyClose(studentTQuantile(0.5 + epsilon, 1), Math.tan(Math.PI * epsilon), 1e-14);
    expectRelativelyClose(studentTQuantile(0.5 + epsilon, 2), 2 * Math.SQRT2 * epsilon, 1e-14);
    // For df = 7 the density at 0 is 1/(√7 B(7/2, ½)) = 0.384991450832267 (mpmath), so t = ε / that
    // up to a relative O(ε²).
    expectRelativelyClose(studentTQuantile(0.5 + epsilon, 7), epsilon / 0.384991450832267, 1e-13);
    expect(studentTQuantile(0.5, 7)).toBe(0);
  });

  it('follows heavy power-law tails far out, and gives −Infinity beyond the largest double', () => {
    // References: mpmath 1.3 at 50 digits, root in ln t of ½ I_{df/(df+t²)}(df/2, ½) = p.
    expectRelativelyClose(studentTQuantile(1e-30, 0.1), -1.604425705666508e296, 1e-12);
    expectRelativelyClose(studentTQuantile(1e-12, 0.05), -1.087604467600163e233, 1e-12);
    // For df = 0.05, P(T < t) = 1e-30 needs |t| near 1e570.
    expect(studentTQuantile(1e-30, 0.05)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('is antisymmetric: t(1 − p) = −t(p)', () => {
    for (const degreesOfFreedom of [0.7, 1, 2, 3, 12.5, 40, 5e4]) {
      for (const probability of [0.001, 0.05, 0.3, 0.49]) {
        // 1 − p is the nearest double to it, so the upper quantile is that of 1 − (1 − p), not of p.
        const upperProbability = 1 - probability;
        expectRelativelyClose(
          studentTQuantile(upperProbability, degreesOfFreedom),
          -studentTQuantile(1 - upperProbability, degreesOfFreedom),
          1e-15,
        );
      }
    }
  });

  it('falls towards the normal quantile as the degrees of freedom grow', () => {
    const degrees = [1, 2, 3, 5, 10, 30, 100, 1000, 1e4, 1e6, 1e9];
    const quantiles = degrees.map((degreesOfFreedom) => studentTQuantile(0.975, degreesOfFreedom));
    for (let index = 1; index < quantiles.length; index++) {
      expect(quantiles[index]).toBeLessThan(quantiles[index - 1] ?? Number.NaN);
    }
    expect(quantiles.at(-1)).toBeGreaterThan(studentTQuantile(0.975, Number.POSITIVE_INFINITY));
  });

  it('is continuous where it changes method from the incomplete beta to the Cornish-Fisher expansion', () => {
    // For p = 0.975 the switch lies at df = 1000 · 1.96² ≈ 3841.6; the slope dt/ddf is about
    // −(z³ + z)/(4 df²) = −1.6e-7, so a step of 1 in df must move t by that much and no more.
    const below = studentTQuantile(0.975, 3841);
    const above = studentTQuantile(0.975, 3842);
    expect(below - above).toBeGreaterThan(1.5e-7);
    expect(below - above).toBeLessThan(1.7e-7);
  });

  it('throws a RangeError naming the parameter and value for a probability outside (0, 1)', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(/probability must be in \(0, 1\), got 1/);
    expect(() => studentTQuantile(97.5, 5)).toThrow(/got 97.5/);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(/got NaN/);
  });

  it('throws a RangeError naming the parameter and value for degrees of freedom not above 0', () => {
    expect(() => studentTQuantile(0.975, 0)).toThrow(/degreesOfFreedom must be > 0.*got 0/);
    expect(() => studentTQuantile(0.975, -3)).toThrow(/got -3/);
    expect(() => studentTQuantile(0.975, Number.NaN)).toThrow(/degreesOfFreedom.*got NaN/);
  });
});
