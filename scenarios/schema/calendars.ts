// Working calendars as scenario files write them: office hours, weekly intervals, cycles, rotas or always,
// each with an optional time zone and absences; read into hours and checked as the engine would check them.
import { z } from 'zod';
import { dayNumberSchema, dayOfWeekSchema, hourOfDaySchema, shiftEndSchema, writeDay } from './clockTimes.ts';
import { ALSO_WITH_FIELD_PROBLEMS, keysGiven } from './fieldChecks.ts';
import { durationSchema, positiveDurationSchema, writeDuration } from './units.ts';
import { writeFields } from './writeFields.ts';

const CALENDAR_KINDS = ['businessHours', 'weekly', 'cycle', 'rota', 'always'] as const;

/**
 * Checks a working interval as the engine's calendar factories do: the start before 24:00 (for hours of
 * the day), the end after the start, the interval at most `longest` hours; problems at `prefix`.
 */
function checkInterval(
  context: z.RefinementCtx,
  interval: { readonly start: number; readonly end: number },
  longest: { readonly hours: number; readonly what: string; readonly startBefore?: number },
  prefix: readonly (string | number)[] = [],
): void {
  const startBefore = longest.startBefore ?? 24;
  if (interval.start >= startBefore) {
    const expected = startBefore === 24 ? 'an hour in [0, 24)' : `< ${writeDuration(startBefore)}`;
    context.addIssue({
      code: 'custom',
      path: [...prefix, 'start'],
      message: `must be before ${startBefore === 24 ? '24:00' : 'the end of the cycle'}`,
      params: { expected },
    });
  } else if (!(interval.end > interval.start)) {
    context.addIssue({
      code: 'custom',
      path: [...prefix, 'end'],
      message: 'must be after start (for a shift past midnight, write an end past 24, e.g. 30 for 06:00)',
      params: { expected: `> start (${interval.start})` },
    });
  } else if (interval.end - interval.start > longest.hours) {
    context.addIssue({
      code: 'custom',
      path: [...prefix, 'end'],
      message: `the interval is longer than ${longest.what}`,
      params: { expected: `at most start + ${longest.hours}` },
    });
  }
}

const WEEK = { hours: 168, what: 'a week' } as const;

const businessHoursSchema = z
  .strictObject({
    start: hourOfDaySchema.prefault(9),
    end: shiftEndSchema.prefault(17),
    days: z.array(dayOfWeekSchema).prefault(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']),
  })
  .superRefine((interval, context) => checkInterval(context, interval, WEEK));

const weeklyIntervalSchema = z
  .strictObject({ day: dayOfWeekSchema, start: hourOfDaySchema, end: shiftEndSchema })
  .superRefine((interval, context) => checkInterval(context, interval, WEEK));

const cycleSchema = z
  .strictObject({
    length: positiveDurationSchema,
    intervals: z.array(z.strictObject({ start: durationSchema, end: durationSchema })),
    offset: durationSchema.prefault('0s'),
  })
  .superRefine((cycle, context) => {
    const longest = { hours: cycle.length, what: 'the cycle', startBefore: cycle.length };
    cycle.intervals.forEach((interval, index) => {
      checkInterval(context, interval, longest, ['intervals', index]);
    });
  });

const rotaSchema = z
  .strictObject({
    daysOn: z.number().int().min(1),
    daysOff: z.number().int().min(0),
    start: hourOfDaySchema,
    end: shiftEndSchema,
    firstDay: dayNumberSchema.prefault(0),
  })
  .superRefine((rota, context) => checkInterval(context, rota, { hours: 24, what: 'a day' }));

const calendarMapSchema = z
  .strictObject(
    {
      businessHours: businessHoursSchema.optional(),
      weekly: z.array(weeklyIntervalSchema).optional(),
      cycle: cycleSchema.optional(),
      rota: rotaSchema.optional(),
      always: z.literal(true).optional(),
      timeZoneOffset: z.number().min(-24).max(24).default(0),
      absences: z
        .array(
          z
            .strictObject({ start: durationSchema, end: durationSchema.optional() })
            .superRefine((absence, context) => {
              if (absence.end !== undefined && !(absence.end > absence.start)) {
                context.addIssue({
                  code: 'custom',
                  path: ['end'],
                  message: 'must be after start',
                  params: { expected: '> start' },
                });
              }
            }),
        )
        .default([]),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'a calendar such as { businessHours: {} } or always' : undefined,
    },
  )
  .superRefine((calendar, context) => {
    const kinds = CALENDAR_KINDS.filter((kind) => calendar[kind] !== undefined);
    if (kinds.length === 1) return;
    context.addIssue({
      code: 'custom',
      message: kinds.length === 0 ? 'names no kind of calendar' : 'names several kinds of calendar',
      params: { expected: `one of ${CALENDAR_KINDS.join(', ')}`, received: keysGiven(kinds) },
    });
  }, ALSO_WITH_FIELD_PROBLEMS);

/**
 * One working calendar: `always` (24x7), or a map naming one kind (businessHours, weekly, cycle, rota,
 * always: true) with an optional `timeZoneOffset` (hours, -24 to 24) and `absences` (from the start of the
 * run). Hours and durations are read into hours; defaults are filled (office hours 09:00-17:00 Mon-Fri).
 * @example
 * calendarSchema.parse({ businessHours: {} });
 * // => { businessHours: { start: 9, end: 17, days: [0, 1, 2, 3, 4] }, timeZoneOffset: 0, absences: [] }
 */
export const calendarSchema = z.union([z.literal('always'), calendarMapSchema]);

/**
 * A parsed calendar.
 * @example
 * const nights: CalendarSpec = { weekly: [{ day: 0, start: 22, end: 30 }], timeZoneOffset: 0, absences: [] };
 */
export type CalendarSpec = z.output<typeof calendarSchema>;

/**
 * Writes a parsed calendar in the file's notation, every default written out.
 * @param calendar - a parsed calendar
 * @returns the calendar as a file would write it
 * @example
 * writeCalendar('always'); // => 'always'
 */
export function writeCalendar(calendar: CalendarSpec): unknown {
  if (calendar === 'always') return 'always';
  type Calendar = Exclude<CalendarSpec, 'always'>;
  return writeFields(calendar, {
    businessHours: (hours: NonNullable<Calendar['businessHours']>) => ({
      ...hours,
      days: hours.days.map(writeDay),
    }),
    weekly: (intervals: NonNullable<Calendar['weekly']>) =>
      intervals.map((interval) => ({ ...interval, day: writeDay(interval.day) })),
    cycle: (cycle: NonNullable<Calendar['cycle']>) => ({
      length: writeDuration(cycle.length),
      intervals: cycle.intervals.map((interval) => ({
        start: writeDuration(interval.start),
        end: writeDuration(interval.end),
      })),
      offset: writeDuration(cycle.offset),
    }),
    rota: (rota: NonNullable<Calendar['rota']>) => ({ ...rota, firstDay: writeDay(rota.firstDay) }),
    absences: (absences: Calendar['absences']) =>
      absences.map((absence) => writeFields(absence, { start: writeDuration, end: writeDuration })),
  });
}
