// The forecast chart: when the backlog will be done, as the share of replications done by each time,
// marked at the 50th, 70th, 85th and 95th percentiles.
import type { ReportRun } from '../reportInput.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

/**
 * The completion time of the backlog: its 50/70/85/95th percentiles over replications as a stepped
 * cumulative line per scenario, each point labelled ("85%: 441 h"). Undefined without a forecast.
 * @example
 * forecastChart([document])?.name; // => 'forecast-completion'
 */
export function forecastChart(runs: readonly ReportRun[]): ReportChart | undefined {
  const rows = runs.flatMap((run) => {
    const time = run.forecast?.completionTime;
    if (time === undefined) return [];
    return (['p50', 'p70', 'p85', 'p95'] as const).flatMap((name) => {
      const hours = time[name];
      const share = Number(name.slice(1)) / 100;
      return hours === null
        ? []
        : [
            {
              scenario: run.scenario,
              hours: rounded(hours),
              share,
              label: `${name.slice(1)}%: ${rounded(hours)} h`,
            },
          ];
    });
  });
  if (rows.length === 0) return undefined;
  const names = runs.map((run) => run.scenario);
  const backlog = runs.find((run) => run.forecast !== undefined)?.forecast?.backlog ?? 0;
  const title = 'When will the backlog be done?';
  return {
    name: 'forecast-completion',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Share of replications in which all ${backlog} backlog items were done by each time; a percentile beyond the run is left out`,
      ),
      config: chartConfig(),
      data: { values: rows },
      width: 560,
      height: 260,
      encoding: {
        x: {
          field: 'hours',
          type: 'quantitative',
          title: 'time from the start (hours)',
          scale: { zero: false },
        },
        y: {
          field: 'share',
          type: 'quantitative',
          title: 'share of replications done',
          axis: { format: '%' },
          scale: { domain: [0, 1] },
        },
        color: scenarioColour(names),
      },
      layer: [
        { mark: { type: 'line', interpolate: 'step-after' } },
        { mark: { type: 'point', filled: true, size: 60 } },
        {
          mark: { type: 'text', align: 'right', dx: -6, dy: -6, fontSize: 10 },
          encoding: { text: { field: 'label' }, color: { ...scenarioColour(names), legend: null } },
        },
      ],
    },
  };
}
