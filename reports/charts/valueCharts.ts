// Value charts: the waterfall from potential value through each leakage cause and the value still open
// to realised value, then cost and return; and the leakage by cause compared across scenarios.
import type { ReportRun } from '../reportInput.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

/** The leakage causes in the ledger's order, with the words a chart shows. */
export const LEAKAGE_WORDS: readonly (readonly [string, string])[] = [
  ['delay', 'delay'],
  ['outage', 'outage'],
  ['abandonment', 'abandonment'],
  ['refused', 'refused'],
  ['stopped', 'stopped'],
  ['poorAdoption', 'poor adoption'],
  ['nonConformance', 'non-conformance'],
];

/**
 * The waterfall of each scenario's value account (means over replications): potential, less each
 * leakage cause and the value still open at the end, gives realised; less cost gives return. Undefined
 * when no scenario has potential value.
 * @example
 * valueWaterfall([document])?.name; // => 'value-waterfall'
 */
export function valueWaterfall(runs: readonly ReportRun[]): ReportChart | undefined {
  const withValue = runs.filter((run) => (run.value.potential.mean ?? 0) > 0);
  if (withValue.length === 0) return undefined;
  const steps: string[] = [];
  const rows = withValue.flatMap((run) => {
    const value = run.value;
    const out: {
      scenario: string;
      step: string;
      kind: string;
      start: number;
      end: number;
      amount: number;
    }[] = [];
    const push = (step: string, kind: string, start: number, end: number) => {
      if (!steps.includes(step)) steps.push(step);
      out.push({
        scenario: run.scenario,
        step,
        kind,
        start: rounded(start),
        end: rounded(end),
        amount: rounded(end - start),
      });
    };
    let level = value.potential.mean ?? 0;
    push('potential', 'total', 0, level);
    for (const [cause, words] of LEAKAGE_WORDS) {
      const lost = value.leakage[cause as keyof typeof value.leakage].mean ?? 0;
      if (lost === 0) continue;
      push(`lost: ${words}`, 'leakage', level, level - lost);
      level -= lost;
    }
    const open = value.openAtEnd.mean ?? 0;
    if (open !== 0) {
      push('open at end', 'open', level, level - open);
      level -= open;
    }
    push('realised', 'total', 0, value.realised.mean ?? 0);
    const realised = value.realised.mean ?? 0;
    push('cost', 'cost', realised, realised - (value.cost.mean ?? 0));
    push('return', 'total', 0, value.return.mean ?? 0);
    return out;
  });
  const kinds = ['total', 'leakage', 'open', 'cost'];
  const title = 'Where does the value go?';
  return {
    name: 'value-waterfall',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        "From potential value through each leak to realised value, then cost and return; means over replications, in the scenario's money",
      ),
      config: chartConfig(),
      data: { values: rows },
      facet: {
        row: { field: 'scenario', type: 'nominal', title: null, sort: withValue.map((run) => run.scenario) },
      },
      spec: {
        width: 560,
        height: 200,
        layer: [
          {
            mark: { type: 'bar' },
            encoding: {
              x: {
                field: 'step',
                type: 'nominal',
                sort: steps,
                title: null,
                axis: { labelAngle: -30, labelOverlap: false },
              },
              y: { field: 'start', type: 'quantitative', title: 'money', axis: { format: '~s' } },
              y2: { field: 'end' },
              color: {
                field: 'kind',
                type: 'nominal',
                title: null,
                sort: kinds,
                scale: { domain: kinds, range: ['#4c78a8', '#e45756', '#bab0ac', '#f58518'] },
                legend: {
                  labelExpr:
                    "{total: 'value', leakage: 'lost', open: 'still open at end', cost: 'cost'}[datum.label]",
                },
              },
              tooltip: [{ field: 'step' }, { field: 'amount', format: ',.0f' }],
            },
          },
          {
            mark: { type: 'text', dy: -6, fontSize: 9 },
            encoding: {
              x: { field: 'step', type: 'nominal', sort: steps },
              y: { field: 'start', type: 'quantitative' },
              text: { field: 'amount', format: '~s' },
            },
          },
        ],
      },
    },
  };
}

/**
 * Each leakage cause's mean with its 95% interval, scenario beside scenario: which change stops which leak.
 * Undefined for fewer than two scenarios or when nothing leaked.
 * @example
 * leakageByCause([first, second])?.name; // => 'leakage-by-cause'
 */
export function leakageByCause(runs: readonly ReportRun[]): ReportChart | undefined {
  if (runs.length < 2) return undefined;
  const used = LEAKAGE_WORDS.filter(([cause]) =>
    runs.some((run) => (run.value.leakage[cause as keyof ReportRun['value']['leakage']].mean ?? 0) !== 0),
  );
  if (used.length === 0) return undefined;
  const rows = runs.flatMap((run) =>
    used.map(([cause, words]) => {
      const figure = run.value.leakage[cause as keyof ReportRun['value']['leakage']];
      return {
        scenario: run.scenario,
        cause: words,
        mean: rounded(figure.mean ?? 0),
        low: rounded(figure.ci95?.[0] ?? figure.mean ?? 0),
        high: rounded(figure.ci95?.[1] ?? figure.mean ?? 0),
      };
    }),
  );
  const names = runs.map((run) => run.scenario);
  const title = 'Which leaks does each scenario stop?';
  return {
    name: 'leakage-by-cause',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        "Value lost by cause, mean over replications with its 95% interval, in the scenario's money",
      ),
      config: chartConfig(),
      data: { values: rows },
      width: 520,
      height: { step: 14 },
      encoding: {
        y: { field: 'cause', type: 'nominal', title: null, sort: used.map(([, words]) => words) },
        yOffset: { field: 'scenario', sort: names },
        color: scenarioColour(names),
      },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'mean', type: 'quantitative', title: 'value lost (money)', axis: { format: '~s' } },
          },
        },
        {
          mark: { type: 'rule', color: '#333' },
          encoding: { x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
        },
      ],
    },
  };
}
