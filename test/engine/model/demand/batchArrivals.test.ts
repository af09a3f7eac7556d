// Tests of batchArrivals: fixed batches by hand, batch rate and mean batch size against theory, rounding
// of sampled sizes, and parameter rules.
import { describe, expect, it } from 'vitest';
import {
  type BatchArrivalsParameters,
  batchArrivals,
} from '../../../../engine/model/demand/batchArrivals.ts';
import { empirical, uniform } from '../../../../engine/random/index.ts';
import {
  expectDemandParameterError,
  expectWithinInterval,
  meanAndVariance,
  runSource,
} from './demandTestSupport.ts';

describe('batchArrivals', () => {
  it('offers each batch as one arrival with count = the batch size', () => {
    // u = 1 − e⁻¹ makes every gap 1 / rate = 2 h exactly: batches of 4 at 2, 4, 6.
    const source = batchArrivals({ ratePerHour: 0.5, batchSize: 4 });
    const { offered } = runSource(source, 7, 'unused', { rng: () => 1 - Math.exp(-1) });
    expect(offered.map(({ time, arrival }) => [Number(time.toFixed(12)), arrival.count])).toEqual([
      [2, 4],
      [4, 4],
      [6, 4],
    ]);
    expect(source.meanRatePerHour).toBe(2);
  });

  it('brings batches at the Poisson rate with sizes of the given mean (20 000 hours)', () => {
    // Sizes from {1, 2, 3, 4}: mean 2.5, variance 1.25; batches Poisson with mean 2 per hour.
    const hours = 20_000;
    const source = batchArrivals({ ratePerHour: 2, batchSize: empirical({ values: [1, 2, 3, 4] }) });
    const { offered } = runSource(source, hours, 'batch sizes');
    expectWithinInterval(offered.length, 2 * hours, Math.sqrt(2 * hours), 'batches');
    const sizes = offered.map(({ arrival }) => arrival.count);
    expectWithinInterval(meanAndVariance(sizes).mean, 2.5, Math.sqrt(1.25 / sizes.length), 'mean batch size');
    expect(source.meanRatePerHour).toBe(5);
  });

  it('rounds sampled sizes to whole numbers of at least 1', () => {
    const source = batchArrivals({ ratePerHour: 1, batchSize: uniform({ min: 0, max: 3 }) });
    const counts = new Set(
      runSource(source, 500, 'batch rounding').offered.map(({ arrival }) => arrival.count),
    );
    expect([...counts].sort()).toEqual([1, 2, 3]);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => batchArrivals(parameters as BatchArrivalsParameters);
    expectDemandParameterError(build({ ratePerHour: -1, batchSize: 2 }), 'ratePerHour', '-1');
    expectDemandParameterError(build({ ratePerHour: 1, batchSize: 0 }), 'batchSize', '0');
    expectDemandParameterError(build({ ratePerHour: 1, batchSize: 2.5 }), 'batchSize', '2.5');
    expectDemandParameterError(build({ ratePerHour: 1 }), 'batchSize', 'undefined');
    expect(build({ ratePerHour: 1, batchSize: 2.5 })).toThrow(
      'batchArrivals: batchSize must be a whole number >= 1, got 2.5',
    );
  });
});
