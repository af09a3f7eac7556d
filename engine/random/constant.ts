// The constant (degenerate) distribution: a fixed duration or effort, for deterministic steps and for
// tests; it reads no random numbers, so swapping it in leaves every other stream's draws unchanged.
import type { Distribution } from './distribution.ts';
import { _readParameters, _requireNonNegative } from './parameterRules.ts';

/** Parameters of a constant distribution. */
export interface ConstantParameters {
  /** The value in hours, a finite number >= 0. */
  readonly value: number;
}

/** A distribution that always gives the same value. */
export interface ConstantDistribution extends Distribution {
  readonly kind: 'constant';
  /** The value in hours. */
  readonly value: number;
}

/**
 * Builds the distribution that always returns `value` (hours).
 *
 * Mean `value`, variance 0 (a point mass; Wikipedia, "Degenerate distribution"). A sample reads no
 * uniforms at all.
 *
 * @param parameters - `{ value }`, a finite number >= 0
 * @returns a frozen distribution with `kind: 'constant'`, `value`, `mean`, `variance` and `sample()`
 * @throws DistributionParameterError when value is negative or not a finite number
 *   (e.g. "constant: value must be >= 0 (durations and efforts are never negative), got -1")
 * @example
 * const approvalDelay = constant({ value: 4 });
 * [approvalDelay.mean, approvalDelay.variance]; // => [4, 0]
 */
export function constant(parameters: ConstantParameters): ConstantDistribution {
  const fields = _readParameters('constant', parameters);
  const value = _requireNonNegative('constant', 'value', fields.value);
  return Object.freeze({
    kind: 'constant',
    value,
    mean: value,
    variance: 0,
    sample: (): number => value,
  });
}
