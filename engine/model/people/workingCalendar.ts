// When a person or team works, in simulation time: a repeating pattern (a week, a shift cycle, a rota)
// in a time zone, minus absences; and the arithmetic of working time (add hours, count hours between).
import {
  _buildCyclePattern,
  type _CyclePattern,
  _fullCyclePattern,
  _mergeIntervals,
} from './cyclePattern.ts';
import {
  _readAbsences,
  _readCycleIntervals,
  _readHours,
  _readTimeZoneOffset,
  _readWeeklyIntervals,
  _requireFinite,
  _requireInteger,
  type Absence,
  type BusinessHoursOptions,
  type CalendarOptions,
  type CycleOptions,
  type RotaOptions,
  type WeeklyInterval,
  WorkingCalendarError,
} from './workingCalendarInput.ts';

/** Hours in a week, the cycle of weekly calendars. */
const HOURS_PER_WEEK = 168;

/**
 * An immutable working calendar. Times are simulation hours since Monday 00:00 of week 0 in the
 * scenario's time zone. Working time is a union of half-open periods [start, end): a person is working
 * at a period's start and not at its end.
 *
 * The pattern of one cycle is kept as sorted interval starts and ends in Float64Arrays with cumulative
 * working hours, so each query is a binary search plus whole-cycle arithmetic: O(log n) for n intervals
 * per cycle however long the span, plus O(a) for the a absences a span crosses. Queries allocate nothing;
 * `addWorkingHours` runs at every start of work (about 1e6 times per replication).
 *
 * Pattern boundaries, cycle lengths and offsets are rounded to 2^-30 h (3.4 microseconds) so that the
 * boundary arithmetic is exact and every start a query returns is working time for the others; 08:20 is
 * off by less than 1e-9 h. Absences are kept exactly as given.
 *
 * @example
 * const office = WorkingCalendar.businessHours(); // Monday to Friday, 09:00 to 17:00
 * office.addWorkingHours(16, 3); // => 35 (Monday 16:00 + 3 working hours = Tuesday 11:00)
 * office.workingHoursBetween(0, 168); // => 40
 */
export class WorkingCalendar {
  /** Cycle length in hours: 168 for weekly calendars and for `always()`. */
  readonly cycleLength: number;
  /** Working hours in one cycle of the pattern, before absences. */
  readonly hoursPerCycle: number;
  /** True for a calendar that is working time at every instant (24x7 and no absences). */
  readonly alwaysWorking: boolean;

  /** The repeating pattern, absences aside. */
  private readonly pattern: _CyclePattern;
  private readonly absenceCount: number;
  private readonly absenceStarts: Float64Array;
  private readonly absenceEnds: Float64Array;

  private constructor(pattern: _CyclePattern, absenceStarts: Float64Array, absenceEnds: Float64Array) {
    this.cycleLength = pattern.length;
    this.hoursPerCycle = pattern.hoursPerCycle;
    this.alwaysWorking = pattern.full && absenceStarts.length === 0;
    this.pattern = pattern;
    this.absenceCount = absenceStarts.length;
    this.absenceStarts = absenceStarts;
    this.absenceEnds = absenceEnds;
  }

  /**
   * A calendar that is working time at every instant (24x7): working-time arithmetic is the identity.
   * @example
   * WorkingCalendar.always().addWorkingHours(5, 2); // => 7
   */
  static always(): WorkingCalendar {
    return new WorkingCalendar(
      _fullCyclePattern(HOURS_PER_WEEK, 0),
      new Float64Array(0),
      new Float64Array(0),
    );
  }

