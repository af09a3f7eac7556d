// A backlog forecast over replications (Monte Carlo forecasting): the distribution of the time the backlog
// is done, how many of its items are done by given times, and how many replications did not finish.
import {
  atLeastWithConfidence,
  type Interval,
  meanOverReplications,
  quantileSorted,
} from './acrossReplications.ts';
import type { ReplicationForecast } from './backlogForecast.ts';

/** The confidence levels a forecast reports, as probabilities. */
const LEVELS = [0.5, 0.7, 0.85, 0.95] as const;

/**
 * Four percentiles over replications, keyed p50, p70, p85, p95; null where one cannot be told.
 *
 * @example
 * const spread: ForecastPercentiles = { p50: 400, p70: 420, p85: 441, p95: 470 };
 */
export interface ForecastPercentiles {
  readonly p50: number | null;
  readonly p70: number | null;
  readonly p85: number | null;
  readonly p95: number | null;
}

/**
 * The forecast of a run with a backlog.
 *
 * @example
 * forecast.completionTime.p85; // => 441: in 85% of the replications the backlog was done within 441 h
 * forecast.doneBy[0]?.atLeast.p85; // => 36: in 85% of them at least 36 items were done by the first time
 */
export interface RunForecast {
  /** Items in the backlog. */
  readonly backlog: number;
  /** Replications run. */
  readonly replications: number;
  /** Replications in which some backlog item was still open at the end of the run. */
  readonly unfinished: number;
  /**
   * When the last backlog item left, hours. The percentiles (type 7) are over every replication, an
   * unfinished one counted as later than any finished one: a percentile that falls among those is null
   * (beyond the run's length). The mean and ci95 are over the finished replications only.
   */
  readonly completionTime: {
    readonly unit: 'hours';
    readonly mean: number | null;
    readonly ci95: Interval | null;
  } & ForecastPercentiles;
  /**
   * Per time asked for: backlog items done by then, the mean over replications with its interval, the
   * percentiles (type 7), and `atLeast`: the count reached or beaten in at least 50, 70, 85 and 95% of
   * the replications (what "by then, with 85% confidence" means).
   */
  readonly doneBy: readonly ({
    readonly hours: number;
    readonly mean: number | null;
    readonly ci95: Interval | null;
    readonly atLeast: ForecastPercentiles;
  } & ForecastPercentiles)[];
}

/**
 * The forecast over the replications of a run with a backlog. O(replications · log replications ·
 * times).
 * @param forecasts - each replication's forecast figures (in any order), at least one
 * @example
 * runForecast([{ backlogCount: 2, completionTime: 4, doneBy: [] }, { backlogCount: 2, completionTime: 6, doneBy: [] }]).completionTime.p50; // => 5
 */
export function runForecast(forecasts: readonly ReplicationForecast[]): RunForecast {
  const finished = forecasts.flatMap((forecast) => forecast.completionTime ?? []);
  const completionTimes = forecasts
    .map((forecast) => forecast.completionTime ?? Number.POSITIVE_INFINITY)
    .sort((first, second) => first - second);
  const times = forecasts[0]?.doneBy.map((entry) => entry.hours) ?? [];
  return {
    backlog: forecasts[0]?.backlogCount ?? 0,
    replications: forecasts.length,
    unfinished: forecasts.length - finished.length,
    completionTime: {
      unit: 'hours',
      ...meanOverReplications(finished),
      ...percentiles((level) => quantileSorted(completionTimes, level)),
    },
    doneBy: times.map((hours, index) => {
      const done = forecasts
        .map((forecast) => forecast.doneBy[index]?.done ?? 0)
        .sort((first, second) => first - second);
      return {
        hours,
        ...meanOverReplications(done),
        ...percentiles((level) => quantileSorted(done, level)),
        atLeast: percentiles((level) => atLeastWithConfidence(done, level)),
      };
    }),
  };
}

function percentiles(read: (level: number) => number | null): ForecastPercentiles {
  const [p50, p70, p85, p95] = LEVELS.map(read);
  return { p50: p50 ?? null, p70: p70 ?? null, p85: p85 ?? null, p95: p95 ?? null };
}
