// The time-weighted average of a piecewise-constant quantity such as queue length or busy servers.
// It integrates the value over simulated time as it changes, so nothing is sampled and nothing is kept.

/**
 * The time average of a quantity that holds its value between changes (a step function of time):
 * queue length, work in progress, busy servers.
 *
 * Why: averaging the values seen at events weights a value that lasted a second like one that lasted
 * a day; L in Little's law L = λW is the integral of the quantity over time divided by the time.
 * Source: Law, Simulation Modeling and Analysis, 5th ed. (2015), §1.4.5, the time-average number in
 * queue q̂(n) = ∫ Q(t) dt / T(n); https://en.wikipedia.org/wiki/Little%27s_law.
 *
 * The value is right-continuous: `update(value, now)` means "from `now` on, the value is `value`".
 * Several updates at the same time are allowed; only the last one holds for a positive duration.
 * Times are in hours like the rest of the engine, but any unit works if used consistently.
 *
 * Complexity: every method is O(1) time and allocates nothing; memory is O(1).
 *
 * @example
 * const queueLength = new TimeWeightedAverage(0, 0);
 * queueLength.update(3, 2); // three waiting from t = 2
 * queueLength.update(1, 5); // one from t = 5
 * queueLength.mean(6); // => 1.6666666666666667 ((0·2 + 3·3 + 1·1) / 6)
 */
export class TimeWeightedAverage {
  // Every field starts as a number: a field declared without one starts as undefined, and V8 then keeps
  // it as a tagged field, where each new time or value written would allocate a fresh heap number.
  private startTime = 0;
  private lastChangeTime = 0;
  private currentValue = 0;
  // ∫ value dt from startTime to lastChangeTime.
  private area = 0;
  private largest = 0;

  /**
   * @param startTime - when observation starts (hours), finite
   * @param initialValue - the value held from startTime on, finite
   * @throws RangeError when either argument is not a finite number
   */
  constructor(startTime = 0, initialValue = 0) {
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`TimeWeightedAverage: startTime must be a finite number, got ${startTime}`);
    }
    if (!Number.isFinite(initialValue)) {
      throw new RangeError(`TimeWeightedAverage: initialValue must be a finite number, got ${initialValue}`);
    }
    this.startTime = startTime;
    this.lastChangeTime = startTime;
    this.currentValue = initialValue;
    this.largest = initialValue;
  }

  /**
   * Records that the quantity changes to `value` at time `now`.
   *
   * @param value - the new value, finite
   * @param now - the current simulation time, not before the previous update or reset
   * @throws RangeError when time goes backwards (naming both times), or time or value is not finite
   * @example
   * const busyServers = new TimeWeightedAverage();
   * busyServers.update(2, 1.5);
   * busyServers.current; // => 2
   */
  update(value: number, now: number): void {
    // The usual case in one test (lastChangeTime is finite, so this fails for NaN and ±Infinity); the
    // checks that name the rule broken run only when it fails.
    if (
      !(
        now >= this.lastChangeTime &&
        now < Number.POSITIVE_INFINITY &&
        value > Number.NEGATIVE_INFINITY &&
        value < Number.POSITIVE_INFINITY
      )
    ) {
      this.checkTime(now, 'update');
      throw new RangeError(
        `TimeWeightedAverage.update: value must be a finite number, got ${value} at time ${now}`,
      );
    }
    this.area += this.currentValue * (now - this.lastChangeTime);
    this.lastChangeTime = now;
    this.currentValue = value;
    if (value > this.largest) this.largest = value;
  }

  /**
   * Restarts the integral at `now`, keeping the current value: what the end of a warm-up period calls,
   * so that steady-state averages exclude the empty-and-idle start.
   *
   * @param now - the current simulation time, not before the previous update or reset
   * @throws RangeError when time goes backwards, naming both times
   * @example
   * const queueLength = new TimeWeightedAverage(0, 5);
   * queueLength.reset(10);
   * queueLength.mean(12); // => 5
   */
  reset(now: number): void {
    this.checkTime(now, 'reset');
    this.startTime = now;
    this.lastChangeTime = now;
    this.area = 0;
    this.largest = this.currentValue;
  }

  /**
   * The integral of the value from the start (or last reset) to `now`, including the current segment.
   *
   * @param now - the time to integrate up to, not before the previous update or reset
   * @returns ∫ value dt, in value × hours
   * @throws RangeError when `now` is before the previous update or reset
   * @example
   * const workInProgress = new TimeWeightedAverage(0, 2);
   * workInProgress.integral(3); // => 6
   */
  integral(now: number): number {
    this.checkTime(now, 'integral');
    return this.area + this.currentValue * (now - this.lastChangeTime);
  }

  /**
   * The time observed: `now` minus the start (or last reset) time.
   *
   * @param now - the current time
   * @returns the duration in hours
   * @example
   * new TimeWeightedAverage(4).duration(10); // => 6
   */
  duration(now: number): number {
    return now - this.startTime;
  }

  /**
   * The time-weighted mean from the start (or last reset) to `now`: integral(now) / duration(now).
   *
   * @param now - the time to average up to, not before the previous update or reset
   * @returns the mean value; NaN when no time has passed (0/0: nothing observed yet)
   * @throws RangeError when `now` is before the previous update or reset
   * @example
   * const queueLength = new TimeWeightedAverage(0, 1);
   * queueLength.update(3, 1);
   * queueLength.mean(2); // => 2
   */
  mean(now: number): number {
    const integral = this.integral(now);
    const duration = now - this.startTime;
    return duration === 0 ? Number.NaN : integral / duration;
  }

  /** The value held now (since the last update). */
  get current(): number {
    return this.currentValue;
  }

  /** The largest value held since the start or the last reset (which counts the value it kept). */
  get max(): number {
    return this.largest;
  }

  private checkTime(now: number, operation: string): void {
    if (!Number.isFinite(now)) {
      throw new RangeError(`TimeWeightedAverage.${operation}: time must be a finite number, got ${now}`);
    }
    if (now < this.lastChangeTime) {
      throw new RangeError(
        `TimeWeightedAverage.${operation}: time must not go backwards, got ${now} after the last change at ${this.lastChangeTime}`,
      );
    }
  }
}
