// Tests of TimeWeightedDistribution: a hand-worked step function with pooling, reset and time checks,
// and the M/M/1 number in system, whose time shares must follow P(n) = (1 − ρ) ρⁿ.
import { describe, expect, it } from 'vitest';
import { stream } from '../../../engine/random/stream.ts';
import { TimeWeightedDistribution } from '../../../engine/stats/timeWeightedDistribution.ts';

type Uniform = () => number;

/** An exponential draw by inverse transform: −ln(1 − u)/rate, with u in [0, 1) so the log is finite. */
function exponential(uniform: Uniform, rate: number): number {
  return -Math.log(1 - uniform()) / rate;
}

/**
 * One replication of an M/M/1 queue as a birth-death process, recording the number in system from
 * the end of the warm-up to the horizon; returns the time shares of 0..maxState (the last pooled).
 */
function mm1NumberInSystem(
  replication: number,
  arrivalRate: number,
  serviceRate: number,
  horizon: number,
  warmUp: number,
  maxState: number,
): number[] {
  const arrivals = stream(2024, replication, 'mm1:arrivals');
  const services = stream(2024, replication, 'mm1:services');
  const numberInSystem = new TimeWeightedDistribution(maxState);
  let inSystem = 0;
  let nextArrival = exponential(arrivals, arrivalRate);
  let nextDeparture = Number.POSITIVE_INFINITY;
  let warmedUp = false;
  for (;;) {
    const now = Math.min(nextArrival, nextDeparture);
    if (!warmedUp && now > warmUp) {
      numberInSystem.reset(warmUp);
      warmedUp = true;
    }
    if (now > horizon) break;
    if (nextArrival <= nextDeparture) {
      inSystem += 1;
      nextArrival = now + exponential(arrivals, arrivalRate);
      if (inSystem === 1) nextDeparture = now + exponential(services, serviceRate);
    } else {
      inSystem -= 1;
      nextDeparture = inSystem > 0 ? now + exponential(services, serviceRate) : Number.POSITIVE_INFINITY;
    }
    numberInSystem.update(inSystem, now);
  }
  return numberInSystem.proportions(horizon);
}

describe('TimeWeightedDistribution', () => {
  it('splits time between states as worked out by hand, pooling states above maxState', () => {
    // State 0 on [0, 2), 1 on [2, 3), 3 on [3, 6), 0 from 6; up to t = 10 that is 6, 1 and 3 hours,
    // and with maxState 2 the 3 hours in state 3 count as "2 or more".
    const distribution = new TimeWeightedDistribution(2);
    distribution.update(1, 2);
    distribution.update(3, 3);
    distribution.update(0, 6);
    expect(distribution.proportions(10)).toEqual([0.6, 0.1, 0.3]);
    expect(distribution.proportion(0, 10)).toBe(0.6);
    expect(distribution.proportion(2, 10)).toBe(0.3);
    expect(distribution.duration(10)).toBe(10);
  });

  it('counts the current, still open segment and reports the uncapped current state', () => {
    const distribution = new TimeWeightedDistribution(1, 0, 4);
    expect(distribution.current).toBe(4);
    expect(distribution.proportions(5)).toEqual([0, 1]);
  });

  it('gives proportions that sum to 1', () => {
    const distribution = new TimeWeightedDistribution(4);
    const states = [3, 0, 2, 7, 1, 4, 0];
    states.forEach((state, index) => {
      distribution.update(state, 0.37 * (index + 1));
    });
    const total = distribution.proportions(3.1).reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 14);
  });

  it('restarts on reset keeping the current state, as a warm-up end needs', () => {
    const distribution = new TimeWeightedDistribution(3);
    distribution.update(2, 1);
    distribution.reset(5);
    distribution.update(0, 6);
    // From t = 5: state 2 for 1 hour, state 0 for 3 hours.
    expect(distribution.proportions(9)).toEqual([0.75, 0, 0.25, 0]);
    expect(distribution.duration(9)).toBe(4);
  });

  it('returns NaN proportions when no time has passed', () => {
    const distribution = new TimeWeightedDistribution(1, 3);
    expect(distribution.proportion(0, 3)).toBeNaN();
    expect(distribution.proportions(3)).toEqual([Number.NaN, Number.NaN]);
  });

  it('throws a RangeError naming both times when time goes backwards', () => {
    const distribution = new TimeWeightedDistribution(2);
    distribution.update(1, 4);
    expect(() => distribution.update(2, 3)).toThrow(/got 3 after the last change at 4/);
    expect(() => distribution.reset(3.5)).toThrow(RangeError);
    expect(() => distribution.proportions(1)).toThrow(RangeError);
    expect(distribution.current).toBe(1);
  });

  it('refuses states that are not non-negative integers and proportions beyond maxState', () => {
    expect(() => new TimeWeightedDistribution(-1)).toThrow(/maxState must be an integer >= 0, got -1/);
    expect(() => new TimeWeightedDistribution(2.5)).toThrow(RangeError);
    expect(() => new TimeWeightedDistribution(2, 0, -1)).toThrow(/initialState/);
    const distribution = new TimeWeightedDistribution(2);
    expect(() => distribution.update(1.5, 1)).toThrow(/state must be an integer >= 0, got 1.5/);
    expect(() => distribution.proportion(3, 1)).toThrow(/state must be an integer in 0..2, got 3/);
  });

  it('reproduces the M/M/1 number-in-system distribution (1 − ρ) ρⁿ within four standard errors', () => {
    // ρ = λ/μ = 0.5; 20 seeded replications of 50 000 hours after a 1 000-hour warm-up. The tolerance is
    // four standard errors estimated from the replications (|t₁₉| > 4 has probability below 0.001).
    const arrivalRate = 0.5;
    const serviceRate = 1;
    const utilisation = arrivalRate / serviceRate;
    const maxState = 5;
    const replications = Array.from({ length: 20 }, (_, replication) =>
      mm1NumberInSystem(replication, arrivalRate, serviceRate, 51_000, 1_000, maxState),
    );
    for (let state = 0; state <= maxState; state++) {
      // Kleinrock (1975) eq. 3.23; the pooled last bucket is P(N >= 5) = ρ⁵.
      const theory = state < maxState ? (1 - utilisation) * utilisation ** state : utilisation ** maxState;
      const shares = replications.map((shares) => shares[state] ?? Number.NaN);
      const mean = shares.reduce((sum, share) => sum + share, 0) / shares.length;
      const variance = shares.reduce((sum, share) => sum + (share - mean) ** 2, 0) / (shares.length - 1);
      const standardError = Math.sqrt(variance / shares.length);
      // A loose guard that the tolerance itself is tight: a broken recorder could be noisy enough to pass.
      expect(standardError).toBeLessThan(0.003);
      expect(Math.abs(mean - theory), `P(${state}) = ${mean}, theory ${theory}`).toBeLessThan(
        4 * standardError,
      );
    }
  });
});
