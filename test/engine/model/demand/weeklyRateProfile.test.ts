// Tests of weeklyRateProfile: rates worked out by hand from multipliers and from weekly segments, the
// jump to the next non-zero step, the weekly mean, and every parameter rule.
import { describe, expect, it } from 'vitest';
import {
  type WeeklyRateProfileParameters,
  weeklyRateProfile,
} from '../../../../engine/model/demand/weeklyRateProfile.ts';
import { expectDemandParameterError } from './demandTestSupport.ts';

const OFFICE_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];

describe('weeklyRateProfile', () => {
  it('multiplies the rate by the hour-of-day and day-of-week multipliers', () => {
    const profile = weeklyRateProfile({
      ratePerHour: 3,
      hourOfDay: OFFICE_HOURS,
      dayOfWeek: [2, 1, 1, 1, 1, 0, 0],
    });
    // Monday 09:30: 3 × 2 × 2; Tuesday 09:30 (33.5): 3 × 2 × 1; Tuesday 08:00 (32): 3 × 1 × 1;
    // Saturday 10:00 (130): 0; Monday 09:30 of week 5 (5·168 + 9.5): 12 again.
    expect([9.5, 33.5, 32, 130, 5 * 168 + 9.5].map(profile.rateAt)).toEqual([12, 6, 3, 0, 12]);
    expect(profile.maximumRatePerHour).toBe(12);
    // Σ hourOfDay = 11 and Σ dayOfWeek = 6, so the weekly mean is 3 × 11 × 6 / 168 = 198/168.
    expect(profile.meanRatePerHour).toBeCloseTo(198 / 168, 12);
  });

  it('merges neighbouring hours with equal rates into one step', () => {
    const profile = weeklyRateProfile({
      ratePerHour: 1,
      hourOfDay: OFFICE_HOURS,
      dayOfWeek: [1, 1, 1, 1, 1, 0, 0],
    });
    // Monday: 0 from 0, 1 from 8, 2 from 9, 1 from 11, 0 from 17; ... Friday's night runs into the weekend.
    expect(profile.stepStarts.slice(0, 6)).toEqual([0, 8, 9, 11, 17, 32]);
    expect(profile.stepRates.slice(0, 6)).toEqual([0, 1, 2, 1, 0, 1]);
    expect(profile.stepStarts.at(-1)).toBe(4 * 24 + 17);
    expect(profile.stepStarts).toHaveLength(21);
  });

  it('jumps from a zero-rate time to the start of the next non-zero step, across weekends and weeks', () => {
    const profile = weeklyRateProfile({
      ratePerHour: 1,
      hourOfDay: OFFICE_HOURS,
      dayOfWeek: [1, 1, 1, 1, 1, 0, 0],
    });
    expect(profile.nextActiveTime(9.25)).toBe(9.25); // already active
    expect(profile.nextActiveTime(3)).toBe(8); // Monday night → Monday 08:00
    expect(profile.nextActiveTime(18)).toBe(32); // Monday evening → Tuesday 08:00
    expect(profile.nextActiveTime(4 * 24 + 18)).toBe(168 + 8); // Friday evening → next Monday 08:00
    expect(profile.nextActiveTime(3 * 168 + 150)).toBe(4 * 168 + 8); // Sunday of week 3 → Monday of week 4
  });

  it('builds a piecewise profile from weekly segments, 0 elsewhere', () => {
    const profile = weeklyRateProfile({
      weekly: [
        { day: 2, start: 13.5, end: 17, ratePerHour: 4 },
        { day: 0, start: 9, end: 12, ratePerHour: 10 },
        { day: 0, start: 12, end: 17, ratePerHour: 4 },
      ],
    });
    expect(profile.stepStarts).toEqual([0, 9, 12, 17, 61.5, 65]);
    expect(profile.stepRates).toEqual([0, 10, 4, 0, 4, 0]);
    expect([8.99, 9, 11.5, 12, 16.99, 17, 61.5, 64.9, 65].map(profile.rateAt)).toEqual([
      0, 10, 10, 4, 4, 0, 4, 4, 0,
    ]);
    // (10 × 3 + 4 × 5 + 4 × 3.5) / 168 = 64 / 168
    expect(profile.meanRatePerHour).toBeCloseTo(64 / 168, 12);
    expect(profile.nextActiveTime(17)).toBe(61.5);
    expect(profile.nextActiveTime(65)).toBe(168 + 9);
  });

  it('is 0 everywhere, with no next active time, when every rate is 0', () => {
    const profile = weeklyRateProfile({ ratePerHour: 0 });
    expect([profile.rateAt(5), profile.nextActiveTime(5), profile.meanRatePerHour]).toEqual([
      0,
      Number.POSITIVE_INFINITY,
      0,
    ]);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => weeklyRateProfile(parameters as WeeklyRateProfileParameters);
    expectDemandParameterError(build({ ratePerHour: -1 }), 'ratePerHour', '-1');
    expectDemandParameterError(build({ ratePerHour: 1, hourOfDay: [1, 2] }), 'hourOfDay', 'an array of 2');
    expectDemandParameterError(
      build({ ratePerHour: 1, dayOfWeek: [1, 1, 1, 1, 1, 1, -1] }),
      'dayOfWeek[6]',
      '-1',
    );
    expectDemandParameterError(build({ weekly: 'busy' }), 'weekly', '"busy"');
    expectDemandParameterError(build({ weekly: [], ratePerHour: 2 }), 'ratePerHour', '2');
    const segment = { day: 1, start: 9, end: 12, ratePerHour: 1 };
    expectDemandParameterError(build({ weekly: [{ ...segment, day: 7 }] }), 'weekly[0].day', '7');
    expectDemandParameterError(build({ weekly: [{ ...segment, day: 1.5 }] }), 'weekly[0].day', '1.5');
    expectDemandParameterError(build({ weekly: [{ ...segment, start: 24 }] }), 'weekly[0].start', '24');
    expectDemandParameterError(build({ weekly: [{ ...segment, end: 9 }] }), 'weekly[0].end', '9');
    expectDemandParameterError(
      build({ weekly: [{ ...segment, ratePerHour: -3 }] }),
      'weekly[0].ratePerHour',
      '-3',
    );
    expectDemandParameterError(
      build({ weekly: [segment, { ...segment, start: 11, end: 14 }] }),
      'weekly[1]',
      'an object with day, start, end, ratePerHour',
    );
    expect(build({ weekly: [segment, { ...segment, start: 11, end: 14 }] })).toThrow(
      'weeklyRateProfile: weekly[1] must be a stretch that does not overlap weekly[0]',
    );
  });
});
