// Tests of profiledArrivals: the configured hourly profile reproduced within sampling error, silence
// where the rate is 0, the cost of quiet stretches (jumps, not rejected candidates), and piecewise profiles.
import { describe, expect, it } from 'vitest';
import { profiledArrivals } from '../../../../engine/model/demand/profiledArrivals.ts';
import {
  countingStream,
  expectDemandParameterError,
  expectWithinInterval,
  INTERVAL_Z,
  runSource,
} from './demandTestSupport.ts';

// Quiet nights (22:00-07:00), a morning peak, a slower afternoon; busy Mondays, no Sunday work.
const HOUR_OF_DAY = [0, 0, 0, 0, 0, 0, 0, 0.5, 1, 2, 2, 1.5, 1, 1, 1, 1.2, 1, 0.8, 0.5, 0.3, 0.3, 0.2, 0, 0];
const DAY_OF_WEEK = [1.6, 1.2, 1, 1, 0.8, 0.2, 0];
const RATE = 6;
const WEEKS = 400;

describe('profiledArrivals', () => {
  const source = profiledArrivals({ ratePerHour: RATE, hourOfDay: HOUR_OF_DAY, dayOfWeek: DAY_OF_WEEK });
  const { offered, simulation } = runSource(source, WEEKS * 168, 'profiled counts');

  it('reproduces the configured hourly profile (counts per hour within sampling error)', () => {
    // Over W weeks the count in hour-of-day h is Poisson with mean W × Σ_days RATE × hourOfDay[h] × dayOfWeek[d].
    const daySum = DAY_OF_WEEK.reduce((total, value) => total + value, 0);
    const counts = new Array<number>(24).fill(0);
    for (const { time } of offered) counts[Math.floor(time) % 24] = (counts[Math.floor(time) % 24] ?? 0) + 1;
    HOUR_OF_DAY.forEach((multiplier, hour) => {
      const expected = WEEKS * RATE * multiplier * daySum;
      if (expected === 0) expect(counts[hour], `hour ${hour}`).toBe(0);
      else expectWithinInterval(counts[hour] ?? 0, expected, Math.sqrt(expected), `hour ${hour}`);
    });
  });

  it('matches the profile over all 168 hours of the week by a chi-square test', () => {
    const counts = new Array<number>(168).fill(0);
    for (const { time } of offered)
      counts[Math.floor(time) % 168] = (counts[Math.floor(time) % 168] ?? 0) + 1;
    let chiSquare = 0;
    let cells = 0;
    for (let hour = 0; hour < 168; hour++) {
      const expected = WEEKS * source.profile.rateAt(hour + 0.5);
      if (expected === 0) {
        expect(counts[hour], `hour of week ${hour}`).toBe(0);
        continue;
      }
      chiSquare += ((counts[hour] ?? 0) - expected) ** 2 / expected;
      cells++;
    }
    // Counts are independent Poisson with known means, so the statistic has `cells` degrees of freedom.
    // Critical value by Wilson & Hilferty (1931): k(1 − 2/(9k) + z·√(2/(9k)))³, at the folder's z.
    const spread = 2 / (9 * cells);
    const critical = cells * (1 - spread + INTERVAL_Z * Math.sqrt(spread)) ** 3;
    expect(chiSquare, `chi-square ${chiSquare} on ${cells} cells, critical ${critical}`).toBeLessThan(
      critical,
    );
  });

  it('never offers anything where the rate is 0 (nights and Sundays)', () => {
    const silent = offered.filter(({ time }) => source.profile.rateAt(time) === 0);
    expect(silent).toEqual([]);
    expect(offered.some(({ time }) => Math.floor(time / 24) % 7 === 6)).toBe(false);
  });

  it('schedules only accepted arrivals, one event each', () => {
    expect(simulation.eventsRun).toBe(offered.length);
  });

  it('has the weekly average rate as meanRatePerHour, and delivers it', () => {
    // Σ hourOfDay = 14.3 and Σ dayOfWeek = 5.8: 6 × 14.3 × 5.8 / 168 = 497.64 / 168 per hour.
    expect(source.meanRatePerHour).toBeCloseTo(497.64 / 168, 12);
    const expected = source.meanRatePerHour * WEEKS * 168;
    expectWithinInterval(offered.length, expected, Math.sqrt(expected), 'arrivals over 400 weeks');
  });

  it('jumps over quiet stretches: one busy hour a week costs a few uniforms per week, not 168 × rate', () => {
    const weekly = profiledArrivals({ weekly: [{ day: 0, start: 9, end: 10, ratePerHour: 2 }] });
    const counter = countingStream('profiled sparse');
    const weeks = 2000;
    const run = runSource(weekly, weeks * 168, 'unused', { rng: counter.rng });
    // Each week: candidates at rate 2 from 09:00 until one passes 10:00, about 3; the rate there is the
    // maximum, so no accept draw. Without the jump it would read about 336 per week.
    expect(counter.read() / weeks).toBeLessThan(5);
    expect(run.offered.every(({ time }) => time % 168 >= 9 && time % 168 < 10)).toBe(true);
    expectWithinInterval(run.offered.length, 2 * weeks, Math.sqrt(2 * weeks), 'Monday-morning arrivals');
    expect(weekly.meanRatePerHour).toBeCloseTo(2 / 168, 15);
  });

  it('offers nothing when the rate is 0 all week, and starts from the clock it is given', () => {
    const silent = runSource(profiledArrivals({ ratePerHour: 0 }), 1000, 'profiled zero');
    expect([silent.offered.length, silent.simulation.pendingEvents]).toEqual([0, 0]);
    // Started on Sunday 06:00 (150), when the rate is 0 until Monday 07:00 (175).
    const late = runSource(source, 400, 'profiled late', { startAt: 150 });
    expect(late.offered[0]?.time).toBeGreaterThanOrEqual(175);
  });

  it('rejects bad parameters with a message naming profiledArrivals, the field and the value', () => {
    const build = (parameters: unknown) => () => profiledArrivals(parameters as { ratePerHour: number });
    expectDemandParameterError(
      build({ ratePerHour: 1, hourOfDay: HOUR_OF_DAY.slice(1) }),
      'hourOfDay',
      'an array of 23',
    );
    expect(build({ ratePerHour: 1, hourOfDay: HOUR_OF_DAY.slice(1) })).toThrow(
      'profiledArrivals: hourOfDay must be an array of 24 multipliers >= 0, got an array of 23',
    );
  });
});
