// The working pattern of one repeating cycle, normalised for fast queries: merged, sorted intervals in
// typed arrays, rotated so that no working period crosses the cycle boundary. Internal to engine/model.

/** A half-open interval of time [start, end), in hours. */
export interface _Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * One cycle of working time, ready for binary search. Local position `p` in [0, length] is simulation
 * time `phase + k * length + p` for every whole number k. Immutable; queries allocate nothing.
 *
 * Invariant: unless `full`, local position 0 (and so `length`) is not working time, every interval lies
 * inside [0, length], and intervals neither overlap nor touch. A working period therefore never spans
 * two cycles, and the end of an interval is the end of a working period.
 */
export class _CyclePattern {
  /** Cycle length in hours (168 for a weekly calendar). */
  readonly length: number;
  /** Simulation time of local position 0 in cycle 0. */
  readonly phase: number;
  /** True when the whole cycle is working time (the arrays are then empty). */
  readonly full: boolean;
  /** Number of working intervals per cycle (0 when full or never working). */
  readonly intervalCount: number;
  /** Working hours in one cycle. */
  readonly hoursPerCycle: number;
  /** Interval starts, local, increasing. */
  readonly starts: Float64Array;
  /** Interval ends, local, increasing; ends[i] > starts[i]. */
  readonly ends: Float64Array;
  /** Working hours before each interval's start, plus the cycle's total as the last entry. */
  private readonly cumulativeAtStart: Float64Array;

  constructor(length: number, phase: number, full: boolean, starts: Float64Array, ends: Float64Array) {
    this.length = length;
    this.phase = phase;
    this.full = full;
    this.starts = starts;
    this.ends = ends;
    this.intervalCount = starts.length;
    const cumulativeAtStart = new Float64Array(starts.length + 1);
    for (let index = 0; index < starts.length; index++) {
      cumulativeAtStart[index + 1] = cumulativeAtStart[index]! + (ends[index]! - starts[index]!);
    }
    this.cumulativeAtStart = cumulativeAtStart;
    this.hoursPerCycle = full ? length : cumulativeAtStart[starts.length]!;
  }

  // Each query locates `time` in cycle k at local position p = time - phase - k * length, which lies in
  // [0, length] up to rounding; both ends are non-working by the invariant, so a position a rounding
  // error off either end is harmless.

  /** Whether `time` is working time in the pattern. */
  isWorking(time: number): boolean {
    if (this.full) return true;
    const length = this.length;
    const cycle = Math.floor((time - this.phase) / length);
    const position = time - this.phase - cycle * length;
    const index = this.lastStartAtOrBefore(position);
    return index >= 0 && position < this.ends[index]!;
  }

  /** `time` when working, else the start of the next period; Infinity when the pattern has none. */
  nextStart(time: number): number {
    if (this.full) return time;
    if (this.intervalCount === 0) return Infinity;
    const length = this.length;
    const cycle = Math.floor((time - this.phase) / length);
    const position = time - this.phase - cycle * length;
    const index = this.lastStartAtOrBefore(position);
    if (index >= 0 && position < this.ends[index]!) return time;
    if (index + 1 < this.intervalCount) return this.phase + cycle * length + this.starts[index + 1]!;
    return this.phase + (cycle + 1) * length + this.starts[0]!;
  }

  /** The end of the period containing `time`, or of the next one; Infinity for a full or empty pattern. */
  nextEnd(time: number): number {
    if (this.full || this.intervalCount === 0) return Infinity;
    const length = this.length;
    const cycle = Math.floor((time - this.phase) / length);
    const position = time - this.phase - cycle * length;
    const index = this.lastStartAtOrBefore(position);
    if (index >= 0 && position < this.ends[index]!) return this.phase + cycle * length + this.ends[index]!;
    if (index + 1 < this.intervalCount) return this.phase + cycle * length + this.ends[index + 1]!;
    return this.phase + (cycle + 1) * length + this.ends[0]!;
  }

