// Charts of how support work moved between teams: the share of completed items by the number of times
// they changed team (reassignments), per scenario.
import type { ReportRun } from '../reportInput.ts';
import { chartConfig, chartTitle, type ReportChart, rounded, scenarioColour } from './reportChart.ts';

const GROUPS = ['0', '1', '2', '3', '4+'] as const;

/**
 * How often completed items changed team, per scenario (mean share over replications). Undefined when
 * nothing was reassigned in any scenario, or for a single run that replays an export with reassignment
 * counts (the history chart sets the model beside the export there).
 * @example
 * reassignmentsChart([baseline, swarming])?.name; // => 'reassignments'
 */
export function reassignmentsChart(runs: readonly ReportRun[]): ReportChart | undefined {
  if (!runs.some((run) => (run.metrics.support.reassignments.mean ?? 0) > 0)) return undefined;
  const first = runs[0];
  if (runs.length === 1 && first?.history?.reassignments != null) return undefined;
  const rows = runs.flatMap((run) =>
    GROUPS.map((group) => ({
      scenario: run.scenario,
      reassignments: group,
      share: rounded(run.metrics.support.reassignments.shares[group].mean ?? 0),
    })),
  );
  const names = runs.map((run) => run.scenario);
  const title = 'How often did work change team before it was done?';
  return {
    name: 'reassignments',
    title,
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: chartTitle(
        title,
        'Share of completed items by number of reassignments (changes of team), mean over replications',
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
          sort: [...GROUPS],
          title: 'reassignments per item',
          axis: { labelAngle: 0 },
        },
        xOffset: { field: 'scenario', sort: names },
        y: { field: 'share', type: 'quantitative', title: 'share of items', axis: { format: '%' } },
        color: scenarioColour(names),
      },
    },
  };
}
