// The gamma distribution: a flexible right-skewed duration, given by shape and scale or by mean and
// coefficient of variation; sampled by Marsaglia and Tsang's squeeze-rejection method.
import type { Distribution } from './distribution.ts';
import {
  _chooseParameterization,
  _readParameters,
  _requirePositive,
  _requirePositiveDerived,
} from './parameterRules.ts';
import { sampleStandardNormal } from './standardNormal.ts';
import type { Rng } from './stream.ts';

/** Gamma by its native parameters. */
export interface GammaByShapeAndScale {
  /** Shape k, > 0 (dimensionless). */
  readonly shape: number;
  /** Scale θ in hours, > 0. */
  readonly scale: number;
  readonly mean?: never;
  readonly cv?: never;
}

/** Gamma by mean and coefficient of variation (standard deviation / mean). */
export interface GammaByMeanAndCv {
  /** Mean in hours, > 0. */
  readonly mean: number;
  /** Coefficient of variation, > 0: 1 is the exponential, below 1 less variable, above 1 more. */
  readonly cv: number;
  readonly shape?: never;
  readonly scale?: never;
}

/** The two ways to give a gamma distribution: `{ shape, scale }` or `{ mean, cv }`. */
export type GammaParameters = GammaByShapeAndScale | GammaByMeanAndCv;

/** A gamma distribution of a time in hours. */
export interface GammaDistribution extends Distribution {
  readonly kind: 'gamma';
  /** Shape k (dimensionless); 1 / cv². */
  readonly shape: number;
  /** Scale θ in hours; mean · cv². */
  readonly scale: number;
}

/**
 * Builds the gamma distribution with the given shape and scale, or with the given mean (hours) and
 * coefficient of variation (then shape = 1/cv², scale = mean·cv²).
 *
 * Mean shape·scale, variance shape·scale² (Law & Kelton, Simulation Modeling and Analysis, 5th ed.,
 * table 6.3). Sampling: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma variables",
 * ACM Transactions on Mathematical Software 26 (2000). Each attempt reads 2 uniforms for a Box–Muller
 * normal and, unless that normal is rejected outright, 1 uniform for the acceptance test; at least 95 %
 * of attempts succeed, so a sample costs about 3.1 uniforms. For shape < 1, a Gamma(shape + 1) draw is
 * multiplied by (1 − u)^(1/shape), one more uniform read after it (Marsaglia and Tsang's boost).
 *
 * @param parameters - `{ shape, scale }` or `{ mean, cv }`, each a finite number > 0
 * @returns a frozen distribution with `kind: 'gamma'`, `shape`, `scale`, `mean`, `variance`, `sample(rng)`
 * @throws DistributionParameterError when a parameter is not a finite number > 0, or when the
 *   parameters are neither `{ shape, scale }` nor `{ mean, cv }` (e.g. "gamma: cv must be > 0, got 0")
 * @example
 * const fixTime = gamma({ mean: 8, cv: 0.5 });
 * [fixTime.shape, fixTime.scale, fixTime.variance]; // => [4, 2, 16]
 */
export function gamma(parameters: GammaParameters): GammaDistribution {
  const fields = _readParameters('gamma', parameters);
  const form = _chooseParameterization('gamma', fields, {
    byShape: ['shape', 'scale'],
    byMean: ['mean', 'cv'],
  });
  let shape: number;
  let scale: number;
  if (form === 'byShape') {
    shape = _requirePositive('gamma', 'shape', fields.shape);
    scale = _requirePositive('gamma', 'scale', fields.scale);
  } else {
    const mean = _requirePositive('gamma', 'mean', fields.mean);
    const cv = _requirePositive('gamma', 'cv', fields.cv);
    shape = _requirePositiveDerived('gamma', 'cv', cv, 'shape = 1 / cv²', 1 / (cv * cv));
    scale = _requirePositiveDerived('gamma', 'cv', cv, 'scale = mean · cv²', mean * cv * cv);
  }
  // Marsaglia and Tsang's constants for a shape >= 1; a smaller shape is boosted by one.
  const boosted = shape < 1;
  const offset = (boosted ? shape + 1 : shape) - 1 / 3;
  const spread = 1 / Math.sqrt(9 * offset);
  const inverseShape = 1 / shape;
  const mean = shape * scale;
  return Object.freeze({
    kind: 'gamma',
    shape,
    scale,
    mean,
    variance: mean * scale,
    sample: (rng: Rng): number => {
      const unitGamma = sampleUnitGamma(offset, spread, rng);
      return boosted ? unitGamma * (1 - rng()) ** inverseShape * scale : unitGamma * scale;
    },
  });
}

// One Gamma(offset + 1/3, 1) draw for offset + 1/3 >= 1, by Marsaglia and Tsang (2000), section 3.
function sampleUnitGamma(offset: number, spread: number, rng: Rng): number {
  for (;;) {
    const normal = sampleStandardNormal(rng);
    const root = 1 + spread * normal;
    if (root <= 0) continue;
    const cube = root * root * root;
    const uniform = rng();
    const normalSquared = normal * normal;
    // The squeeze accepts most draws without a logarithm.
    if (uniform < 1 - 0.0331 * normalSquared * normalSquared) return offset * cube;
    if (Math.log(uniform) < 0.5 * normalSquared + offset * (1 - cube + Math.log(cube))) return offset * cube;
  }
}
