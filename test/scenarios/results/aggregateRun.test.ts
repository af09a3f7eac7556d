// aggregateRun against figures computed by hand from the replications themselves: means of replication
// means and their t intervals, the pooled standard deviation of every item, pooled percentiles within one
// bin, utilisation, service level, series, and null (never NaN) where nothing was observed.
import { describe, expect, it } from 'vitest';
import { constant, createServiceModel, poissonArrivals } from '../../../engine/index.ts';
import { aggregateRun } from '../../../scenarios/results/aggregateRun.ts';
import {
  exactQuantile,
  nonFiniteNumbers,
  runReplications,
  sampleStandardDeviation,
  twoStepModel,
} from './replicationRuns.ts';

/** t(0.975, 4), for 5 replications: 2.776445 (confirmed in R: qt(0.975, 4)). */
const T_975_4 = 2.776445;
const PLAN = { seed: 11, replications: 5, hours: 24 * 7 * 4, warmUpHours: 48 };
const runs = runReplications(twoStepModel(), PLAN);
const results = runs.summaries.map((summary) => summary.results);
const document = aggregateRun({
  scenario: 'two steps',
  seed: PLAN.seed,
  summaries: runs.summaries,
  serviceDesks: [{ answerTargetHours: 0.25 }],
});

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The mean and 95% interval of five values, by the t formula. */
function byHand(values: readonly number[]): { mean: number; lower: number; upper: number } {
  const centre = mean(values);
  const halfWidth = (T_975_4 * sampleStandardDeviation(values)) / Math.sqrt(values.length);
  return { mean: centre, lower: centre - halfWidth, upper: centre + halfWidth };
}

function expectMeanAndInterval(
  metric: { mean: number | null; ci95: readonly [number, number] | null },
  values: number[],
): void {
  const expected = byHand(values);
  expect(metric.mean).toBeCloseTo(expected.mean, 10);
  expect(metric.ci95?.[0]).toBeCloseTo(expected.lower, 5);
  expect(metric.ci95?.[1]).toBeCloseTo(expected.upper, 5);
}

function observed(value: number | null): number {
  if (value === null) throw new Error('expected a value');
  return value;
}

