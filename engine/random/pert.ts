// The beta-PERT distribution: a three-point estimate (minimum, most likely, maximum) smoothed into a
// scaled beta, with less weight in the tails than the triangular; sampled from two gamma variates.
import { type Distribution, DistributionParameterError } from './distribution.ts';
import { gamma } from './gamma.ts';
import { _readParameters, _requireFinite, _requireNonNegative } from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Parameters of a beta-PERT distribution: a three-point estimate in hours. */
export interface PertParameters {
  /** Lowest possible value in hours, >= 0. */
  readonly min: number;
  /** Most likely value in hours, min <= mode <= max. */
  readonly mode: number;
  /** Highest possible value in hours, > min. */
  readonly max: number;
  /** Weight of the mode, >= 0; 4 (the default) is classic PERT, larger is more peaked, 0 is uniform. */
  readonly lambda?: number;
}

/** A beta-PERT distribution of a time in hours. */
export interface PertDistribution extends Distribution {
  readonly kind: 'pert';
  /** Lowest possible value in hours. */
  readonly min: number;
  /** Most likely value in hours. */
  readonly mode: number;
  /** Highest possible value in hours. */
  readonly max: number;
  /** Weight of the mode. */
  readonly lambda: number;
  /** First shape of the underlying beta on [min, max]: 1 + lambda·(mode − min)/(max − min). */
  readonly alpha: number;
  /** Second shape of the underlying beta: 1 + lambda·(max − mode)/(max − min). */
  readonly beta: number;
}

const CLASSIC_PERT_LAMBDA = 4;

/**
 * Builds the beta-PERT distribution with the given minimum, mode, maximum (hours) and mode weight
 * lambda: min + (max − min)·B with B ~ Beta(alpha, beta) as defined on {@link PertDistribution}.
 *
 * Mean (min + lambda·mode + max)/(lambda + 2), variance (mean − min)·(max − mean)/(lambda + 3)
 * (Wikipedia, "PERT distribution"; D. Vose, Risk Analysis, 3rd ed., 2008, for lambda other than 4).
 * Each sample draws B = X/(X + Y) from X ~ Gamma(alpha, 1) then Y ~ Gamma(beta, 1) (Law & Kelton,
 * Simulation Modeling and Analysis, 5th ed., chapter 8, beta variates); both shapes are >= 1, so each gamma reads
 * about 3.1 uniforms (see {@link gamma}): about 6.2 uniforms per sample.
 *
 * @param parameters - `{ min, mode, max, lambda? }`: finite, min >= 0, min <= mode <= max, min < max,
 *   lambda >= 0 (default 4)
 * @returns a frozen distribution with `kind: 'pert'`, `min`, `mode`, `max`, `lambda`, `alpha`, `beta`,
 *   `mean`, `variance` and `sample(rng)`
 * @throws DistributionParameterError when a bound is negative or not finite, max is not above min, mode
 *   lies outside [min, max], or lambda is negative or not finite
 *   (e.g. "pert: mode must be within [min, max] = [0, 2], got -1")
 * @example
 * const estimate = pert({ min: 0, mode: 1, max: 2 });
 * [estimate.mean, estimate.variance]; // => [1, 0.14285714285714285] (alpha = beta = 3; 1/7)
 */
export function pert(parameters: PertParameters): PertDistribution {
  const fields = _readParameters('pert', parameters);
  const min = _requireNonNegative('pert', 'min', fields.min);
  const mode = _requireNonNegative('pert', 'mode', fields.mode);
  const max = _requireNonNegative('pert', 'max', fields.max);
  if (!(max > min)) throw new DistributionParameterError('pert', 'max', `> min (${min})`, max);
  if (!(mode >= min && mode <= max)) {
    throw new DistributionParameterError('pert', 'mode', `within [min, max] = [${min}, ${max}]`, mode);
  }
  const lambda =
    fields.lambda === undefined ? CLASSIC_PERT_LAMBDA : _requireFinite('pert', 'lambda', fields.lambda);
  if (!(lambda >= 0)) throw new DistributionParameterError('pert', 'lambda', '>= 0', lambda);
  const width = max - min;
  const alpha = 1 + (lambda * (mode - min)) / width;
  const beta = 1 + (lambda * (max - mode)) / width;
  const mean = min + (width * alpha) / (alpha + beta);
  // Both shapes are >= 1, which the gamma factory accepts; the scale is irrelevant to the ratio.
  const first = gamma({ shape: alpha, scale: 1 });
  const second = gamma({ shape: beta, scale: 1 });
  return Object.freeze({
    kind: 'pert',
    min,
    mode,
    max,
    lambda,
    alpha,
    beta,
    mean,
    variance: ((mean - min) * (max - mean)) / (lambda + 3),
    sample: (rng: Rng): number => {
      const firstDraw = first.sample(rng);
      const secondDraw = second.sample(rng);
      return min + (width * firstDraw) / (firstDraw + secondDraw);
    },
  });
}
