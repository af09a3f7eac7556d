// Tests of logGamma against values of ln Γ(x) computed with mpmath 1.3.0 (mpmath.loggamma, 30 digits).
import { describe, expect, it } from 'vitest';
import { logGamma } from '../../../engine/random/logGamma.ts';

describe('logGamma', () => {
  it('gives Γ(0.5) = √π and Γ(5) = 24', () => {
    expect(Math.exp(logGamma(0.5))).toBeCloseTo(Math.sqrt(Math.PI), 14);
    expect(Math.exp(logGamma(5))).toBeCloseTo(24, 12);
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it.each([
    [1e-5, 11.512919692895826],
    [0.001, 6.907178885383853],
    [0.1, 2.252712651734206],
    [1 / 3, 0.9854206469277671],
    [1.5, -0.12078223763524522],
    [2.5, 0.2846828704729192],
    [10, 12.801827480081469],
    [100, 359.1342053695754],
    [171.5, 709.1431630309282],
    [1e6, 12815504.569147611],
  ])('matches mpmath at x = %s to 1e-14 relative', (x, expected) => {
    expect(Math.abs(logGamma(x) - expected) / Math.abs(expected)).toBeLessThan(1e-14);
  });

  it('is accurate to 1e-15 absolute near x = 1 and 2, where ln Γ is close to 0 (Weibull with a large shape)', () => {
    // mpmath: ln Γ(1.1), ln Γ(1.2), ln Γ(1.01).
    expect(Math.abs(logGamma(1.1) - -0.049872441259839764)).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(1.2) - -0.08537409000331583)).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(1.01) - -0.005690307946069651)).toBeLessThan(1e-15);
  });

  it('returns NaN outside x > 0 and Infinity at Infinity', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
    expect(logGamma(Number.NaN)).toBeNaN();
    expect(logGamma(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});
