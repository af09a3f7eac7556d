// compareRuns: every scenario's metrics, the baseline first, and the variants' differences paired
// replication by replication, checked against the paired-t formula worked by hand.
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../scenarios/results/compareRuns.ts';
import { formatComparison, leadTimeSentence } from '../../../scenarios/results/formatComparison.ts';
import {
  nonFiniteNumbers,
  runReplications,
  sampleStandardDeviation,
  twoStepModel,
} from './replicationRuns.ts';

/** t(0.975, 4), for 5 pairs: 2.776445 (confirmed in R: qt(0.975, 4)). */
const T_975_4 = 2.776445;
const PLAN = { seed: 21, replications: 5, hours: 24 * 7 * 3, warmUpHours: 48 };
const baseline = runReplications(twoStepModel(2), PLAN);
const variant = runReplications(twoStepModel(3), PLAN);
const document = compareRuns([
  { name: 'two at the desk', summaries: baseline.summaries },
  { name: 'three at the desk', summaries: variant.summaries },
]);

function values(
  runs: typeof baseline,
  read: (results: (typeof baseline.summaries)[number]['results']) => number | null,
) {
  return runs.summaries.map((summary) => read(summary.results) ?? Number.NaN);
}

describe('compareRuns', () => {
  it('lists every scenario, the baseline first with no difference', () => {
    expect(document.baseline).toBe('two at the desk');
    expect(document.variants.map((entry) => [entry.scenario, entry.reps])).toEqual([
      ['two at the desk', 5],
      ['three at the desk', 5],
    ]);
    expect(document.variants[0]?.diff).toBeNull();
    expect(nonFiniteNumbers(document)).toEqual([]);
  });

  it('pairs the mean lead times replication by replication (paired t, by hand)', () => {
    const before = values(baseline, (results) => results.endToEnd.meanLeadTime);
    const after = values(variant, (results) => results.endToEnd.meanLeadTime);
    const differences = after.map((value, index) => value - (before[index] ?? Number.NaN));
    const mean = differences.reduce((sum, value) => sum + value, 0) / 5;
    const halfWidth = (T_975_4 * sampleStandardDeviation(differences)) / Math.sqrt(5);
    const baselineMean = before.reduce((sum, value) => sum + value, 0) / 5;
    const leadTime = document.variants[1]?.diff?.leadTime;
    expect(leadTime?.mean).toBeCloseTo(mean, 10);
    expect(leadTime?.ci95?.[0]).toBeCloseTo(mean - halfWidth, 5);
    expect(leadTime?.ci95?.[1]).toBeCloseTo(mean + halfWidth, 5);
    expect(leadTime?.relative).toBeCloseTo(mean / baselineMean, 10);
    expect(leadTime?.pairs).toBe(5);
    expect(mean).toBeLessThan(0); // a third person at the desk cuts the wait for it
  });

  it('pairs waits, throughput, utilisation, handoffs, service level and the lead time’s p85, and value', () => {
    const diff = document.variants[1]?.diff;
    expect(Object.keys(diff ?? {}).sort()).toEqual(
      [
        'handoffs',
        'leadTime',
        'leadTimeP85',
        'reassignedLeadTime',
        'reassignments',
        'resolvedWithoutReassignment',
        'serviceLevel',
        'throughput',
        'utilisation',
        'value',
        'waitTime',
      ].sort(),
    );
    const p85 = (runs: typeof baseline) =>
      values(runs, (results) => results.percentiles.leadTime?.p85 ?? null);
    const differences = p85(variant).map((value, index) => value - (p85(baseline)[index] ?? Number.NaN));
    expect(diff?.leadTimeP85?.mean).toBeCloseTo(differences.reduce((sum, value) => sum + value, 0) / 5, 10);
    expect(diff?.serviceLevel?.mean).toBeGreaterThan(0);
    const firstTimeFix = (runs: typeof baseline) =>
      values(runs, (results) => results.support.resolvedWithoutReassignment);
    const fixDifferences = firstTimeFix(variant).map(
      (value, index) => value - (firstTimeFix(baseline)[index] ?? Number.NaN),
    );
    expect(diff?.resolvedWithoutReassignment?.mean).toBeCloseTo(
      fixDifferences.reduce((sum, value) => sum + value, 0) / 5,
      10,
    );
  });

  it('refuses runs of different replications', () => {
    expect(() =>
      compareRuns([
        { name: 'a', summaries: baseline.summaries },
        { name: 'b', summaries: variant.summaries.slice(1) },
      ]),
    ).toThrow(/pairs need the same replications/);
    expect(() => compareRuns([])).toThrow(/at least one run/);
  });

  it('reads as a table and one sentence per variant', () => {
    const text = formatComparison(document);
    expect(text).toMatch(/^Baseline: two at the desk/);
    expect(text).toMatch(
      /Variant three at the desk cuts mean lead time by \d+\.\d\d h \(95% CI .* h\), \d+\.\d% less than the baseline\./,
    );
  });
});

describe('leadTimeSentence', () => {
  it('tells a cut as a positive amount with its interval turned round', () => {
    expect(leadTimeSentence('X', { mean: -1.23, ci95: [-1.45, -1.01], relative: -0.23, pairs: 20 })).toBe(
      'Variant X cuts mean lead time by 1.23 h (95% CI 1.01 to 1.45 h), 23.0% less than the baseline.',
    );
  });

  it('tells a rise, an interval that includes 0, and nothing to compare', () => {
    expect(leadTimeSentence('Y', { mean: 0.5, ci95: [-0.1, 1.1], relative: null, pairs: 5 })).toBe(
      'Variant Y raises mean lead time by 0.500 h (95% CI -0.100 to 1.10 h). The interval includes 0: the difference may be chance.',
    );
    expect(leadTimeSentence('Z', null)).toBe(
      'Variant Z: no lead time to compare (no item completed in both).',
    );
  });
});
