// Tests of pert(): closed-form moments (classic lambda 4 and others), sample moments against theory,
// and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type PertParameters, pert } from '../../../engine/random/pert.ts';
import {
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('pert', () => {
  it('has mean 1 and variance 1/7 for (0, 1, 2): Beta(3, 3) on [0, 2]', () => {
    const distribution = pert({ min: 0, mode: 1, max: 2 });
    expect([distribution.kind, distribution.lambda, distribution.alpha, distribution.beta]).toEqual([
      'pert',
      4,
      3,
      3,
    ]);
    expect(distribution.mean).toBe(1);
    // Beta(3, 3) variance 9/(36·7) = 1/28, times the squared width 4.
    expect(distribution.variance).toBeCloseTo(1 / 7, 15);
  });

  it('has mean (min + 4·mode + max)/6 for a skewed estimate, and the beta variance for other lambdas', () => {
    // (2, 3, 10): mean (2 + 12 + 10)/6 = 4; alpha = 1 + 4·1/8 = 1.5, beta = 1 + 4·7/8 = 4.5,
    // variance αβ/((α + β)²(α + β + 1))·64 = 6.75/(36·7)·64 = 12/7.
    const skewed = pert({ min: 2, mode: 3, max: 10 });
    expect(skewed.mean).toBeCloseTo(4, 14);
    expect(skewed.variance).toBeCloseTo(12 / 7, 14);
    // lambda 0 is the uniform on [min, max]: variance 64/12.
    const flat = pert({ min: 2, mode: 3, max: 10, lambda: 0 });
    expect(flat.mean).toBeCloseTo(6, 14);
    expect(flat.variance).toBeCloseTo(64 / 12, 14);
  });

  it.each<[string, PertParameters]>([
    ['0, 1, 2', { min: 0, mode: 1, max: 2 }],
    ['2, 3, 10', { min: 2, mode: 3, max: 10 }],
    ['mode at min, lambda 8', { min: 1, mode: 1, max: 5, lambda: 8 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = pert(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `pert ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
    expect(moments.minimum).toBeGreaterThanOrEqual(parameters.min);
    expect(moments.maximum).toBeLessThanOrEqual(parameters.max);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => pert(parameters as PertParameters);
    expectParameterError(build({ min: -1, mode: 1, max: 2 }), 'min', '-1');
    expectParameterError(build({ min: 0, mode: -1, max: 2 }), 'mode', '-1');
    expectParameterError(build({ min: 0, mode: 3, max: 2 }), 'mode', '3');
    expectParameterError(build({ min: 2, mode: 2, max: 1 }), 'max', '1');
    expectParameterError(build({ min: 0, mode: 1, max: 2, lambda: -4 }), 'lambda', '-4');
    expectParameterError(build({ min: 0, mode: 1, max: 2, lambda: Number.NaN }), 'lambda', 'NaN');
    expectParameterError(
      build({ min: 0, mode: 1, max: 2, lambda: Number.POSITIVE_INFINITY }),
      'lambda',
      'Infinity',
    );
    expect(build({ min: 0, mode: 3, max: 2 })).toThrow(
      'pert: mode must be within [min, max] = [0, 2], got 3',
    );
  });
});
