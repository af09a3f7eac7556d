// The continuous uniform distribution on [min, max): every value in the range equally likely, the
// model of a duration known only by its bounds; one uniform per sample.
import { type Distribution, DistributionParameterError } from './distribution.ts';
import { _readParameters, _requireNonNegative } from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Parameters of a uniform distribution. */
export interface UniformParameters {
  /** Lower bound in hours, >= 0 (it may be 0). */
  readonly min: number;
  /** Upper bound in hours, > min. */
  readonly max: number;
}

/** A uniform distribution of a time in hours. */
export interface UniformDistribution extends Distribution {
  readonly kind: 'uniform';
  /** Lower bound in hours. */
  readonly min: number;
  /** Upper bound in hours. */
  readonly max: number;
}

/**
 * Builds the uniform distribution between min and max (hours).
 *
 * Mean (min + max)/2, variance (max − min)²/12 (Law & Kelton, Simulation Modeling and Analysis, 5th ed.,
 * table 6.3). Each sample reads exactly 1 uniform u and returns min + (max − min)·u.
 *
 * @param parameters - `{ min, max }`: min a finite number >= 0, max a finite number > min
 * @returns a frozen distribution with `kind: 'uniform'`, `min`, `max`, `mean`, `variance`, `sample(rng)`
 * @throws DistributionParameterError when min is negative or not finite, or max is not finite or not
 *   above min (e.g. "uniform: max must be > min (2), got 2")
 * @example
 * const setupTime = uniform({ min: 0, max: 2 });
 * [setupTime.mean, setupTime.variance]; // => [1, 0.3333333333333333]
 */
export function uniform(parameters: UniformParameters): UniformDistribution {
  const fields = _readParameters('uniform', parameters);
  const min = _requireNonNegative('uniform', 'min', fields.min);
  const max = _requireNonNegative('uniform', 'max', fields.max);
  if (!(max > min)) throw new DistributionParameterError('uniform', 'max', `> min (${min})`, max);
  const width = max - min;
  return Object.freeze({
    kind: 'uniform',
    min,
    max,
    mean: min + width / 2,
    variance: (width * width) / 12,
    sample: (rng: Rng): number => min + width * rng(),
  });
}
