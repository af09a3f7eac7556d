// Tests of deferralRule: release times worked out by hand for weekdays, the cutoff itself, weekends and
// later weeks, custom working days, and parameter rules.
import { describe, expect, it } from 'vitest';
import { type DeferralRuleParameters, deferralRule } from '../../../../engine/model/demand/deferralRule.ts';
import { expectDemandParameterError } from './demandTestSupport.ts';

describe('deferralRule', () => {
  const afterEleven = deferralRule({ cutoffHour: 11, releaseHour: 9 });

  it.each([
    ['Monday 10:00 is dealt with at once', 10, 10],
    ['Monday 03:00 (a working day, before the cutoff) is dealt with at once', 3, 3],
    ['Monday 11:00 (the cutoff itself) waits for Tuesday 09:00', 11, 33],
    ['Monday 12:00 waits for Tuesday 09:00', 12, 33],
    ['Thursday 23:30 waits for Friday 09:00', 3 * 24 + 23.5, 4 * 24 + 9],
    ['Friday 12:00 waits for Monday 09:00', 4 * 24 + 12, 177],
    ['Saturday 10:00 waits for Monday 09:00', 5 * 24 + 10, 177],
    ['Sunday 23:59 waits for Monday 09:00', 6 * 24 + 23.99, 177],
    ['Wednesday 10:00 of week 3 is dealt with at once', 3 * 168 + 58, 3 * 168 + 58],
    ['Friday 15:00 of week 3 waits for Monday 09:00 of week 4', 3 * 168 + 111, 4 * 168 + 9],
  ])('%s', (_, now, expected) => {
    expect(afterEleven.releaseTime(now)).toBe(expected);
  });

  it('uses the working days given, and releases at 09:00 by default', () => {
    // Tuesday to Saturday: Saturday 10:00 is a working morning; Saturday 12:00 waits for Tuesday 09:00.
    const rule = deferralRule({ cutoffHour: 11, workingDays: [5, 1, 2, 3, 4, 4] });
    expect(rule.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect([rule.releaseTime(5 * 24 + 10), rule.releaseTime(5 * 24 + 12), rule.releaseTime(2)]).toEqual([
      130,
      168 + 24 + 9,
      33,
    ]);
  });

  it('never defers on a working day with cutoff 24', () => {
    const rule = deferralRule({ cutoffHour: 24 });
    expect([rule.releaseTime(23.5), rule.releaseTime(5 * 24 + 1)]).toEqual([23.5, 177]);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => deferralRule(parameters as DeferralRuleParameters);
    expectDemandParameterError(build({ cutoffHour: 0 }), 'cutoffHour', '0');
    expectDemandParameterError(build({ cutoffHour: 25 }), 'cutoffHour', '25');
    expectDemandParameterError(build({ cutoffHour: 11, releaseHour: 24 }), 'releaseHour', '24');
    expectDemandParameterError(build({ cutoffHour: 11, workingDays: [] }), 'workingDays', 'an array of 0');
    expectDemandParameterError(build({ cutoffHour: 11, workingDays: [0, 7] }), 'workingDays[1]', '7');
    expect(build({ cutoffHour: 25 })).toThrow('deferralRule: cutoffHour must be a number in (0, 24], got 25');
  });
});
