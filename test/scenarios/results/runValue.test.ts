// The value of a run and of a comparison against an account worked by hand: two features of 10 hours each
// in a backlog, one or two people, a service with no incidents; and the value block of the summaries.
import { describe, expect, it } from 'vitest';
import {
  constant,
  createServiceModel,
  exponential,
  poissonArrivals,
  type ServiceModel,
} from '../../../engine/index.ts';
import { aggregateRun } from '../../../scenarios/results/aggregateRun.ts';
import { compareRuns } from '../../../scenarios/results/compareRuns.ts';
import { formatComparison } from '../../../scenarios/results/formatComparison.ts';
import { formatRunSummary } from '../../../scenarios/results/formatRunSummary.ts';
import {
  nonFiniteNumbers,
  runReplications,
  sampleStandardDeviation,
  twoStepModel,
} from './replicationRuns.ts';

/** t(0.975, 3), for 4 replications (confirmed with SciPy: scipy.stats.t.ppf(0.975, 3)). */
const T_975_3 = 3.1824463052837078;

/**
 * People who cost 10 an hour work a backlog of two features (10 h of work each, worth 2 an hour over a
 * value life of 100 h from time 0); a service is worth 3 an hour and no incident hits it.
 */
function featureModel(people: number): ServiceModel {
  return createServiceModel({
    teams: [{ name: 'team', preset: { shape: 'I', skills: ['build'], count: people, costPerHour: 10 } }],
    valueStreams: [{ name: 'delivery', steps: [{ name: 'build', teams: ['team'], skill: 'build' }] }],
    workTypes: [
      {
        name: 'feature',
        valueStream: 'delivery',
        arrivals: [],
        effort: { build: constant({ value: 10 }) },
        valuePerHour: 2,
        valueLifeHours: 100,
      },
    ],
    services: [{ name: 'mail', valuePerHour: 3 }],
  });
}

/** Three replications of 50 h, no warm-up, the two features offered at time 0. */
const PLAN = {
  seed: 7,
  replications: 3,
  hours: 50,
  backlog: { type: 'feature', count: 2, doneByHours: [], drain: false },
};
const one = runReplications(featureModel(1), PLAN);
const two = runReplications(featureModel(2), PLAN);

/** Every replication is the same (no randomness is drawn): the mean is the figure, the interval a point. */
function exactly(figure: { mean: number | null; ci95: readonly [number, number] | null }, amount: number) {
  expect(figure.mean).toBeCloseTo(amount, 9);
  expect(figure.ci95?.[0]).toBeCloseTo(amount, 9);
  expect(figure.ci95?.[1]).toBeCloseTo(amount, 9);
}

describe('runValue', () => {
  // By hand, one person: feature 1 is worked 0-10 h, feature 2 waits 0-10 h and is worked 10-20 h.
  // Potential 2 x 100 x 2 = 400 from the features, 3 x 50 = 150 from the service: 550.
  // Delay: 2 x 10 = 20 (worked) and 2 x 20 = 40 (20 waiting, 20 worked): 60.
  // Realised by 50 h: 2 x 40 + 2 x 30 = 140 from the features, 150 from the service: 290.
  // Open at end: each feature's life after 50 h, 2 x 50 x 2 = 200. 550 = 290 + 60 + 200.
  // Cost: 50 h x 10 = 500; return 290 - 500 = -210.
  const value = aggregateRun({ scenario: 'one person', seed: 7, summaries: one.summaries }).value;

  it('gives potential, realised, delay, open at end, cost and return as worked by hand', () => {
    exactly(value.potential, 550);
    exactly(value.realised, 290);
    exactly(value.leakage.delay, 60);
    exactly(value.openAtEnd, 200);
    exactly(value.cost, 500);
    exactly(value.return, -210);
    for (const cause of ['outage', 'abandonment', 'refused', 'stopped', 'poorAdoption', 'nonConformance'])
      exactly(value.leakage[cause as keyof typeof value.leakage], 0);
  });

  it('splits the delay into its parts: 20 waiting, 40 worked', () => {
    exactly(value.delayParts.waiting, 20);
    exactly(value.delayParts.worked, 40);
    exactly(value.delayParts.handedOver, 0);
    exactly(value.delayParts.blocked, 0);
    exactly(value.delayParts.other, 0);
  });

  it('lists the figures in the documented order and the five objectives with their measures', () => {
    expect(Object.keys(value)).toEqual([
      'potential',
      'realised',
      'leakage',
      'delayParts',
      'openAtEnd',
      'cost',
      'return',
      'objectives',
    ]);
    expect(Object.keys(value.leakage)).toEqual([
      'delay',
      'outage',
      'abandonment',
      'refused',
      'stopped',
      'poorAdoption',
      'nonConformance',
    ]);
    expect(value.objectives.map((objective) => objective.objective)).toEqual([
      'valuable investment',
      'fast development',
      'resilient operations',
      'co-created value',
      'assured conformance',
    ]);
    for (const objective of value.objectives) expect(objective.measure.length).toBeGreaterThan(0);
    // 550 over 50 h is 550 / (50 / 168) a week; delay 60 of the features' 400; no outage of the service.
    exactly(value.objectives[0]!, (550 * 168) / 50);
    exactly(value.objectives[1]!, 60 / 400);
    exactly(value.objectives[2]!, 0);
  });

  it('gives the means of replications that differ with their t interval, by hand', () => {
    // Incidents at 1/h take half of a service worth 100/h until fixed (about 30 min by one of two people).
    const incidents = createServiceModel({
      teams: [{ name: 'desk', preset: { shape: 'I', skills: ['fix'], count: 2 } }],
      valueStreams: [{ name: 'support', steps: [{ name: 'fix', teams: ['desk'], skill: 'fix' }] }],
      workTypes: [
        {
          name: 'incident',
          category: 'incident',
          valueStream: 'support',
          arrivals: [poissonArrivals({ ratePerHour: 1 })],
          effort: { fix: exponential({ mean: 0.5 }) },
          service: { name: 'mail', impact: 0.5 },
        },
      ],
      services: [{ name: 'mail', valuePerHour: 100 }],
    });
    const runs = runReplications(incidents, { seed: 3, replications: 4, hours: 200, warmUpHours: 20 });
    const document = aggregateRun({ scenario: 'incidents', seed: 3, summaries: runs.summaries });
    const outages = runs.summaries.map((summary) => summary.value.leakage.outage);
    const centre = outages.reduce((sum, outage) => sum + outage, 0) / 4;
    const halfWidth = (T_975_3 * sampleStandardDeviation(outages)) / 2;
    expect(new Set(outages).size).toBe(4);
    expect(document.value.leakage.outage.mean).toBeCloseTo(centre, 9);
    expect(document.value.leakage.outage.ci95?.[0]).toBeCloseTo(centre - halfWidth, 6);
    expect(document.value.leakage.outage.ci95?.[1]).toBeCloseTo(centre + halfWidth, 6);
    exactly(document.value.potential, 100 * 180);
    // Each replication books all of its potential, so the means do too.
    expect(document.value.realised.mean! + centre).toBeCloseTo(100 * 180, 6);
  });
});

