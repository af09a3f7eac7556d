// Tests of regularizedIncompleteBeta against closed forms (polynomials, the binomial distribution),
// its symmetry, high-precision references and its parameter checks.
import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from '../../../engine/stats/incompleteBeta.ts';

function binomialCoefficient(n: number, k: number): number {
  let result = 1;
  for (let index = 1; index <= k; index++) result = (result * (n - k + index)) / index;
  return result;
}

describe('regularizedIncompleteBeta', () => {
  it('gives 11/16 for I_½(2, 3), worked out by hand', () => {
    // I_x(2, 3) = Σ_{j=2..4} C(4, j) x^j (1 − x)^(4−j) = (6 + 4 + 1)/16 at x = ½.
    expect(regularizedIncompleteBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 15);
  });

  it('equals the closed forms x^a and 1 − (1 − x)^b when the other shape is 1', () => {
    for (const x of [0.01, 0.3, 0.77]) {
      for (const shape of [0.5, 2, 7.5]) {
        expect(regularizedIncompleteBeta(x, shape, 1)).toBeCloseTo(x ** shape, 14);
        expect(regularizedIncompleteBeta(x, 1, shape)).toBeCloseTo(1 - (1 - x) ** shape, 14);
      }
    }
  });

  it('equals the binomial upper tail: I_p(k, n − k + 1) = P(X >= k) for X ~ Binomial(n, p)', () => {
    // Abramowitz & Stegun 26.5.24.
    const trials = 10;
    const successProbability = 0.3;
    for (let successes = 1; successes <= trials; successes++) {
      let upperTail = 0;
      for (let count = successes; count <= trials; count++) {
        upperTail +=
          binomialCoefficient(trials, count) *
          successProbability ** count *
          (1 - successProbability) ** (trials - count);
      }
      expect(regularizedIncompleteBeta(successProbability, successes, trials - successes + 1)).toBeCloseTo(
        upperTail,
        14,
      );
    }
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a) and I_½(a, a) = ½', () => {
    for (const [x, a, b] of [
      [0.2, 0.1, 0.1],
      [0.6, 3.5, 1.2],
      [0.999, 500, 0.5],
    ] as const) {
      expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(1 - regularizedIncompleteBeta(1 - x, b, a), 14);
    }
    for (const shape of [0.3, 4, 250])
      expect(regularizedIncompleteBeta(0.5, shape, shape)).toBeCloseTo(0.5, 13);
  });

  it('agrees with 40-digit references to 1e-13', () => {
    // References: mpmath 1.3, betainc(a, b, 0, x, regularized=True) at 40 digits.
    const references: readonly [number, number, number, number][] = [
      [0.3, 2.5, 0.5, 0.01892712407194565],
      [0.001, 0.5, 0.5, 0.020135041633377492],
      [0.7, 30, 10, 0.2241297491808364],
      [0.999, 500, 0.5, 0.31731044730971725],
    ];
    for (const [x, a, b, reference] of references) {
      const value = regularizedIncompleteBeta(x, a, b);
      expect(Math.abs(value - reference) / reference, `I_${x}(${a}, ${b})`).toBeLessThan(1e-13);
    }
  });

  it('is 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('throws a RangeError naming the parameter and value for x outside [0, 1] or a shape not above 0', () => {
    expect(() => regularizedIncompleteBeta(1.5, 2, 3)).toThrow(/x must be in \[0, 1\], got 1.5/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(/a must be a finite number > 0, got 0/);
    expect(() => regularizedIncompleteBeta(0.5, 2, -1)).toThrow(/b must be a finite number > 0, got -1/);
    expect(() => regularizedIncompleteBeta(Number.NaN, 2, 3)).toThrow(/got NaN/);
  });
});
