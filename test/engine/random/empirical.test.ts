// Tests of empirical(): population moments of the data, sample moments against them, that it copies
// the data, uniforms per sample, and every parameter rule.
import { describe, expect, it } from 'vitest';
import { type EmpiricalParameters, empirical } from '../../../engine/random/empirical.ts';
import {
  countingStream,
  drawSample,
  expectMeanInInterval,
  expectParameterError,
  expectVarianceInInterval,
  momentsOf,
} from './sampleMoments.ts';

describe('empirical', () => {
  it('has the population mean and variance of the data ([1, 2, 2, 7]: 3 and 5.5)', () => {
    // Deviations −2, −1, −1, 4: squares 4 + 1 + 1 + 16 = 22, divided by n = 4.
    const distribution = empirical({ values: [1, 2, 2, 7] });
    expect([distribution.kind, distribution.count, distribution.mean, distribution.variance]).toEqual([
      'empirical',
      4,
      3,
      5.5,
    ]);
    expect(empirical({ values: [3] }).variance).toBe(0);
  });

  it('matches its mean and variance in 200 000 draws and only returns observed values', () => {
    const values = [0.5, 1, 1, 2, 3.5, 8, 13, 0];
    const distribution = empirical({ values });
    const draws = drawSample(distribution.sample, 'empirical');
    const moments = momentsOf(draws);
    expectMeanInInterval(moments, distribution.mean, 'empirical');
    expectVarianceInInterval(moments, distribution.variance, 'empirical');
    const observed = new Set(values);
    expect(draws.every((value) => observed.has(value))).toBe(true);
  });

  it('copies the data, so later changes to the caller’s array change nothing', () => {
    const values = [1, 2, 3];
    const distribution = empirical({ values });
    values[0] = 100;
    expect(distribution.mean).toBe(2);
    expect(distribution.sample(() => 0)).toBe(1);
  });

  it('reads exactly one uniform per sample and stays in range for u just below 1', () => {
    const counter = countingStream('empirical count');
    const distribution = empirical({ values: [1, 2, 3] });
    for (let draw = 0; draw < 100; draw++) distribution.sample(counter.rng);
    expect(counter.read()).toBe(100);
    expect(distribution.sample(() => 1 - 2 ** -53)).toBe(3);
  });

  it('rejects bad parameters with a message naming the parameter and the value', () => {
    const build = (parameters: unknown) => () => empirical(parameters as EmpiricalParameters);
    expectParameterError(build({ values: [] }), 'values', 'an array of 0');
    expectParameterError(build({ values: 'fast' }), 'values', '"fast"');
    expectParameterError(build({ values: [1, 2, -1] }), 'values[2]', '-1');
    expectParameterError(build({ values: [1, Number.NaN] }), 'values[1]', 'NaN');
    expectParameterError(build({ values: [Number.POSITIVE_INFINITY] }), 'values[0]', 'Infinity');
    // A hole in a sparse array is reported, not skipped.
    const withHole: number[] = new Array(3);
    withHole[0] = 1;
    withHole[2] = 3;
    expectParameterError(build({ values: withHole }), 'values[1]', 'undefined');
    expect(build({ values: [] })).toThrow(
      'empirical: values must be a non-empty array of numbers >= 0, got an array of 0',
    );
  });
});
