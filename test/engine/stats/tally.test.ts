// Tests of Tally: Welford's streaming mean and variance against hand calculations and the two-pass
// formula, the derived second moment, extremes, reset and the refusal of non-finite values.
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../engine/stats/tally.ts';

function tallyOf(values: readonly number[]): Tally {
  const tally = new Tally();
  for (const value of values) tally.add(value);
  return tally;
}

/** The two-pass formula: mean first, then Σ (x − mean)² / (n − 1), the numerically safe reference. */
function twoPassVariance(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
}

describe('Tally', () => {
  it('gives mean 5 and sample variance 32/7 for 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // By hand: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32, divided by n − 1 = 7.
    const tally = tallyOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(tally.count).toBe(8);
    expect(tally.sum).toBe(40);
    expect(tally.mean).toBe(5);
    expect(tally.variance).toBeCloseTo(32 / 7, 14);
    expect(tally.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(tally.min).toBe(2);
    expect(tally.max).toBe(9);
  });

  it('derives the second raw moment Σx²/n, 29 for 2, 4, 4, 4, 5, 5, 7, 9', () => {
    // By hand: 4 + 3·16 + 2·25 + 49 + 81 = 232, divided by 8.
    expect(tallyOf([2, 4, 4, 4, 5, 5, 7, 9]).secondRawMoment).toBeCloseTo(29, 13);
  });

  it('matches the two-pass variance even when the mean dwarfs the spread', () => {
    // Clock times near 1e8 hours that differ by fractions of an hour. By hand: mean offset 0.18,
    // deviations −0.08, 0.07, −0.13, 0.12, 0.02, squares summing to 0.043, variance 0.043/4 = 0.01075.
    const values = [0.1, 0.25, 0.05, 0.3, 0.2].map((hours) => 1e8 + hours);
    const tally = tallyOf(values);
    expect(tally.mean).toBeCloseTo(1e8 + 0.18, 6);
    // The inputs themselves are rounded to 1.5e-8 near 1e8, so agreement is to about 1e-7.
    expect(tally.variance).toBeCloseTo(0.01075, 7);
    expect(tally.variance).toBeCloseTo(twoPassVariance(values), 7);
    // The textbook (Σx² − n·mean²)/(n − 1) loses every digit here, which is why Welford is used.
    const sumOfSquares = values.reduce((sum, value) => sum + value * value, 0);
    const textbook = (sumOfSquares - values.length * tally.mean ** 2) / (values.length - 1);
    expect(Math.abs(textbook - 0.01075)).toBeGreaterThan(0.1);
  });

  it('reports NaN for statistics the data do not define and 0 for the empty sum', () => {
    const empty = new Tally();
    expect(empty.count).toBe(0);
    expect(empty.mean).toBeNaN();
    expect(empty.variance).toBeNaN();
    expect(empty.min).toBeNaN();
    expect(empty.max).toBeNaN();
    expect(empty.secondRawMoment).toBeNaN();
    expect(empty.sum).toBe(0);
    const single = tallyOf([7]);
    expect(single.mean).toBe(7);
    expect(single.variance).toBeNaN();
    expect(single.standardDeviation).toBeNaN();
  });

  it('forgets everything on reset and then tallies afresh', () => {
    const tally = tallyOf([100, 200, -50]);
    tally.reset();
    expect(tally.count).toBe(0);
    expect(tally.sum).toBe(0);
    expect(tally.mean).toBeNaN();
    tally.add(1);
    tally.add(3);
    expect(tally.mean).toBe(2);
    expect(tally.variance).toBe(2);
    expect(tally.min).toBe(1);
    expect(tally.max).toBe(3);
  });

  it('refuses NaN and infinite values, naming the value', () => {
    const tally = new Tally();
    expect(() => tally.add(Number.NaN)).toThrow(RangeError);
    expect(() => tally.add(Number.POSITIVE_INFINITY)).toThrow(/finite number, got Infinity/);
    expect(tally.count).toBe(0);
  });
});
