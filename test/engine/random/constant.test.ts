// Tests of constant(): its moments, that it reads no random numbers, and its parameter rule.
import { describe, expect, it } from 'vitest';
import { type ConstantParameters, constant } from '../../../engine/random/constant.ts';
import { countingStream, expectParameterError } from './sampleMoments.ts';

describe('constant', () => {
  it('always returns its value, with mean value and variance 0', () => {
    const distribution = constant({ value: 4 });
    expect([distribution.kind, distribution.value, distribution.mean, distribution.variance]).toEqual([
      'constant',
      4,
      4,
      0,
    ]);
    expect(constant({ value: 0 }).mean).toBe(0);
  });

  it('consumes no random numbers', () => {
    const counter = countingStream('constant count');
    const distribution = constant({ value: 2.5 });
    for (let draw = 0; draw < 100; draw++) expect(distribution.sample(counter.rng)).toBe(2.5);
    expect(counter.read()).toBe(0);
  });

  it('rejects a negative, non-finite or non-numeric value, naming it', () => {
    const build = (parameters: unknown) => () => constant(parameters as ConstantParameters);
    expectParameterError(build({ value: -1 }), 'value', '-1');
    expectParameterError(build({ value: Number.NaN }), 'value', 'NaN');
    expectParameterError(build({ value: Number.POSITIVE_INFINITY }), 'value', 'Infinity');
    expectParameterError(build({ value: null }), 'value', 'null');
    expect(build({ value: -1 })).toThrow(
      'constant: value must be >= 0 (durations and efforts are never negative), got -1',
    );
  });
});
