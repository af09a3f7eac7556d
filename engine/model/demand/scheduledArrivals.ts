// Calendar rules for demand: a fixed number of items at fixed times, repeating every period ("every
// Monday 09:00, 5 access requests") or at listed times (the quarterly patch day, a planned migration).
import {
  _weeklyAverageOfList,
  type Arrival,
  type ArrivalContext,
  type ArrivalSource,
} from './arrivalSource.ts';
import { DemandParameterError } from './demandParameterError.ts';
import {
  _readDemandParameters,
  _refuseFields,
  _requirePositive,
  _requireTimes,
  _requireWholeNumber,
} from './demandParameterRules.ts';

/** A rule that repeats: at `at`, `at + every`, `at + 2·every`, ... hours. */
export interface ScheduledEveryPeriod {
  /** The period in hours, > 0 (168 for weekly, 24 for daily). */
  readonly every: number;
  /** The offset within the period in hours, in [0, every) (9 with every 168: Monday 09:00). */
  readonly at: number;
  /** Items each time, a whole number >= 1; default 1. */
  readonly count?: number;
  readonly times?: never;
}

/** A rule at listed times. */
export interface ScheduledAtTimes {
  /** Times in hours since Monday 00:00 of week 0, each >= 0, in any order. */
  readonly times: readonly number[];
  /** Items each time, a whole number >= 1; default 1. */
  readonly count?: number;
  readonly every?: never;
  readonly at?: never;
}

/** Parameters of {@link scheduledArrivals}: `{ every, at, count? }` or `{ times, count? }`. */
export type ScheduledArrivalsParameters = ScheduledEveryPeriod | ScheduledAtTimes;

/** A calendar rule for demand. */
export interface ScheduledArrivals extends ArrivalSource {
  readonly kind: 'scheduled';
  /** Items offered each time. */
  readonly count: number;
}

/**
 * Builds a calendar rule: at each of its times it offers one arrival of `count` items. With `every`
 * and `at` the times are k·every + at for k = 0, 1, 2, ...; with `times`, the listed ones. Times before
 * the simulation's clock at start are skipped. It reads no random numbers. A repeating rule keeps one
 * event on the calendar for ever, so run the simulation with a time limit.
 *
 * meanRatePerHour is count / every for a repeating rule; for listed times, the items averaged over the
 * weeks up to the last time.
 *
 * @param parameters - `{ every, at, count? }` or `{ times, count? }`, in hours since Monday 00:00
 * @returns a frozen source with `kind: 'scheduled'`, `count`, `meanRatePerHour` and `start(context)`
 * @throws DemandParameterError naming the field and the value (e.g. "scheduledArrivals: at must be a
 *   number in [0, 168), got 170")
 * @example
 * const accessRequests = scheduledArrivals({ every: 168, at: 9, count: 5 });
 * // started at 0 and run: offers { count: 5 } at 9 (Monday 09:00), 177, 345, ...
 * accessRequests.meanRatePerHour; // => 0.02976190476190476 (5 / 168)
 */
export function scheduledArrivals(parameters: ScheduledArrivalsParameters): ScheduledArrivals {
  const fields = _readDemandParameters('scheduledArrivals', parameters);
  const count =
    fields.count === undefined ? 1 : _requireWholeNumber('scheduledArrivals', 'count', fields.count, 1);
  const arrival: Arrival = Object.freeze({ count });
  if (fields.times !== undefined) {
    _refuseFields('scheduledArrivals', fields, ['every', 'at'], 'absent when times is given');
    const times = _requireTimes('scheduledArrivals', 'times', fields.times);
    return Object.freeze({
      kind: 'scheduled',
      count,
      meanRatePerHour: _weeklyAverageOfList(times.length * count, times.at(-1) ?? Number.NEGATIVE_INFINITY),
      start: (context: ArrivalContext): void => {
        const simulation = context.simulation;
        const arrive = (index: number): void => {
          context.offer(arrival);
          const next = times[index + 1];
          if (next !== undefined) simulation.scheduleAt(next, arrive, index + 1);
        };
        const first = times.findIndex((time) => time >= simulation.now);
        if (first >= 0) simulation.scheduleAt(times[first] ?? 0, arrive, first);
      },
    });
  }
  const every = _requirePositive('scheduledArrivals', 'every', fields.every);
  const at = fields.at;
  if (typeof at !== 'number' || !(at >= 0 && at < every)) {
    throw new DemandParameterError('scheduledArrivals', 'at', `a number in [0, ${every})`, at);
  }
  return Object.freeze({
    kind: 'scheduled',
    count,
    meanRatePerHour: count / every,
    start: (context: ArrivalContext): void => {
      const simulation = context.simulation;
      // Occurrence k is at k·every + at, computed from k rather than by adding `every` each time, so
      // that rounding does not drift over a long run.
      const arrive = (occurrence: number): void => {
        context.offer(arrival);
        simulation.scheduleAt((occurrence + 1) * every + at, arrive, occurrence + 1);
      };
      let first = Math.max(0, Math.ceil((simulation.now - at) / every));
      if (first * every + at < simulation.now) first++;
      simulation.scheduleAt(first * every + at, arrive, first);
    },
  });
}