  /** Working hours in [from, to), for finite from <= to (to may be Infinity). */
  hoursBetween(from: number, to: number): number {
    if (this.full) return to - from;
    if (this.intervalCount === 0) return 0;
    if (to === Infinity) return Infinity;
    const length = this.length;
    const fromCycle = Math.floor((from - this.phase) / length);
    const toCycle = Math.floor((to - this.phase) / length);
    const between =
      (toCycle - fromCycle) * this.hoursPerCycle +
      this.hoursBefore(to - this.phase - toCycle * length) -
      this.hoursBefore(from - this.phase - fromCycle * length);
    return Math.max(between, 0);
  }

  /** The earliest time at which `hours` (> 0) working hours have elapsed from `time`. */
  addHours(time: number, hours: number): number {
    if (this.full) return time + hours;
    if (this.intervalCount === 0 || hours === Infinity) return Infinity;
    const length = this.length;
    const perCycle = this.hoursPerCycle;
    const cycle = Math.floor((time - this.phase) / length);
    const position = time - this.phase - cycle * length;
    const index = this.lastStartAtOrBefore(position);
    let hoursBefore = 0; // working hours from the start of `cycle` to `time`
    if (index >= 0) {
      const end = this.ends[index]!;
      // Most work that starts inside a period also ends in it: no second search is needed.
      if (position < end && position + hours <= end) return time + hours;
      hoursBefore = this.cumulativeAtStart[index]! + Math.min(position, end) - this.starts[index]!;
    }
    // Working hours from the start of `cycle` to the target, split into whole cycles and a remainder in
    // (0, perCycle]: a remainder of exactly 0 means the end of the previous cycle's last period.
    const target = hoursBefore + hours;
    let wholeCycles = Math.floor(target / perCycle);
    let remainder = target - wholeCycles * perCycle;
    if (remainder <= 0) {
      wholeCycles -= 1;
      remainder += perCycle;
    }
    if (remainder > perCycle) remainder = perCycle;
    // The first interval whose cumulative end reaches the remainder.
    const cumulative = this.cumulativeAtStart;
    let low = 0;
    let high = this.intervalCount - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle + 1]! >= remainder) high = middle;
      else low = middle + 1;
    }
    const finish = Math.min(this.ends[low]!, this.starts[low]! + (remainder - cumulative[low]!));
    return this.phase + (cycle + wholeCycles) * length + finish;
  }

  /** Working hours in local [0, position) of one cycle. */
  private hoursBefore(position: number): number {
    const index = this.lastStartAtOrBefore(position);
    if (index < 0) return 0;
    return this.cumulativeAtStart[index]! + Math.min(position, this.ends[index]!) - this.starts[index]!;
  }

  /** Index of the last interval starting at or before `position`, or -1 (binary search). */
  private lastStartAtOrBefore(position: number): number {
    const starts = this.starts;
    let low = 0;
    let high = this.intervalCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= position) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}

/** x modulo length, in [0, length). */
function modulo(x: number, length: number): number {
  const remainder = x - Math.floor(x / length) * length;
  // Rounding can give exactly `length` for a tiny negative x.
  return remainder >= length ? 0 : remainder;
}

/**
 * Sorts intervals by start and merges those that overlap or touch ([8, 12) and [12, 17) make [8, 17)).
 * @param intervals - half-open intervals, each with end > start
 * @returns a new array of disjoint, non-touching intervals in increasing order
 * @example
 * _mergeIntervals([{ start: 12, end: 17 }, { start: 8, end: 12 }]); // => [{ start: 8, end: 17 }]
 */
export function _mergeIntervals(intervals: readonly _Interval[]): _Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

