// The empirical distribution: resampling observed durations (for example last quarter's resolution
// times), each observation equally likely; one uniform per sample.
import { type Distribution, DistributionParameterError } from './distribution.ts';
import { _readParameters, _requireNonNegative } from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Parameters of an empirical distribution. */
export interface EmpiricalParameters {
  /** The observed values in hours: at least one, each a finite number >= 0. Repeats count as weight. */
  readonly values: readonly number[];
}

/** A distribution that draws one of the observed values, each with probability 1/count. */
export interface EmpiricalDistribution extends Distribution {
  readonly kind: 'empirical';
  /** How many observations it draws from. */
  readonly count: number;
}

/**
 * Builds the distribution that picks one of the observed values uniformly at random (the bootstrap's
 * resampling step). The values are copied, so changing the caller's array later changes nothing.
 *
 * Mean and variance are the population moments of the data, (1/n)·Σxᵢ and (1/n)·Σ(xᵢ − mean)², the
 * exact moments of a uniform pick (Wikipedia, "Empirical distribution function"); computed in two passes
 * for accuracy. Each sample reads exactly 1 uniform u and returns the value at index ⌊u·n⌋.
 *
 * @param parameters - `{ values }`: a non-empty array of finite numbers >= 0, in hours
 * @returns a frozen distribution with `kind: 'empirical'`, `count`, `mean`, `variance` and `sample(rng)`
 * @throws DistributionParameterError when values is not an array, is empty, or holds a value that is
 *   negative or not a finite number (e.g. "empirical: values[2] must be >= 0 (durations and efforts are
 *   never negative), got -1")
 * @example
 * const resolutionTime = empirical({ values: [1, 2, 2, 7] });
 * [resolutionTime.mean, resolutionTime.variance]; // => [3, 5.5]
 */
export function empirical(parameters: EmpiricalParameters): EmpiricalDistribution {
  const fields = _readParameters('empirical', parameters);
  const given = fields.values;
  if (!Array.isArray(given) || given.length === 0) {
    throw new DistributionParameterError('empirical', 'values', 'a non-empty array of numbers >= 0', given);
  }
  const values = new Float64Array(given.length);
  let total = 0;
  // An indexed loop, not forEach, so that a hole in a sparse array is reported rather than skipped.
  for (let index = 0; index < given.length; index++) {
    const value = _requireNonNegative('empirical', `values[${index}]`, given[index] as unknown);
    values[index] = value;
    total += value;
  }
  const count = values.length;
  const mean = total / count;
  let sumOfSquares = 0;
  for (const value of values) sumOfSquares += (value - mean) * (value - mean);
  return Object.freeze({
    kind: 'empirical',
    count,
    mean,
    variance: sumOfSquares / count,
    sample: (rng: Rng): number => {
      // u < 1, but u·n can still round up to n for some n; the clamp keeps the index in range.
      const index = Math.min(Math.floor(rng() * count), count - 1);
      // The index is in [0, count) by construction.
      return values[index]!;
    },
  });
}
