// Charts of people and the service desk: how each team's and person's hours split into busy, idle and
// off shift; the service level over the day against its target; the age of open work against lead times.
import type { ReportRun } from '../reportInput.ts';
import { displayBins } from './histogramRows.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

const HOURS_PARTS = ['busy', 'idle', 'off shift'];

/**
 * The share of each team's (or person's) hours busy, idle and off shift, one panel per scenario.
 * Undefined when nobody had hours.
 * @example
 * utilisationChart([document], 'team')?.name; // => 'utilisation-by-team'
 */
export function utilisationChart(runs: readonly ReportRun[], by: 'team' | 'person'): ReportChart | undefined {
  const rows = runs.flatMap((run) =>
    Object.entries(by === 'team' ? run.metrics.utilisation.byTeam : run.metrics.utilisation.byPerson).flatMap(
      ([name, hours]) => {
        const total = hours.busyHours + hours.idleHours + hours.offShiftHours;
        if (total <= 0) return [];
        return [hours.busyHours, hours.idleHours, hours.offShiftHours].map((value, order) => ({
          scenario: run.scenario,
          name,
          part: HOURS_PARTS[order],
          order,
          share: rounded(value / total),
        }));
      },
    ),
  );
  if (rows.length === 0) return undefined;
  const title = by === 'team' ? 'How busy is each team?' : 'How busy is each person?';
  return {
    name: `utilisation-by-${by}`,
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(title, `Share of each ${by}'s hours in the measured window, mean over replications`),
      config: chartConfig(),
      data: { values: rows },
      facet: {
        row: { field: 'scenario', type: 'nominal', title: null, sort: runs.map((run) => run.scenario) },
      },
      spec: {
        width: 520,
        height: { step: by === 'team' ? 22 : 14 },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'name', type: 'nominal', title: by, sort: null },
          x: {
            field: 'share',
            type: 'quantitative',
            stack: 'zero',
            title: 'share of hours',
            axis: { format: '%' },
          },
          color: {
            field: 'part',
            type: 'nominal',
            title: null,
            sort: HOURS_PARTS,
            scale: { domain: HOURS_PARTS, range: ['#4c78a8', '#bab0ac', '#e7e5e2'] },
          },
          order: { field: 'order', type: 'quantitative' },
        },
      },
      resolve: { scale: { y: 'independent' } },
    },
  };
}

/**
 * The service desk's share of contacts answered within the target, hour by hour of the day, one line per
 * scenario, with the target as a rule. Undefined without a service desk.
 * @example
 * serviceLevelChart([document])?.name; // => 'service-level-by-hour'
 */
export function serviceLevelChart(runs: readonly ReportRun[]): ReportChart | undefined {
  const levels = runs.flatMap((run) =>
    run.metrics.serviceLevel === undefined ? [] : [{ run, level: run.metrics.serviceLevel }],
  );
  if (levels.length === 0) return undefined;
  const rows = levels.flatMap(({ run, level }) =>
    level.byHourOfDay.flatMap((share, hour) =>
      share === null ? [] : [{ scenario: run.scenario, hour, share: rounded(share) }],
    ),
  );
  const target = levels[0]?.level.target ?? null;
  const title = 'Does the desk answer in time through the day?';
  const names = runs.map((run) => run.scenario);
  return {
    name: 'service-level-by-hour',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        `Share of contacts answered within the target, by hour of arrival${target === null ? '' : `; dashed line: the target, ${Math.round(target * 100)}%`}`,
      ),
      config: chartConfig(),
      width: 560,
      height: 260,
      layer: [
        {
          data: { values: rows },
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'hour', type: 'quantitative', title: 'hour of the day', scale: { domain: [0, 23] } },
            y: {
              field: 'share',
              type: 'quantitative',
              title: 'answered within target',
              axis: { format: '%' },
              scale: { domain: [0, 1] },
            },
            color: scenarioColour(names),
          },
        },
        ...(target === null
          ? []
          : [
              {
                data: { values: [{ target }] },
                mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#c00' },
                encoding: { y: { field: 'target', type: 'quantitative' as const } },
              },
            ]),
      ],
    },
  };
}

/**
 * The ages of the items still open at the end of the runs, with the finished items' lead-time
 * percentiles as rules: open work older than the p85 is at risk. Undefined when nothing was open.
 * @example
 * agingWip([document])?.name; // => 'aging-wip'
 */
export function agingWip(runs: readonly ReportRun[]): ReportChart | undefined {
  const bins = runs.flatMap((run) =>
    displayBins(run.distributions.openAge, 30).map((bin) => ({
      scenario: run.scenario,
      kind: 'bin',
      ...bin,
    })),
  );
  if (bins.length === 0) return undefined;
  const marks = runs.flatMap((run) =>
    (['p50', 'p85', 'p95'] as const).flatMap((name) => {
      const hours = run.metrics.leadTime[name];
      return hours === null
        ? []
        : [{ scenario: run.scenario, kind: 'mark', percentile: `lead time ${name}`, hours: rounded(hours) }];
    }),
  );
  const names = runs.map((run) => run.scenario);
  const title = 'How old is the work still open at the end?';
  return {
    name: 'aging-wip',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Ages of the items open at the end of each replication; dashed: lead-time percentiles of finished items',
      ),
      config: chartConfig(),
      data: { values: [...bins, ...marks] },
      facet: { row: { field: 'scenario', type: 'nominal', title: null, sort: names } },
      spec: {
        width: 560,
        height: 120,
        layer: [
          {
            transform: [{ filter: "datum.kind === 'bin'" }],
            mark: { type: 'rect', opacity: 0.85 },
            encoding: {
              x: {
                field: 'lower',
                type: 'quantitative',
                scale: { type: 'log' },
                title: 'age (hours, log scale)',
              },
              x2: { field: 'upper' },
              y: {
                field: 'share',
                type: 'quantitative',
                title: 'share of open items',
                axis: { format: '%' },
              },
              color: { ...scenarioColour(names), legend: null },
            },
          },
          // Without a finished item there are no percentiles, and an empty layer would make vega warn.
          ...(marks.length === 0
            ? []
            : [
                {
                  transform: [{ filter: "datum.kind === 'mark'" }],
                  mark: { type: 'rule' as const, strokeDash: [4, 3], color: '#333' },
                  encoding: { x: { field: 'hours', type: 'quantitative' as const } },
                },
                {
                  transform: [{ filter: "datum.kind === 'mark'" }],
                  mark: {
                    type: 'text' as const,
                    align: 'left' as const,
                    dx: 3,
                    baseline: 'top' as const,
                    y: 0,
                    fontSize: 10,
                  },
                  encoding: {
                    x: { field: 'hours', type: 'quantitative' as const },
                    text: { field: 'percentile' },
                  },
                },
              ]),
        ],
      },
      resolve: { scale: { y: 'independent' } },
    },
  };
}
