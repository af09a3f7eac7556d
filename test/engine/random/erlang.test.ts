// Tests of erlang(): closed-form moments, sample moments against theory (also for a shape large enough
// to underflow a plain product of uniforms), uniforms per sample, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type ErlangParameters, erlang } from '../../../engine/random/erlang.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('erlang', () => {
  it('has mean shape/rate and variance shape/rate² (shape 3, rate 2: 1.5 and 0.75)', () => {
    const byRate = erlang({ shape: 3, rate: 2 });
    expect([byRate.kind, byRate.shape, byRate.rate, byRate.mean, byRate.variance]).toEqual([
      'erlang',
      3,
      2,
      1.5,
      0.75,
    ]);
    const byMean = erlang({ shape: 3, mean: 6 });
    expect([byMean.rate, byMean.mean, byMean.variance]).toEqual([0.5, 6, 12]);
  });

  it.each<[string, ErlangParameters]>([
    ['shape 1 rate 1', { shape: 1, rate: 1 }],
    ['shape 3 mean 6', { shape: 3, mean: 6 }],
    ['shape 20 rate 5', { shape: 20, rate: 5 }],
  ])('matches its theoretical mean and variance in 200 000 draws (%s)', (label, parameters) => {
    const distribution = erlang(parameters);
    const moments = momentsOf(drawSample(distribution.sample, `erlang ${label}`));
    expectMeanInInterval(moments, distribution.mean, label);
    expectVarianceInInterval(moments, distribution.variance, label);
  });

  it('stays finite and matches theory for shape 2000, where the product of uniforms alone would underflow', () => {
    // The product of 2000 uniforms is about e^-2000, far below the smallest double (about e^-745).
    // 20 000 draws (4e7 uniforms) keep the test fast; the interval widens accordingly.
    const distribution = erlang({ shape: 2000, mean: 10 });
    const moments = momentsOf(drawSample(distribution.sample, 'erlang shape 2000', 20_000));
    expect(Number.isFinite(moments.mean)).toBe(true);
    expect(moments.minimum).toBeGreaterThan(0);
    expectMeanInInterval(moments, distribution.mean, 'shape 2000');
    expectVarianceInInterval(moments, distribution.variance, 'shape 2000');
  });

  it('reads exactly `shape` uniforms per sample', () => {
    const counter = countingStream('erlang count');
    const distribution = erlang({ shape: 7, rate: 1 });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(700);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => erlang(parameters as ErlangParameters);
    expectParameterError(build({ shape: 2.5, rate: 1 }), 'shape', '2.5');
    expectParameterError(build({ shape: 0, rate: 1 }), 'shape', '0');
    expectParameterError(build({ shape: -3, rate: 1 }), 'shape', '-3');
    expectParameterError(build({ shape: Number.POSITIVE_INFINITY, rate: 1 }), 'shape', 'Infinity');
    expectParameterError(build({ shape: 2, rate: -1 }), 'rate', '-1');
    expectParameterError(build({ shape: 2, rate: Number.NaN }), 'rate', 'NaN');
    expectParameterError(build({ shape: 2, mean: 0 }), 'mean', '0');
    expectParameterError(build({ shape: 2, mean: Number.POSITIVE_INFINITY }), 'mean', 'Infinity');
    expectParameterError(
      build({ shape: 2, rate: 1, mean: 2 }),
      'parameters',
      '{ shape: 2, rate: 1, mean: 2 }',
    );
    expectParameterError(build({ rate: 1 }), 'parameters', '{ rate: 1 }');
    expect(build({ shape: 2.5, rate: 1 })).toThrow('erlang: shape must be a whole number >= 1, got 2.5');
  });
});
