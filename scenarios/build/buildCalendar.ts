// A parsed working calendar turned into the engine's WorkingCalendar: office hours, weekly intervals, a
// cycle, a rota or always, shifted by its time zone, with its absences taken out.
import { WorkingCalendar } from '../../engine/index.ts';
import type { CalendarSpec } from '../schema/index.ts';

/**
 * Builds the engine calendar a parsed one describes. Hours are already in engine units: hours of the day
 * for office hours, weekly intervals and rotas, hours from the cycle's start for cycles, hours from the
 * start of the run for absences (an absence without an end lasts for good).
 *
 * @param spec - a validated calendar
 * @returns the engine's calendar
 * @throws WorkingCalendarError (a RangeError) when the engine refuses what validation let through
 * @example
 * buildCalendar({ businessHours: { start: 9, end: 17, days: [0, 1, 2, 3, 4] }, timeZoneOffset: 0, absences: [] })
 *   .hoursPerWeek; // => 40
 */
export function buildCalendar(spec: CalendarSpec): WorkingCalendar {
  if (spec === 'always') return WorkingCalendar.always();
  const zone = { timeZoneOffset: spec.timeZoneOffset };
  let calendar: WorkingCalendar;
  if (spec.businessHours !== undefined)
    calendar = WorkingCalendar.businessHours({ ...spec.businessHours, ...zone });
  else if (spec.weekly !== undefined) calendar = WorkingCalendar.weekly(spec.weekly, zone);
  else if (spec.cycle !== undefined) calendar = WorkingCalendar.cycle({ ...spec.cycle, ...zone });
  else if (spec.rota !== undefined) calendar = WorkingCalendar.rota({ ...spec.rota, ...zone });
  else calendar = WorkingCalendar.always();
  if (spec.absences.length === 0) return calendar;
  return calendar.withAbsences(
    spec.absences.map((absence) => ({ start: absence.start, end: absence.end ?? Number.POSITIVE_INFINITY })),
  );
}
