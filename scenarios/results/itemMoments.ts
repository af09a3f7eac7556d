// Count, sum and sum of squared deviations of a set of item times, and their exact pooling across
// replications, for the standard deviation of every item's time over a whole batch.

/**
 * The first two moments of a set of values in a form that pools exactly: count, sum, and the sum of
 * squared deviations from their own mean (all 0 for an empty set). Kept as deviations rather than a raw
 * sum of squares, which loses most of its digits when the mean is large next to the spread (a lead time
 * of 2 000 ± 1 hours). Plain data.
 *
 * @example
 * const moments: ItemMoments = { count: 3, sum: 6, sumOfSquaredDeviations: 2 }; // 1, 2, 3
 */
export interface ItemMoments {
  readonly count: number;
  readonly sum: number;
  /** Σ (x − mean)², hours². */
  readonly sumOfSquaredDeviations: number;
}

/**
 * The moments of a list of values, in two passes (the mean, then the deviations from it), the most
 * accurate way when the values are at hand. O(n).
 * @example
 * momentsOf([1, 2, 3]); // => { count: 3, sum: 6, sumOfSquaredDeviations: 2 }
 */
export function momentsOf(values: ArrayLike<number>): ItemMoments {
  const count = values.length;
  let sum = 0;
  for (let index = 0; index < count; index++) sum += values[index]!; // index < length
  const mean = count > 0 ? sum / count : 0;
  let sumOfSquaredDeviations = 0;
  for (let index = 0; index < count; index++) sumOfSquaredDeviations += (values[index]! - mean) ** 2; // index < length
  return { count, sum, sumOfSquaredDeviations };
}

/**
 * The moments of the union of several sets, from their moments alone: the sum of the within-set sums of
 * squared deviations plus each set's count times its mean's squared distance from the grand mean (the
 * law of total variance; Chan, Golub & LeVeque, "Updating formulae and a pairwise algorithm for computing
 * sample variances", Stanford CS-79-773, 1979, eq. 2.1). Exact in real arithmetic; O(number of sets).
 * @example
 * pooledMoments([momentsOf([1, 2]), momentsOf([3])]); // => { count: 3, sum: 6, sumOfSquaredDeviations: 2 }
 */
export function pooledMoments(sets: readonly ItemMoments[]): ItemMoments {
  let count = 0;
  let sum = 0;
  for (const set of sets) {
    count += set.count;
    sum += set.sum;
  }
  const mean = count > 0 ? sum / count : 0;
  let sumOfSquaredDeviations = 0;
  for (const set of sets) {
    if (set.count === 0) continue;
    sumOfSquaredDeviations += set.sumOfSquaredDeviations + set.count * (set.sum / set.count - mean) ** 2;
  }
  return { count, sum, sumOfSquaredDeviations };
}

/**
 * The sample standard deviation, with n − 1: √(Σ (x − mean)² / (n − 1)); null for fewer than two values.
 * @example
 * standardDeviationOf({ count: 3, sum: 6, sumOfSquaredDeviations: 2 }); // => 1
 */
export function standardDeviationOf(moments: ItemMoments): number | null {
  return moments.count >= 2 ? Math.sqrt(moments.sumOfSquaredDeviations / (moments.count - 1)) : null;
}
