// The interface every distribution implements, and the error it throws for bad parameters: each one
// validates its parameters when built and knows its theoretical mean and variance.
import type { Rng } from './stream.ts';

/**
 * A probability distribution of a non-negative quantity (a duration in hours, an effort, a count).
 * Each one validates its parameters when built and knows its theoretical mean and variance, so that
 * tests compare sample moments with theory.
 *
 * @example
 * const handling: Distribution = exponential({ mean: 0.5 });
 * handling.mean; // => 0.5
 * handling.sample(stream(1, 0, 'handling')); // => a duration in hours, 0.5 on average
 */
export interface Distribution {
  /** Which family, e.g. "exponential"; a literal in each implementation. */
  readonly kind: string;
  /** The theoretical mean (may be Infinity for heavy tails). */
  readonly mean: number;
  /** The theoretical variance (may be Infinity). */
  readonly variance: number;
  /** Draws one value using the given stream. */
  sample(rng: Rng): number;
}

/**
 * Thrown when a distribution is built with invalid parameters. The message names the distribution,
 * the parameter, the rule and the value received, e.g. "exponential: rate must be > 0, got -2".
 */
export class DistributionParameterError extends RangeError {
  /** The distribution family, e.g. "lognormal". */
  readonly distribution: string;
  /** The parameter at fault, e.g. "cv". */
  readonly parameter: string;
  /** The value received. */
  readonly received: unknown;

  constructor(distribution: string, parameter: string, rule: string, received: unknown) {
    super(`${distribution}: ${parameter} must be ${rule}, got ${formatReceived(received)}`);
    this.name = 'DistributionParameterError';
    this.distribution = distribution;
    this.parameter = parameter;
    this.received = received;
  }
}

function formatReceived(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value);
  // A parameter object (a wrong combination of parameters) is listed field by field, not "[object Object]".
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const fields = Object.entries(value).map(([name, field]) => `${name}: ${formatReceived(field)}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(value);
}
