// The share of time a piecewise-constant integer quantity (queue length, busy servers) spends in each state.
// It checks distributions such as the M/M/1 queue length P(n) = (1 − ρ) ρⁿ, not just their means.

/**
 * The fraction of time an integer-valued, piecewise-constant quantity spends in each state 0..maxState.
 *
 * Why: the mean queue length can match theory while the distribution is wrong; the time share of each
 * state is what queueing theory predicts, e.g. M/M/1 P(n) = (1 − ρ) ρⁿ (Kleinrock, Queueing Systems
 * vol. 1 (1975), eq. 3.23; https://en.wikipedia.org/wiki/M/M/1_queue), and what a WIP histogram shows.
 * Source for time-weighted proportions: Law, Simulation Modeling and Analysis, 5th ed. (2015), §1.4.
 *
 * Design choice: states above `maxState` are pooled into the last bucket, which therefore means
 * "maxState or more". Memory is fixed when built and `update` never allocates, even when an
 * overloaded scenario's queue grows without bound (a growable array would grow with it).
 * Choose maxState where the tail beyond it no longer matters, e.g. 50 for ρ = 0.8 (0.8⁵⁰ ≈ 1e-5).
 *
 * Like {@link TimeWeightedAverage}, the state is right-continuous: `update(state, now)` means
 * "from `now` on, the state is `state`".
 *
 * Complexity: `update` and `proportion` are O(1) and allocate nothing; `proportions` is O(maxState)
 * and allocates its result; memory is O(maxState).
 *
 * @example
 * const queueLength = new TimeWeightedDistribution(2); // buckets 0, 1 and "2 or more"
 * queueLength.update(1, 2); // one waiting from t = 2
 * queueLength.update(3, 3); // three from t = 3 (pooled into "2 or more")
 * queueLength.proportions(4); // => [0.5, 0.25, 0.25]
 */
export class TimeWeightedDistribution {
  /** The last bucket; it holds the time spent in this state or any higher one. */
  readonly maxState: number;
  private readonly timeInBucket: Float64Array;
  private startTime: number;
  private lastChangeTime: number;
  private currentState: number;
  // min(currentState, maxState), cached because update() needs it every time.
  private currentBucket: number;

  /**
   * @param maxState - the highest state counted separately, an integer >= 0
   * @param startTime - when observation starts (hours), finite
   * @param initialState - the state from startTime on, an integer >= 0
   * @throws RangeError when maxState or initialState is not a non-negative integer or startTime is not finite
   */
  constructor(maxState: number, startTime = 0, initialState = 0) {
    if (!(Number.isInteger(maxState) && maxState >= 0)) {
      throw new RangeError(`TimeWeightedDistribution: maxState must be an integer >= 0, got ${maxState}`);
    }
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`TimeWeightedDistribution: startTime must be a finite number, got ${startTime}`);
    }
    checkState(initialState, 'initialState');
    this.maxState = maxState;
    this.timeInBucket = new Float64Array(maxState + 1);
    this.startTime = startTime;
    this.lastChangeTime = startTime;
    this.currentState = initialState;
    this.currentBucket = Math.min(initialState, maxState);
  }

  /**
   * Records that the quantity changes to `state` at time `now`.
   *
   * @param state - the new state, an integer >= 0 (values above maxState are pooled)
   * @param now - the current simulation time, not before the previous update or reset
   * @throws RangeError when time goes backwards (naming both times) or state is not a non-negative integer
   * @example
   * const busyServers = new TimeWeightedDistribution(3);
   * busyServers.update(2, 1);
   * busyServers.current; // => 2
   */
  update(state: number, now: number): void {
    this.checkTime(now, 'update');
    checkState(state, 'state');
    // Index is min(state, maxState), always inside the array.
    this.timeInBucket[this.currentBucket]! += now - this.lastChangeTime;
    this.lastChangeTime = now;
    this.currentState = state;
    this.currentBucket = Math.min(state, this.maxState);
  }

  /**
   * Forgets the time accumulated so far and restarts at `now`, keeping the current state: what the
   * end of a warm-up period calls.
   *
   * @param now - the current simulation time, not before the previous update or reset
   * @throws RangeError when time goes backwards, naming both times
   * @example
   * const queueLength = new TimeWeightedDistribution(1, 0, 1);
   * queueLength.reset(10);
   * queueLength.proportion(1, 11); // => 1
   */
  reset(now: number): void {
    this.checkTime(now, 'reset');
    this.timeInBucket.fill(0);
    this.startTime = now;
    this.lastChangeTime = now;
  }

  /**
   * The fraction of the time from the start (or last reset) to `now` spent in `state`, including
   * the current segment; for `state` = maxState, the fraction spent in maxState or above.
   *
   * @param state - an integer in 0..maxState
   * @param now - the time to measure up to, not before the previous update or reset
   * @returns a fraction in [0, 1]; NaN when no time has passed
   * @throws RangeError when state is outside 0..maxState or time goes backwards
   * @example
   * const queueLength = new TimeWeightedDistribution(1);
   * queueLength.update(1, 3);
   * queueLength.proportion(0, 4); // => 0.75
   */
  proportion(state: number, now: number): number {
    this.checkTime(now, 'proportion');
    if (!(Number.isInteger(state) && state >= 0 && state <= this.maxState)) {
      throw new RangeError(
        `TimeWeightedDistribution.proportion: state must be an integer in 0..${this.maxState}, got ${state}`,
      );
    }
    const duration = now - this.startTime;
    if (duration === 0) return Number.NaN;
    // state is in 0..maxState, checked above.
    let time = this.timeInBucket[state]!;
    if (state === this.currentBucket) time += now - this.lastChangeTime;
    return time / duration;
  }

  /**
   * The fractions of time spent in each state 0..maxState (the last one pooling maxState and above),
   * summing to 1 up to rounding.
   *
   * @param now - the time to measure up to, not before the previous update or reset
   * @returns an array of maxState + 1 fractions; all NaN when no time has passed
   * @throws RangeError when time goes backwards
   * @example
   * const queueLength = new TimeWeightedDistribution(1);
   * queueLength.update(1, 1);
   * queueLength.proportions(4); // => [0.25, 0.75]
   */
  proportions(now: number): number[] {
    this.checkTime(now, 'proportions');
    const duration = now - this.startTime;
    const result: number[] = [];
    for (let state = 0; state <= this.maxState; state++) {
      // state is in 0..maxState, the array's range.
      let time = this.timeInBucket[state]!;
      if (state === this.currentBucket) time += now - this.lastChangeTime;
      result.push(duration === 0 ? Number.NaN : time / duration);
    }
    return result;
  }

  /**
   * The time observed: `now` minus the start (or last reset) time.
   *
   * @param now - the current time
   * @returns the duration in hours
   * @example
   * new TimeWeightedDistribution(3, 2).duration(5); // => 3
   */
  duration(now: number): number {
    return now - this.startTime;
  }

  /** The state held now, not capped at maxState. */
  get current(): number {
    return this.currentState;
  }

  private checkTime(now: number, operation: string): void {
    if (!Number.isFinite(now)) {
      throw new RangeError(`TimeWeightedDistribution.${operation}: time must be a finite number, got ${now}`);
    }
    if (now < this.lastChangeTime) {
      throw new RangeError(
        `TimeWeightedDistribution.${operation}: time must not go backwards, got ${now} after the last change at ${this.lastChangeTime}`,
      );
    }
  }
}

function checkState(state: number, name: string): void {
  if (!(Number.isInteger(state) && state >= 0)) {
    throw new RangeError(`TimeWeightedDistribution: ${name} must be an integer >= 0, got ${state}`);
  }
}
