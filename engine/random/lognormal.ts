// The lognormal distribution: a duration whose logarithm is normal, the usual model of task and repair
// times with a long right tail; given by mean and CV or by the normal's mu and sigma.
import type { Distribution } from './distribution.ts';
import {
  _chooseParameterization,
  _readParameters,
  _requireFinite,
  _requirePositive,
  _requirePositiveDerived,
} from './parameterRules.ts';
import { sampleStandardNormal } from './standardNormal.ts';
import type { Rng } from './stream.ts';

/** Lognormal by the mean and coefficient of variation of the duration itself. */
export interface LognormalByMeanAndCv {
  /** Mean in hours, > 0. */
  readonly mean: number;
  /** Coefficient of variation (standard deviation / mean), > 0. */
  readonly cv: number;
  readonly mu?: never;
  readonly sigma?: never;
}

/** Lognormal by the parameters of the underlying normal, ln X ~ N(mu, sigma²). */
export interface LognormalByMuAndSigma {
  /** Mean of ln X (ln of hours), any finite number. */
  readonly mu: number;
  /** Standard deviation of ln X, > 0. */
  readonly sigma: number;
  readonly mean?: never;
  readonly cv?: never;
}

/** The two ways to give a lognormal distribution: `{ mean, cv }` or `{ mu, sigma }`. */
export type LognormalParameters = LognormalByMeanAndCv | LognormalByMuAndSigma;

/** A lognormal distribution of a time in hours. */
export interface LognormalDistribution extends Distribution {
  readonly kind: 'lognormal';
  /** Mean of ln X. */
  readonly mu: number;
  /** Standard deviation of ln X. */
  readonly sigma: number;
}

/**
 * Builds the lognormal distribution with the given mean (hours) and coefficient of variation, or with
 * the parameters mu and sigma of its logarithm. From mean m and CV c: σ² = ln(1 + c²), μ = ln m − σ²/2.
 *
 * Mean exp(μ + σ²/2), variance (exp(σ²) − 1)·exp(2μ + σ²), that is (m·c)² (Law & Kelton, Simulation
 * Modeling and Analysis, 5th ed., table 6.3; Wikipedia, "Log-normal distribution"). Each sample reads
 * exactly 2 uniforms (one Box–Muller normal Z) and returns exp(μ + σZ).
 *
 * @param parameters - `{ mean, cv }`, both finite and > 0; or `{ mu, sigma }`, mu finite, sigma finite
 *   and > 0
 * @returns a frozen distribution with `kind: 'lognormal'`, `mu`, `sigma`, `mean`, `variance` (Infinity
 *   when it overflows, for a huge sigma) and `sample(rng)`
 * @throws DistributionParameterError when a parameter breaks its rule, or the parameters are neither
 *   `{ mean, cv }` nor `{ mu, sigma }` (e.g. "lognormal: cv must be > 0, got -1")
 * @example
 * const taskTime = lognormal({ mean: 2, cv: 2 });
 * [taskTime.sigma ** 2, taskTime.mu]; // => [1.6094379124341, -0.11157177565710485] (σ² = ln 5, μ = ln 2 − ln 5 / 2)
 */
export function lognormal(parameters: LognormalParameters): LognormalDistribution {
  const fields = _readParameters('lognormal', parameters);
  const form = _chooseParameterization('lognormal', fields, {
    byMean: ['mean', 'cv'],
    byMu: ['mu', 'sigma'],
  });
  if (form === 'byMean') {
    const mean = _requirePositive('lognormal', 'mean', fields.mean);
    const cv = _requirePositive('lognormal', 'cv', fields.cv);
    // log1p keeps σ² accurate for a small CV, where 1 + c² would round away most of c².
    const logVariance = _requirePositiveDerived(
      'lognormal',
      'cv',
      cv,
      'sigma² = ln(1 + cv²)',
      Math.log1p(cv * cv),
    );
    // The mean and variance asked for are kept as given rather than recomputed through exp and log.
    return build(Math.log(mean) - logVariance / 2, Math.sqrt(logVariance), mean, (mean * cv) ** 2);
  }
  const mu = _requireFinite('lognormal', 'mu', fields.mu);
  const sigma = _requirePositive('lognormal', 'sigma', fields.sigma);
  const logVariance = sigma * sigma;
  // (e^σ² − 1)·e^(2μ+σ²) rewritten so that a small sigma keeps its digits (expm1) and a huge sigma gives
  // Infinity, never Infinity · 0 = NaN.
  const variance = -Math.expm1(-logVariance) * Math.exp(2 * mu + 2 * logVariance);
  return build(mu, sigma, Math.exp(mu + logVariance / 2), variance);
}

function build(mu: number, sigma: number, mean: number, variance: number): LognormalDistribution {
  return Object.freeze({
    kind: 'lognormal',
    mu,
    sigma,
    mean,
    variance,
    sample: (rng: Rng): number => Math.exp(mu + sigma * sampleStandardNormal(rng)),
  });
}
