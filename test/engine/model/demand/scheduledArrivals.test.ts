// Tests of scheduledArrivals: calendar rules at exact times worked out by hand, late starts, listed
// times, the weekly mean rate, and parameter rules.
import { describe, expect, it } from 'vitest';
import {
  type ScheduledArrivalsParameters,
  scheduledArrivals,
} from '../../../../engine/model/demand/scheduledArrivals.ts';
import { expectDemandParameterError, runSource } from './demandTestSupport.ts';

const timesAndCounts = (offered: readonly { time: number; arrival: { count: number } }[]) =>
  offered.map(({ time, arrival }) => [time, arrival.count]);

describe('scheduledArrivals', () => {
  it('offers 5 items every Monday 09:00: at 9, 177 and 345 in three weeks', () => {
    const source = scheduledArrivals({ every: 168, at: 9, count: 5 });
    const { offered } = runSource(source, 3 * 168, 'unused');
    expect(timesAndCounts(offered)).toEqual([
      [9, 5],
      [177, 5],
      [345, 5],
    ]);
    expect(source.meanRatePerHour).toBe(5 / 168);
  });

  it('starts with the first occurrence at or after the clock', () => {
    const weekly = scheduledArrivals({ every: 168, at: 9, count: 5 });
    expect(timesAndCounts(runSource(weekly, 400, 'unused', { startAt: 10 }).offered)).toEqual([
      [177, 5],
      [345, 5],
    ]);
    expect(timesAndCounts(runSource(weekly, 200, 'unused', { startAt: 9 }).offered)).toEqual([
      [9, 5],
      [177, 5],
    ]);
  });

  it('keeps daily occurrences exact after thousands of periods (no drift from repeated addition)', () => {
    const daily = scheduledArrivals({ every: 24, at: 8.1 });
    const { offered } = runSource(daily, 24 * 5000, 'unused');
    expect(offered).toHaveLength(5000);
    expect(offered.at(-1)?.time).toBe(4999 * 24 + 8.1);
    expect(offered[0]?.arrival.count).toBe(1);
  });

  it('offers at listed times, sorted, skipping those before the clock', () => {
    const listed = scheduledArrivals({ times: [30, 6, 6, 200], count: 2 });
    expect(timesAndCounts(runSource(listed, 500, 'unused', { startAt: 5 }).offered)).toEqual([
      [6, 2],
      [6, 2],
      [30, 2],
      [200, 2],
    ]);
    // 8 items over weeks 0 and 1.
    expect(listed.meanRatePerHour).toBe(8 / 336);
  });

  it('rejects bad parameters with a message naming the field and the value', () => {
    const build = (parameters: unknown) => () => scheduledArrivals(parameters as ScheduledArrivalsParameters);
    expectDemandParameterError(build({ every: 0, at: 0 }), 'every', '0');
    expectDemandParameterError(build({ every: 168, at: 170 }), 'at', '170');
    expectDemandParameterError(build({ every: 168, at: -1 }), 'at', '-1');
    expectDemandParameterError(build({ every: 168, at: 9, count: 0 }), 'count', '0');
    expectDemandParameterError(build({ times: [1, Number.NaN] }), 'times[1]', 'NaN');
    expectDemandParameterError(build({ times: [1], every: 24 }), 'every', '24');
    expect(build({ every: 168, at: 170 })).toThrow(
      'scheduledArrivals: at must be a number in [0, 168), got 170',
    );
  });
});
