// Tests of logBeta in each of its three regimes (small shapes, one large, both large) against closed
// forms and the recurrence of the beta function, and its parameter checks.
import { describe, expect, it } from 'vitest';
import { logBeta } from '../../../engine/stats/logBeta.ts';

describe('logBeta', () => {
  it('gives ln(1/12) for B(2, 3) and ln π for B(½, ½)', () => {
    // B(2, 3) = 1! 2! / 4! = 1/12; B(½, ½) = Γ(½)² = π.
    expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 14);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
  });

  it('gives −ln a for B(a, 1) = 1/a and −ln(a(a + 1)) for B(a, 2), also for huge a', () => {
    for (const shape of [0.001, 3, 12, 5e4, 1e9]) {
      expect(logBeta(shape, 1) / -Math.log(shape)).toBeCloseTo(1, 14);
      expect(logBeta(2, shape) / -Math.log(shape * (shape + 1))).toBeCloseTo(1, 14);
    }
  });

  it('satisfies B(a + 1, b) = B(a, b) · a/(a + b) when both shapes are large', () => {
    for (const [a, b] of [
      [12, 15],
      [5e4, 5e4],
      [3e6, 20],
    ] as const) {
      const recurrence = logBeta(a, b) + Math.log(a / (a + b));
      expect(logBeta(a + 1, b) / recurrence).toBeCloseTo(1, 14);
    }
  });

  it('agrees with 50-digit references where ln Γ differences would cancel', () => {
    // References: mpmath 1.3, log(beta(a, b)) at 50 digits. (scipy.special.betaln gives
    // −4.837521699315403 for the first, off in the tenth digit.)
    expect(logBeta(5e4, 0.5)).toBeCloseTo(-4.837521699280441, 13);
    expect(logBeta(1e8, 3)).toBeCloseTo(-54.56889508129715, 12);
    expect(logBeta(1e-5, 20)).toBeCloseTo(11.51288998765334, 13);
  });

  it('is symmetric in its arguments', () => {
    expect(logBeta(0.5, 10)).toBe(logBeta(10, 0.5));
    expect(logBeta(123.4, 5.6)).toBe(logBeta(5.6, 123.4));
  });

  it('throws a RangeError naming the parameter and value for a shape that is not a finite number > 0', () => {
    expect(() => logBeta(0, 1)).toThrow(/a must be a finite number > 0, got 0/);
    expect(() => logBeta(1, Number.POSITIVE_INFINITY)).toThrow(/b must be a finite number > 0, got Infinity/);
  });
});
