// Tests of poissonArrivals: exact gaps with a fixed uniform, counts per hour against the Poisson mean
// and variance, start time, determinism, and parameter rules.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../../engine/model/demand/poissonArrivals.ts';
import {
  expectDemandParameterError,
  expectWithinInterval,
  meanAndVariance,
  runSource,
} from './demandTestSupport.ts';

describe('poissonArrivals', () => {
  it('spaces arrivals by −ln(1 − u) / rate: u = 1 − e⁻¹ at rate 2 gives one every half hour', () => {
    const source = poissonArrivals({ ratePerHour: 2 });
    const u = 1 - Math.exp(-1);
    const { offered, simulation } = runSource(source, 2.2, 'unused', { rng: () => u });
    expect(offered.map((entry) => entry.time)).toEqual(
      [0.5, 1, 1.5, 2].map((time) => expect.closeTo(time, 12)),
    );
    expect(offered.every((entry) => entry.arrival.count === 1)).toBe(true);
    // Only arrivals are events: four ran, the fifth is pending.
    expect(simulation.eventsRun).toBe(4);
  });

  it('gives counts per hour with mean and variance equal to the rate (rate 4, 20 000 hours)', () => {
    const hours = 20_000;
    const rate = 4;
    const { offered } = runSource(poissonArrivals({ ratePerHour: rate }), hours, 'poisson counts');
    const counts = new Array<number>(hours).fill(0);
    for (const { time } of offered) counts[Math.floor(time)] = (counts[Math.floor(time)] ?? 0) + 1;
    const { mean, variance } = meanAndVariance(counts);
    // Poisson(λ): the mean of n counts has standard error √(λ/n); the sample variance has variance
    // (μ₄ − σ⁴)/n with μ₄ = λ(1 + 3λ), so its standard error is √((λ + 2λ²)/n).
    expectWithinInterval(mean, rate, Math.sqrt(rate / hours), 'mean count per hour');
    expectWithinInterval(variance, rate, Math.sqrt((rate + 2 * rate * rate) / hours), 'variance of counts');
  });

  it('offers nothing, and does not throw, at a rate so small that the first gap is Infinity', () => {
    // −ln(1 − u) / 5e-324 overflows to Infinity for any u above about 2e-16: that arrival never comes.
    const { offered, simulation } = runSource(poissonArrivals({ ratePerHour: 5e-324 }), 1_000, 'tiny', {
      rng: () => 0.5,
    });
    expect(offered).toEqual([]);
    expect(simulation.eventsRun).toBe(0);
  });

  it('starts from the clock of the simulation it is started on', () => {
    const { offered } = runSource(poissonArrivals({ ratePerHour: 3 }), 200, 'poisson late', { startAt: 100 });
    expect(offered.length).toBeGreaterThan(0);
    expect(offered[0]?.time).toBeGreaterThan(100);
  });

  it('replays the same times from the same stream, so one source serves every replication', () => {
    const source = poissonArrivals({ ratePerHour: 5 });
    const first = runSource(source, 50, 'poisson repeat').offered.map((entry) => entry.time);
    const second = runSource(source, 50, 'poisson repeat').offered.map((entry) => entry.time);
    expect(second).toEqual(first);
  });

  it('offers nothing and schedules nothing at rate 0', () => {
    const source = poissonArrivals({ ratePerHour: 0 });
    const { offered, simulation } = runSource(source, 1000, 'poisson zero');
    expect([offered.length, simulation.eventsRun, source.meanRatePerHour]).toEqual([0, 0, 0]);
  });

  it('is frozen and reports its rate', () => {
    const source = poissonArrivals({ ratePerHour: 4 });
    expect([source.kind, source.ratePerHour, source.meanRatePerHour, Object.isFrozen(source)]).toEqual([
      'poisson',
      4,
      4,
      true,
    ]);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => poissonArrivals(parameters as { ratePerHour: number });
    expectDemandParameterError(build({ ratePerHour: -2 }), 'ratePerHour', '-2');
    expectDemandParameterError(build({ ratePerHour: Number.NaN }), 'ratePerHour', 'NaN');
    expectDemandParameterError(build({ ratePerHour: '3' }), 'ratePerHour', '"3"');
    expectDemandParameterError(build({}), 'ratePerHour', 'undefined');
    expectDemandParameterError(build(null), 'parameters', 'null');
    expect(build({ ratePerHour: -2 })).toThrow(
      'poissonArrivals: ratePerHour must be a finite number >= 0, got -2',
    );
  });
});
