// A discrete choice among categories with given weights (which team, which priority, which route):
// it returns an option, not a number, so it has its own interface rather than Distribution's.
import { DistributionParameterError } from './distribution.ts';
import { _readParameters, _requireNonNegative } from './parameterRules.ts';
import type { Rng } from './stream.ts';

/** Parameters of a weighted choice. */
export interface WeightedChoiceParameters<Option> {
  /** The categories to choose from, at least one. */
  readonly options: readonly Option[];
  /** One weight per option, each a finite number >= 0, at least one > 0; they need not sum to 1. */
  readonly weights: readonly number[];
}

/** A random choice among options, each with a fixed probability. */
export interface WeightedChoice<Option> {
  readonly kind: 'weighted-choice';
  /** The options, in the order given (a frozen copy). */
  readonly options: readonly Option[];
  /** Each option's probability, its weight divided by the total, in the same order (frozen). */
  readonly probabilities: readonly number[];
  /** Picks one option using the given stream. */
  pick(rng: Rng): Option;
}

// Up to this many options a linear scan of the cumulative weights beats a binary search.
const LINEAR_SCAN_LIMIT = 16;

/**
 * Builds a choice that picks option i with probability weights[i] / Σ weights.
 *
 * Dimensionless: the weights are relative. The probabilities are the weights normalised (Wikipedia,
 * "Categorical distribution"). Each pick reads exactly 1 uniform u and returns the first option whose
 * cumulative weight exceeds u·Σ weights (a linear scan up to 16 options, a binary search beyond), so
 * an option of weight 0 is never picked.
 *
 * @param parameters - `{ options, weights }`: non-empty arrays of the same length; weights finite, >= 0,
 *   at least one > 0
 * @returns a frozen choice with `kind: 'weighted-choice'`, `options`, `probabilities` and `pick(rng)`
 * @throws DistributionParameterError when options is not a non-empty array, weights is not an array of
 *   the same length, a weight is negative or not a finite number, or every weight is 0
 *   (e.g. "weighted-choice: weights must be an array the same length as options (3), got an array of
 *   2")
 * @example
 * const route = weightedChoice({ options: ['service desk', 'network', 'database'], weights: [6, 3, 1] });
 * route.probabilities; // => [0.6, 0.3, 0.1]
 */
export function weightedChoice<Option>(parameters: WeightedChoiceParameters<Option>): WeightedChoice<Option> {
  const fields = _readParameters('weighted-choice', parameters);
  const options: unknown = fields.options;
  const weights: unknown = fields.weights;
  if (!Array.isArray(options) || options.length === 0) {
    throw new DistributionParameterError('weighted-choice', 'options', 'a non-empty array', options);
  }
  if (!Array.isArray(weights) || weights.length !== options.length) {
    throw new DistributionParameterError(
      'weighted-choice',
      'weights',
      `an array the same length as options (${options.length})`,
      weights,
    );
  }
  const count = options.length;
  const checkedWeights = new Float64Array(count);
  const cumulativeWeights = new Float64Array(count);
  let total = 0;
  let lastPositive = -1;
  for (let index = 0; index < count; index++) {
    const weight = _requireNonNegative('weighted-choice', `weights[${index}]`, weights[index] as unknown);
    checkedWeights[index] = weight;
    total += weight;
    cumulativeWeights[index] = total;
    if (weight > 0) lastPositive = index;
  }
  if (!(total > 0 && Number.isFinite(total))) {
    throw new DistributionParameterError('weighted-choice', 'sum of weights', 'a finite number > 0', total);
  }
  const frozenOptions: readonly Option[] = Object.freeze([...(options as readonly Option[])]);
  const probabilities: readonly number[] = Object.freeze(
    Array.from(checkedWeights, (weight) => weight / total),
  );
  const findIndex = count <= LINEAR_SCAN_LIMIT ? linearScan : binarySearch;
  return Object.freeze({
    kind: 'weighted-choice',
    options: frozenOptions,
    probabilities,
    pick: (rng: Rng): Option => {
      const index = findIndex(cumulativeWeights, rng() * total);
      // u·total can round up to total itself: then the last option with weight > 0 is the right one.
      // Either index is within the options by construction.
      return frozenOptions[index < count ? index : lastPositive]!;
    },
  });
}

// The first index whose cumulative weight exceeds the target, or the length if none does.
function linearScan(cumulativeWeights: Float64Array, target: number): number {
  let index = 0;
  // Reads stop at the array's length; a Float64Array read past it would give undefined.
  while (index < cumulativeWeights.length && cumulativeWeights[index]! <= target) index++;
  return index;
}

function binarySearch(cumulativeWeights: Float64Array, target: number): number {
  let low = 0;
  let high = cumulativeWeights.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // middle < high <= length.
    if (cumulativeWeights[middle]! <= target) low = middle + 1;
    else high = middle;
  }
  return low;
}