  /**
   * A calendar that repeats every week. Intervals that overlap or touch are merged; an interval may cross
   * midnight (end past 24) and the last one may run from Sunday into Monday.
   *
   * @param intervals - weekly working intervals; an empty list gives a calendar that never works
   * @param options - `timeZoneOffset` of the team's clock relative to the scenario's, in hours
   * @throws WorkingCalendarError naming the interval index and field (day an integer 0..6, start in
   *   [0, 24), end > start and at most start + 168, all finite)
   * @example
   * // a night shift Monday to Friday, 22:00 to 06:00 the next morning
   * const nights = WorkingCalendar.weekly([0, 1, 2, 3, 4].map((day) => ({ day, start: 22, end: 30 })));
   * nights.isWorking(24 + 3); // => true (Tuesday 03:00)
   */
  static weekly(intervals: readonly WeeklyInterval[], options?: CalendarOptions): WorkingCalendar {
    const factory = 'WorkingCalendar.weekly';
    const timeZoneOffset = _readTimeZoneOffset(factory, options);
    const weekHours = _readWeeklyIntervals(factory, intervals);
    return WorkingCalendar.fromPattern(_buildCyclePattern(HOURS_PER_WEEK, -timeZoneOffset, weekHours));
  }

  /**
   * Office hours on chosen days of the week: Monday to Friday, 09:00 to 17:00 by default (40 h a week).
   * @param options - `start` and `end` hours of the day, `days` (0 = Monday), `timeZoneOffset`
   * @throws WorkingCalendarError naming the field at fault
   * @example
   * WorkingCalendar.businessHours().addWorkingHours(4 * 24 + 16, 2); // => 178 (Friday 16:00 -> Monday 10:00)
   * WorkingCalendar.businessHours({ timeZoneOffset: 5.5 }).nextStart(0); // => 3.5 (09:00 in India)
   */
  static businessHours(options: BusinessHoursOptions = {}): WorkingCalendar {
    const factory = 'WorkingCalendar.businessHours';
    const timeZoneOffset = _readTimeZoneOffset(factory, options);
    const hours = _readHours(factory, '', options.start ?? 9, options.end ?? 17, 24, HOURS_PER_WEEK);
    const days: unknown = options.days ?? [0, 1, 2, 3, 4];
    if (!Array.isArray(days)) throw new WorkingCalendarError(factory, 'days', 'an array of days 0..6', days);
    const weekHours = days.map((day: unknown, index) => {
      const dayIndex = _requireInteger(factory, `days[${index}]`, day, 0, 6);
      return { start: dayIndex * 24 + hours.start, end: dayIndex * 24 + hours.end };
    });
    return WorkingCalendar.fromPattern(_buildCyclePattern(HOURS_PER_WEEK, -timeZoneOffset, weekHours));
  }

  /**
   * A pattern that repeats every `length` hours, not only weekly: shifts, rotas, on-call cycles.
   * Cycle k covers local time [offset + k * length, offset + (k + 1) * length) for every whole k.
   *
   * @param options - `length`, `intervals` inside the cycle, `offset` and `timeZoneOffset`
   * @throws WorkingCalendarError naming the field (length finite and > 0; each interval's start in
   *   [0, length), end > start and at most start + length; offset finite)
   * @example
   * // the late shift of a three-shift (3 x 8 h) operation, every day
   * WorkingCalendar.cycle({ length: 24, intervals: [{ start: 14, end: 22 }] }).hoursPerWeek; // => 56
   * // four 12-hour days on, four days off, for the crew whose cycle starts on day 4 (Friday of week 0)
   * const crewB = WorkingCalendar.cycle({
   *   length: 8 * 24,
   *   intervals: [0, 1, 2, 3].map((day) => ({ start: day * 24 + 7, end: day * 24 + 19 })),
   *   offset: 4 * 24,
   * });
   * crewB.isWorking(4 * 24 + 8); // => true
   */
  static cycle(options: CycleOptions): WorkingCalendar {
    const factory = 'WorkingCalendar.cycle';
    const length = _requireFinite(factory, 'length', options.length);
    if (!(length > 0)) throw new WorkingCalendarError(factory, 'length', '> 0 hours', options.length);
    const offset = _requireFinite(factory, 'offset', options.offset ?? 0);
    const timeZoneOffset = _readTimeZoneOffset(factory, options);
    const cycleHours = _readCycleIntervals(factory, options.intervals, length);
    return WorkingCalendar.fromPattern(_buildCyclePattern(length, offset - timeZoneOffset, cycleHours));
  }

