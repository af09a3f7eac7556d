// The sweep charts: a measure against the swept parameter with its 95% interval band, and the wait
// against utilisation, where the hockey stick of queueing shows.
import type { SweepDocument } from '../../scenarios/index.ts';
import { chartConfig, chartTitle, type ReportChart, rounded } from './reportChart.ts';

/**
 * The number at the start of a swept value ("0.9/h" gives 0.9), or undefined for a value that has none.
 * @example
 * leadingNumber('0.9/h'); // => 0.9
 */
export function leadingNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const match = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)/.exec(value) : null;
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Mean wait and lead time against the first swept parameter, with the 95% interval as a band, a line per
 * combination of the other parameters. Undefined for a sweep without points.
 * @example
 * sweepChart(document)?.name; // => 'sweep-lead-time'
 */
export function sweepChart(document: SweepDocument): ReportChart | undefined {
  const parameter = document.parameters[0];
  if (parameter === undefined || document.points.length === 0) return undefined;
  const numeric = document.points.every((point) => leadingNumber(point.set[parameter]) !== undefined);
  const rows = document.points.flatMap((point) => {
    const others =
      document.parameters
        .slice(1)
        .map((name) => `${name}=${String(point.set[name])}`)
        .join(', ') || document.scenario;
    return (['leadTime', 'waitTime'] as const).flatMap((key) => {
      const figure = point.metrics[key];
      if (figure.mean === null) return [];
      return [
        {
          x: numeric ? leadingNumber(point.set[parameter]) : String(point.set[parameter]),
          label: String(point.set[parameter]),
          line: others,
          measure: key === 'leadTime' ? 'lead time' : 'wait in queues',
          mean: rounded(figure.mean),
          low: rounded(figure.ci95?.[0] ?? figure.mean),
          high: rounded(figure.ci95?.[1] ?? figure.mean),
        },
      ];
    });
  });
  if (rows.length === 0) return undefined;
  const xType = numeric ? ('quantitative' as const) : ('ordinal' as const);
  const title = `How do lead time and wait change with ${parameter}?`;
  return {
    name: 'sweep-lead-time',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, 'Mean over replications with its 95% interval as a band'),
      config: chartConfig(),
      data: { values: rows },
      facet: { column: { field: 'measure', type: 'nominal', title: null } },
      spec: {
        width: 300,
        height: 260,
        layer: [
          {
            mark: { type: 'area', opacity: 0.2 },
            encoding: {
              x: { field: 'x', type: xType, title: parameter },
              y: { field: 'low', type: 'quantitative', title: 'hours' },
              y2: { field: 'high' },
              color: { field: 'line', type: 'nominal', title: null, legend: null },
            },
          },
          {
            mark: { type: 'line', point: true },
            encoding: {
              x: { field: 'x', type: xType },
              y: { field: 'mean', type: 'quantitative' },
              color: { field: 'line', type: 'nominal', title: 'scenario' },
            },
          },
        ],
      },
    },
  };
}

/**
 * Mean wait against mean utilisation at each point of the sweep, with the wait's 95% interval: how the
 * wait rises ever faster as people get busier. Undefined when no point has both.
 * @example
 * sweepHockeyStick(document)?.name; // => 'sweep-wait-by-utilisation'
 */
export function sweepHockeyStick(document: SweepDocument): ReportChart | undefined {
  const rows = document.points.flatMap((point) => {
    const wait = point.metrics.waitTime;
    const busy = point.metrics.utilisation.mean;
    if (wait.mean === null || busy === null) return [];
    return [
      {
        utilisation: rounded(busy),
        mean: rounded(wait.mean),
        low: rounded(wait.ci95?.[0] ?? wait.mean),
        high: rounded(wait.ci95?.[1] ?? wait.mean),
        point: document.parameters.map((name) => `${name}=${String(point.set[name])}`).join(', '),
      },
    ];
  });
  if (rows.length < 2) return undefined;
  const title = 'How does waiting grow as people get busier?';
  return {
    name: 'sweep-wait-by-utilisation',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Mean wait in queues against mean utilisation at each point of the sweep, with the 95% interval of the wait',
      ),
      config: chartConfig(),
      data: { values: rows },
      width: 560,
      height: 300,
      layer: [
        {
          mark: { type: 'rule' },
          encoding: {
            x: { field: 'utilisation', type: 'quantitative', title: 'utilisation', axis: { format: '%' } },
            y: { field: 'low', type: 'quantitative', title: 'mean wait (hours)' },
            y2: { field: 'high' },
          },
        },
        {
          mark: { type: 'line', point: { filled: true, size: 50 } },
          encoding: {
            x: { field: 'utilisation', type: 'quantitative' },
            y: { field: 'mean', type: 'quantitative' },
            tooltip: [{ field: 'point' }, { field: 'mean', title: 'wait (h)' }],
          },
        },
      ],
    },
  };
}
