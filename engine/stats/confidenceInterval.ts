// Student-t confidence intervals for a mean across replications, and for a paired difference of two
// variants run with common random numbers.
import { studentTQuantile } from './studentTQuantile.ts';
import { Tally } from './tally.ts';

/**
 * A two-sided confidence interval for a mean, with what it was computed from; plain data, so that
 * replication summaries serialise to JSON as they are (±Infinity becomes null there).
 *
 * @example
 * const { lower, upper } = confidenceInterval([1, 2, 3, 4, 5]); // => lower 1.036757, upper 4.963243
 */
export interface ConfidenceInterval {
  /** The sample mean, the centre of the interval (NaN without samples). */
  readonly mean: number;
  /** t(1 − (1 − level)/2, n − 1) · s / √n; Infinity for fewer than two samples. */
  readonly halfWidth: number;
  /** mean − halfWidth (−Infinity for fewer than two samples). */
  readonly lower: number;
  /** mean + halfWidth (Infinity for fewer than two samples). */
  readonly upper: number;
  /** The confidence level, e.g. 0.95. */
  readonly level: number;
  /** The number of samples n. */
  readonly count: number;
  /** The sample standard deviation s, with n − 1 (NaN for fewer than two samples). */
  readonly standardDeviation: number;
}

/**
 * What an interval needs from a sample: a {@link Tally} has these, and so does a stored summary.
 *
 * @example
 * confidenceIntervalFromTally({ count: 5, mean: 3, standardDeviation: Math.sqrt(2.5) }).halfWidth; // => 1.9632431614775572
 */
export interface SampleSummary {
  /** The number of samples. */
  readonly count: number;
  /** Their mean. */
  readonly mean: number;
  /** Their sample standard deviation (with n − 1). */
  readonly standardDeviation: number;
}

/**
 * The Student-t confidence interval for the mean of independent samples, such as one result per
 * replication: mean ± t(1 − (1 − level)/2, n − 1) · s / √n.
 *
 * Why: replications are few (5–30), so the normal 1.96 would understate the width; t is exact for
 * normal samples and close for the means of long replications (central limit theorem).
 * Source: Law, Simulation Modeling and Analysis, 5th ed. (2015), §4.5, eq. 4.12;
 * https://en.wikipedia.org/wiki/Confidence_interval#Example.
 *
 * With fewer than two samples the variance is unknown: the interval is (−Infinity, Infinity) with
 * halfWidth Infinity, so that a report of a one-replication run shows "no interval" instead of
 * crashing. Values are validated, since one NaN would silently void the interval.
 *
 * Complexity: O(n) time, O(1) extra memory (plus one t quantile).
 *
 * @param samples - one value per replication, finite numbers
 * @param level - the confidence level, strictly between 0 and 1 (0.95, not 95)
 * @returns the interval with its mean, half-width, level, count and standard deviation
 * @throws RangeError when level is not in (0, 1), or a sample is not finite (naming its index)
 * @example
 * confidenceInterval([1, 2, 3, 4, 5]).halfWidth; // => 1.9632431614775572 (t(0.975, 4) = 2.776445, s = √2.5)
 */
export function confidenceInterval(samples: readonly number[], level = 0.95): ConfidenceInterval {
  checkLevel(level);
  const tally = new Tally();
  for (let index = 0; index < samples.length; index++) {
    // index < length, so the read is defined.
    const value = samples[index]!;
    if (!Number.isFinite(value)) {
      throw new RangeError(`confidenceInterval: samples[${index}] must be a finite number, got ${value}`);
    }
    tally.add(value);
  }
  return intervalFromSummary(tally, level);
}

/**
 * The Student-t confidence interval for the mean from a {@link Tally} (or any stored count, mean and
 * standard deviation), without the raw values.
 *
 * Why: the runner may tally a result across replications as they finish rather than keep an array.
 * Same formula and conventions as {@link confidenceInterval} (Law 2015, §4.5).
 *
 * Complexity: O(1) (one t quantile).
 *
 * @param tally - a Tally, or any object with count, mean and standardDeviation
 * @param level - the confidence level, strictly between 0 and 1
 * @returns the interval; halfWidth Infinity and bounds ±Infinity when count < 2
 * @throws RangeError when level is not in (0, 1)
 * @example
 * const throughput = new Tally();
 * for (const value of [1, 2, 3, 4, 5]) throughput.add(value);
 * confidenceIntervalFromTally(throughput).upper; // => 4.963243161477557
 */
export function confidenceIntervalFromTally(tally: SampleSummary, level = 0.95): ConfidenceInterval {
  checkLevel(level);
  return intervalFromSummary(tally, level);
}

/**
 * The confidence interval for the mean difference of paired samples, mean of (a_i − b_i), for two
 * variants run with common random numbers (replication i of both with the same seed).
 *
 * Why: with common random numbers, a_i and b_i share the same demand, so they are positively
 * correlated and Var(a_i − b_i) = Var(a) + Var(b) − 2 Cov(a, b) is far smaller than for independent
 * runs; the paired-t interval uses that, and an interval that excludes 0 says the variants differ.
 * Source: Law, Simulation Modeling and Analysis, 5th ed. (2015), §10.2.1 (paired-t) and §11.2
 * (common random numbers).
 *
 * Complexity: O(n) time, O(1) extra memory.
 *
 * @param a - the results of variant A, one per replication
 * @param b - the results of variant B for the same replications, in the same order
 * @param level - the confidence level, strictly between 0 and 1
 * @returns the interval for mean(a − b); its count is the number of pairs
 * @throws RangeError when the lengths differ, level is not in (0, 1), or a value is not finite (naming it)
 * @example
 * pairedDifference([10, 12, 14], [9, 10, 14]).mean; // => 1 (differences 1, 2, 0)
 */
export function pairedDifference(
  a: readonly number[],
  b: readonly number[],
  level = 0.95,
): ConfidenceInterval {
  if (a.length !== b.length) {
    throw new RangeError(
      `pairedDifference: a and b must have the same length (pair i is replication i of both), got ${a.length} and ${b.length}`,
    );
  }
  checkLevel(level);
  const differences = new Tally();
  for (let index = 0; index < a.length; index++) {
    // Both arrays have this index: the lengths are equal.
    const first = a[index]!;
    const second = b[index]!;
    if (!Number.isFinite(first)) {
      throw new RangeError(`pairedDifference: a[${index}] must be a finite number, got ${first}`);
    }
    if (!Number.isFinite(second)) {
      throw new RangeError(`pairedDifference: b[${index}] must be a finite number, got ${second}`);
    }
    differences.add(first - second);
  }
  return intervalFromSummary(differences, level);
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`confidence level must be in (0, 1), e.g. 0.95, got ${level}`);
  }
}

function intervalFromSummary(summary: SampleSummary, level: number): ConfidenceInterval {
  const { count, mean, standardDeviation } = summary;
  if (count < 2) {
    return {
      mean,
      halfWidth: Number.POSITIVE_INFINITY,
      lower: Number.NEGATIVE_INFINITY,
      upper: Number.POSITIVE_INFINITY,
      level,
      count,
      standardDeviation: Number.NaN,
    };
  }
  const halfWidth = (studentTQuantile((1 + level) / 2, count - 1) * standardDeviation) / Math.sqrt(count);
  return {
    mean,
    halfWidth,
    lower: mean - halfWidth,
    upper: mean + halfWidth,
    level,
    count,
    standardDeviation,
  };
}
