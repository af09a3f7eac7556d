// Tests of weibull(): closed-form moments against mpmath, sample moments against theory, uniforms per
// sample, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type WeibullParameters, weibull } from '../../../engine/random/weibull.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('weibull', () => {
  it.each([
    // [shape, scale, mean, variance] from mpmath 1.3.0: scale·Γ(1 + 1/k), scale²·(Γ(1 + 2/k) − Γ(1 + 1/k)²).
    [1, 3, 3, 9],
    [2, 10, 8.86226925452758, 21.46018366025517],
    [1.5, 2, 1.8054905859018673, 1.502761139255728],
    [0.8, 1, 1.1330030963193463, 2.039654954178616],
    [5, 10, 9.181687423997607, 4.422997798311733],
  ])('has the closed-form mean and variance for shape %s, scale %s', (shape, scale, mean, variance) => {
    const distribution = weibull({ shape, scale });
    expect(distribution.kind).toBe('weibull');
    expect(Math.abs(distribution.mean - mean) / mean).toBeLessThan(1e-13);
    expect(Math.abs(distribution.variance - variance) / variance).toBeLessThan(1e-12);
  });

  it.each<[string, WeibullParameters]>([
    ['shape 0.8 scale 1', { shape: 0.8, scale: 1 }],
    ['shape 1.5 scale 2', { shape: 1.5, scale: 2 }],
    ['shape 5 scale 10', { shape: 5, scale: 10 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = weibull(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `weibull ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
  });

  it('reads exactly one uniform per sample', () => {
    const counter = countingStream('weibull count');
    const distribution = weibull({ shape: 2, scale: 1 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(100);
  });

  it('reports an infinite mean and variance, never NaN, when they exceed the largest double', () => {
    const distribution = weibull({ shape: 0.005, scale: 1 });
    expect(distribution.mean).toBe(Number.POSITIVE_INFINITY);
    expect(distribution.variance).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => weibull(parameters as WeibullParameters);
    expectParameterError(build({ shape: 0, scale: 1 }), 'shape', '0');
    expectParameterError(build({ shape: -2, scale: 1 }), 'shape', '-2');
    expectParameterError(build({ shape: Number.NaN, scale: 1 }), 'shape', 'NaN');
    expectParameterError(build({ shape: 2, scale: -1 }), 'scale', '-1');
    expectParameterError(build({ shape: 2, scale: Number.POSITIVE_INFINITY }), 'scale', 'Infinity');
    expectParameterError(build({ shape: 2 }), 'scale', 'undefined');
    expect(build({ shape: 0, scale: 1 })).toThrow('weibull: shape must be > 0, got 0');
  });
});
