// Every chart a report can hold, built from real run, compare and sweep documents and a hand-made
// history block: each compiles with vega-lite without a warning and renders to SVG with marks in Node.
import { describe, expect, it } from 'vitest';
import { compileChart, type ReportChart, renderSvg, reportCharts } from '../../reports/index.ts';
import {
  forecastRun,
  handMadeHistory,
  serviceDeskRun,
  utilisationSweep,
  valueLeakageComparison,
  valueLeakageRun,
} from './reportFixtures.ts';

const items = Array.from({ length: 200 }, (_, index) => ({
  workType: index % 3 === 0 ? 'feature' : 'incident',
  finishHours: 168 + index * 4,
  leadTimeHours: 1 + (index % 17),
}));

const charts = new Map<string, ReportChart>();
for (const chart of [
  ...reportCharts({ kind: 'run', runs: [{ ...valueLeakageRun(), history: handMadeHistory() }], items }),
  ...reportCharts(valueLeakageComparison()),
  ...reportCharts({ kind: 'run', runs: [serviceDeskRun()] }),
  ...reportCharts({ kind: 'run', runs: [forecastRun()] }),
  ...reportCharts({ kind: 'sweep', runs: [], sweep: utilisationSweep() }),
]) {
  if (!charts.has(chart.name)) charts.set(chart.name, chart);
}

/** Every chart the issue asks for, by file name. */
const EXPECTED = [
  'lead-time-histogram',
  'lead-time-cumulative',
  'lead-time-by-type',
  'control-chart',
  'throughput-run-chart',
  'wip-over-time',
  'queue-length-over-time',
  'utilisation-by-team',
  'utilisation-by-person',
  'value-waterfall',
  'leakage-by-cause',
  'comparison-intervals',
  'difference-intervals',
  'sweep-lead-time',
  'sweep-wait-by-utilisation',
  'service-level-by-hour',
  'aging-wip',
  'forecast-completion',
  'history-lead-time',
  'history-arrivals-by-hour-of-week',
  'history-reassignments',
  'reassignments',
];

describe('reportCharts', () => {
  it('draws every chart of the issue from the documents that have its data', () => {
    const names = [...charts.keys()];
    expect(names.filter((name) => !name.startsWith('cumulative-flow-')).sort()).toEqual([...EXPECTED].sort());
    expect(names.some((name) => name.startsWith('cumulative-flow-'))).toBe(true);
  });

  it('leaves out what a document lacks: no history, forecast, sweep or comparison charts for a plain run', () => {
    const names = reportCharts({ kind: 'run', runs: [valueLeakageRun()] }).map((chart) => chart.name);
    expect(names).not.toContain('history-lead-time');
    expect(names).not.toContain('forecast-completion');
    expect(names).not.toContain('difference-intervals');
    expect(names).not.toContain('control-chart');
    expect(names).toContain('value-waterfall');
  });

  it('sets the export’s shares of tickets by reassignments beside the model’s', () => {
    const run = valueLeakageRun();
    const spec = charts.get('history-reassignments')?.spec as { data: { values: Record<string, unknown>[] } };
    const share = (source: string, reassignments: string) =>
      spec.data.values.find((row) => row.source === source && row.reassignments === reassignments)?.share;
    // The hand-made history: 62, 25, 8, 3 and 2 of 100 tickets.
    expect(share('ticket export', '0')).toBeCloseTo(0.62, 12);
    expect(share('ticket export', '4+')).toBeCloseTo(0.02, 12);
    expect(share(run.scenario, '1')).toBe(run.metrics.support.reassignments.shares['1'].mean);
  });

  it('draws each scenario’s shares of items by reassignments from its support metrics', () => {
    const { runs } = valueLeakageComparison();
    const spec = charts.get('reassignments')?.spec as { data: { values: Record<string, unknown>[] } };
    for (const run of runs) {
      const shares = spec.data.values.filter((row) => row.scenario === run.scenario).map((row) => row.share);
      (['0', '1', '2', '3', '4+'] as const).forEach((group, index) => {
        // The chart's data are rounded to four significant digits, for the same bytes every time.
        expect(Number(shares[index])).toBeCloseTo(
          run.metrics.support.reassignments.shares[group].mean ?? 0,
          3,
        );
      });
    }
    // A single run with an export's reassignment counts has the history chart instead.
    const withHistory = reportCharts({
      kind: 'run',
      runs: [{ ...valueLeakageRun(), history: handMadeHistory() }],
    });
    expect(withHistory.map((chart) => chart.name)).not.toContain('reassignments');
  });

  it('gives each chart a plain-words question as title and a unit or share on its axes', () => {
    for (const chart of charts.values()) {
      expect(chart.title, chart.name).toMatch(/\?$/);
      expect(JSON.stringify(chart.spec), chart.name).toMatch(
        /hours|weeks|%|money|items|tickets|hour of|reassignments/,
      );
    }
  });
});

describe.each([...charts.values()].map((chart) => [chart.name, chart] as const))(
  'chart %s',
  (name, chart) => {
    it('compiles with vega-lite without warnings', () => {
      expect(() => compileChart(name, chart.spec)).not.toThrow();
    });

    it('renders to SVG in Node with marks', async () => {
      const svg = await renderSvg(name, chart.spec);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toMatch(/<path|<line|<rect|<circle/);
      expect(svg).toContain(chart.title.replaceAll("'", '&#39;').replaceAll('&', '&amp;').slice(0, 20));
    });
  },
);
