// Tests of burstArrivals: a storm worked out by hand, the mean size and spread of storms against theory,
// the item rate of Poisson triggers, numbering, and parameter rules.
import { describe, expect, it } from 'vitest';
import {
  type BurstArrivalsParameters,
  burstArrivals,
} from '../../../../engine/model/demand/burstArrivals.ts';
import { constant, empirical, exponential } from '../../../../engine/random/index.ts';
import {
  expectDemandParameterError,
  expectWithinInterval,
  meanAndVariance,
  runSource,
} from './demandTestSupport.ts';

describe('burstArrivals', () => {
  it('offers each storm as `size` single arrivals, `spreadHours` after the trigger, numbered from 1', () => {
    // Triggers at 50 and 10 (listed out of order): storm 1 at 10, storm 2 at 50; 3 incidents each, 0.5 h later.
    const source = burstArrivals({ triggers: [50, 10], size: 3, spreadHours: 0.5 });
    const { offered } = runSource(source, 100, 'unused');
    expect(offered.map(({ time, arrival }) => `${time} #${arrival.burstOf} ×${arrival.count}`)).toEqual([
      '10.5 #1 ×1',
      '10.5 #1 ×1',
      '10.5 #1 ×1',
      '50.5 #2 ×1',
      '50.5 #2 ×1',
      '50.5 #2 ×1',
    ]);
    // 2 triggers × 3 incidents within week 0.
    expect(source.meanRatePerHour).toBe(6 / 168);
  });

  it('keeps the trigger numbers of a list when started late, and skips triggers already past', () => {
    const source = burstArrivals({ triggers: [10, 50, 90], size: 1, spreadHours: constant({ value: 0 }) });
    const { offered } = runSource(source, 100, 'unused', { startAt: 40 });
    expect(offered.map(({ time, arrival }) => [time, arrival.burstOf])).toEqual([
      [50, 2],
      [90, 3],
    ]);
  });

  it('draws storm sizes and delays from their distributions (4 000 storms)', () => {
    // Triggers every 100 h; sizes from {1, 2, 3, 6} (mean 3, variance 3.5), delays exponential of mean
    // 2 h (variance 4): storms practically never overlap, so each incident's delay is its time − trigger.
    const storms = 4000;
    const triggers = Array.from({ length: storms }, (_, index) => index * 100);
    const size = empirical({ values: [1, 2, 3, 6] });
    const spreadHours = exponential({ mean: 2 });
    const { offered } = runSource(
      burstArrivals({ triggers, size, spreadHours }),
      storms * 100,
      'burst shape',
    );
    const sizes = new Array<number>(storms).fill(0);
    const delays: number[] = [];
    for (const { time, arrival } of offered) {
      const storm = (arrival.burstOf ?? 0) - 1;
      sizes[storm] = (sizes[storm] ?? 0) + 1;
      delays.push(time - storm * 100);
    }
    expect(sizes.every((count) => [1, 2, 3, 6].includes(count))).toBe(true);
    expectWithinInterval(meanAndVariance(sizes).mean, 3, Math.sqrt(3.5 / storms), 'mean storm size');
    expectWithinInterval(meanAndVariance(delays).mean, 2, Math.sqrt(4 / delays.length), 'mean delay');
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
  });

  it('brings triggerRatePerHour × mean size incidents per hour with Poisson triggers', () => {
    // Compound Poisson: over T hours the count has mean λ·E[S]·T and variance λ·E[S²]·T (S = 3 here).
    const hours = 200_000;
    const source = burstArrivals({ triggerRatePerHour: 0.05, size: 3, spreadHours: 0 });
    const { offered } = runSource(source, hours, 'burst rate');
    expect(source.meanRatePerHour).toBeCloseTo(0.15, 15);
    expectWithinInterval(offered.length, 0.15 * hours, Math.sqrt(0.05 * 9 * hours), 'incidents');
    const numbers = offered.map(({ arrival }) => arrival.burstOf ?? 0);
    expect(numbers[0]).toBe(1);
    expect(numbers.every((number, index) => index === 0 || number >= (numbers[index - 1] ?? 0))).toBe(true);
  });

  it('rounds sampled sizes to whole numbers of at least 1', () => {
    // Sizes 0.2 → 1, 2.4 → 2 and 5.6 → 6.
    const size = empirical({ values: [0.2, 2.4, 5.6] });
    const { offered } = runSource(
      burstArrivals({ triggers: Array.from({ length: 300 }, (_, index) => index), size, spreadHours: 0 }),
      400,
      'burst rounding',
    );
    const sizes = new Map<number, number>();
    for (const { arrival } of offered)
      sizes.set(arrival.burstOf ?? 0, (sizes.get(arrival.burstOf ?? 0) ?? 0) + 1);
    expect(new Set(sizes.values())).toEqual(new Set([1, 2, 6]));
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => burstArrivals(parameters as BurstArrivalsParameters);
    expectDemandParameterError(
      build({ triggerRatePerHour: -1, size: 2, spreadHours: 1 }),
      'triggerRatePerHour',
      '-1',
    );
    expectDemandParameterError(build({ triggers: [1, -4], size: 2, spreadHours: 1 }), 'triggers[1]', '-4');
    expectDemandParameterError(
      build({ triggers: [1], triggerRatePerHour: 1, size: 2, spreadHours: 1 }),
      'triggerRatePerHour',
      '1',
    );
    expectDemandParameterError(build({ triggers: [1], size: 2.5, spreadHours: 1 }), 'size', '2.5');
    expectDemandParameterError(build({ triggers: [1], size: 'many', spreadHours: 1 }), 'size', '"many"');
    expectDemandParameterError(build({ triggers: [1], size: 2, spreadHours: -1 }), 'spreadHours', '-1');
    expectDemandParameterError(
      build({ triggers: [1], size: { mean: 2 }, spreadHours: 1 }),
      'size',
      'an object with mean',
    );
  });
});
