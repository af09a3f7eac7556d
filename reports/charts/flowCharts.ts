// Charts of flow over time from a run's series: the cumulative flow diagram of each value stream, the
// weekly throughput run chart, and WIP and queue lengths with their band across replications.
import type { ReportRun } from '../reportInput.ts';
import {
  chartConfig,
  chartTitle,
  HOURS_PER_WEEK,
  type ReportChart,
  rounded,
  scenarioColour,
} from './reportChart.ts';

/** At most this many points per line: a year sampled hourly would make a page of megabytes. */
const MAX_POINTS = 300;

// The sample positions to draw: every k-th, and the last.
function thinned(length: number): number[] {
  const every = Math.max(1, Math.ceil(length / MAX_POINTS));
  const positions: number[] = [];
  for (let position = 0; position < length; position += every) positions.push(position);
  if (length > 0 && positions.at(-1) !== length - 1) positions.push(length - 1);
  return positions;
}

/**
 * The cumulative flow diagram of one value stream, one panel per scenario: items done, items in each
 * step, and items arrived but neither (left without completing, or between steps), stacked, mean over
 * replications. Undefined when no scenario has the stream.
 * @example
 * cumulativeFlow([document], 'user support')?.name; // => 'cumulative-flow-user-support'
 */
export function cumulativeFlow(runs: readonly ReportRun[], stream: string): ReportChart | undefined {
  const rows = runs.flatMap((run) => {
    const flow = run.series.streams[stream];
    if (flow === undefined) return [];
    const steps = Object.keys(run.series.steps).filter((name) => name.startsWith(`${stream}/`));
    return thinned(run.series.time.length).flatMap((position) => {
      const week = rounded((run.series.time[position] ?? 0) / HOURS_PER_WEEK);
      const done = flow.completions.mean[position] ?? 0;
      const inSteps = steps.map((step) => ({
        band: `in ${step.slice(stream.length + 1)}`,
        count: run.series.steps[step]?.wip.mean[position] ?? 0,
      }));
      const arrived = flow.arrivals.mean[position] ?? 0;
      const other = Math.max(0, arrived - done - inSteps.reduce((sum, step) => sum + step.count, 0));
      return [
        { band: 'done', count: done },
        ...inSteps,
        { band: 'arrived, not done nor in a step', count: other },
      ].map((entry, order) => ({
        scenario: run.scenario,
        week,
        band: entry.band,
        order,
        count: rounded(entry.count),
      }));
    });
  });
  if (rows.length === 0) return undefined;
  const bands = [...new Set(rows.map((row) => row.band))];
  const title = `Where is the work of ${stream} piling up?`;
  return {
    name: `cumulative-flow-${slug(stream)}`,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Cumulative items arrived, by where they are: done, in each step; mean over replications',
      ),
      config: chartConfig(),
      data: { values: rows },
      facet: {
        row: { field: 'scenario', type: 'nominal', title: null, sort: runs.map((run) => run.scenario) },
      },
      spec: {
        width: 560,
        height: 200,
        mark: { type: 'area' },
        encoding: {
          x: { field: 'week', type: 'quantitative', title: 'time (weeks)' },
          y: { field: 'count', type: 'quantitative', stack: 'zero', title: 'items (cumulative)' },
          color: {
            field: 'band',
            type: 'nominal',
            title: null,
            sort: bands,
            scale: { domain: bands, scheme: 'tableau20' },
          },
          order: { field: 'order', type: 'quantitative' },
        },
      },
    },
  };
}

/**
 * Items finished per week over the run, one line per scenario: the weekly difference of the mean
 * cumulative completions over every value stream. Undefined when the series is too short for a week.
 * @example
 * throughputRunChart([document])?.name; // => 'throughput-run-chart'
 */
export function throughputRunChart(runs: readonly ReportRun[]): ReportChart | undefined {
  const rows = runs.flatMap((run) => {
    const time = run.series.time;
    const total = (position: number) =>
      Object.values(run.series.streams).reduce(
        (sum, stream) => sum + (stream.completions.mean[position] ?? 0),
        0,
      );
    const weekly: { scenario: string; week: number; items: number }[] = [];
    let start = 0;
    for (let position = 1; position < time.length; position++) {
      const elapsed = (time[position] ?? 0) - (time[start] ?? 0);
      if (elapsed >= HOURS_PER_WEEK) {
        weekly.push({
          scenario: run.scenario,
          week: rounded((time[position] ?? 0) / HOURS_PER_WEEK),
          items: rounded(((total(position) - total(start)) / elapsed) * HOURS_PER_WEEK),
        });
        start = position;
      }
    }
    return weekly;
  });
  if (rows.length < 2) return undefined;
  const names = runs.map((run) => run.scenario);
  const title = 'How many items are finished each week?';
  return {
    name: 'throughput-run-chart',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, 'Items completed per week, mean over replications (warm-up included)'),
      config: chartConfig(),
      data: { values: rows },
      width: 560,
      height: 260,
      mark: { type: 'line', point: { size: 12 } },
      encoding: {
        x: { field: 'week', type: 'quantitative', title: 'time (weeks)' },
        y: { field: 'items', type: 'quantitative', title: 'items finished per week' },
        color: scenarioColour(names),
      },
    },
  };
}

