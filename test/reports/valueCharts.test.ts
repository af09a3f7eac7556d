// The value waterfall walks the ledger's own identity, potential = realised + leakage + open at end, and
// return = realised - cost: its bars must end where the account says.
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { leakageByCause, valueWaterfall } from '../../reports/charts/valueCharts.ts';
import { valueLeakageComparison, valueLeakageRun } from './reportFixtures.ts';

interface Step {
  readonly scenario: string;
  readonly step: string;
  readonly start: number;
  readonly end: number;
}

function stepsOf(spec: TopLevelSpec): Step[] {
  return (spec as { data: { values: Step[] } }).data.values;
}

describe('valueWaterfall', () => {
  it('steps down from potential through each leak and the open value to realised, then cost to return', () => {
    const run = valueLeakageRun();
    const steps = stepsOf(valueWaterfall([run])!.spec);
    const byName = new Map(steps.map((step) => [step.step, step]));
    const lastLeak = steps
      .filter((step) => step.step.startsWith('lost:') || step.step === 'open at end')
      .at(-1)!;
    const realised = run.value.realised.mean!;
    // The last leak ends at realised value, up to the rounding to 4 significant digits of the chart's data.
    expect(Math.abs(lastLeak.end - realised) / realised).toBeLessThan(2e-3);
    expect(byName.get('potential')?.end).toBeCloseTo(run.value.potential.mean!, -4);
    expect(byName.get('cost')?.end).toBeCloseTo(byName.get('return')!.end, -4);
  });

  it('is left out when no scenario has potential value', () => {
    const run = valueLeakageRun();
    expect(
      valueWaterfall([{ ...run, value: { ...run.value, potential: { mean: 0, ci95: [0, 0] } } }]),
    ).toBeUndefined();
  });
});

describe('leakageByCause', () => {
  it('shows only causes that leaked in some scenario, for every scenario', () => {
    const input = valueLeakageComparison();
    const rows = (
      leakageByCause(input.runs)!.spec as { data: { values: { scenario: string; cause: string }[] } }
    ).data.values;
    const causes = new Set(rows.map((row) => row.cause));
    expect(causes.has('delay')).toBe(true);
    expect(causes.has('refused')).toBe(false);
    expect(rows.length).toBe(causes.size * input.runs.length);
  });
});
