// Tests of intakeLimit: open items per requester and items per period worked out by hand, period
// boundaries, per-requester periods, growth past the first requesters, and the rules it enforces.
import { describe, expect, it } from 'vitest';
import { type IntakeLimitParameters, intakeLimit } from '../../../../engine/model/demand/intakeLimit.ts';
import { expectDemandParameterError } from './demandTestSupport.ts';

describe('intakeLimit', () => {
  it('admits at most perRequester open items per requester, again after one closes', () => {
    const limit = intakeLimit({ perRequester: 2 });
    expect(limit.admit(3, 0)).toBe(true);
    limit.opened(3, 0);
    limit.opened(3, 1);
    expect([limit.admit(3, 2), limit.admit(4, 2), limit.openCount(3)]).toEqual([false, true, 2]);
    limit.closed(3);
    expect([limit.admit(3, 5), limit.openCount(3)]).toEqual([true, 1]);
  });

  it('admits at most perPeriod.count items per period [k·P, (k+1)·P), counting from each boundary', () => {
    // 2 a day: opened at 1 and 23 fill day 0; at 23.9 refused; at 24 (day 1) admitted again.
    const limit = intakeLimit({ perPeriod: { count: 2, periodHours: 24 } });
    limit.opened(0, 1);
    expect(limit.admit(1, 20)).toBe(true);
    limit.opened(1, 23);
    expect([limit.admit(2, 23.9), limit.admit(2, 24)]).toEqual([false, true]);
    limit.opened(2, 24);
    expect([limit.admit(0, 30), limit.admit(0, 47.99), limit.admit(0, 72)]).toEqual([true, true, true]);
    limit.opened(0, 30);
    expect(limit.admit(5, 40)).toBe(false);
  });

  it('counts the period per requester with scope each-requester ("one request per quarter")', () => {
    const quarter = 13 * 168;
    const limit = intakeLimit({ perPeriod: { count: 1, periodHours: quarter, scope: 'each-requester' } });
    limit.opened(7, 100);
    limit.closed(7);
    expect([limit.admit(7, 200), limit.admit(8, 200), limit.admit(7, quarter)]).toEqual([false, true, true]);
    expect(limit.perPeriod).toEqual({ count: 1, periodHours: quarter, scope: 'each-requester' });
  });

  it('needs both limits to admit when both are set', () => {
    const limit = intakeLimit({ perRequester: 1, perPeriod: { count: 3, periodHours: 168 } });
    limit.opened(0, 1);
    expect([limit.admit(0, 2), limit.admit(1, 2)]).toEqual([false, true]);
    limit.opened(1, 2);
    limit.opened(2, 3);
    expect(limit.admit(3, 4)).toBe(false); // three opened this week
    expect(limit.perRequester).toBe(1);
  });

  it('grows its counts for requester numbers far beyond the first ones', () => {
    const limit = intakeLimit({
      perRequester: 1,
      perPeriod: { count: 5, periodHours: 10, scope: 'each-requester' },
    });
    limit.opened(1_000, 0);
    limit.opened(3, 0);
    expect([limit.openCount(1_000), limit.openCount(3), limit.openCount(999), limit.admit(1_000, 1)]).toEqual(
      [1, 1, 0, false],
    );
  });

  it('refuses to close an item that was never opened, and requester numbers that are not whole', () => {
    const limit = intakeLimit({ perRequester: 1 });
    expect(() => limit.closed(2)).toThrow('intakeLimit: closed(2), but requester 2 has no open item');
    expect(() => limit.admit(-1, 0)).toThrow(RangeError);
    expect(() => limit.opened(1.5, 0)).toThrow('intakeLimit: requester must be a whole number >= 0, got 1.5');
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => intakeLimit(parameters as IntakeLimitParameters);
    expectDemandParameterError(build({}), 'parameters', '{}');
    expectDemandParameterError(build({ perRequester: 0 }), 'perRequester', '0');
    expectDemandParameterError(build({ perPeriod: { count: 0, periodHours: 1 } }), 'perPeriod.count', '0');
    expectDemandParameterError(
      build({ perPeriod: { count: 1, periodHours: 0 } }),
      'perPeriod.periodHours',
      '0',
    );
    expectDemandParameterError(
      build({ perPeriod: { count: 1, periodHours: 1, scope: 'team' } }),
      'perPeriod.scope',
      '"team"',
    );
  });
});
