// The triangular distribution: a duration estimated as (minimum, most likely, maximum), as in
// three-point estimates; sampled by inversion from one uniform.
import { type Distribution, DistributionParameterError } from './distribution.ts';
import { _readParameters, _requireNonNegative } from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Parameters of a triangular distribution: a three-point estimate in hours. */
export interface TriangularParameters {
  /** Lowest possible value in hours, >= 0. */
  readonly min: number;
  /** Most likely value in hours, min <= mode <= max. */
  readonly mode: number;
  /** Highest possible value in hours, > min. */
  readonly max: number;
}

/** A triangular distribution of a time in hours. */
export interface TriangularDistribution extends Distribution {
  readonly kind: 'triangular';
  /** Lowest possible value in hours. */
  readonly min: number;
  /** Most likely value in hours. */
  readonly mode: number;
  /** Highest possible value in hours. */
  readonly max: number;
}

/**
 * Builds the triangular distribution with the given minimum, mode and maximum (hours).
 *
 * Mean (min + mode + max)/3, variance (min² + mode² + max² − min·mode − min·max − mode·max)/18 (Law &
 * Kelton, Simulation Modeling and Analysis, 5th ed., table 6.3). Each sample reads exactly 1 uniform u
 * and inverts the distribution function: min + √(u·(max − min)·(mode − min)) below the mode's
 * cumulative probability (mode − min)/(max − min), max − √((1 − u)·(max − min)·(max − mode)) above it.
 *
 * @param parameters - `{ min, mode, max }`: finite, min >= 0, min <= mode <= max, min < max
 * @returns a frozen distribution with `kind: 'triangular'`, `min`, `mode`, `max`, `mean`, `variance`
 *   and `sample(rng)`
 * @throws DistributionParameterError when a bound is negative or not finite, max is not above min, or
 *   mode lies outside [min, max] (e.g. "triangular: mode must be within [min, max] = [0, 2], got 3")
 * @example
 * const estimate = triangular({ min: 0, mode: 1, max: 2 });
 * [estimate.mean, estimate.variance]; // => [1, 0.16666666666666666]
 */
export function triangular(parameters: TriangularParameters): TriangularDistribution {
  const fields = _readParameters('triangular', parameters);
  const min = _requireNonNegative('triangular', 'min', fields.min);
  const mode = _requireNonNegative('triangular', 'mode', fields.mode);
  const max = _requireNonNegative('triangular', 'max', fields.max);
  if (!(max > min)) throw new DistributionParameterError('triangular', 'max', `> min (${min})`, max);
  if (!(mode >= min && mode <= max)) {
    throw new DistributionParameterError('triangular', 'mode', `within [min, max] = [${min}, ${max}]`, mode);
  }
  const width = max - min;
  const rising = mode - min;
  const falling = max - mode;
  const modeProbability = rising / width;
  return Object.freeze({
    kind: 'triangular',
    min,
    mode,
    max,
    mean: (min + mode + max) / 3,
    // The textbook form in terms of the two legs, (w² − r·f)/18 with w = r + f: no cancellation when
    // the bounds are large and close together.
    variance: (width * width - rising * falling) / 18,
    sample: (rng: Rng): number => {
      const uniformDraw = rng();
      return uniformDraw < modeProbability
        ? min + Math.sqrt(uniformDraw * width * rising)
        : max - Math.sqrt((1 - uniformDraw) * width * falling);
    },
  });
}