describe('aggregateRun', () => {
  it('gives the mean of the replications’ mean lead times and waits, with their t intervals', () => {
    expect(document.reps).toBe(5);
    expectMeanAndInterval(
      document.metrics.leadTime,
      results.map((run) => observed(run.endToEnd.meanLeadTime)),
    );
    expectMeanAndInterval(
      document.metrics.waitTime,
      results.map((run) => observed(run.endToEnd.meanQueueTime)),
    );
  });

  it('pools every item’s lead time and wait into one standard deviation and count', () => {
    const leadTimes = runs.leadTimes.flat();
    const waits = runs.waits.flat();
    expect(document.metrics.leadTime.count).toBe(leadTimes.length);
    expect(leadTimes.length).toBe(results.reduce((sum, run) => sum + run.endToEnd.count, 0));
    expect(document.metrics.leadTime.sd).toBeCloseTo(sampleStandardDeviation(leadTimes), 9);
    expect(document.metrics.waitTime.sd).toBeCloseTo(sampleStandardDeviation(waits), 9);
  });

  it('reads pooled percentiles within one bin (1%) of the exact ones', () => {
    for (const [metric, values] of [
      [document.metrics.leadTime, runs.leadTimes.flat()],
      [document.metrics.waitTime, runs.waits.flat()],
    ] as const) {
      for (const [key, probability] of [
        ['p50', 0.5],
        ['p85', 0.85],
        ['p95', 0.95],
      ] as const) {
        const exact = exactQuantile(values, probability);
        expect(Math.abs(observed(metric[key]) - exact), `${key}`).toBeLessThanOrEqual(0.01 * exact + 1e-6);
      }
    }
  });

  it('gives throughput per week, utilisation and handoffs as means over replications', () => {
    expect(document.metrics.throughput.unit).toBe('items/week');
    expectMeanAndInterval(
      document.metrics.throughput,
      results.map((run) => (run.endToEnd.count / run.measuredHours) * 168),
    );
    expectMeanAndInterval(
      document.metrics.utilisation,
      results.map(
        (run) =>
          run.people.reduce((sum, person) => sum + person.busyHours, 0) /
          run.people.reduce((sum, person) => sum + person.availableHours, 0),
      ),
    );
    expectMeanAndInterval(
      document.metrics.handoffs,
      results.map((run) => observed(run.endToEnd.meanHandoffs)),
    );
  });

  it('breaks utilisation down by team and person with busy, idle and off-shift hours', () => {
    const { byTeam, byPerson } = document.metrics.utilisation;
    expect(Object.keys(byTeam)).toEqual(['desk', 'apps']);
    expect(Object.keys(byPerson)).toHaveLength(5);
    expectMeanAndInterval(
      byTeam.apps ?? { mean: null, ci95: null },
      results.map((run) => observed(run.teams[1]?.utilisation ?? null)),
    );
    const deskPeople = (run: (typeof results)[number]) =>
      run.people.filter((person) => person.team === 'desk');
    expect(byTeam.desk?.idleHours).toBeCloseTo(
      mean(results.map((run) => deskPeople(run).reduce((sum, person) => sum + person.idleHours, 0))),
      9,
    );
    expect(byTeam.desk?.offShiftHours).toBe(0); // no calendars: everyone works around the clock
    const firstPerson = results[0]?.people[0];
    expect(byPerson[firstPerson?.name ?? '']).toMatchObject({ team: 'desk' });
    expect(byPerson[firstPerson?.name ?? '']?.busyHours).toBeCloseTo(
      mean(results.map((run) => run.people[0]?.busyHours ?? Number.NaN)),
      9,
    );
  });

  it('gives the first service desk’s service level, overall and by hour of day', () => {
    const serviceLevel = document.metrics.serviceLevel;
    expect(serviceLevel).toMatchObject({ valueStream: 'support', step: 'log', target: 0.25 });
    expectMeanAndInterval(
      serviceLevel ?? { mean: null, ci95: null },
      results.map((run) => observed(run.desks[0]?.serviceLevel ?? null)),
    );
    expect(serviceLevel?.byHourOfDay).toHaveLength(24);
    expect(serviceLevel?.byHourOfDay[9]).toBeCloseTo(
      mean(results.map((run) => observed(run.desks[0]?.byHourOfDay[9]?.serviceLevel ?? null))),
      12,
    );
  });

  it('gives each work type its own lead time, wait and throughput', () => {
    expect(Object.keys(document.byType)).toEqual(['incident', 'request']);
    const counts = Object.values(document.byType).map((type) => type.leadTime.count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(document.metrics.leadTime.count);
    expectMeanAndInterval(
      document.byType.request?.leadTime ?? { mean: null, ci95: null },
      results.map((run) => observed(run.byType[1]?.flow.meanLeadTime ?? null)),
    );
    expectMeanAndInterval(
      document.byType.incident?.throughput ?? { mean: null, ci95: null },
      results.map((run) => run.byType[0]?.throughputPerWeek ?? Number.NaN),
    );
  });

  it('carries the pooled histograms, open items’ ages included, and the open items at the end', () => {
    expect(document.distributions.leadTime.count).toBe(document.metrics.leadTime.count);
    expect(document.distributions.byType.incident?.waitTime.count).toBe(
      document.byType.incident?.waitTime.count,
    );
    const open = results.map((run) => run.openItems.count);
    expect(document.distributions.openAge.count).toBe(open.reduce((sum, count) => sum + count, 0));
    expectMeanAndInterval(document.openAtEnd, open);
    expect(document.openAtEnd.note).toMatch(/finished items only/);
  });

  it('gives the series as the mean over replications at the replications’ sample times', () => {
    const first = results[0]?.samples;
    expect(document.series.time).toEqual(first?.time);
    // A sample a day from 24 h; the run ends at 672 h before the sample due then.
    expect(document.series.time).toHaveLength(27);
    expect(document.series.time.at(-1)).toBe(648);
    expect(document.series.wip.mean[3]).toBeCloseTo(
      mean(results.map((run) => run.samples.wip[3] ?? Number.NaN)),
      12,
    );
    expect(Object.keys(document.series.steps)).toEqual(['support/log', 'support/fix']);
    expect(document.series.streams.support?.completions.mean[26]).toBeCloseTo(
      mean(results.map((run) => run.samples.completions[0]?.[26] ?? Number.NaN)),
      12,
    );
  });

  it('writes no NaN or infinite number anywhere, and no forecast without a backlog', () => {
    expect(nonFiniteNumbers(document)).toEqual([]);
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(document.forecast).toBeUndefined();
  });

  it('does not depend on the order the summaries arrive in', () => {
    const reversed = aggregateRun({
      scenario: 'two steps',
      seed: PLAN.seed,
      summaries: [...runs.summaries].reverse(),
      serviceDesks: [{ answerTargetHours: 0.25 }],
    });
    expect(reversed).toEqual(document);
  });

  it('refuses no summaries and a replication summarised twice', () => {
    expect(() => aggregateRun({ scenario: 'x', seed: 1, summaries: [] })).toThrow(/at least one/);
    const twice = [...runs.summaries, ...runs.summaries.slice(0, 1)];
    expect(() => aggregateRun({ scenario: 'x', seed: 1, summaries: twice })).toThrow(
      /replication 0 is summarised twice/,
    );
  });

  it('gives null, never NaN, for measures nobody observed', () => {
    // One item a week of 500 hours' work: nothing completes in a 100-hour run.
    const stuck = createServiceModel({
      teams: [{ name: 'team', preset: { shape: 'I', skills: ['work'], count: 1 } }],
      valueStreams: [{ name: 'flow', steps: [{ name: 'work', teams: ['team'], skill: 'work' }] }],
      workTypes: [
        {
          name: 'epic',
          valueStream: 'flow',
          arrivals: [poissonArrivals({ ratePerHour: 0.05 })],
          effort: { work: constant({ value: 500 }) },
        },
      ],
    });
    const single = runReplications(stuck, { seed: 3, replications: 1, hours: 100 });
    const empty = aggregateRun({ scenario: 'stuck', seed: 3, summaries: single.summaries });
    expect(empty.metrics.leadTime).toEqual({
      unit: 'hours',
      count: 0,
      mean: null,
      ci95: null,
      sd: null,
      p50: null,
      p85: null,
      p95: null,
    });
    expect(empty.metrics.handoffs).toEqual({ mean: null, ci95: null });
    expect(empty.metrics.throughput).toEqual({ unit: 'items/week', mean: 0, ci95: null });
    expect(empty.metrics.serviceLevel).toBeUndefined();
    expect(empty.openAtEnd.mean).toBeGreaterThan(0);
    expect(nonFiniteNumbers(empty)).toEqual([]);
  });

  it('keeps the means but has no spread or percentiles when item records are off', () => {
    const flat = runReplications(twoStepModel(), { ...PLAN, replications: 2, recordItems: false });
    const withoutRecords = aggregateRun({ scenario: 'flat', seed: PLAN.seed, summaries: flat.summaries });
    expect(withoutRecords.metrics.leadTime.mean).toBeCloseTo(
      mean(flat.summaries.map((summary) => observed(summary.results.endToEnd.meanLeadTime))),
      12,
    );
    expect(withoutRecords.metrics.leadTime).toMatchObject({
      count: 0,
      sd: null,
      p50: null,
      p85: null,
      p95: null,
    });
    expect(nonFiniteNumbers(withoutRecords)).toEqual([]);
  });
});
