// The series band across replications on hand-made samples: the mean and the 5% and 95% type-7 quantiles
// at each time, replications that stopped early, and samples taken at different times refused.
import { describe, expect, it } from 'vitest';
import { runSeries } from '../../../scenarios/results/runSeries.ts';

/** One replication's samples over one step of one stream, from its WIP values (the others derived). */
function samples(wip: readonly number[]) {
  return {
    time: wip.map((_, index) => 24 * (index + 1)),
    wip,
    queueLength: [wip.map((value) => value / 2)],
    stepWip: [wip],
    arrivals: [wip.map((value, index) => value + 10 * index)],
    completions: [wip.map((_, index) => 10 * index)],
  };
}

const NAMES = { steps: ['support/resolve'], streams: ['support'] };

describe('runSeries', () => {
  it('gives the mean and the 5-95% band at each time', () => {
    const series = runSeries([samples([1, 10]), samples([2, 20]), samples([4, 40])], NAMES);
    expect(series.time).toEqual([24, 48]);
    expect(series.replications).toEqual([3, 3]);
    // At 24 h the values are 1, 2, 4: mean 7/3; type 7 with h = 2p: p5 = 1 + 0.1 · 1 = 1.1, p95 = 2 + 0.9 · 2 = 3.8.
    expect(series.wip.mean[0]).toBeCloseTo(7 / 3, 12);
    expect(series.wip.p5[0]).toBeCloseTo(1.1, 12);
    expect(series.wip.p95[0]).toBeCloseTo(3.8, 12);
    // At 48 h: 10, 20, 40, ten times as much.
    expect(series.wip.mean[1]).toBeCloseTo(70 / 3, 12);
    expect(series.wip.p5[1]).toBeCloseTo(11, 12);
    expect(series.wip.p95[1]).toBeCloseTo(38, 12);
    expect(series.steps['support/resolve']?.queueLength.mean[0]).toBeCloseTo(7 / 6, 12);
    expect(series.steps['support/resolve']?.wip.p95[1]).toBeCloseTo(38, 12);
    expect(series.streams.support?.arrivals.mean[1]).toBeCloseTo(70 / 3 + 10, 12);
    expect(series.streams.support?.completions).toEqual({ mean: [0, 10], p5: [0, 10], p95: [0, 10] });
  });

  it('averages late samples over the replications still running', () => {
    const series = runSeries([samples([1, 10, 100]), samples([3])], NAMES);
    expect(series.time).toEqual([24, 48, 72]);
    expect(series.replications).toEqual([2, 1, 1]);
    expect(series.wip.mean).toEqual([2, 10, 100]);
  });

  it('refuses replications sampled at different times', () => {
    const shifted = { ...samples([1, 2]), time: [12, 36] };
    expect(() => runSeries([samples([1, 2]), shifted], NAMES)).toThrow(/replication 1 sampled at 12 h/);
  });

  it('is empty without samples', () => {
    expect(runSeries([samples([])], NAMES).time).toEqual([]);
  });
});
