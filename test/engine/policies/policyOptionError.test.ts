// Tests of PolicyOptionError and the shared option rules: messages that name the policy, the option,
// the rule and the value, and fields that carry the same facts as data.
import { describe, expect, it } from 'vitest';
import {
  _readOptions,
  _requireBooleanOption,
  _requirePositiveOption,
  _requireQueueOrder,
} from '../../../engine/policies/optionRules.ts';
import { PolicyOptionError } from '../../../engine/policies/policyOptionError.ts';
import { triage } from '../../../engine/policies/triage.ts';

describe('PolicyOptionError', () => {
  it('names the policy, option, rule and value, and keeps them as fields', () => {
    const error = new PolicyOptionError('ageing', 'thresholdHours', 'a finite number > 0', -2);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe('ageing: thresholdHours must be a finite number > 0, got -2');
    expect([error.name, error.policy, error.option, error.expected, error.received]).toEqual([
      'PolicyOptionError',
      'ageing',
      'thresholdHours',
      'a finite number > 0',
      -2,
    ]);
  });

  it('formats strings, arrays, functions and option objects readably', () => {
    const message = (received: unknown) => new PolicyOptionError('p', 'o', 'r', received).message;
    expect(message('4')).toBe('p: o must be r, got "4"');
    expect(message([1, 2])).toBe('p: o must be r, got an array of 2');
    expect(message(() => 0)).toBe('p: o must be r, got a function');
    expect(message({ thresholdHours: '4', levels: 1 })).toBe(
      'p: o must be r, got { thresholdHours: "4", levels: 1 }',
    );
    expect(message({})).toBe('p: o must be r, got {}');
  });
});

describe('option rules', () => {
  it('accept good values and return them', () => {
    expect(_readOptions('ageing', { thresholdHours: 4 }, ['thresholdHours'])).toEqual({ thresholdHours: 4 });
    expect(_requirePositiveOption('ageing', 'thresholdHours', 0.5)).toBe(0.5);
    expect(_requireBooleanOption('closest-to-sla-breach', 'expediteFirst', false)).toBe(false);
    expect(_requireQueueOrder('then-by', 'first', triage()).kind).toBe('triage');
  });

  it('refuse arrays as options, NaN as a positive number and an order without rank', () => {
    expect(() => _readOptions('ageing', [4], ['thresholdHours'])).toThrow(
      'options must be an object, got an array of 1',
    );
    expect(() => _requirePositiveOption('ageing', 'thresholdHours', Number.NaN)).toThrow('got NaN');
    expect(() => _requireQueueOrder('then-by', 'first', { kind: 'x', dynamic: false })).toThrow(
      'then-by: first must be a queue order',
    );
  });
});
