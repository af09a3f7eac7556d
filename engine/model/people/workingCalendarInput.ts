// What the WorkingCalendar factories accept (weekly intervals, cycles, rotas, absences, time zones), the
// error they throw for bad input, and the checks that turn input into intervals in cycle coordinates.
import type { _Interval } from './cyclePattern.ts';

/** A weekly working interval: on `day` (0 = Monday ... 6 = Sunday), from `start` to `end` o'clock. */
export interface WeeklyInterval {
  /** Day of the week, 0 (Monday) to 6 (Sunday). */
  readonly day: number;
  /** Hour of the day the interval starts, in [0, 24); 8.5 is 08:30. */
  readonly start: number;
  /** Hour it ends, counted from the same midnight: > start, and past 24 for a shift that crosses midnight (22 to 30). */
  readonly end: number;
}

/** A working interval inside a cycle, in hours from the cycle's start; `end` may run past the cycle's end. */
export interface CycleInterval {
  readonly start: number;
  readonly end: number;
}

/** An absence (holiday, sickness, leave) in absolute simulation time; `end` may be Infinity (left for good). */
export interface Absence {
  readonly start: number;
  readonly end: number;
}

/** Options every calendar factory accepts. */
export interface CalendarOptions {
  /**
   * Hours the team's local clock is ahead of the scenario's clock, in [-24, 24]: +5.5 for a team in
   * India in a scenario on London (winter) time, so their 09:00 is the scenario's 03:30. Default 0.
   */
  readonly timeZoneOffset?: number;
}

/** Options of WorkingCalendar.businessHours. */
export interface BusinessHoursOptions extends CalendarOptions {
  /** Hour the working day starts, in [0, 24); default 9. */
  readonly start?: number;
  /** Hour it ends, > start (past 24 for a night schedule); default 17. */
  readonly end?: number;
  /** Working days, 0 (Monday) to 6 (Sunday); default Monday to Friday, [0, 1, 2, 3, 4]. */
  readonly days?: readonly number[];
}

/** Options of WorkingCalendar.cycle: a pattern that repeats every `length` hours. */
export interface CycleOptions extends CalendarOptions {
  /** Cycle length in hours, > 0 (24 for a daily shift, 192 for four days on and four off). */
  readonly length: number;
  /** Working intervals in hours from the cycle's start; start in [0, length), end > start. */
  readonly intervals: readonly CycleInterval[];
  /** Local time at which the first cycle starts (any finite number; cycles repeat both ways). Default 0. */
  readonly offset?: number;
}

/** Options of WorkingCalendar.rota: the same shift on `daysOn` days, then `daysOff` days off, repeating. */
export interface RotaOptions extends CalendarOptions {
  /** Consecutive working days, an integer >= 1. */
  readonly daysOn: number;
  /** Consecutive days off, an integer >= 0. */
  readonly daysOff: number;
  /** Hour the shift starts on a working day, in [0, 24). */
  readonly start: number;
  /** Hour it ends, > start (past 24 for a night shift). */
  readonly end: number;
  /** Day number (0 = Monday of week 0) of the first working day of a cycle, an integer; default 0. */
  readonly firstDay?: number;
}

/**
 * Thrown for bad calendar input. It carries the issue fields of STYLE.md rule 13 (`path`, `expected`,
 * `received`), e.g. "WorkingCalendar.weekly: intervals[2].end must be > start (9), got 8".
 */
export class WorkingCalendarError extends RangeError {
  /** The field at fault, e.g. "intervals[2].end". */
  readonly path: string;
  /** The rule it breaks, e.g. "> start (9)". */
  readonly expected: string;
  /** The value received. */
  readonly received: unknown;

  constructor(factory: string, path: string, expected: string, received: unknown) {
    super(`${factory}: ${path} must be ${expected}, got ${formatReceived(received)}`);
    this.name = 'WorkingCalendarError';
    this.path = path;
    this.expected = expected;
    this.received = received;
  }
}

/** A received value as a message shows it: strings quoted, NaN as NaN (JSON would say null). */
function formatReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string' || (typeof value === 'object' && value !== null))
    return JSON.stringify(value);
  return String(value);
}

/** Reads a finite number (internal to engine/model). @throws WorkingCalendarError otherwise */
export function _requireFinite(factory: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new WorkingCalendarError(factory, path, 'a finite number', value);
  }
  return value;
}

