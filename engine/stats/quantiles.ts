// Quantiles of a sample: exact ones of stored values (one sort), and the streaming P² estimate
// of one quantile in O(1) memory for long runs that do not keep their values.
import { quantileSorted } from 'simple-statistics';

/**
 * Several quantiles of a sample at once, by R's default definition (type 7: linear interpolation
 * between order statistics, as numpy's default); e.g. lead-time p50, p85 and p95.
 *
 * Why: simple-statistics' `quantile` sorts per call in the worst case; sorting a copy once and
 * reading every probability with its `quantileSorted` costs one O(n log n) sort, and leaves the
 * caller's array untouched.
 * Source: Hyndman & Fan, "Sample quantiles in statistical packages", The American Statistician
 * 50(4), 361–365 (1996), definition 7; https://simple-statistics.github.io/docs/#quantilesorted.
 *
 * Complexity: O(n log n + k) time and O(n) memory for n values and k probabilities.
 *
 * @param values - the sample, one or more finite numbers (not modified)
 * @param probabilities - the quantiles wanted, each in [0, 1]
 * @returns the quantiles in the order of `probabilities`
 * @throws RangeError when values is empty or holds a non-finite number, or a probability is outside [0, 1]
 * @example
 * quantiles([3, 6, 7, 8, 8, 9, 10, 13, 15, 16, 20], [0.25, 0.5, 0.9]); // => [7.5, 9, 16]
 */
export function quantiles(values: readonly number[], probabilities: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('quantiles: values must hold at least one number, got none');
  for (let index = 0; index < values.length; index++) {
    // index < length, so the read is defined.
    const value = values[index]!;
    if (!Number.isFinite(value)) {
      throw new RangeError(`quantiles: values[${index}] must be a finite number, got ${value}`);
    }
  }
  for (let index = 0; index < probabilities.length; index++) {
    const probability = probabilities[index]!;
    if (!(probability >= 0 && probability <= 1)) {
      throw new RangeError(`quantiles: probabilities[${index}] must be in [0, 1], got ${probability}`);
    }
  }
  const sorted = [...values].sort((first, second) => first - second);
  return probabilities.map((probability) => quantileSorted(sorted, probability));
}

/**
 * Several quantiles of a column of values by R type 7, as {@link quantiles} gives them, reading only the
 * order statistics they need: each is found by selection (Hoare's quickselect, median-of-three pivots)
 * instead of a full sort, and the column is reordered in place on the way.
 *
 * Why: a year of a busy service desk has 100 000 lead times per replication; sorting them for three
 * percentiles cost a third of the replication's run time, selecting them a few per cent.
 * Source: C. A. R. Hoare, "Algorithm 65: Find", Communications of the ACM 4(7), 321-322 (1961).
 *
 * Complexity: O(n) expected per quantile, O(1) extra memory; deterministic (no random pivots).
 *
 * @param values - the column, one or more finite numbers; reordered in place
 * @param probabilities - the quantiles wanted, each in [0, 1]
 * @returns the quantiles in the order of `probabilities`
 * @throws RangeError when values is empty or a probability is outside [0, 1]
 * @example
 * quantilesInPlace(Float64Array.of(4, 1, 3, 2), [0.5, 0.85]); // => [2.5, 3.55]
 */
export function quantilesInPlace(values: Float64Array, probabilities: readonly number[]): number[] {
  const count = values.length;
  if (count === 0) throw new RangeError('quantilesInPlace: values must hold at least one number, got none');
  probabilities.forEach((probability, index) => {
    if (!(probability >= 0 && probability <= 1)) {
      throw new RangeError(`quantilesInPlace: probabilities[${index}] must be in [0, 1], got ${probability}`);
    }
  });
  // Lowest probability first, so that each selection works right of the one before: what lies left of
  // a selected position is no greater than it, and stays there.
  const order = probabilities
    .map((_, index) => index)
    .sort((a, b) => (probabilities[a] ?? 0) - (probabilities[b] ?? 0));
  const results = new Array<number>(probabilities.length).fill(Number.NaN);
  let left = 0;
  for (const index of order) {
    const position = (count - 1) * (probabilities[index] ?? 0);
    const lower = Math.floor(position);
    selectInPlace(values, lower, left, count - 1);
    left = lower;
    const below = values[lower] ?? Number.NaN;
    const fraction = position - lower;
    if (fraction === 0) {
      results[index] = below;
      continue;
    }
    // The next order statistic is the smallest value right of `lower`.
    let above = Number.POSITIVE_INFINITY;
    for (let at = lower + 1; at < count; at++) {
      const value = values[at] ?? Number.POSITIVE_INFINITY;
      if (value < above) above = value;
    }
    results[index] = below + fraction * (above - below);
  }
  return results;
}

