// Times on the clock as scenario files write them: hours of the day (9, 17.5, "08:30"), days of the week
// (Mon..Sun or 0-6), and a moment in a period ("Thu 10:00", or a duration into it); read and written back.
import { z } from 'zod';
import { closestName } from './didYouMean.ts';
import { describeValue } from './documentProblem.ts';
import { type LeafReading, leafSchema, wrongType } from './leafSchema.ts';
import { readDuration, writeDuration } from './units.ts';

/**
 * Day names in order from Monday, the day of time 0.
 * @example
 * DAY_NAMES[3]; // => 'Thu'
 */
export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const CLOCK_PATTERN = /^\s*(\d{1,3}):([0-5]\d)\s*$/;
const DAY_AND_TIME_PATTERN = /^\s*([A-Za-z]+)\s+(\d{1,2}:[0-5]\d)\s*$/;

/**
 * Reads an hour of the day: a number of hours or "HH:MM", from 0 to `latest` (24 for an hour of the
 * day; more for the end of a shift that runs past midnight, such as 30 for 06:00 the next morning).
 *
 * @param input - the value found in the file
 * @param latest - the latest hour allowed
 * @returns the hour as a number (08:30 is 8.5), or the problem
 * @example
 * readHourOfDay('08:30', 24); // => { ok: true, value: 8.5 }
 * readHourOfDay(25, 24).ok; // => false
 */
export function readHourOfDay(input: unknown, latest: number): LeafReading<number> {
  const expected = `an hour of the day from 0 to ${latest}, as a number (17.5) or "HH:MM"`;
  let hour: number;
  if (typeof input === 'number') hour = input;
  else if (typeof input === 'string') {
    const match = CLOCK_PATTERN.exec(input);
    if (match === null) {
      return { ok: false, message: `cannot read ${describeValue(input)} as a time of day`, expected };
    }
    hour = Number(match[1]) + Number(match[2]) / 60;
  } else return wrongType(expected);
  if (!(hour >= 0 && hour <= latest)) return { ok: false, message: 'out of range', expected };
  return { ok: true, value: hour };
}

/**
 * Reads a day of the week: Mon, Tue, Wed, Thu, Fri, Sat, Sun, or a number 0 (Monday) to 6.
 *
 * @param input - the value found in the file
 * @returns the day number, 0 for Monday, or the problem
 * @example
 * readDayOfWeek('Thu'); // => { ok: true, value: 3 }
 */
export function readDayOfWeek(input: unknown): LeafReading<number> {
  const expected = `a day of the week: ${DAY_NAMES.join(', ')} (or 0 = Monday to 6)`;
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 0 && input <= 6
      ? { ok: true, value: input }
      : { ok: false, message: 'out of range', expected };
  }
  if (typeof input !== 'string') return wrongType(expected);
  const day = DAY_NAMES.indexOf(input as (typeof DAY_NAMES)[number]);
  if (day < 0) {
    const suggestion = closestName(input, DAY_NAMES);
    return {
      ok: false,
      message: `unknown day ${describeValue(input)}`,
      expected,
      ...(suggestion === undefined ? {} : { suggestion }),
    };
  }
  return { ok: true, value: day };
}

/**
 * Reads a moment in a repeating period: a day and time ("Thu 10:00", hours into the week) or a duration
 * into the period ("1d 10h"). A bare number is refused, as for any duration.
 *
 * @param input - the value found in the file
 * @returns hours into the period, or the problem
 * @example
 * readTimeInPeriod('Thu 10:00'); // => { ok: true, value: 82 }
 * readTimeInPeriod('2h'); // => { ok: true, value: 2 }
 */
