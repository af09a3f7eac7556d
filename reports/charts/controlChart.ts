// The control chart: each finished item of one replication as a point, its lead time against when it
// finished, with the replication's 50th, 85th and 95th percentile lines.
import type { ItemPoint } from '../reportInput.ts';
import { chartConfig, chartTitle, HOURS_PER_WEEK, type ReportChart, rounded } from './reportChart.ts';

// The type 7 percentile of sorted values.
function percentileOf(sorted: readonly number[], probability: number): number {
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/**
 * Lead time of each item against its finish time, in weeks, with percentile lines. At most `limit` items
 * (every k-th, in finish order) keep the page light. Undefined without items.
 * @example
 * controlChart(items, 'two teams', 0)?.name; // => 'control-chart'
 */
export function controlChart(
  items: readonly ItemPoint[],
  scenario: string,
  replication: number,
  limit = 4000,
): ReportChart | undefined {
  if (items.length === 0) return undefined;
  const sorted = items.map((item) => item.leadTimeHours).sort((first, second) => first - second);
  const lines = (['p50', 'p85', 'p95'] as const).map((name, index) => ({
    percentile: name,
    hours: rounded(percentileOf(sorted, [0.5, 0.85, 0.95][index] ?? 0.5)),
  }));
  const ordered = [...items].sort((first, second) => first.finishHours - second.finishHours);
  const every = Math.max(1, Math.ceil(ordered.length / limit));
  const points = ordered
    .filter((_, index) => index % every === 0)
    .map((item) => ({
      week: rounded(item.finishHours / HOURS_PER_WEEK),
      hours: rounded(Math.max(item.leadTimeHours, 1e-3)),
      type: item.workType,
    }));
  const title = 'Is lead time stable over the run?';
  const shown = every > 1 ? `, every ${every}th item` : '';
  return {
    name: 'control-chart',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Each finished item of ${scenario}, replication ${replication}${shown}; lines at its 50th, 85th and 95th percentiles`,
      ),
      config: chartConfig(),
      width: 560,
      height: 300,
      layer: [
        {
          data: { values: points },
          mark: { type: 'point', filled: true, size: 10, opacity: 0.5 },
          encoding: {
            x: { field: 'week', type: 'quantitative', title: 'finished at (week of the run)' },
            y: {
              field: 'hours',
              type: 'quantitative',
              scale: { type: 'log' },
              title: 'lead time (hours, log scale)',
            },
            color: { field: 'type', type: 'nominal', title: 'work type', scale: { scheme: 'dark2' } },
          },
        },
        {
          data: { values: lines },
          mark: { type: 'rule', strokeDash: [4, 3], color: '#333' },
          encoding: { y: { field: 'hours', type: 'quantitative' } },
        },
        {
          data: { values: lines.map((line) => ({ ...line, label: `${line.percentile} ${line.hours} h` })) },
          mark: { type: 'text', align: 'right', dy: -5, fontSize: 10, x: 'width' },
          encoding: { y: { field: 'hours', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    },
  };
}
