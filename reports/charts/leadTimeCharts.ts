// Lead time charts: the histogram of each scenario's lead times and their cumulative distribution, with
// the 50th, 85th and 95th percentiles marked, and the cumulative distribution per work type.
import type { ReportRun } from '../reportInput.ts';
import { cumulativePoints, displayBins } from './histogramRows.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

const PERCENTILES = ['p50', 'p85', 'p95'] as const;

// The percentile marks of each run: where the pooled p50/p85/p95 fall, as rows.
function percentileRows(runs: readonly ReportRun[]) {
  return runs.flatMap((run) =>
    PERCENTILES.flatMap((name) => {
      const hours = run.metrics.leadTime[name];
      return hours === null
        ? []
        : [
            {
              scenario: run.scenario,
              percentile: name,
              hours: rounded(hours),
              share: Number(name.slice(1)) / 100,
            },
          ];
    }),
  );
}

/**
 * The histogram of lead times, one panel per scenario, on a log time axis, with p50/p85/p95 as rules.
 * Undefined when no scenario finished an item.
 * @example
 * leadTimeHistogram([document])?.name; // => 'lead-time-histogram'
 */
export function leadTimeHistogram(runs: readonly ReportRun[]): ReportChart | undefined {
  const bins = runs.flatMap((run) =>
    displayBins(run.distributions.leadTime).map((bin) => ({ scenario: run.scenario, ...bin })),
  );
  if (bins.length === 0) return undefined;
  const names = runs.map((run) => run.scenario);
  const title = 'How long do items take, and how often?';
  return {
    name: 'lead-time-histogram',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Share of finished items by lead time; dashed lines at the 50th, 85th and 95th percentiles',
      ),
      config: chartConfig(),
      data: {
        values: [
          ...bins.map((bin) => ({ ...bin, kind: 'bin' })),
          ...percentileRows(runs).map((row) => ({ ...row, kind: 'mark' })),
        ],
      },
      facet: { row: { field: 'scenario', type: 'nominal', title: null, sort: names } },
      spec: {
        width: 560,
        height: 140,
        layer: [
          {
            transform: [{ filter: "datum.kind === 'bin'" }],
            mark: { type: 'rect', opacity: 0.85 },
            encoding: {
              x: {
                field: 'lower',
                type: 'quantitative',
                scale: { type: 'log' },
                title: 'lead time (hours, log scale)',
              },
              x2: { field: 'upper' },
              y: { field: 'share', type: 'quantitative', title: 'share of items', axis: { format: '%' } },
              color: { ...scenarioColour(names), legend: null },
            },
          },
          {
            transform: [{ filter: "datum.kind === 'mark'" }],
            mark: { type: 'rule', strokeDash: [4, 3], color: '#333' },
            encoding: { x: { field: 'hours', type: 'quantitative' } },
          },
          {
            transform: [{ filter: "datum.kind === 'mark'" }],
            mark: { type: 'text', align: 'left', dx: 3, dy: -4, fontSize: 10, baseline: 'top', y: 0 },
            encoding: { x: { field: 'hours', type: 'quantitative' }, text: { field: 'percentile' } },
          },
        ],
      },
      resolve: { scale: { y: 'independent' } },
    },
  };
}

/**
 * The cumulative distribution of lead times: the share of items finished within each time, one line per
 * scenario, with the 50th, 85th and 95th percentiles as labelled points.
 * @example
 * leadTimeCumulative([first, second])?.name; // => 'lead-time-cumulative'
 */
export function leadTimeCumulative(runs: readonly ReportRun[]): ReportChart | undefined {
  const points = runs.flatMap((run) =>
    cumulativePoints(run.distributions.leadTime).map((point) => ({ scenario: run.scenario, ...point })),
  );
  if (points.length === 0) return undefined;
  const names = runs.map((run) => run.scenario);
  // The first scenario's labels go left of its points, the others' right, so that two curves' labels do not overlap.
  const marks = percentileRows(runs).map((row) => ({
    ...row,
    label: `${row.percentile} ${row.hours} h`,
    side: row.scenario === names[0] ? 'left' : 'right',
  }));
  const title = 'How soon are items done?';
  return {
    name: 'lead-time-cumulative',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Share of finished items done within each lead time; points at the 50th, 85th and 95th percentiles',
      ),
      config: chartConfig(),
      width: 560,
      height: 300,
      layer: [
        {
          data: { values: points },
          mark: { type: 'line', interpolate: 'step-after' },
          encoding: {
            x: {
              field: 'hours',
              type: 'quantitative',
              scale: { type: 'log' },
              title: 'lead time (hours, log scale)',
            },
            y: { field: 'share', type: 'quantitative', title: 'share of items done', axis: { format: '%' } },
            color: scenarioColour(names),
          },
        },
        {
          data: { values: marks },
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            x: { field: 'hours', type: 'quantitative' },
            y: { field: 'share', type: 'quantitative' },
            color: scenarioColour(names),
          },
        },
        ...(['left', 'right'] as const)
          .filter((side) => marks.some((mark) => mark.side === side))
          .map((side) => ({
            data: { values: marks },
            transform: [{ filter: `datum.side === '${side}'` }],
            mark: {
              type: 'text' as const,
              align: side === 'left' ? ('right' as const) : ('left' as const),
              dx: side === 'left' ? -7 : 7,
              fontSize: 10,
            },
            encoding: {
              x: { field: 'hours', type: 'quantitative' as const },
              y: { field: 'share', type: 'quantitative' as const },
              text: { field: 'label' },
              color: { ...scenarioColour(names), legend: null },
            },
          })),
      ],
    },
  };
}

/**
 * The cumulative distribution of lead times per work type, one panel per scenario: which kind of work
 * waits longest. Undefined with a single work type (the overall chart says it all).
 * @example
 * leadTimeByType([document])?.name; // => 'lead-time-by-type'
 */
export function leadTimeByType(runs: readonly ReportRun[]): ReportChart | undefined {
  const types = [...new Set(runs.flatMap((run) => Object.keys(run.distributions.byType)))];
  if (types.length < 2) return undefined;
  const points = runs.flatMap((run) =>
    Object.entries(run.distributions.byType).flatMap(([type, histograms]) =>
      cumulativePoints(histograms.leadTime).map((point) => ({ scenario: run.scenario, type, ...point })),
    ),
  );
  if (points.length === 0) return undefined;
  const title = 'Which kind of work takes longest?';
  return {
    name: 'lead-time-by-type',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, 'Share of each work type done within each lead time'),
      config: chartConfig(),
      data: { values: points },
      facet: {
        row: { field: 'scenario', type: 'nominal', title: null, sort: runs.map((run) => run.scenario) },
      },
      spec: {
        width: 560,
        height: 180,
        mark: { type: 'line', interpolate: 'step-after' },
        encoding: {
          x: {
            field: 'hours',
            type: 'quantitative',
            scale: { type: 'log' },
            title: 'lead time (hours, log scale)',
          },
          y: { field: 'share', type: 'quantitative', title: 'share done', axis: { format: '%' } },
          color: {
            field: 'type',
            type: 'nominal',
            title: 'work type',
            sort: types,
            scale: { scheme: 'dark2' },
          },
        },
      },
    },
  };
}