/** Reads an integer in [low, high] (internal). @throws WorkingCalendarError naming the range otherwise */
export function _requireInteger(
  factory: string,
  path: string,
  value: unknown,
  low: number,
  high: number,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < low || value > high) {
    const range = high < Infinity ? ` from ${low} to ${high}` : low > -Infinity ? ` >= ${low}` : '';
    throw new WorkingCalendarError(factory, path, `an integer${range}`, value);
  }
  return value;
}

/** Reads the time zone offset option, 0 when absent (internal). @throws WorkingCalendarError */
export function _readTimeZoneOffset(factory: string, options: CalendarOptions | undefined): number {
  const offset = options?.timeZoneOffset;
  if (offset === undefined) return 0;
  const hours = _requireFinite(factory, 'timeZoneOffset', offset);
  if (hours < -24 || hours > 24) {
    throw new WorkingCalendarError(factory, 'timeZoneOffset', 'in [-24, 24] hours', offset);
  }
  return hours;
}

/** Reads a list argument as an array of objects (internal). @throws WorkingCalendarError */
function readObjects(factory: string, path: string, value: unknown, shape: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new WorkingCalendarError(factory, path, `an array of ${shape}`, value);
  value.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) {
      throw new WorkingCalendarError(factory, `${path}[${index}]`, `an object ${shape}`, item);
    }
  });
  return value;
}

/**
 * Checks a start hour and an end hour: start in [0, limit), end > start and end - start <= span.
 * @returns the interval
 */
export function _readHours(
  factory: string,
  path: string,
  start: unknown,
  end: unknown,
  limit: number,
  span: number,
): _Interval {
  const prefix = path === '' ? '' : `${path}.`;
  const startHour = _requireFinite(factory, `${prefix}start`, start);
  if (startHour < 0 || startHour >= limit) {
    throw new WorkingCalendarError(factory, `${prefix}start`, `in [0, ${limit})`, start);
  }
  const endHour = _requireFinite(factory, `${prefix}end`, end);
  if (endHour <= startHour) {
    const hint = limit === 24 ? '; for a shift past midnight write an end past 24, e.g. 30 for 06:00' : '';
    throw new WorkingCalendarError(factory, `${prefix}end`, `> start (${startHour})${hint}`, end);
  }
  if (endHour - startHour > span) {
    throw new WorkingCalendarError(
      factory,
      `${prefix}end`,
      `at most start + ${span} (${startHour + span})`,
      end,
    );
  }
  return { start: startHour, end: endHour };
}

/**
 * Turns weekly intervals into intervals in hours of the week (Monday 00:00 = 0).
 * @throws WorkingCalendarError naming the interval index and field
 */
export function _readWeeklyIntervals(factory: string, intervals: unknown): _Interval[] {
  const items = readObjects(factory, 'intervals', intervals, '{ day, start, end }');
  return items.map((item, index) => {
    const { day, start, end } = item as Readonly<Record<string, unknown>>;
    const dayIndex = _requireInteger(factory, `intervals[${index}].day`, day, 0, 6);
    const hours = _readHours(factory, `intervals[${index}]`, start, end, 24, 168);
    return { start: dayIndex * 24 + hours.start, end: dayIndex * 24 + hours.end };
  });
}

/**
 * Checks the intervals of a cycle of `length` hours.
 * @throws WorkingCalendarError naming the interval index and field
 */
export function _readCycleIntervals(factory: string, intervals: unknown, length: number): _Interval[] {
  const items = readObjects(factory, 'intervals', intervals, '{ start, end }');
  return items.map((item, index) => {
    const { start, end } = item as Readonly<Record<string, unknown>>;
    return _readHours(factory, `intervals[${index}]`, start, end, length, length);
  });
}

/**
 * Checks absences: start finite, end > start (Infinity allowed).
 * @throws WorkingCalendarError naming the absence index and field
 */
export function _readAbsences(factory: string, absences: unknown): _Interval[] {
  const items = readObjects(factory, 'absences', absences, '{ start, end }');
  return items.map((item, index) => {
    const { start, end } = item as Readonly<Record<string, unknown>>;
    const startTime = _requireFinite(factory, `absences[${index}].start`, start);
    if (typeof end !== 'number' || !(end > startTime)) {
      throw new WorkingCalendarError(factory, `absences[${index}].end`, `> start (${startTime})`, end);
    }
    return { start: startTime, end };
  });
}
