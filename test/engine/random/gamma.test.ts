// Tests of gamma(): closed-form moments, sample moments against theory for shapes below and above 1,
// the uniforms a sample costs, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type GammaParameters, gamma } from '../../../engine/random/gamma.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('gamma', () => {
  it('has mean shape·scale and variance shape·scale², also when given by mean and cv', () => {
    const byShape = gamma({ shape: 4, scale: 2 });
    expect([byShape.kind, byShape.mean, byShape.variance]).toEqual(['gamma', 8, 16]);
    // mean 8, cv 0.5: shape 1/0.25 = 4, scale 8·0.25 = 2, variance (8·0.5)² = 16.
    const byMean = gamma({ mean: 8, cv: 0.5 });
    expect([byMean.shape, byMean.scale, byMean.mean, byMean.variance]).toEqual([4, 2, 8, 16]);
  });

  it.each<[string, GammaParameters]>([
    ['shape 0.25 (boosted)', { shape: 0.25, scale: 4 }],
    ['mean 1 cv 2 (shape 0.25)', { mean: 1, cv: 2 }],
    ['shape 1 (exponential)', { shape: 1, scale: 3 }],
    ['shape 2.5', { shape: 2.5, scale: 0.4 }],
    ['mean 8 cv 0.2 (shape 25)', { mean: 8, cv: 0.2 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = gamma(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `gamma ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
    expect(moments.minimum).toBeGreaterThanOrEqual(0);
  });

  it('costs about 3 uniforms per sample for shape >= 1 and one more when boosted, the same on every run', () => {
    const count = 10_000;
    for (const [shape, limit] of [
      [1, 3.2],
      [5, 3.1],
      [0.5, 4.2],
    ] as const) {
      const counter = countingStream(`gamma count ${shape}`);
      const distribution = gamma({ shape, scale: 1 });
      for (let draw = 0; draw < count; draw++) distribution.sample(counter.rng);
      expect(counter.read() / count, `shape ${shape}`).toBeLessThan(limit);
    }
    const first = drawSample(gamma({ shape: 0.5, scale: 1 }).sample, 'gamma replay', 1_000);
    const again = drawSample(gamma({ shape: 0.5, scale: 1 }).sample, 'gamma replay', 1_000);
    expect(again).toEqual(first);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => gamma(parameters as GammaParameters);
    expectParameterError(build({ shape: 0, scale: 1 }), 'shape', '0');
    expectParameterError(build({ shape: -1, scale: 1 }), 'shape', '-1');
    expectParameterError(build({ shape: 2, scale: Number.NaN }), 'scale', 'NaN');
    expectParameterError(build({ shape: 2, scale: Number.POSITIVE_INFINITY }), 'scale', 'Infinity');
    expectParameterError(build({ mean: -5, cv: 1 }), 'mean', '-5');
    expectParameterError(build({ mean: 5, cv: 0 }), 'cv', '0');
    expectParameterError(build({ mean: 5, cv: 1e200 }), 'cv', '1e+200');
    expectParameterError(build({ shape: 2, cv: 1 }), 'parameters', '{ shape: 2, cv: 1 }');
    expectParameterError(
      build({ shape: 2, scale: 1, mean: 2 }),
      'parameters',
      '{ shape: 2, scale: 1, mean: 2 }',
    );
    expect(build({ mean: 5, cv: 0 })).toThrow('gamma: cv must be > 0, got 0');
  });
});