  /**
   * A rota: the same shift on `daysOn` consecutive days, then `daysOff` days off, repeating; a shorthand
   * for {@link WorkingCalendar.cycle} with a cycle of (daysOn + daysOff) days.
   * @throws WorkingCalendarError naming the field at fault
   * @example
   * const fourOnFourOff = WorkingCalendar.rota({ daysOn: 4, daysOff: 4, start: 7, end: 19 });
   * fourOnFourOff.hoursPerCycle; // => 48 (in a cycle of 192 h)
   */
  static rota(options: RotaOptions): WorkingCalendar {
    const factory = 'WorkingCalendar.rota';
    const daysOn = _requireInteger(factory, 'daysOn', options.daysOn, 1, Infinity);
    const daysOff = _requireInteger(factory, 'daysOff', options.daysOff, 0, Infinity);
    const firstDay = _requireInteger(factory, 'firstDay', options.firstDay ?? 0, -Infinity, Infinity);
    const timeZoneOffset = _readTimeZoneOffset(factory, options);
    const shift = _readHours(factory, '', options.start, options.end, 24, 24);
    const length = (daysOn + daysOff) * 24;
    const cycleHours = Array.from({ length: daysOn }, (_, day) => ({
      start: day * 24 + shift.start,
      end: day * 24 + shift.end,
    }));
    return WorkingCalendar.fromPattern(
      _buildCyclePattern(length, firstDay * 24 - timeZoneOffset, cycleHours),
    );
  }

  /** Wraps a pattern with no absences. */
  private static fromPattern(pattern: _CyclePattern): WorkingCalendar {
    return new WorkingCalendar(pattern, new Float64Array(0), new Float64Array(0));
  }

  /**
   * A new calendar without working time during the given absences (holidays, sickness, leave), on top of
   * any absences this one already has. Absences are absolute simulation times, [start, end).
   * @param absences - each with a finite start and end > start (Infinity: absent for good)
   * @returns a new calendar; this one is unchanged
   * @throws WorkingCalendarError naming the absence index and field
   * @example
   * const withLeave = WorkingCalendar.businessHours().withAbsences([{ start: 24, end: 48 }]); // Tuesday off
   * withLeave.addWorkingHours(16, 3); // => 59 (Wednesday 11:00)
   */
  withAbsences(absences: readonly Absence[]): WorkingCalendar {
    const added = _readAbsences('WorkingCalendar.withAbsences', absences);
    const existing = Array.from(this.absenceStarts, (start, index) => ({
      start,
      end: this.absenceEnds[index]!,
    }));
    const merged = _mergeIntervals([...existing, ...added]);
    return new WorkingCalendar(
      this.pattern,
      Float64Array.from(merged, (absence) => absence.start),
      Float64Array.from(merged, (absence) => absence.end),
    );
  }

  /** Average working hours per week of the pattern (before absences), for capacity summaries. */
  get hoursPerWeek(): number {
    return (this.hoursPerCycle * HOURS_PER_WEEK) / this.cycleLength;
  }

  /**
   * Whether `time` is working time. Periods are half-open: working at a period's start, not at its end.
   * @example
   * WorkingCalendar.businessHours().isWorking(17); // => false (Monday 17:00)
   */
  isWorking(time: number): boolean {
    if (!this.pattern.isWorking(time)) return false;
    if (this.absenceCount === 0) return true;
    const index = this.firstAbsenceEndingAfter(time);
    return !(index < this.absenceCount && this.absenceStarts[index]! <= time);
  }

  /**
   * When working time next starts: `time` itself when working now, Infinity when never again.
   * @example
   * WorkingCalendar.businessHours().nextStart(17); // => 33 (Tuesday 09:00)
   */
  nextStart(time: number): number {
    requireTime(time);
    let from = time;
    let index = this.absenceCount === 0 ? 0 : this.firstAbsenceEndingAfter(from);
    for (;;) {
      if (from === Infinity) return Infinity;
      if (index < this.absenceCount && this.absenceStarts[index]! <= from) {
        from = this.absenceEnds[index++]!;
        continue;
      }
      const start = this.pattern.nextStart(from);
      // A period starting at or after the next absence's start is cut off by it: look after the absence.
      if (index < this.absenceCount && start >= this.absenceStarts[index]!) {
        from = this.absenceEnds[index++]!;
        continue;
      }
      return start;
    }
  }

