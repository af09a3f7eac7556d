// Tests of triangular(): closed-form moments, sample moments against theory (symmetric and skewed,
// mode at either bound), uniforms per sample, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type TriangularParameters, triangular } from '../../../engine/random/triangular.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('triangular', () => {
  it('has mean 1 and variance 1/6 for (0, 1, 2), and the textbook moments for a skewed estimate', () => {
    const symmetric = triangular({ min: 0, mode: 1, max: 2 });
    expect([symmetric.kind, symmetric.mean]).toEqual(['triangular', 1]);
    expect(symmetric.variance).toBeCloseTo(1 / 6, 15);
    // (3, 5, 11): mean 19/3, variance (9 + 25 + 121 − 15 − 33 − 55)/18 = 52/18.
    const skewed = triangular({ min: 3, mode: 5, max: 11 });
    expect(skewed.mean).toBeCloseTo(19 / 3, 14);
    expect(skewed.variance).toBeCloseTo(52 / 18, 14);
  });

  it.each<[string, TriangularParameters]>([
    ['0, 1, 2', { min: 0, mode: 1, max: 2 }],
    ['3, 5, 11', { min: 3, mode: 5, max: 11 }],
    ['mode at min', { min: 1, mode: 1, max: 4 }],
    ['mode at max', { min: 0, mode: 8, max: 8 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = triangular(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `triangular ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
    expect(moments.minimum).toBeGreaterThanOrEqual(parameters.min);
    expect(moments.maximum).toBeLessThanOrEqual(parameters.max);
  });

  it('reads exactly one uniform per sample', () => {
    const counter = countingStream('triangular count');
    const distribution = triangular({ min: 0, mode: 1, max: 2 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(100);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => triangular(parameters as TriangularParameters);
    expectParameterError(build({ min: -1, mode: 1, max: 2 }), 'min', '-1');
    expectParameterError(build({ min: 0, mode: 3, max: 2 }), 'mode', '3');
    expectParameterError(build({ min: 1, mode: 0.5, max: 2 }), 'mode', '0.5');
    expectParameterError(build({ min: 2, mode: 2, max: 2 }), 'max', '2');
    expectParameterError(build({ min: 0, mode: Number.NaN, max: 2 }), 'mode', 'NaN');
    expectParameterError(build({ min: 0, mode: 1, max: Number.POSITIVE_INFINITY }), 'max', 'Infinity');
    expect(build({ min: 0, mode: 3, max: 2 })).toThrow(
      'triangular: mode must be within [min, max] = [0, 2], got 3',
    );
  });
});
