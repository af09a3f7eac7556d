// Tests of the special functions behind the normal distribution (erfc, Φ, Q, φ) against mpmath 1.3.0
// values (50 digits), and of the Box–Muller sampler's moments and uniform count.
import { describe, expect, it } from 'vitest';
import { complementaryErrorFunction } from '../../../engine/random/complementaryErrorFunction.ts';
import {
  sampleStandardNormal,
  standardNormalCdf,
  standardNormalDensity,
  standardNormalUpperTail,
} from '../../../engine/random/standardNormal.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectVarianceInInterval,
  INTERVAL_Z,
  momentsOf,
} from './sampleMoments.ts';

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('complementaryErrorFunction', () => {
  it.each([
    [-3, 1.9999779095030015],
    [-0.25, 1.276326390168237],
    [0, 1],
    [0.25, 0.7236736098317631],
    [0.46875, 0.507386526782062],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [4, 1.541725790028002e-8],
    [4.5, 1.9661604415428876e-10],
    [10, 2.088487583762545e-45],
    [26, 5.663192408856143e-296],
  ])('matches mpmath at x = %s to 1e-14 relative', (x, expected) => {
    expect(relativeError(complementaryErrorFunction(x), expected)).toBeLessThan(1e-14);
  });

  it('is 0 beyond the underflow point, 2 far below zero, and NaN for NaN', () => {
    expect(complementaryErrorFunction(30)).toBe(0);
    expect(complementaryErrorFunction(Number.NEGATIVE_INFINITY)).toBe(2);
    expect(complementaryErrorFunction(Number.NaN)).toBeNaN();
  });
});

describe('standardNormalCdf', () => {
  it.each([
    [-10, 7.619853024160525e-24],
    [-5, 2.866515718791939e-7],
    [-3, 0.0013498980316300946],
    [-1, 0.15865525393145705],
    [0, 0.5],
    [0.5, 0.6914624612740131],
    [1.96, 0.9750021048517795],
    [3, 0.9986501019683699],
  ])('matches mpmath at z = %s to 1e-13 relative, in the tails too', (z, expected) => {
    expect(relativeError(standardNormalCdf(z), expected)).toBeLessThan(1e-13);
  });
});

describe('standardNormalUpperTail', () => {
  it.each([
    [-3, 0.9986501019683699],
    [0, 0.5],
    [1, 0.15865525393145705],
    [5, 2.866515718791939e-7],
    [10, 7.619853024160525e-24],
    [20, 2.7536241186062337e-89],
    [37, 5.725571222524577e-300],
  ])('matches mpmath at z = %s to 1e-13 relative, where 1 − Φ(z) would be 0', (z, expected) => {
    expect(relativeError(standardNormalUpperTail(z), expected)).toBeLessThan(1e-13);
  });
});

describe('standardNormalDensity', () => {
  it('is 1/√(2π) at 0 and symmetric', () => {
    expect(standardNormalDensity(0)).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 16);
    expect(standardNormalDensity(-1.3)).toBe(standardNormalDensity(1.3));
    // mpmath.npdf(2) = 0.053990966513188052.
    expect(relativeError(standardNormalDensity(2), 0.05399096651318805)).toBeLessThan(1e-15);
  });
});

describe('sampleStandardNormal', () => {
  it('has mean 0 and variance 1 within their confidence intervals', () => {
    const moments = momentsOf(drawSample(sampleStandardNormal, 'standard normal'));
    expectMeanInInterval(moments, 0, 'N(0, 1)');
    expectVarianceInInterval(moments, 1, 'N(0, 1)');
  });

  it('puts 2.5 % of draws above 1.96, within sampling error', () => {
    const draws = drawSample(sampleStandardNormal, 'standard normal tail');
    const share = draws.filter((value) => value > 1.96).length / draws.length;
    // Binomial standard error √(p(1 − p)/n).
    expect(Math.abs(share - 0.025)).toBeLessThan(INTERVAL_Z * Math.sqrt((0.025 * 0.975) / draws.length));
  });

  it('reads exactly two uniforms per draw and keeps no spare between calls', () => {
    const counter = countingStream('box-muller count');
    for (let draw = 0; draw < 1_000; draw++) sampleStandardNormal(counter.rng);
    expect(counter.read()).toBe(2_000);
  });
});
