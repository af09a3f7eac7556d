// The exponential distribution: memoryless times between Poisson arrivals and service times of M/M/c,
// given by its rate or its mean, sampled by inversion from one uniform.
import type { Distribution } from './distribution.ts';
import {
  _chooseParameterization,
  _readParameters,
  _requirePositive,
  _requirePositiveDerived,
} from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Exponential by rate: events per hour. */
export interface ExponentialByRate {
  /** Events per hour, > 0. */
  readonly rate: number;
  readonly mean?: never;
}

/** Exponential by mean: the mean time in hours (1 / rate). */
export interface ExponentialByMean {
  /** Mean time in hours, > 0. */
  readonly mean: number;
  readonly rate?: never;
}

/** The two ways to give an exponential distribution: `{ rate }` or `{ mean }`, not both. */
export type ExponentialParameters = ExponentialByRate | ExponentialByMean;

/** An exponential distribution of a time in hours. */
export interface ExponentialDistribution extends Distribution {
  readonly kind: 'exponential';
  /** Events per hour. */
  readonly rate: number;
}

/**
 * Builds the exponential distribution with the given rate (per hour) or mean (hours).
 *
 * Mean 1/rate, variance 1/rate² (Law & Kelton, Simulation Modeling and Analysis, 5th ed., table 6.3).
 * Each sample reads exactly 1 uniform u and returns −ln(1 − u) / rate (inversion; 1 − u is in (0, 1],
 * so the logarithm is finite).
 *
 * @param parameters - `{ rate }` in events per hour, or `{ mean }` in hours; either one > 0 and finite
 * @returns a frozen distribution with `kind: 'exponential'`, `rate`, `mean`, `variance` and `sample(rng)`
 * @throws DistributionParameterError when neither or both are given, or the one given is not a finite
 *   number > 0 (e.g. "exponential: rate must be > 0, got -2")
 * @example
 * const repairTime = exponential({ rate: 4 });
 * [repairTime.mean, repairTime.variance]; // => [0.25, 0.0625]
 */
export function exponential(parameters: ExponentialParameters): ExponentialDistribution {
  const fields = _readParameters('exponential', parameters);
  const form = _chooseParameterization('exponential', fields, { byRate: ['rate'], byMean: ['mean'] });
  if (form === 'byRate') {
    const rate = _requirePositive('exponential', 'rate', fields.rate);
    return build(rate, _requirePositiveDerived('exponential', 'rate', rate, 'mean = 1 / rate', 1 / rate));
  }
  const mean = _requirePositive('exponential', 'mean', fields.mean);
  return build(_requirePositiveDerived('exponential', 'mean', mean, 'rate = 1 / mean', 1 / mean), mean);
}

function build(rate: number, mean: number): ExponentialDistribution {
  return Object.freeze({
    kind: 'exponential',
    rate,
    mean,
    variance: mean * mean,
    sample: (rng: Rng): number => -Math.log1p(-rng()) / rate,
  });
}
