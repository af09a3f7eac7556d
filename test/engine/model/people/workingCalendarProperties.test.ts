// Tests of WorkingCalendar beyond the hand-worked cases (workingCalendar.test.ts): a comparison with a naive
// period-by-period oracle, the round-trip property of addWorkingHours and workingHoursBetween, bad input.
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../../engine/model/people/workingCalendar.ts';
import {
  type WeeklyInterval,
  WorkingCalendarError,
} from '../../../../engine/model/people/workingCalendarInput.ts';
import { stream } from '../../../../engine/random/stream.ts';

const FRIDAY = 96;
const WEEK = 168;

/** Monday to Friday, 22:00 to 06:00 the next morning. */
const nightShift = (): WorkingCalendar =>
  WorkingCalendar.weekly([0, 1, 2, 3, 4].map((day) => ({ day, start: 22, end: 30 })));

/**
 * A naive oracle: the working periods of a weekly calendar listed one by one over a range of weeks,
 * merged, with absences cut out. Slow and obviously right, for comparison with the fast calendar.
 */
function naivePeriods(
  intervals: readonly WeeklyInterval[],
  timeZoneOffset: number,
  absences: readonly { start: number; end: number }[],
): { start: number; end: number }[] {
  const raw: { start: number; end: number }[] = [];
  for (let week = -3; week <= 30; week++) {
    for (const { day, start, end } of intervals) {
      const origin = week * WEEK + day * 24 - timeZoneOffset;
      raw.push({ start: origin + start, end: origin + end });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const period of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && period.start <= last.end) last.end = Math.max(last.end, period.end);
    else merged.push({ ...period });
  }
  let periods = merged;
  for (const absence of absences) {
    periods = periods.flatMap((period) =>
      [
        { start: period.start, end: Math.min(period.end, absence.start) },
        { start: Math.max(period.start, absence.end), end: period.end },
      ].filter((piece) => piece.end > piece.start),
    );
  }
  return periods;
}

/** Compares the calendar with the oracle's period list at `draws` random times in [0, 3000]. */
function expectAgreement(
  calendar: WorkingCalendar,
  periods: readonly { start: number; end: number }[],
  rng: () => number,
  draws: number,
): void {
  for (let draw = 0; draw < draws; draw++) {
    const time = rng() * 3000;
    const later = time + rng() * 600;
    const containing = periods.find((period) => period.start <= time && time < period.end);
    const next = containing ?? periods.find((period) => period.start > time);
    const expectedHours = periods.reduce(
      (sum, period) => sum + Math.max(0, Math.min(period.end, later) - Math.max(period.start, time)),
      0,
    );
    expect(calendar.isWorking(time), `isWorking(${time})`).toBe(containing !== undefined);
    expect(calendar.nextStart(time), `nextStart(${time})`).toBeCloseTo(containing ? time : next!.start, 9);
    expect(calendar.nextEnd(time), `nextEnd(${time})`).toBeCloseTo(next!.end, 9);
    expect(calendar.workingHoursBetween(time, later), `between(${time}, ${later})`).toBeCloseTo(
      expectedHours,
      9,
    );
  }
}

describe('WorkingCalendar against a naive period list', () => {
  const intervals: WeeklyInterval[] = [
    { day: 0, start: 8.25, end: 12 },
    { day: 0, start: 13, end: 17.5 },
    { day: 2, start: 22, end: 31 },
    { day: 3, start: 6.5, end: 9 },
    { day: 6, start: 20, end: 27.75 },
  ];
  const absences = [
    { start: 200.5, end: 230 },
    { start: 400, end: 560.25 },
    { start: 1000, end: 1000.5 },
  ];
  const calendar = WorkingCalendar.weekly(intervals, { timeZoneOffset: 3.5 }).withAbsences(absences);
  const periods = naivePeriods(intervals, 3.5, absences);

  it('agrees on isWorking, nextStart, nextEnd and workingHoursBetween at random times', () => {
    expectAgreement(calendar, periods, stream(7, 0, 'calendar-test'), 3000);
  });

  it('agrees for 40 random weekly calendars with random time zones and absences', () => {
    const rng = stream(7, 0, 'calendar-test');
    for (let draw = 0; draw < 40; draw++) {
      const randomIntervals = Array.from({ length: 1 + Math.floor(rng() * 5) }, () => {
        const start = Math.floor(rng() * 96) / 4;
        // Quarter hours: boundaries off the calendar's 2^-30 h grid would move by up to 5e-10 h each.
        return { day: Math.floor(rng() * 7), start, end: start + 0.25 + Math.floor(rng() * 120) / 4 };
      });
      const randomAbsences = Array.from({ length: Math.floor(rng() * 4) }, () => {
        const start = rng() * 3000;
        return { start, end: start + rng() * 200 };
      });
      const timeZoneOffset = Math.round(rng() * 48 - 24) / 2;
      const randomCalendar = WorkingCalendar.weekly(randomIntervals, { timeZoneOffset }).withAbsences(
        randomAbsences,
      );
      const randomPeriods = naivePeriods(randomIntervals, timeZoneOffset, randomAbsences);
      expectAgreement(randomCalendar, randomPeriods, rng, 200);
    }
  });

  it('agrees at the period boundaries themselves', () => {
    for (const period of periods.filter((each) => each.start > 0 && each.end < 3000)) {
      expect(calendar.isWorking(period.start)).toBe(true);
      expect(calendar.isWorking(period.end)).toBe(false);
      expect(calendar.nextEnd(period.start)).toBeCloseTo(period.end, 9);
    }
  });
});

