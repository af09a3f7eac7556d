// Tests of DistributionParameterError: the message names the distribution, parameter, rule and value,
// and the same facts are readable as data.
import { describe, expect, it } from 'vitest';
import { DistributionParameterError } from '../../../engine/random/distribution.ts';

describe('DistributionParameterError', () => {
  it('says which distribution, which parameter, which rule and what was received', () => {
    const error = new DistributionParameterError('lognormal', 'cv', '> 0', -1);
    expect(error.message).toBe('lognormal: cv must be > 0, got -1');
    expect([error.name, error.distribution, error.parameter, error.received]).toEqual([
      'DistributionParameterError',
      'lognormal',
      'cv',
      -1,
    ]);
    expect(error).toBeInstanceOf(RangeError);
  });

  it('shows strings quoted, arrays by length and parameter objects field by field', () => {
    expect(new DistributionParameterError('gamma', 'shape', 'a number', 'two').message).toBe(
      'gamma: shape must be a number, got "two"',
    );
    expect(new DistributionParameterError('empirical', 'values', 'non-empty', []).message).toBe(
      'empirical: values must be non-empty, got an array of 0',
    );
    expect(
      new DistributionParameterError('gamma', 'parameters', 'either ...', { shape: 2, cv: Number.NaN })
        .message,
    ).toBe('gamma: parameters must be either ..., got { shape: 2, cv: NaN }');
  });
});
