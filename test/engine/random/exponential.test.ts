// Tests of exponential(): closed-form moments, sample moments against theory, uniforms per sample,
// and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type ExponentialParameters, exponential } from '../../../engine/random/exponential.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('exponential', () => {
  it('has mean 1/rate and variance 1/rate² (rate 4: 0.25 and 0.0625)', () => {
    const byRate = exponential({ rate: 4 });
    expect([byRate.kind, byRate.rate, byRate.mean, byRate.variance]).toEqual([
      'exponential',
      4,
      0.25,
      0.0625,
    ]);
    const byMean = exponential({ mean: 0.25 });
    expect([byMean.rate, byMean.mean, byMean.variance]).toEqual([4, 0.25, 0.0625]);
  });

  it.each<[string, ExponentialParameters]>([
    ['rate 4', { rate: 4 }],
    ['mean 3', { mean: 3 }],
    ['rate 0.01', { rate: 0.01 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = exponential(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `exponential ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
    expect(moments.minimum).toBeGreaterThanOrEqual(0);
  });

  it('reads exactly one uniform per sample and returns a finite value even for u = 0', () => {
    const counter = countingStream('exponential count');
    const distribution = exponential({ rate: 2 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(100);
    expect(distribution.sample(() => 0)).toBe(0);
    expect(Number.isFinite(distribution.sample(() => 1 - 2 ** -53))).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(exponential({ rate: 1 }))).toBe(true);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => exponential(parameters as ExponentialParameters);
    expectParameterError(build({ rate: -2 }), 'rate', '-2');
    expectParameterError(build({ rate: 0 }), 'rate', '0');
    expectParameterError(build({ rate: Number.NaN }), 'rate', 'NaN');
    expectParameterError(build({ rate: Number.POSITIVE_INFINITY }), 'rate', 'Infinity');
    expectParameterError(build({ rate: '2' }), 'rate', '"2"');
    expectParameterError(build({ mean: -1 }), 'mean', '-1');
    expectParameterError(build({ mean: 1e-320 }), 'mean', '1e-320');
    expectParameterError(build({ rate: 1, mean: 1 }), 'parameters', '{ rate: 1, mean: 1 }');
    expectParameterError(build({}), 'parameters', '{}');
    expectParameterError(build(null), 'parameters', 'null');
    expect(build({ rate: -2 })).toThrow('exponential: rate must be > 0, got -2');
  });
});