describe('addWorkingHours and workingHoursBetween', () => {
  const calendars: readonly [string, WorkingCalendar][] = [
    ['business hours', WorkingCalendar.businessHours()],
    ['night shift', nightShift()],
    ['India office', WorkingCalendar.businessHours({ timeZoneOffset: 5.5 })],
    ['4 on 4 off', WorkingCalendar.rota({ daysOn: 4, daysOff: 4, start: 7, end: 19, firstDay: 3 })],
    [
      'odd cycle',
      WorkingCalendar.cycle({
        length: 10.3,
        intervals: [
          { start: 0.7, end: 2.9 },
          { start: 5.05, end: 11.1 },
        ],
        offset: 0.37,
      }),
    ],
    [
      'business hours with absences',
      WorkingCalendar.businessHours().withAbsences([
        { start: 30.5, end: 60 },
        { start: 300, end: 302.25 },
        { start: 500, end: 900 },
      ]),
    ],
  ];

  it.each(calendars)(
    'round-trip: the hours between t and addWorkingHours(t, h) are h (%s)',
    (_, calendar) => {
      const rng = stream(7, 0, 'calendar-test');
      for (let draw = 0; draw < 2000; draw++) {
        const time = rng() * 2000 - 300;
        const hours = draw % 10 === 0 ? 0 : rng() * 200;
        const finish = calendar.addWorkingHours(time, hours);
        expect(finish).toBeGreaterThanOrEqual(time);
        expect(
          Math.abs(calendar.workingHoursBetween(time, finish) - hours),
          `t ${time}, h ${hours}`,
        ).toBeLessThan(1e-9);
        if (hours === 0) {
          expect(finish).toBe(time);
          continue;
        }
        // The finish is a working instant, or the end of the period in which the last hour was worked.
        const endOfPeriod = calendar.nextEnd(finish - 1e-7);
        expect(
          calendar.isWorking(finish) || Math.abs(endOfPeriod - finish) < 1e-9,
          `t ${time}, h ${hours}: finish ${finish}`,
        ).toBe(true);
      }
    },
  );

  it('crosses many weeks of business hours by whole-week arithmetic: 1000 h from Monday 09:00', () => {
    // 1000 h = 25 weeks of 40 h, ending at 17:00 on the Friday of week 24.
    expect(WorkingCalendar.businessHours().addWorkingHours(9, 1000)).toBe(24 * WEEK + FRIDAY + 17);
  });
});

