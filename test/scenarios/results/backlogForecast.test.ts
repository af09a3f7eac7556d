// The backlog forecast on a case fixed by arithmetic: one person works a backlog of n items of constant
// effort e offered at time 0, with nothing else arriving, so the backlog is done at exactly n · e in every
// replication and k items are done by k · e.
import { describe, expect, it } from 'vitest';
import { startServiceReplication } from '../../../engine/index.ts';
import { aggregateRun } from '../../../scenarios/results/aggregateRun.ts';
import { backlogForecast, stopWhenBacklogDone } from '../../../scenarios/results/backlogForecast.ts';
import { formatRunSummary } from '../../../scenarios/results/formatRunSummary.ts';
import { backlogModel, nonFiniteNumbers, runReplications } from './replicationRuns.ts';

const ITEMS = 12;
const EFFORT = 2; // hours, a binary fraction, so that sums of it are exact
const DONE_BY = [0, 1, 2, 7, 8, 23, 24, 100]; // hours

describe('backlog forecast', () => {
  const runs = runReplications(backlogModel(EFFORT), {
    seed: 9,
    replications: 5,
    hours: 1_000,
    backlog: { type: 'feature', count: ITEMS, doneByHours: DONE_BY, drain: true },
  });
  const document = aggregateRun({ scenario: 'backlog', seed: 9, summaries: runs.summaries });

  it('stops each replication when the last backlog item is done, at n · e', () => {
    expect(runs.endTimes).toEqual([24, 24, 24, 24, 24]);
    for (const summary of runs.summaries) {
      expect(summary.forecast).toEqual({
        backlogCount: ITEMS,
        completionTime: ITEMS * EFFORT,
        doneBy: DONE_BY.map((hours) => ({ hours, done: Math.min(ITEMS, Math.floor(hours / EFFORT)) })),
      });
    }
  });

  it('gives the completion time n · e as every percentile, the mean and a zero-width interval', () => {
    expect(document.forecast).toMatchObject({ backlog: ITEMS, replications: 5, unfinished: 0 });
    expect(document.forecast?.completionTime).toEqual({
      unit: 'hours',
      mean: 24,
      ci95: [24, 24],
      p50: 24,
      p70: 24,
      p85: 24,
      p95: 24,
    });
    const byEight = document.forecast?.doneBy.find((entry) => entry.hours === 8);
    expect(byEight).toEqual({
      hours: 8,
      mean: 4,
      ci95: [4, 4],
      p50: 4,
      p70: 4,
      p85: 4,
      p95: 4,
      atLeast: { p50: 4, p70: 4, p85: 4, p95: 4 },
    });
    expect(nonFiniteNumbers(document)).toEqual([]);
    expect(formatRunSummary(document)).toMatch(/backlog of 12 items: done after 24.00 h on average/);
  });

  it('says when a run ends before its backlog is done', () => {
    const short = runReplications(backlogModel(EFFORT), {
      seed: 9,
      replications: 3,
      hours: 15,
      backlog: { type: 'feature', count: ITEMS, doneByHours: [10], drain: true },
    });
    const forecast = aggregateRun({ scenario: 'short', seed: 9, summaries: short.summaries }).forecast;
    expect(forecast).toMatchObject({ unfinished: 3, replications: 3 });
    expect(forecast?.completionTime).toMatchObject({ mean: null, ci95: null, p50: null, p95: null });
    expect(forecast?.doneBy[0]).toMatchObject({ hours: 10, mean: 5, p85: 5 });
    expect(
      formatRunSummary(aggregateRun({ scenario: 'short', seed: 9, summaries: short.summaries })),
    ).toMatch(/3 of 3 replications did not finish the backlog/);
  });
});

describe('stopWhenBacklogDone', () => {
  it('is false while a backlog item is open and true once all have left', () => {
    const live = startServiceReplication(backlogModel(EFFORT), { seed: 1, replication: 0, hours: 100 });
    const items = live.offerByName('feature', { count: 3 });
    const done = stopWhenBacklogDone(items);
    expect(done()).toBe(false);
    live.run(5);
    expect(done()).toBe(false);
    live.run(100, done);
    expect(live.simulation.now).toBe(6);
    expect(done()).toBe(true);
    expect(backlogForecast({ items, doneByHours: [5] })).toEqual({
      backlogCount: 3,
      completionTime: 6,
      doneBy: [{ hours: 5, done: 2 }],
    });
  });

  it('is true at once for an empty backlog', () => {
    expect(stopWhenBacklogDone([])()).toBe(true);
  });
});
