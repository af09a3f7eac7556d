// History against model, for a scenario that replays a ticket export: the export's lead times beside the
// simulated ones (both cumulative, percentiles marked), its arrivals by hour of the week, and how often
// its tickets were reassigned.
import type { ReportRun } from '../reportInput.ts';
import { cumulativePoints } from './histogramRows.ts';
import { chartConfig, chartTitle, type ReportChart, rounded } from './reportChart.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const SOURCES = ['ticket export', 'model'];

/**
 * The cumulative lead-time distribution of the ticket export and of the model, with their 50th, 85th and
 * 95th percentiles as points. Undefined without a history block.
 * @example
 * historyLeadTime(document)?.name; // => 'history-lead-time'
 */
export function historyLeadTime(run: ReportRun): ReportChart | undefined {
  const history = run.history;
  if (history === undefined) return undefined;
  const lines = [
    ...cumulativePoints(history.leadTimeHistogram).map((point) => ({ source: 'ticket export', ...point })),
    ...cumulativePoints(run.distributions.leadTime).map((point) => ({ source: 'model', ...point })),
  ];
  if (lines.length === 0) return undefined;
  const marks = (['p50', 'p85', 'p95'] as const).flatMap((name) => {
    const share = Number(name.slice(1)) / 100;
    return [
      { source: 'ticket export', hours: history.leadTime[name] },
      { source: 'model', hours: run.metrics.leadTime[name] },
    ].flatMap((mark) =>
      mark.hours === null
        ? []
        : [{ ...mark, hours: rounded(mark.hours), share, label: `${name} ${rounded(mark.hours)} h` }],
    );
  });
  const colour = {
    field: 'source',
    type: 'nominal' as const,
    title: null,
    sort: SOURCES,
    scale: { domain: SOURCES, range: ['#333333', '#4c78a8'] },
  };
  const title = 'Does the model take as long as the real tickets did?';
  return {
    name: 'history-lead-time',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Share of tickets resolved within each lead time: ${history.tickets} tickets of ${history.source} (${history.unresolved} unresolved) against ${run.scenario}`,
      ),
      config: chartConfig(),
      width: 560,
      height: 300,
      layer: [
        {
          data: { values: lines },
          mark: { type: 'line', interpolate: 'step-after' },
          encoding: {
            x: {
              field: 'hours',
              type: 'quantitative',
              scale: { type: 'log' },
              title: 'lead time (hours, log scale)',
            },
            y: { field: 'share', type: 'quantitative', title: 'share resolved', axis: { format: '%' } },
            color: colour,
            strokeDash: { field: 'source', type: 'nominal', sort: SOURCES, legend: null },
          },
        },
        {
          data: { values: marks },
          mark: { type: 'point', filled: true, size: 50 },
          encoding: {
            x: { field: 'hours', type: 'quantitative' },
            y: { field: 'share', type: 'quantitative' },
            color: colour,
          },
        },
        {
          data: { values: marks },
          mark: { type: 'text', align: 'left', dx: 6, dy: 8, fontSize: 10 },
          encoding: {
            x: { field: 'hours', type: 'quantitative' },
            y: { field: 'share', type: 'quantitative' },
            text: { field: 'label' },
            color: { ...colour, legend: null },
          },
        },
      ],
    },
  };
}

/**
 * The ticket export's arrivals in each hour of the week, Monday 00:00 first. Undefined without history.
 * @example
 * historyArrivals(document)?.name; // => 'history-arrivals-by-hour-of-week'
 */
export function historyArrivals(run: ReportRun): ReportChart | undefined {
  const history = run.history;
  if (history === undefined || history.arrivalsByHourOfWeek.length !== 168) return undefined;
  const rows = history.arrivalsByHourOfWeek.map((count, hour) => ({
    hour,
    day: DAYS[Math.floor(hour / 24)],
    count,
  }));
  const title = 'When do tickets arrive in the week?';
  return {
    name: 'history-arrivals-by-hour-of-week',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, `Tickets of ${history.source} by hour of the week they were opened`),
      config: chartConfig(),
      data: { values: rows },
      width: 560,
      height: 220,
      mark: { type: 'bar', color: '#4c78a8' },
      encoding: {
        x: {
          field: 'hour',
          type: 'quantitative',
          title: 'hour of the week (from Monday 00:00)',
          scale: { domain: [0, 168] },
          axis: {
            values: [0, 24, 48, 72, 96, 120, 144, 168],
            labelExpr: "['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', ''][floor(datum.value / 24)]",
          },
        },
        y: { field: 'count', type: 'quantitative', title: 'tickets opened' },
        tooltip: [{ field: 'day' }, { field: 'hour' }, { field: 'count' }],
      },
    },
  };
}

/**
 * How many times tickets were reassigned (0, 1, 2, 3, 4 or more): the export's share of tickets beside the
 * model's share of completed items. Undefined without history or when the export has no reassignment count.
 * @example
 * historyReassignments(document)?.name; // => 'history-reassignments'
 */
export function historyReassignments(run: ReportRun): ReportChart | undefined {
  const history = run.history;
  const counts = history?.reassignments;
  if (history === undefined || counts === undefined || counts === null) return undefined;
  const keys = ['0', '1', '2', '3', '4+'] as const;
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
  const shares = run.metrics.support.reassignments.shares;
  const rows = keys.flatMap((key) => [
    { source: 'ticket export', reassignments: key, share: total > 0 ? (counts[key] ?? 0) / total : 0 },
    { source: run.scenario, reassignments: key, share: shares[key].mean ?? 0 },
  ]);
  const title = 'How often were tickets passed on?';
  const first = history.resolvedWithoutReassignment;
  return {
    name: 'history-reassignments',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Share of tickets by number of reassignments: ${history.source}${first === null ? '' : ` (${Math.round(first * 100)}% resolved without one)`} against ${run.scenario}`,
      ),
      config: chartConfig(),
      data: { values: rows },
      width: 400,
      height: 220,
      mark: { type: 'bar' },
      encoding: {
        x: {
          field: 'reassignments',
          type: 'ordinal',
          sort: [...keys],
          title: 'reassignments per ticket',
          axis: { labelAngle: 0 },
        },
        xOffset: { field: 'source', sort: ['ticket export', run.scenario] },
        y: { field: 'share', type: 'quantitative', title: 'share of tickets', axis: { format: '%' } },
        color: { field: 'source', type: 'nominal', title: null, sort: ['ticket export', run.scenario] },
      },
    },
  };
}