  /**
   * When the current working period ends; when not working, the end of the next period. Infinity when
   * the period never ends (24x7) or no period comes.
   * @example
   * WorkingCalendar.businessHours().nextEnd(10); // => 17
   * WorkingCalendar.businessHours().nextEnd(18); // => 41 (Tuesday 17:00)
   */
  nextEnd(time: number): number {
    const start = this.nextStart(time);
    if (start === Infinity) return Infinity;
    const end = this.pattern.nextEnd(start);
    if (this.absenceCount === 0) return end;
    // `start` is working time, so it is outside every absence; the next absence may cut the period short.
    const index = this.firstAbsenceEndingAfter(start);
    return index < this.absenceCount ? Math.min(end, this.absenceStarts[index]!) : end;
  }

  /**
   * The clock time at which `hours` of working time have elapsed from `time`, skipping non-working time.
   * The result is the earliest such instant, so work that finishes exactly as a period closes finishes at
   * the period's end, not at the next start. 0 hours returns `time` itself, even outside working time.
   *
   * @param time - a finite simulation time
   * @param hours - working hours, >= 0
   * @returns a simulation time >= time; Infinity when the calendar never provides that much working time
   * @throws RangeError when hours is negative or NaN, or time is not finite
   * @example
   * const office = WorkingCalendar.businessHours();
   * office.addWorkingHours(16, 3); // => 35 (Monday 16:00 -> Tuesday 11:00)
   * office.addWorkingHours(15, 2); // => 17 (the end of Monday, not Tuesday 09:00)
   */
  addWorkingHours(time: number, hours: number): number {
    if (!(hours >= 0) || !Number.isFinite(time)) {
      throw new RangeError(
        `addWorkingHours needs a finite time and hours >= 0, got time ${time}, hours ${hours}`,
      );
    }
    if (hours === 0) return time;
    if (this.absenceCount === 0) return this.pattern.addHours(time, hours);
    let from = time;
    let remaining = hours;
    let index = this.firstAbsenceEndingAfter(from);
    for (;;) {
      if (from === Infinity) return Infinity;
      if (index < this.absenceCount && this.absenceStarts[index]! <= from) {
        from = this.absenceEnds[index++]!;
        continue;
      }
      if (index >= this.absenceCount) return this.pattern.addHours(from, remaining);
      const absenceStart = this.absenceStarts[index]!;
      const available = this.pattern.hoursBetween(from, absenceStart);
      if (available >= remaining) return Math.min(this.pattern.addHours(from, remaining), absenceStart);
      remaining -= available;
      from = this.absenceEnds[index++]!;
    }
  }

  /**
   * Working hours in [from, to).
   * @param from - a finite simulation time
   * @param to - a time >= from (Infinity allowed)
   * @throws RangeError when from is not finite or to < from
   * @example
   * WorkingCalendar.businessHours().workingHoursBetween(0, 4 * 168); // => 160
   */
  workingHoursBetween(from: number, to: number): number {
    if (!Number.isFinite(from) || !(to >= from)) {
      throw new RangeError(
        `workingHoursBetween needs a finite from and to >= from, got from ${from}, to ${to}`,
      );
    }
    if (this.absenceCount === 0) return this.pattern.hoursBetween(from, to);
    let total = 0;
    let segmentStart = from;
    let index = this.firstAbsenceEndingAfter(from);
    while (segmentStart < to) {
      if (index >= this.absenceCount) return total + this.pattern.hoursBetween(segmentStart, to);
      const absenceStart = this.absenceStarts[index]!;
      if (absenceStart > segmentStart)
        total += this.pattern.hoursBetween(segmentStart, Math.min(absenceStart, to));
      segmentStart = this.absenceEnds[index++]!;
    }
    return total;
  }

  /** Index of the first absence ending after `time` (absenceCount when none), by binary search. */
  private firstAbsenceEndingAfter(time: number): number {
    const ends = this.absenceEnds;
    let low = 0;
    let high = this.absenceCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ends[middle]! <= time) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Rejects NaN and -Infinity in the queries that accept any other time (Infinity means never). */
function requireTime(time: number): void {
  if (!(time > -Infinity)) throw new RangeError(`a calendar query needs a time > -Infinity, got ${time}`);
}