/** Wraps intervals onto [0, length]: an interval past the end continues at 0. Lengths must be < length. */
function wrapOntoCycle(intervals: readonly _Interval[], length: number, shift: number): _Interval[] {
  const pieces: _Interval[] = [];
  for (const interval of intervals) {
    const start = modulo(interval.start - shift, length);
    const end = start + (interval.end - interval.start);
    if (end <= length) pieces.push({ start, end });
    else pieces.push({ start, end: length }, { start: 0, end: end - length });
  }
  return _mergeIntervals(pieces);
}

/**
 * The grid, in hours, to which pattern boundaries, cycle lengths and phases are rounded: 2^-30 h, about
 * 3.4 microseconds (08:20 moves by less than 1e-9 h). On the grid, sums such as
 * `phase + k * length + start` are exact for times below 2^23 h (about 950 years), so a period start
 * computed by one query is working time for every other query; with arbitrary floats a start could land
 * a rounding error before itself and read as not working.
 */
const GRID = 2 ** -30;

/** x rounded to the grid; multiplying and dividing by a power of two is exact. */
function onGrid(x: number): number {
  return Math.round(x / GRID) * GRID;
}

/**
 * Builds the pattern of one cycle from working intervals given in cycle coordinates.
 *
 * Intervals may start anywhere (they are taken modulo the cycle) and may run past the cycle's end
 * (a night shift from Sunday 22:00 to Monday 06:00); overlapping and touching ones are merged. To keep
 * the invariant of {@link _CyclePattern}, the cycle is rotated to start at a non-working instant: the
 * end of the first merged interval. Boundaries, length and phase are rounded to a 2^-30 h grid (3.4
 * microseconds) so that boundary arithmetic is exact; intervals shorter than that vanish.
 *
 * @param length - cycle length in hours, finite and > 0
 * @param phase - simulation time at which cycle coordinate 0 falls
 * @param intervals - validated intervals in cycle coordinates, end > start
 * @returns the normalised pattern
 * @example
 * _buildCyclePattern(24, 0, [{ start: 22, end: 30 }]).starts; // => Float64Array [16] (phase 6)
 */
export function _buildCyclePattern(
  length: number,
  phase: number,
  intervals: readonly _Interval[],
): _CyclePattern {
  const cycleLength = Math.max(GRID, onGrid(length));
  const cyclePhase = onGrid(phase);
  const rounded = intervals
    .map((interval) => ({ start: onGrid(interval.start), end: onGrid(interval.end) }))
    .filter((interval) => interval.end > interval.start);
  if (rounded.some((interval) => interval.end - interval.start >= cycleLength)) {
    return _fullCyclePattern(cycleLength, cyclePhase);
  }
  const wrapped = wrapOntoCycle(rounded, cycleLength, 0);
  const first = wrapped[0];
  if (first === undefined) return patternOf(cycleLength, cyclePhase, []);
  if (first.start <= 0 && first.end >= cycleLength) return _fullCyclePattern(cycleLength, cyclePhase);
  // The end of a merged interval is not working time (merging joined anything touching it), so a cycle
  // that starts there has no working period across its boundary.
  const origin = first.end >= cycleLength ? 0 : first.end;
  return patternOf(cycleLength, cyclePhase + origin, wrapOntoCycle(wrapped, cycleLength, origin));
}

/**
 * The pattern of a cycle that is working time throughout (a 24x7 calendar).
 * @example
 * _fullCyclePattern(168, 0).hoursPerCycle; // => 168
 */
export function _fullCyclePattern(length: number, phase: number): _CyclePattern {
  return new _CyclePattern(length, phase, true, new Float64Array(0), new Float64Array(0));
}

/** Copies merged, rotated intervals into typed arrays. */
function patternOf(length: number, phase: number, intervals: readonly _Interval[]): _CyclePattern {
  const starts = Float64Array.from(intervals, (interval) => interval.start);
  const ends = Float64Array.from(intervals, (interval) => interval.end);
  return new _CyclePattern(length, phase, false, starts, ends);
}
