// A deferral rule: demand arriving after a cutoff hour, or on a non-working day, is dealt with from a
// release hour on the next working day ("requests after 11:00 are handled tomorrow").
import { DemandParameterError } from './demandParameterError.ts';
import { _readDemandParameters, _requireInRange, _requireWholeNumber } from './demandParameterRules.ts';

/** Parameters of {@link deferralRule}. */
export interface DeferralRuleParameters {
  /** Hour of the day from which arrivals wait for the next working day, in (0, 24] (11: 11:00). */
  readonly cutoffHour: number;
  /** Hour of the day at which deferred arrivals are released, in [0, 24); default 9. */
  readonly releaseHour?: number;
  /** Working days, 0 = Monday ... 6 = Sunday; default Monday to Friday, [0, 1, 2, 3, 4]. */
  readonly workingDays?: readonly number[];
}

/** A deferral rule, consulted once per arrival. */
export interface DeferralRule {
  readonly kind: 'deferral';
  readonly cutoffHour: number;
  readonly releaseHour: number;
  /** Working days in increasing order (frozen). */
  readonly workingDays: readonly number[];
  /** When an item arriving at `now` is dealt with: `now`, or a later release time. */
  releaseTime(now: number): number;
}

/**
 * Builds a deferral rule. An arrival on a working day before the cutoff hour is dealt with at once
 * (releaseTime returns `now`, even at 03:00: the team's own calendar decides when work starts); any
 * other arrival (after the cutoff, or on a non-working day) is released at `releaseHour` on the next
 * working day. Days are counted from time 0 = Monday 00:00, 24 hours each (no daylight saving).
 *
 * Worked examples with cutoff 11 and release 9: Monday 10:00 (10) → 10; Monday 12:00 (12) → Tuesday
 * 09:00 (33); Friday 12:00 (108) → Monday 09:00 (177); Saturday 10:00 (130) → Monday 09:00 (177).
 *
 * @param parameters - `{ cutoffHour, releaseHour?, workingDays? }`
 * @returns a frozen rule with `releaseTime(now)`
 * @throws DemandParameterError naming the field and the value (e.g. "deferralRule: cutoffHour must be a
 *   number in (0, 24], got 25")
 * @example
 * const afterEleven = deferralRule({ cutoffHour: 11, releaseHour: 9 });
 * [afterEleven.releaseTime(10), afterEleven.releaseTime(12), afterEleven.releaseTime(108)]; // => [10, 33, 177]
 */
export function deferralRule(parameters: DeferralRuleParameters): DeferralRule {
  const fields = _readDemandParameters('deferralRule', parameters);
  const cutoffHour = _requireInRange('deferralRule', 'cutoffHour', fields.cutoffHour, 0, 24, true);
  const releaseHour =
    fields.releaseHour === undefined
      ? 9
      : _requireInRange('deferralRule', 'releaseHour', fields.releaseHour, 0, 24);
  if (releaseHour === 24) {
    throw new DemandParameterError('deferralRule', 'releaseHour', 'a number in [0, 24)', releaseHour);
  }
  const workingDays = readWorkingDays(fields.workingDays);
  const isWorkingDay = Array.from({ length: 7 }, (_, day) => workingDays.includes(day));
  return Object.freeze({
    kind: 'deferral',
    cutoffHour,
    releaseHour,
    workingDays,
    releaseTime: (now: number): number => {
      const day = Math.floor(now / 24);
      const hourOfDay = now - day * 24;
      if (isWorkingDay[dayOfWeek(day)] && hourOfDay < cutoffHour) return now;
      let releaseDay = day + 1;
      while (!isWorkingDay[dayOfWeek(releaseDay)]) releaseDay++;
      return releaseDay * 24 + releaseHour;
    },
  });
}

/** Day of the week of a day number, 0 = Monday (day 0 is the Monday of week 0). */
function dayOfWeek(day: number): number {
  return ((day % 7) + 7) % 7;
}

function readWorkingDays(value: unknown): readonly number[] {
  if (value === undefined) return Object.freeze([0, 1, 2, 3, 4]);
  if (!Array.isArray(value) || value.length === 0) {
    throw new DemandParameterError('deferralRule', 'workingDays', 'a non-empty array of days 0..6', value);
  }
  const days = value.map((day: unknown, index) => {
    const checked = _requireWholeNumber('deferralRule', `workingDays[${index}]`, day, 0);
    if (checked > 6) {
      throw new DemandParameterError(
        'deferralRule',
        `workingDays[${index}]`,
        'a day from 0 (Monday) to 6',
        day,
      );
    }
    return checked;
  });
  return Object.freeze([...new Set(days)].sort((first, second) => first - second));
}
