// Tests of TimeWeightedAverage against a step function integrated by hand, with warm-up resets and
// the refusal of time that runs backwards.
import { describe, expect, it } from 'vitest';
import { TimeWeightedAverage } from '../../../engine/stats/timeWeightedAverage.ts';

/** 0 on [0, 2), 3 on [2, 5), 1 on [5, 6), 4 from 6 on. */
function stepFunction(): TimeWeightedAverage {
  const average = new TimeWeightedAverage(0, 0);
  average.update(3, 2);
  average.update(1, 5);
  average.update(4, 6);
  return average;
}

describe('TimeWeightedAverage', () => {
  it('integrates a step function as worked out by hand, including the open last segment', () => {
    // By hand up to t = 10: 0·2 + 3·3 + 1·1 + 4·4 = 26, so the mean is 26/10 = 2.6.
    const average = stepFunction();
    expect(average.integral(10)).toBe(26);
    expect(average.duration(10)).toBe(10);
    expect(average.mean(10)).toBeCloseTo(2.6, 15);
    // Up to t = 6 the last segment has zero length: (0 + 9 + 1) / 6.
    expect(average.mean(6)).toBeCloseTo(10 / 6, 15);
    expect(average.current).toBe(4);
    expect(average.max).toBe(4);
  });

  it('lets only the last of several updates at the same time count', () => {
    const average = new TimeWeightedAverage(0, 0);
    average.update(10, 1);
    average.update(2, 1);
    expect(average.mean(3)).toBeCloseTo((0 * 1 + 2 * 2) / 3, 15);
    // The momentary 10 held for no time, but it was the value for an instant: max reports it.
    expect(average.max).toBe(10);
  });

  it('starts at the given time and value', () => {
    const average = new TimeWeightedAverage(5, 2);
    expect(average.mean(7)).toBe(2);
    expect(average.duration(7)).toBe(2);
    expect(average.integral(7)).toBe(4);
  });

  it('restarts the integral on reset but keeps the current value, as a warm-up end needs', () => {
    const average = stepFunction();
    average.reset(6);
    // From t = 6 only the value 4 has been held.
    expect(average.mean(10)).toBe(4);
    expect(average.duration(10)).toBe(4);
    expect(average.max).toBe(4);
    average.update(0, 8);
    // 4·2 + 0·2 over 4 hours.
    expect(average.mean(10)).toBe(2);
  });

  it('forgets the maximum of the warm-up on reset', () => {
    const average = new TimeWeightedAverage(0, 9);
    average.update(1, 1);
    average.reset(2);
    expect(average.max).toBe(1);
  });

  it('returns NaN for the mean when no time has passed', () => {
    expect(new TimeWeightedAverage(3, 5).mean(3)).toBeNaN();
  });

  it('throws a RangeError naming both times when time goes backwards', () => {
    const average = stepFunction();
    expect(() => average.update(1, 5.5)).toThrow(RangeError);
    expect(() => average.update(1, 5.5)).toThrow(/5\.5.*\b6\b/);
    expect(() => average.mean(4)).toThrow(/4 after the last change at 6/);
    expect(() => average.reset(1)).toThrow(RangeError);
    // A refused update leaves the state unchanged.
    expect(average.current).toBe(4);
    expect(average.integral(10)).toBe(26);
  });

  it('refuses non-finite times and values', () => {
    expect(() => new TimeWeightedAverage(Number.NaN)).toThrow(/startTime/);
    expect(() => new TimeWeightedAverage(0, Number.POSITIVE_INFINITY)).toThrow(/initialValue/);
    const average = new TimeWeightedAverage();
    expect(() => average.update(1, Number.NaN)).toThrow(/finite number, got NaN/);
    expect(() => average.update(Number.NaN, 1)).toThrow(/value must be a finite number/);
  });
});