/**
 * Work in progress over the run: the mean across replications as a line and the 5-95% band of the
 * replications around it, per scenario. Undefined without samples.
 * @example
 * wipOverTime([document])?.name; // => 'wip-over-time'
 */
export function wipOverTime(runs: readonly ReportRun[]): ReportChart | undefined {
  const rows = runs.flatMap((run) =>
    thinned(run.series.time.length).map((position) => ({
      scenario: run.scenario,
      week: rounded((run.series.time[position] ?? 0) / HOURS_PER_WEEK),
      mean: rounded(run.series.wip.mean[position] ?? 0),
      low: rounded(run.series.wip.p5[position] ?? 0),
      high: rounded(run.series.wip.p95[position] ?? 0),
    })),
  );
  if (rows.length === 0) return undefined;
  return bandChart(
    'wip-over-time',
    'How much work is in progress?',
    'Items admitted and not yet gone: mean over replications, band from the 5th to the 95th percentile of replications',
    'items in progress',
    rows,
    runs.map((run) => run.scenario),
  );
}

/**
 * The queue length of each step over the run (mean and 5-95% band across replications), one panel per
 * step, coloured by scenario. Undefined without steps.
 * @example
 * queueLengthOverTime([document])?.name; // => 'queue-length-over-time'
 */
export function queueLengthOverTime(runs: readonly ReportRun[]): ReportChart | undefined {
  const steps = [...new Set(runs.flatMap((run) => Object.keys(run.series.steps)))];
  const rows = runs.flatMap((run) =>
    Object.entries(run.series.steps).flatMap(([step, measures]) =>
      thinned(run.series.time.length).map((position) => ({
        scenario: run.scenario,
        step,
        week: rounded((run.series.time[position] ?? 0) / HOURS_PER_WEEK),
        mean: rounded(measures.queueLength.mean[position] ?? 0),
        low: rounded(measures.queueLength.p5[position] ?? 0),
        high: rounded(measures.queueLength.p95[position] ?? 0),
      })),
    ),
  );
  if (rows.length === 0) return undefined;
  const names = runs.map((run) => run.scenario);
  const title = 'How long are the queues at each step?';
  return {
    name: 'queue-length-over-time',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        "Items waiting in each step's queue: mean over replications, band from the 5th to the 95th percentile",
      ),
      config: chartConfig(),
      data: { values: rows },
      facet: { row: { field: 'step', type: 'nominal', title: null, sort: steps } },
      spec: { width: 560, height: 120, layer: bandLayers('items waiting', names) },
      resolve: { scale: { y: 'independent' } },
    },
  };
}

// A line of the mean over a band from low to high, coloured by scenario.
function bandLayers(yTitle: string, names: readonly string[]) {
  return [
    {
      mark: { type: 'area' as const, opacity: 0.2 },
      encoding: {
        x: { field: 'week', type: 'quantitative' as const, title: 'time (weeks)' },
        y: { field: 'low', type: 'quantitative' as const, title: yTitle },
        y2: { field: 'high' },
        color: { ...scenarioColour(names), legend: null },
      },
    },
    {
      mark: { type: 'line' as const },
      encoding: {
        x: { field: 'week', type: 'quantitative' as const },
        y: { field: 'mean', type: 'quantitative' as const },
        color: scenarioColour(names),
      },
    },
  ];
}

function bandChart(
  name: string,
  title: string,
  subtitle: string,
  yTitle: string,
  rows: readonly object[],
  names: readonly string[],
): ReportChart {
  return {
    name,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, subtitle),
      config: chartConfig(),
      data: { values: [...rows] },
      width: 560,
      height: 260,
      layer: bandLayers(yTitle, names),
    },
  };
}

/**
 * A name for file names: lower case, words joined by hyphens.
 * @example
 * slug('User Support'); // => 'user-support'
 */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
