// A weekly rate profile: arrivals per hour as a step function of the time within the week, built from
// hour-of-day and day-of-week multipliers or from explicit weekly segments; the basis of profiledArrivals.
import { HOURS_PER_WEEK } from './arrivalSource.ts';
import { DemandParameterError } from './demandParameterError.ts';
import {
  _readDemandParameters,
  _refuseFields,
  _requireInRange,
  _requireNonNegative,
  _requireWholeNumber,
} from './demandParameterRules.ts';

/** A rate and two optional multiplier profiles: rate(t) = ratePerHour × hourOfDay[hour] × dayOfWeek[day]. */
export interface ProfileByMultipliers {
  /** The base rate in arrivals per hour, finite and >= 0. */
  readonly ratePerHour: number;
  /** 24 multipliers >= 0, one per hour of the day from 00:00; all 1 when omitted. */
  readonly hourOfDay?: readonly number[];
  /** 7 multipliers >= 0, one per day from Monday (index 0); all 1 when omitted. */
  readonly dayOfWeek?: readonly number[];
  readonly weekly?: never;
}

/** One stretch of a weekly profile: on `day`, from `start` to `end` o'clock, `ratePerHour` arrivals per hour. */
export interface WeeklyRateSegment {
  /** Day of the week, 0 = Monday ... 6 = Sunday. */
  readonly day: number;
  /** Hour of the day the stretch starts, in [0, 24). */
  readonly start: number;
  /** Hour of the day the stretch ends, in (start, 24]. */
  readonly end: number;
  /** Arrivals per hour during the stretch, finite and >= 0. */
  readonly ratePerHour: number;
}

/** A piecewise weekly profile: the listed stretches, which must not overlap; the rate is 0 elsewhere. */
export interface ProfileByWeeklySegments {
  readonly weekly: readonly WeeklyRateSegment[];
  readonly ratePerHour?: never;
  readonly hourOfDay?: never;
  readonly dayOfWeek?: never;
}

/** The two ways to describe a weekly profile. */
export type WeeklyRateProfileParameters = ProfileByMultipliers | ProfileByWeeklySegments;

/** Arrivals per hour as a step function of the time within the week, repeating every week. */
export interface WeeklyRateProfile {
  readonly kind: 'weekly-rate-profile';
  /** Where each step starts, in hours since Monday 00:00, increasing from 0 (frozen copy). */
  readonly stepStarts: readonly number[];
  /** Each step's rate in arrivals per hour; neighbouring steps differ (frozen copy). */
  readonly stepRates: readonly number[];
  /** The highest rate of the week, arrivals per hour. */
  readonly maximumRatePerHour: number;
  /** The weekly average rate, arrivals per hour. */
  readonly meanRatePerHour: number;
  /** The rate at a time in hours (any week). */
  rateAt(time: number): number;
  /** The earliest time >= `time` at which the rate is > 0; Infinity when the rate is 0 all week. */
  nextActiveTime(time: number): number;
}

/**
 * Builds a weekly rate profile, so that "Monday mornings are twice as busy" is one multiplier.
 *
 * With multipliers, rate(t) = ratePerHour × hourOfDay[⌊t⌋ mod 24] × dayOfWeek[⌊t / 24⌋ mod 7]; with
 * `weekly` segments the rate is each segment's own, 0 outside them. Time 0 is Monday 00:00 and the
 * profile repeats every 168 hours. Neighbouring steps with equal rates are merged, so the step list is
 * as short as the profile allows. Lookups are a binary search over the steps: O(log steps).
 *
 * @param parameters - `{ ratePerHour, hourOfDay?, dayOfWeek? }` or `{ weekly: [{ day, start, end, ratePerHour }] }`
 * @param factory - the factory named in errors (profiledArrivals passes its own name)
 * @returns a frozen profile
 * @throws DemandParameterError naming the field and the value: a multiplier list of the wrong length,
 *   a negative or non-finite rate or multiplier, a segment outside its day, or two overlapping segments
 * @example
 * const office = weeklyRateProfile({ weekly: [{ day: 0, start: 9, end: 17, ratePerHour: 21 }] });
 * [office.rateAt(10), office.rateAt(18), office.nextActiveTime(18), office.meanRatePerHour]; // => [21, 0, 177, 1]
 */
export function weeklyRateProfile(
  parameters: WeeklyRateProfileParameters,
  factory = 'weeklyRateProfile',
): WeeklyRateProfile {
  const fields = _readDemandParameters(factory, parameters);
  const steps =
    fields.weekly === undefined ? stepsFromMultipliers(factory, fields) : stepsFromSegments(factory, fields);
  return buildProfile(steps.starts, steps.rates);
}

interface Steps {
  readonly starts: number[];
  readonly rates: number[];
}