describe('compareRuns value', () => {
  // By hand, two people: both features are worked 0-10 h. Delay 2 x 10 x 2 = 40, all worked; realised
  // 2 x 2 x 40 + 150 = 310; open 200; cost 2 x 50 x 10 = 1 000; return -690.
  const document = compareRuns([
    { name: 'one person', summaries: one.summaries },
    { name: 'two people', summaries: two.summaries },
  ]);
  const diff = document.variants[1]?.diff?.value;

  it("gives each variant's value and the paired difference of every figure", () => {
    exactly(document.variants[1]!.value.realised, 310);
    expect(document.variants[0]?.diff).toBeNull();
    exactly(diff!.potential!, 0);
    expect(diff?.realised).toMatchObject({ mean: 20, ci95: [20, 20], pairs: 3 });
    expect(diff?.realised?.relative).toBeCloseTo(20 / 290, 12);
    expect(diff?.leakage.delay).toMatchObject({ mean: -20, pairs: 3 });
    expect(diff?.delayParts.waiting).toMatchObject({ mean: -20 });
    expect(diff?.delayParts.worked?.mean).toBeCloseTo(0, 9);
    expect(diff?.openAtEnd?.mean).toBeCloseTo(0, 9);
    expect(diff?.cost).toMatchObject({ mean: 500 });
    expect(diff?.return?.mean).toBeCloseTo(-480, 9);
    expect(Object.keys(diff ?? {})).toEqual([
      'potential',
      'realised',
      'leakage',
      'delayParts',
      'openAtEnd',
      'cost',
      'return',
    ]);
    expect(nonFiniteNumbers(document)).toEqual([]);
  });

  it('shows a value block in the comparison, with one sentence per variant', () => {
    const text = formatComparison(document);
    expect(text).toContain('value (money, means)');
    expect(text).toContain(
      'Variant two people: realised +20.00 (95% CI +20.00 to +20.00), delay leakage -20.00 (95% CI -20.00 to -20.00), return -480.0 (95% CI -480.0 to -480.0).',
    );
  });
});

describe('the value block of the summaries', () => {
  it('shows potential, the causes that leaked, open at end, cost, return and the parts of delay', () => {
    const text = formatRunSummary(
      aggregateRun({ scenario: 'one person', seed: 7, summaries: one.summaries }),
    );
    const block = text.slice(text.indexOf('value (money)'), text.indexOf('\n\nForecast'));
    expect(block.split('\n').map((line) => line.split(/\s{2,}/).slice(0, 2))).toEqual([
      ['value (money)', 'mean'],
      ['potential', '550.0'],
      ['realised', '290.0'],
      ['leaked: delay', '60.00'],
      ['open at end', '200.0'],
      ['cost', '500.0'],
      ['return', '-210.0'],
      ['Delay leakage: 33.3% waiting, 66.7% worked.'],
    ]);
  });

  it('is left out when no replication had potential value, so such scenarios print as before', () => {
    const runs = runReplications(twoStepModel(), { seed: 3, replications: 2, hours: 100 });
    const summary = formatRunSummary(
      aggregateRun({ scenario: 'two steps', seed: 3, summaries: runs.summaries }),
    );
    expect(summary).not.toContain('value (money)');
    const comparison = formatComparison(
      compareRuns([
        { name: 'a', summaries: runs.summaries },
        { name: 'b', summaries: runs.summaries },
      ]),
    );
    expect(comparison).not.toContain('value (money');
  });
});
