// Tests of uniform(): closed-form moments, sample moments against theory, uniforms per sample, and
// every parameter rule.
import { describe, expect, it } from 'vitest';
import { type UniformParameters, uniform } from '../../../engine/random/uniform.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('uniform', () => {
  it('has mean (min + max)/2 and variance (max − min)²/12 (0 to 2: 1 and 1/3)', () => {
    const distribution = uniform({ min: 0, max: 2 });
    expect([distribution.kind, distribution.min, distribution.max, distribution.mean]).toEqual([
      'uniform',
      0,
      2,
      1,
    ]);
    expect(distribution.variance).toBeCloseTo(1 / 3, 15);
  });

  it.each<[string, UniformParameters]>([
    ['0 to 2', { min: 0, max: 2 }],
    ['100 to 100.5', { min: 100, max: 100.5 }],
  ])(
    'matches its theoretical mean and variance in 200 000 draws, within [min, max) (%s)',
    (label, parameters) => {
      const distribution = uniform(parameters);
      const moments = momentsOf(drawSample(distribution.sample, `uniform ${label}`));
      expectMeanInInterval(moments, distribution.mean, label);
      expectVarianceInInterval(moments, distribution.variance, label);
      expect(moments.minimum).toBeGreaterThanOrEqual(parameters.min);
      expect(moments.maximum).toBeLessThan(parameters.max);
    },
  );

  it('reads exactly one uniform per sample', () => {
    const counter = countingStream('uniform count');
    const distribution = uniform({ min: 1, max: 3 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(100);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => uniform(parameters as UniformParameters);
    expectParameterError(build({ min: -1, max: 2 }), 'min', '-1');
    expectParameterError(build({ min: Number.NaN, max: 2 }), 'min', 'NaN');
    expectParameterError(build({ min: 0, max: Number.POSITIVE_INFINITY }), 'max', 'Infinity');
    expectParameterError(build({ min: 2, max: 2 }), 'max', '2');
    expectParameterError(build({ min: 3, max: 2 }), 'max', '2');
    expect(build({ min: -1, max: 2 })).toThrow('uniform: min must be >= 0');
    expect(build({ min: 2, max: 2 })).toThrow('uniform: max must be > min (2), got 2');
  });
});