export function readTimeInPeriod(input: unknown): LeafReading<number> {
  if (typeof input === 'string') {
    const match = DAY_AND_TIME_PATTERN.exec(input);
    if (match !== null) {
      const day = readDayOfWeek(match[1]);
      const time = readHourOfDay(match[2], 24);
      if (!day.ok) return day;
      if (!time.ok || time.value >= 24) {
        return {
          ok: false,
          message: `cannot read ${describeValue(input)} as a day and time`,
          expected: 'a time such as "Thu 10:00"',
        };
      }
      return { ok: true, value: day.value * 24 + time.value };
    }
  }
  const duration = readDuration(input);
  if (duration.ok) return duration;
  return {
    ...duration,
    expected: `a day and time such as "Thu 10:00", or ${duration.expected} into the period`,
  };
}

/**
 * An hour of the day from 0 to 24, read into hours.
 * @example
 * hourOfDaySchema.parse('17:30'); // => 17.5
 */
export const hourOfDaySchema = leafSchema<number, number | string>((input) => readHourOfDay(input, 24), {
  anyOf: [
    { type: 'number', minimum: 0, maximum: 24 },
    { type: 'string', pattern: CLOCK_PATTERN.source },
  ],
  description: 'an hour of the day, 0 to 24, as a number (17.5) or "HH:MM"',
});

/**
 * The end hour of a working interval, which may run past midnight (30 is 06:00 the next morning).
 * @example
 * shiftEndSchema.parse(30); // => 30
 */
export const shiftEndSchema = leafSchema<number, number | string>((input) => readHourOfDay(input, 192), {
  anyOf: [
    { type: 'number', minimum: 0, maximum: 192 },
    { type: 'string', pattern: CLOCK_PATTERN.source },
  ],
  description: 'the hour the interval ends, counted from the same midnight; past 24 to run past midnight',
});

/**
 * A day of the week, read into 0 (Monday) to 6.
 * @example
 * dayOfWeekSchema.parse('Sun'); // => 6
 */
export const dayOfWeekSchema = leafSchema<number, string | number>(readDayOfWeek, {
  anyOf: [{ enum: [...DAY_NAMES] }, { type: 'integer', minimum: 0, maximum: 6 }],
  description: 'a day of the week: Mon to Sun, or 0 (Monday) to 6',
});

/**
 * A day counted from Monday of week 0: a day name (in week 0) or any whole number (11 is Friday of
 * week 1), read into the day number.
 * @example
 * dayNumberSchema.parse('Fri'); // => 4
 */
export const dayNumberSchema = z.union([dayOfWeekSchema, z.number().int()]);

/**
 * A moment in a repeating period ("Thu 10:00", or a duration into it), read into hours.
 * @example
 * timeInPeriodSchema.parse('Mon 09:00'); // => 9
 */
export const timeInPeriodSchema = leafSchema<number, string | 0>(readTimeInPeriod, {
  type: 'string',
  description: 'a day and time such as "Thu 10:00", or a duration into the period such as "1d 10h"',
  examples: ['Thu 10:00', '9h'],
});

/**
 * Writes a day of the week by its name (a day number outside the first week stays a number).
 * @param day - 0 for Monday of week 0
 * @returns the name, e.g. 'Thu', or the number
 * @example
 * writeDay(3); // => 'Thu'
 */
export function writeDay(day: number): string | number {
  return DAY_NAMES[day] ?? day;
}

/**
 * Writes hours into a period: as a day and time ("Thu 10:00") when the period is whole weeks and the
 * moment falls on a whole minute of the first week, else as a duration.
 *
 * @param hours - hours into the period
 * @param periodHours - the period's length in hours
 * @returns text that {@link readTimeInPeriod} reads back
 * @example
 * writeTimeInPeriod(82, 168); // => 'Thu 10:00'
 * writeTimeInPeriod(9, 24); // => '9h'
 */
export function writeTimeInPeriod(hours: number, periodHours: number): string {
  const minutes = Math.round(hours * 60);
  const weekly = periodHours % 168 === 0 && hours < 168 && minutes / 60 === hours;
  if (!weekly) return writeDuration(hours);
  const day = Math.floor(minutes / (24 * 60));
  const minuteOfDay = minutes - day * 24 * 60;
  const clock = `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
  return `${DAY_NAMES[day]} ${clock}`;
}