describe('bad input', () => {
  const office = WorkingCalendar.businessHours();

  it.each<[string, () => unknown, string]>([
    [
      'a day out of range',
      () =>
        WorkingCalendar.weekly([
          { day: 0, start: 9, end: 17 },
          { day: 7, start: 9, end: 17 },
        ]),
      'WorkingCalendar.weekly: intervals[1].day must be an integer from 0 to 6, got 7',
    ],
    [
      'a fractional day',
      () => WorkingCalendar.weekly([{ day: 1.5, start: 9, end: 17 }]),
      'WorkingCalendar.weekly: intervals[0].day must be an integer from 0 to 6, got 1.5',
    ],
    [
      'a start of 24',
      () => WorkingCalendar.weekly([{ day: 0, start: 24, end: 30 }]),
      'WorkingCalendar.weekly: intervals[0].start must be in [0, 24), got 24',
    ],
    [
      'a night shift written with end 6',
      () => WorkingCalendar.weekly([{ day: 0, start: 22, end: 6 }]),
      'WorkingCalendar.weekly: intervals[0].end must be > start (22); for a shift past midnight write an end past 24, e.g. 30 for 06:00, got 6',
    ],
    [
      'an interval longer than a week',
      () => WorkingCalendar.weekly([{ day: 0, start: 0, end: 200 }]),
      'WorkingCalendar.weekly: intervals[0].end must be at most start + 168 (168), got 200',
    ],
    [
      'a NaN start',
      () => WorkingCalendar.weekly([{ day: 0, start: Number.NaN, end: 17 }]),
      'WorkingCalendar.weekly: intervals[0].start must be a finite number, got NaN',
    ],
    [
      'intervals that are not an array',
      () => WorkingCalendar.weekly('9-17' as unknown as WeeklyInterval[]),
      'WorkingCalendar.weekly: intervals must be an array of { day, start, end }, got "9-17"',
    ],
    [
      'a null interval',
      () => WorkingCalendar.weekly([null as unknown as WeeklyInterval]),
      'WorkingCalendar.weekly: intervals[0] must be an object { day, start, end }, got null',
    ],
    [
      'a time zone offset in minutes',
      () => WorkingCalendar.businessHours({ timeZoneOffset: 330 }),
      'WorkingCalendar.businessHours: timeZoneOffset must be in [-24, 24] hours, got 330',
    ],
    [
      'a business day out of range',
      () => WorkingCalendar.businessHours({ days: [0, 9] }),
      'WorkingCalendar.businessHours: days[1] must be an integer from 0 to 6, got 9',
    ],
    [
      'business hours ending before they start',
      () => WorkingCalendar.businessHours({ start: 17, end: 9 }),
      'WorkingCalendar.businessHours: end must be > start (17); for a shift past midnight write an end past 24, e.g. 30 for 06:00, got 9',
    ],
    [
      'a cycle of length 0',
      () => WorkingCalendar.cycle({ length: 0, intervals: [] }),
      'WorkingCalendar.cycle: length must be > 0 hours, got 0',
    ],
    [
      'a cycle interval starting past the cycle',
      () => WorkingCalendar.cycle({ length: 24, intervals: [{ start: 25, end: 26 }] }),
      'WorkingCalendar.cycle: intervals[0].start must be in [0, 24), got 25',
    ],
    [
      'a cycle with an infinite offset',
      () => WorkingCalendar.cycle({ length: 24, intervals: [], offset: Number.POSITIVE_INFINITY }),
      'WorkingCalendar.cycle: offset must be a finite number, got Infinity',
    ],
    [
      'a rota with no working days',
      () => WorkingCalendar.rota({ daysOn: 0, daysOff: 4, start: 7, end: 19 }),
      'WorkingCalendar.rota: daysOn must be an integer >= 1, got 0',
    ],
    [
      'an absence ending before it starts',
      () =>
        office.withAbsences([
          { start: 10, end: 12 },
          { start: 30, end: 20 },
        ]),
      'WorkingCalendar.withAbsences: absences[1].end must be > start (30), got 20',
    ],
    [
      'an absence without a start',
      () => office.withAbsences([{ start: Number.NaN, end: 12 }]),
      'WorkingCalendar.withAbsences: absences[0].start must be a finite number, got NaN',
    ],
    [
      'negative working hours',
      () => office.addWorkingHours(10, -1),
      'addWorkingHours needs a finite time and hours >= 0, got time 10, hours -1',
    ],
    [
      'a span that ends before it starts',
      () => office.workingHoursBetween(10, 5),
      'workingHoursBetween needs a finite from and to >= from, got from 10, to 5',
    ],
    [
      'a NaN query time',
      () => office.nextStart(Number.NaN),
      'a calendar query needs a time > -Infinity, got NaN',
    ],
  ])('refuses %s with a message naming the field', (_, build, message) => {
    expect(build).toThrow(message);
  });

  it('reports calendar input as data: path, expected and received', () => {
    let caught: unknown;
    try {
      WorkingCalendar.weekly([{ day: 0, start: 9, end: 8 }]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkingCalendarError);
    const error = caught as WorkingCalendarError;
    expect([error.name, error.path, error.received]).toEqual(['WorkingCalendarError', 'intervals[0].end', 8]);
    expect(error.expected).toContain('> start (9)');
  });
});