function stepsFromMultipliers(factory: string, fields: Readonly<Record<string, unknown>>): Steps {
  const ratePerHour = _requireNonNegative(factory, 'ratePerHour', fields.ratePerHour);
  const hourOfDay = multipliers(factory, 'hourOfDay', fields.hourOfDay, 24);
  const dayOfWeek = multipliers(factory, 'dayOfWeek', fields.dayOfWeek, 7);
  const starts: number[] = [];
  const rates: number[] = [];
  for (let hour = 0; hour < HOURS_PER_WEEK; hour++) {
    starts.push(hour);
    rates.push(ratePerHour * (hourOfDay[hour % 24] ?? 1) * (dayOfWeek[Math.floor(hour / 24)] ?? 1));
  }
  return { starts, rates };
}

function multipliers(factory: string, field: string, value: unknown, length: number): readonly number[] {
  if (value === undefined) return new Array<number>(length).fill(1);
  if (!Array.isArray(value) || value.length !== length) {
    throw new DemandParameterError(factory, field, `an array of ${length} multipliers >= 0`, value);
  }
  return Array.from({ length }, (_, index) =>
    _requireNonNegative(factory, `${field}[${index}]`, value[index] as unknown),
  );
}

function stepsFromSegments(factory: string, fields: Readonly<Record<string, unknown>>): Steps {
  _refuseFields(factory, fields, ['ratePerHour', 'hourOfDay', 'dayOfWeek'], 'absent when weekly is given');
  const given = fields.weekly;
  if (!Array.isArray(given)) {
    throw new DemandParameterError(factory, 'weekly', 'an array of { day, start, end, ratePerHour }', given);
  }
  const segments = given.map((segment: unknown, index) => {
    const where = `weekly[${index}]`;
    const segmentFields = _readDemandParameters(factory, segment);
    const day = _requireWholeNumber(factory, `${where}.day`, segmentFields.day, 0);
    if (day > 6) throw new DemandParameterError(factory, `${where}.day`, 'a day from 0 (Monday) to 6', day);
    const start = _requireInRange(factory, `${where}.start`, segmentFields.start, 0, 24);
    if (start === 24) throw new DemandParameterError(factory, `${where}.start`, 'a number in [0, 24)', start);
    const end = _requireInRange(factory, `${where}.end`, segmentFields.end, start, 24, true);
    const ratePerHour = _requireNonNegative(factory, `${where}.ratePerHour`, segmentFields.ratePerHour);
    return { index, from: day * 24 + start, to: day * 24 + end, ratePerHour };
  });
  segments.sort((first, second) => first.from - second.from);
  const starts: number[] = [];
  const rates: number[] = [];
  let covered = 0;
  let previousIndex = -1;
  for (const segment of segments) {
    if (segment.from < covered) {
      throw new DemandParameterError(
        factory,
        `weekly[${segment.index}]`,
        `a stretch that does not overlap weekly[${previousIndex}]`,
        given[segment.index],
      );
    }
    if (segment.from > covered) {
      starts.push(covered);
      rates.push(0);
    }
    starts.push(segment.from);
    rates.push(segment.ratePerHour);
    covered = segment.to;
    previousIndex = segment.index;
  }
  if (covered < HOURS_PER_WEEK) {
    starts.push(covered);
    rates.push(0);
  }
  return { starts, rates };
}

function buildProfile(givenStarts: readonly number[], givenRates: readonly number[]): WeeklyRateProfile {
  // Merging equal neighbours makes a night of zeros one step, which nextActiveTime then jumps in one go.
  const starts: number[] = [];
  const rates: number[] = [];
  givenStarts.forEach((start, index) => {
    const rate = givenRates[index] ?? 0;
    if (rates.length > 0 && rates[rates.length - 1] === rate) return;
    starts.push(start);
    rates.push(rate);
  });
  const count = starts.length;
  let weightedTotal = 0;
  let maximumRatePerHour = 0;
  for (let index = 0; index < count; index++) {
    const rate = rates[index] ?? 0;
    weightedTotal += rate * ((starts[index + 1] ?? HOURS_PER_WEEK) - (starts[index] ?? 0));
    if (rate > maximumRatePerHour) maximumRatePerHour = rate;
  }
  const stepOf = (offset: number): number => {
    // The last step whose start is <= offset (binary search; starts[0] is 0).
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const rateAt = (time: number): number => rates[stepOf(time % HOURS_PER_WEEK)] ?? 0;
  const nextActiveTime = (time: number): number => {
    const offset = time % HOURS_PER_WEEK;
    const step = stepOf(offset);
    if ((rates[step] ?? 0) > 0) return time;
    const weekStart = time - offset;
    for (let ahead = 1; ahead <= count; ahead++) {
      const candidate = step + ahead;
      if ((rates[candidate % count] ?? 0) > 0) {
        const wrapped = candidate >= count ? HOURS_PER_WEEK : 0;
        return weekStart + wrapped + (starts[candidate % count] ?? 0);
      }
    }
    return Number.POSITIVE_INFINITY;
  };
  return Object.freeze({
    kind: 'weekly-rate-profile',
    stepStarts: Object.freeze(starts),
    stepRates: Object.freeze(rates),
    maximumRatePerHour,
    meanRatePerHour: weightedTotal / HOURS_PER_WEEK,
    rateAt,
    nextActiveTime,
  });
}