// Reorders values[left..right] so that values[k] holds the value a sort would put there, no greater value
// before it and no smaller after it (Hoare's selection, median-of-three pivot).
function selectInPlace(values: Float64Array, k: number, left: number, right: number): void {
  let low = left;
  let high = right;
  while (high > low) {
    const middle = (low + high) >>> 1;
    // Median of three as the pivot, kept at `middle`.
    if ((values[middle] ?? 0) < (values[low] ?? 0)) swap(values, middle, low);
    if ((values[high] ?? 0) < (values[low] ?? 0)) swap(values, high, low);
    if ((values[high] ?? 0) < (values[middle] ?? 0)) swap(values, high, middle);
    const pivot = values[middle] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        swap(values, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

function swap(values: Float64Array, first: number, second: number): void {
  const held = values[first] ?? 0;
  values[first] = values[second] ?? 0;
  values[second] = held;
}

/**
 * A streaming estimate of one quantile by the P² algorithm: five markers whose heights follow the
 * minimum, the p/2, p and (1 + p)/2 quantiles and the maximum, adjusted by piecewise-parabolic
 * interpolation as observations arrive.
 *
 * Why: a long replication can observe 1e8 lead times; keeping them for an exact p95 costs 800 MB,
 * while P² keeps five numbers and is typically within a percent of the sample quantile.
 * Source: R. Jain and I. Chlamtac, "The P² algorithm for dynamic calculation of quantiles and
 * histograms without storing observations", Communications of the ACM 28(10), 1076–1085 (1985),
 * https://doi.org/10.1145/4372.4378.
 *
 * Until five observations have arrived, `value` is the exact type-7 quantile of those seen.
 *
 * Complexity: `add` is O(1) time and allocates nothing; memory is O(1).
 *
 * @example
 * const leadTimeP95 = new P2Quantile(0.95);
 * for (let value = 1; value <= 100; value++) leadTimeP95.add(value);
 * leadTimeP95.value; // => 95 (the exact type-7 quantile is 95.05)
 */
export class P2Quantile {
  /** The probability of the quantile estimated, in (0, 1). */
  readonly probability: number;
  // Marker heights q₁..q₅, positions n₁..n₅ (1-based, as in the paper), desired positions n′ and
  // their increments dn′ per observation.
  private readonly heights = new Float64Array(5);
  private readonly positions = new Float64Array(5);
  private readonly desiredPositions = new Float64Array(5);
  private readonly desiredIncrements = new Float64Array(5);
  private observationCount = 0;

  /**
   * @param probability - the quantile to estimate, strictly between 0 and 1 (0.95 for p95)
   * @throws RangeError when probability is not in (0, 1)
   */
  constructor(probability: number) {
    if (!(probability > 0 && probability < 1)) {
      throw new RangeError(`P2Quantile: probability must be in (0, 1), got ${probability}`);
    }
    this.probability = probability;
    this.desiredIncrements.set([0, probability / 2, probability, (1 + probability) / 2, 1]);
    this.reset();
  }

  /**
   * Records one observation.
   *
   * @param value - the observation, a finite number
   * @throws RangeError when value is NaN or infinite
   * @example
   * const waitingTimeMedian = new P2Quantile(0.5);
   * waitingTimeMedian.add(4);
   * waitingTimeMedian.value; // => 4
   */
  add(value: number): void {
    if (!Number.isFinite(value))
      throw new RangeError(`P2Quantile.add: value must be a finite number, got ${value}`);
    const heights = this.heights;
    const positions = this.positions;
    if (this.observationCount < 5) {
      // Insertion into the sorted first five values; they become the initial marker heights.
      let index = this.observationCount;
      while (index > 0 && heights[index - 1]! > value) {
        heights[index] = heights[index - 1]!;
        index--;
      }
      heights[index] = value;
      this.observationCount += 1;
      return;
    }
    this.observationCount += 1;
    // Find the cell k with q_k <= value < q_(k+1), widening the end markers if needed (paper, step B1).
    let cell: number;
    if (value < heights[0]!) {
      heights[0] = value;
      cell = 0;
    } else if (value >= heights[4]!) {
      heights[4] = value;
      cell = 3;
    } else {
      cell = 0;
      while (value >= heights[cell + 1]!) cell++;
    }
    // Step B2: shift the markers above the cell, and advance every desired position.
    for (let marker = cell + 1; marker < 5; marker++) positions[marker]! += 1;
    for (let marker = 0; marker < 5; marker++)
      this.desiredPositions[marker]! += this.desiredIncrements[marker]!;
    // Step B3: move each middle marker by one position towards its desired position when it is at
    // least one behind or ahead and the move leaves the neighbours' positions distinct.
    for (let marker = 1; marker <= 3; marker++) {
      const offset = this.desiredPositions[marker]! - positions[marker]!;
      const gapAbove = positions[marker + 1]! - positions[marker]!;
      const gapBelow = positions[marker - 1]! - positions[marker]!;
      if ((offset >= 1 && gapAbove > 1) || (offset <= -1 && gapBelow < -1)) {
        const direction = offset > 0 ? 1 : -1;
        const candidate = this.parabolic(marker, direction);
        heights[marker] =
          heights[marker - 1]! < candidate && candidate < heights[marker + 1]!
            ? candidate
            : this.linear(marker, direction);
        positions[marker]! += direction;
      }
    }
  }

  /**
   * Forgets every observation, e.g. at the end of a warm-up period.
   *
   * @example
   * const estimate = new P2Quantile(0.9);
   * estimate.add(1);
   * estimate.reset();
   * estimate.count; // => 0
   */
  reset(): void {
    const probability = this.probability;
    this.observationCount = 0;
    this.heights.fill(0);
    this.positions.set([1, 2, 3, 4, 5]);
    this.desiredPositions.set([1, 1 + 2 * probability, 1 + 4 * probability, 3 + 2 * probability, 5]);
  }

  /** The number of observations. */
  get count(): number {
    return this.observationCount;
  }

  /**
   * The current estimate of the quantile: the middle marker's height, or the exact type-7 quantile
   * of the first four observations; NaN when there are none.
   */
  get value(): number {
    if (this.observationCount === 0) return Number.NaN;
    if (this.observationCount >= 5) return this.heights[2]!;
    // Fewer than five: the heights are the sorted observations; read is outside the hot path.
    return quantileSorted(Array.from(this.heights.subarray(0, this.observationCount)), this.probability);
  }

  /** The piecewise-parabolic (P²) prediction of marker i's height after moving by `direction` (paper, eq. 4). */
  private parabolic(marker: number, direction: number): number {
    const heights = this.heights;
    const positions = this.positions;
    const below = positions[marker - 1]!;
    const here = positions[marker]!;
    const above = positions[marker + 1]!;
    return (
      heights[marker]! +
      (direction / (above - below)) *
        (((here - below + direction) * (heights[marker + 1]! - heights[marker]!)) / (above - here) +
          ((above - here - direction) * (heights[marker]! - heights[marker - 1]!)) / (here - below))
    );
  }

  /** The linear prediction used when the parabola would break the ordering of heights (paper, eq. 5). */
  private linear(marker: number, direction: number): number {
    const neighbour = marker + direction;
    return (
      this.heights[marker]! +
      (direction * (this.heights[neighbour]! - this.heights[marker]!)) /
        (this.positions[neighbour]! - this.positions[marker]!)
    );
  }
}
