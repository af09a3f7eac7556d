// Tests of WorkingCalendar, hand-worked cases: business hours, a night shift across midnight, a team in
// another time zone, shifts and rotas, absences (the oracle and property tests are in
// workingCalendarProperties.test.ts).
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../../../engine/model/people/workingCalendar.ts';
import { stream } from '../../../../engine/random/stream.ts';

const MONDAY = 0;
const TUESDAY = 24;
const WEDNESDAY = 48;
const FRIDAY = 96;
const WEEK = 168;

/** Monday to Friday, 22:00 to 06:00 the next morning. */
const nightShift = (): WorkingCalendar =>
  WorkingCalendar.weekly([0, 1, 2, 3, 4].map((day) => ({ day, start: 22, end: 30 })));

describe('WorkingCalendar.businessHours', () => {
  const office = WorkingCalendar.businessHours();

  it('adds working hours across the evening: Monday 16:00 + 3 h = Tuesday 11:00', () => {
    expect(office.addWorkingHours(MONDAY + 16, 3)).toBe(TUESDAY + 11);
  });

  it('adds working hours across the weekend: Friday 16:00 + 2 h = next Monday 10:00', () => {
    expect(office.addWorkingHours(FRIDAY + 16, 2)).toBe(WEEK + 10);
  });

  it('finishes work that ends exactly at closing time at 17:00, not at the next opening', () => {
    expect(office.addWorkingHours(15, 2)).toBe(17);
    expect(office.addWorkingHours(9, 40)).toBe(FRIDAY + 17);
  });

  it('counts from the next opening when work starts outside working time, and 0 h returns the time itself', () => {
    expect(office.addWorkingHours(20, 1)).toBe(TUESDAY + 10);
    expect(office.addWorkingHours(5 * 24 + 12, 1)).toBe(WEEK + 10); // Saturday noon
    expect(office.addWorkingHours(20, 0)).toBe(20);
  });

  it('is working from 09:00 up to but not at 17:00, Monday to Friday only', () => {
    expect([8.99, 9, 12, 16.99, 17].map((hour) => office.isWorking(hour))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(office.isWorking(FRIDAY + 12)).toBe(true);
    expect(office.isWorking(5 * 24 + 12)).toBe(false);
    expect(office.isWorking(6 * 24 + 12)).toBe(false);
  });

  it('gives the next start and the end of the current or next period', () => {
    expect(office.nextStart(10)).toBe(10);
    expect(office.nextStart(17)).toBe(TUESDAY + 9);
    expect(office.nextStart(FRIDAY + 18)).toBe(WEEK + 9);
    expect(office.nextEnd(10)).toBe(17);
    expect(office.nextEnd(18)).toBe(TUESDAY + 17);
    expect(office.nextStart(-1)).toBe(9);
  });

  it('has 40 working hours in every span of whole weeks, wherever the span starts', () => {
    const rng = stream(7, 0, 'calendar-test');
    for (let weeks = 1; weeks <= 12; weeks++) {
      const from = rng() * 1000 - 200;
      expect(office.workingHoursBetween(from, from + weeks * WEEK)).toBeCloseTo(weeks * 40, 9);
    }
    expect(office.workingHoursBetween(0, 4 * WEEK)).toBe(160);
    expect(office.hoursPerWeek).toBe(40);
    expect(office.hoursPerCycle).toBe(40);
    expect(office.cycleLength).toBe(WEEK);
  });

  it('takes other hours and days: 08:00 to 12:30 on Monday, Wednesday and Saturday', () => {
    const partTime = WorkingCalendar.businessHours({ start: 8, end: 12.5, days: [0, 2, 5] });
    expect(partTime.hoursPerWeek).toBe(13.5);
    expect(partTime.addWorkingHours(12, 1)).toBe(WEDNESDAY + 8.5);
    expect(partTime.nextStart(WEDNESDAY + 13)).toBe(5 * 24 + 8);
  });
});

describe('WorkingCalendar.weekly', () => {
  it('handles a night shift that crosses midnight (22:00 to 06:00, Monday to Friday nights)', () => {
    const nights = nightShift();
    expect(nights.hoursPerWeek).toBe(40);
    expect(nights.isWorking(MONDAY + 3)).toBe(false); // Sunday night is off
    expect(nights.isWorking(TUESDAY + 3)).toBe(true); // Monday night, 03:00 on Tuesday
    expect(nights.isWorking(TUESDAY + 6)).toBe(false);
    expect(nights.nextStart(0)).toBe(22);
    expect(nights.nextEnd(23)).toBe(30);
    expect(nights.addWorkingHours(22, 9)).toBe(TUESDAY + 23); // 8 h on Monday night, 1 h on Tuesday night
    // Friday night ends Saturday 06:00; the next shift is Monday 22:00.
    expect(nights.addWorkingHours(FRIDAY + 22, 8.5)).toBe(WEEK + 22.5);
  });

  it('joins a Sunday night shift to Monday morning across the end of the week', () => {
    const sundayNights = WorkingCalendar.weekly([{ day: 6, start: 22, end: 30 }]);
    expect(sundayNights.isWorking(3)).toBe(true); // Monday 03:00 of week 0 ends the shift of week -1
    expect(sundayNights.nextEnd(6 * 24 + 23)).toBe(WEEK + 6);
    expect(sundayNights.nextStart(6)).toBe(6 * 24 + 22);
    expect(sundayNights.addWorkingHours(6 * 24 + 22, 8)).toBe(WEEK + 6);
    expect(sundayNights.workingHoursBetween(0, WEEK)).toBe(8);
  });

  it('merges overlapping and touching intervals into one period', () => {
    const split = WorkingCalendar.weekly([
      { day: 0, start: 12, end: 17 },
      { day: 0, start: 9, end: 12 },
      { day: 0, start: 10, end: 11 },
    ]);
    expect(split.hoursPerWeek).toBe(8);
    expect(split.nextEnd(10)).toBe(17);
    expect(split.nextStart(12)).toBe(12);
  });

  it('covering the whole week is the same as always()', () => {
    const everyDay = WorkingCalendar.weekly([0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: 0, end: 24 })));
    expect(everyDay.alwaysWorking).toBe(true);
    expect(everyDay.nextEnd(5)).toBe(Number.POSITIVE_INFINITY);
    expect(everyDay.addWorkingHours(5, 500)).toBe(505);
  });

  it('keeps boundaries such as 08:20 within 1e-9 h, and every computed start is working time', () => {
    const odd = WorkingCalendar.weekly([{ day: 0, start: 8 + 20 / 60, end: 16 + 40 / 60 }], {
      timeZoneOffset: 1 / 3,
    });
    // Each of the end and the offset moves by at most half the grid, 2^-31 h.
    expect(Math.abs(odd.nextStart(0) - 8)).toBeLessThan(1e-9);
    expect(Math.abs(odd.nextEnd(0) - (16 + 1 / 3))).toBeLessThan(1e-9);
    const rng = stream(7, 0, 'calendar-test');
    for (let draw = 0; draw < 1000; draw++) {
      const time = rng() * 1e6;
      const start = odd.nextStart(time);
      expect(odd.isWorking(start), `nextStart(${time}) = ${start}`).toBe(true);
      expect(odd.isWorking(odd.nextEnd(time)), `nextEnd(${time})`).toBe(false);
    }
  });

  it('never works when given no intervals', () => {
    const never = WorkingCalendar.weekly([]);
    expect([never.hoursPerWeek, never.isWorking(10), never.nextStart(10), never.nextEnd(10)]).toEqual([
      0,
      false,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(never.addWorkingHours(10, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(never.workingHoursBetween(0, 1000)).toBe(0);
  });
});

describe('time zone offsets', () => {
  it('puts 09:00 in India (+5.5 h) at 03:30 in a London-time scenario', () => {
    const india = WorkingCalendar.businessHours({ timeZoneOffset: 5.5 });
    expect(india.nextStart(0)).toBe(3.5);
    expect(india.nextEnd(0)).toBe(11.5);
    expect(india.isWorking(3.4)).toBe(false);
    expect(india.addWorkingHours(0, 8)).toBe(11.5);
    expect(india.addWorkingHours(0, 9)).toBe(TUESDAY + 4.5);
    expect(india.workingHoursBetween(0, WEEK)).toBe(40);
  });

  it('puts 09:00 in New York (-5 h) at 14:00, with Friday work running to Friday 22:00', () => {
    const newYork = WorkingCalendar.businessHours({ timeZoneOffset: -5 });
    expect(newYork.nextStart(0)).toBe(14);
    expect(newYork.nextEnd(FRIDAY + 20)).toBe(FRIDAY + 22);
    expect(newYork.addWorkingHours(FRIDAY + 21, 2)).toBe(WEEK + 15);
  });

  it('lets three offices eight hours apart cover the working week around the clock (follow the sun)', () => {
    // 08:00 to 16:00 local in each; +8 h covers scenario 00:00-08:00, 0 h 08:00-16:00, -8 h 16:00-24:00.
    const offices = [8, 0, -8].map((timeZoneOffset) =>
      WorkingCalendar.businessHours({ start: 8, end: 16, timeZoneOffset }),
    );
    for (let time = 0; time < FRIDAY + 24; time += 0.25) {
      expect(
        offices.filter((calendar) => calendar.isWorking(time)),
        `time ${time}`,
      ).toHaveLength(1);
    }
    expect(offices.some((calendar) => calendar.isWorking(FRIDAY + 24))).toBe(false);
    expect(offices.map((calendar) => calendar.nextStart(0))).toEqual([0, 8, 16]);
  });
});

describe('WorkingCalendar.cycle and WorkingCalendar.rota', () => {
  it('expresses three 8-hour shifts, each working 8 h in every 24 h', () => {
    const shifts = [6, 14, 22].map((start) =>
      WorkingCalendar.cycle({ length: 24, intervals: [{ start, end: start + 8 }] }),
    );
    const rng = stream(7, 0, 'calendar-test');
    for (let draw = 0; draw < 50; draw++) {
      const from = rng() * 500;
      for (const shift of shifts) expect(shift.workingHoursBetween(from, from + 24)).toBeCloseTo(8, 9);
      expect(shifts.filter((shift) => shift.isWorking(from))).toHaveLength(1);
    }
    expect(shifts[2]?.nextEnd(23)).toBe(30);
    expect(shifts[2]?.hoursPerWeek).toBe(56);
  });

  it('expresses four 12-hour days on and four days off, for two crews half a cycle apart', () => {
    const crewA = WorkingCalendar.rota({ daysOn: 4, daysOff: 4, start: 7, end: 19 });
    const crewB = WorkingCalendar.rota({ daysOn: 4, daysOff: 4, start: 7, end: 19, firstDay: 4 });
    expect([crewA.cycleLength, crewA.hoursPerCycle, crewA.hoursPerWeek]).toEqual([192, 48, 42]);
    expect(crewA.isWorking(3 * 24 + 8)).toBe(true);
    expect(crewA.isWorking(4 * 24 + 8)).toBe(false);
    expect(crewA.nextStart(3 * 24 + 20)).toBe(8 * 24 + 7);
    expect(crewB.isWorking(4 * 24 + 8)).toBe(true);
    expect(crewB.isWorking(8 * 24 + 8)).toBe(false);
    for (let day = 0; day < 40; day++) {
      expect(crewA.isWorking(day * 24 + 12) !== crewB.isWorking(day * 24 + 12), `day ${day}`).toBe(true);
    }
    // The same rota written as a cycle.
    const asCycle = WorkingCalendar.cycle({
      length: 8 * 24,
      intervals: [0, 1, 2, 3].map((day) => ({ start: day * 24 + 7, end: day * 24 + 19 })),
      offset: 4 * 24,
    });
    expect(asCycle.addWorkingHours(0, 30)).toBe(crewB.addWorkingHours(0, 30));
  });

  it('lets an interval run past the end of the cycle and places cycle 0 at offset - timeZoneOffset', () => {
    const onCall = WorkingCalendar.cycle({
      length: 10,
      intervals: [{ start: 8, end: 13 }],
      offset: 2,
      timeZoneOffset: 1,
    });
    // Cycle k starts at scenario time 1 + 10k; working [9, 14) + 10k.
    expect(onCall.isWorking(8.9)).toBe(false);
    expect(onCall.isWorking(9)).toBe(true);
    expect(onCall.isWorking(13.9)).toBe(true);
    expect(onCall.isWorking(14)).toBe(false);
    expect(onCall.nextStart(14)).toBe(19);
    expect(onCall.hoursPerCycle).toBe(5);
  });
});

describe('WorkingCalendar.always', () => {
  it('is the identity: every instant is working time and working hours are clock hours', () => {
    const always = WorkingCalendar.always();
    const rng = stream(7, 0, 'calendar-test');
    for (let draw = 0; draw < 200; draw++) {
      const time = rng() * 2000 - 500;
      const hours = rng() * 300;
      expect(always.isWorking(time)).toBe(true);
      expect(always.nextStart(time)).toBe(time);
      expect(always.nextEnd(time)).toBe(Number.POSITIVE_INFINITY);
      expect(always.addWorkingHours(time, hours)).toBe(time + hours);
      expect(always.workingHoursBetween(time, time + hours)).toBeCloseTo(hours, 12);
    }
    expect([always.alwaysWorking, always.hoursPerWeek]).toEqual([true, 168]);
  });
});

describe('WorkingCalendar.withAbsences', () => {
  const office = WorkingCalendar.businessHours();
  const tuesdayOff = office.withAbsences([{ start: TUESDAY, end: WEDNESDAY }]);

  it('skips a day of leave: Monday 16:00 + 3 h = Wednesday 11:00', () => {
    expect(tuesdayOff.addWorkingHours(16, 3)).toBe(WEDNESDAY + 11);
    expect(tuesdayOff.nextStart(17)).toBe(WEDNESDAY + 9);
    expect(tuesdayOff.isWorking(TUESDAY + 10)).toBe(false);
    expect(tuesdayOff.workingHoursBetween(0, WEEK)).toBe(32);
    expect(tuesdayOff.workingHoursBetween(WEEK, 2 * WEEK)).toBe(40);
  });

  it('cuts a period short at an absence and resumes it at the absence end ([start, end) like periods)', () => {
    const doctor = office.withAbsences([{ start: 11, end: 13.5 }]);
    expect(doctor.nextEnd(10)).toBe(11);
    expect(doctor.isWorking(11)).toBe(false);
    expect(doctor.isWorking(13.5)).toBe(true);
    expect(doctor.nextStart(11)).toBe(13.5);
    expect(doctor.nextEnd(12)).toBe(17);
    expect(doctor.addWorkingHours(10, 1)).toBe(11); // ends as the absence starts
    expect(doctor.addWorkingHours(10, 2)).toBe(14.5);
    expect(doctor.workingHoursBetween(9, 17)).toBe(5.5);
  });

  it('leaves the original calendar unchanged, adds to earlier absences and merges overlapping ones', () => {
    const more = tuesdayOff.withAbsences([
      { start: WEDNESDAY - 2, end: WEDNESDAY + 12 },
      { start: FRIDAY, end: FRIDAY + 24 },
    ]);
    expect(office.workingHoursBetween(0, WEEK)).toBe(40);
    expect(tuesdayOff.workingHoursBetween(0, WEEK)).toBe(32);
    expect(more.workingHoursBetween(0, WEEK)).toBe(40 - 8 - 3 - 8);
    expect(more.nextStart(17)).toBe(WEDNESDAY + 12);
    expect(more.alwaysWorking).toBe(false);
  });

  it('never works again after an absence without end (someone who left)', () => {
    const left = office.withAbsences([{ start: WEEK, end: Number.POSITIVE_INFINITY }]);
    expect(left.nextStart(WEEK - 10)).toBe(Number.POSITIVE_INFINITY);
    expect(left.nextEnd(WEEK - 10)).toBe(Number.POSITIVE_INFINITY);
    expect(left.isWorking(WEEK + 10)).toBe(false);
    expect(left.addWorkingHours(FRIDAY + 16, 1)).toBe(FRIDAY + 17);
    expect(left.addWorkingHours(FRIDAY + 16, 1.5)).toBe(Number.POSITIVE_INFINITY);
    expect(left.workingHoursBetween(0, Number.POSITIVE_INFINITY)).toBe(40);
  });

  it('turns always() into a calendar with gaps', () => {
    const onHoliday = WorkingCalendar.always().withAbsences([{ start: 10, end: 20 }]);
    expect(onHoliday.alwaysWorking).toBe(false);
    expect(onHoliday.addWorkingHours(5, 10)).toBe(25);
    expect(onHoliday.nextEnd(0)).toBe(10);
    expect(onHoliday.nextEnd(12)).toBe(Number.POSITIVE_INFINITY);
  });
});
