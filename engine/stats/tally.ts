// A streaming tally of observations: count, mean, variance, extremes and sum, in O(1) memory.
// For per-item quantities such as lead times and waiting times, fed one value at a time.

/**
 * A streaming summary of observations: count, mean, sample variance, standard deviation, minimum,
 * maximum and sum, without keeping the values.
 *
 * Why: a replication observes millions of waiting times; keeping them all costs memory, and the
 * textbook sum-of-squares formula loses every digit when the mean is large against the spread
 * (times near t = 1e6 h that differ by minutes). Welford's update keeps the running mean and the
 * sum of squared deviations instead, and is as accurate as the two-pass formula.
 *
 * Source: B. P. Welford, "Note on a method for calculating corrected sums of squares and products",
 * Technometrics 4(3), 419–420 (1962), https://doi.org/10.1080/00401706.1962.10490022; see also
 * Knuth, The Art of Computer Programming vol. 2, 3rd ed., §4.2.2, and
 * https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Welford's_online_algorithm.
 *
 * Statistics that the data do not define are NaN, never a made-up 0: the mean, minimum and maximum
 * of no observations, the variance of fewer than two. The sum of no observations is 0.
 *
 * Complexity: `add` is O(1) time and allocates nothing; memory is O(1).
 *
 * @example
 * const waitingTimes = new Tally();
 * for (const value of [2, 4, 4, 4, 5, 5, 7, 9]) waitingTimes.add(value);
 * waitingTimes.mean; // => 5
 * waitingTimes.variance; // => 4.571428571428571 (32/7, with n − 1)
 */
export class Tally {
  private observationCount = 0;
  private runningMean = 0;
  // Σ (x − mean)², kept up to date by Welford's recurrence.
  private sumOfSquaredDeviations = 0;
  private smallest = Number.POSITIVE_INFINITY;
  private largest = Number.NEGATIVE_INFINITY;
  private total = 0;

  /**
   * Records one observation.
   *
   * @param value - the observation, a finite number
   * @throws RangeError when value is NaN or infinite, which would silently poison every statistic
   * @example
   * const tally = new Tally();
   * tally.add(3);
   * tally.count; // => 1
   */
  add(value: number): void {
    if (!Number.isFinite(value))
      throw new RangeError(`Tally.add: value must be a finite number, got ${value}`);
    this.observationCount += 1;
    const deviationBefore = value - this.runningMean;
    this.runningMean += deviationBefore / this.observationCount;
    // (x − old mean)(x − new mean): Welford's increment of Σ (x − mean)².
    this.sumOfSquaredDeviations += deviationBefore * (value - this.runningMean);
    if (value < this.smallest) this.smallest = value;
    if (value > this.largest) this.largest = value;
    this.total += value;
  }

  /**
   * Forgets every observation, e.g. at the end of a warm-up period.
   *
   * @example
   * const tally = new Tally();
   * tally.add(3);
   * tally.reset();
   * tally.count; // => 0
   */
  reset(): void {
    this.observationCount = 0;
    this.runningMean = 0;
    this.sumOfSquaredDeviations = 0;
    this.smallest = Number.POSITIVE_INFINITY;
    this.largest = Number.NEGATIVE_INFINITY;
    this.total = 0;
  }

  /** The number of observations. */
  get count(): number {
    return this.observationCount;
  }

  /** The arithmetic mean; NaN when there are no observations. */
  get mean(): number {
    return this.observationCount === 0 ? Number.NaN : this.runningMean;
  }

  /** The sample variance Σ (x − mean)² / (n − 1); NaN for fewer than two observations. */
  get variance(): number {
    return this.observationCount < 2 ? Number.NaN : this.sumOfSquaredDeviations / (this.observationCount - 1);
  }

  /** The sample standard deviation, the square root of {@link Tally.variance}; NaN for fewer than two. */
  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }

  /**
   * The second raw moment Σ x² / n, derived as Σ (x − mean)² / n + mean² rather than summed, so that
   * variance stays accurate; NaN when there are no observations.
   */
  get secondRawMoment(): number {
    if (this.observationCount === 0) return Number.NaN;
    return this.sumOfSquaredDeviations / this.observationCount + this.runningMean * this.runningMean;
  }

  /** The smallest observation; NaN when there are none. */
  get min(): number {
    return this.observationCount === 0 ? Number.NaN : this.smallest;
  }

  /** The largest observation; NaN when there are none. */
  get max(): number {
    return this.observationCount === 0 ? Number.NaN : this.largest;
  }

  /** The sum of the observations; 0 when there are none. */
  get sum(): number {
    return this.total;
  }
}
