// How support work moved between teams in a replication's window: reassignments per completed item (the
// figure a service-management tool keeps as a ticket's reassignment count), the share resolved by the
// first team that took it up, the flow of the items that were reassigned, and each team's effort per item.
import type { FlowMetrics } from './flowMetrics.ts';
import { type FlowSummary, summarizeFlow } from './flowSummary.ts';
import type { TeamResults } from './utilisationResults.ts';

/**
 * Support measures over the items completed (delivered or stopped) in the measured window. A
 * reassignment is a change of the team whose person starts work on the item (an escalation, a misroute,
 * a bounce back, a hand-over to another team at the end of a shift).
 *
 * @example
 * const support = runServiceReplication(model, { seed: 1, replication: 0, hours: 2_000 }).support;
 * support.reassignments;               // => [612, 301, 0, 0, 0]: items with 0, 1, 2, 3, 4+ reassignments
 * support.resolvedWithoutReassignment; // => 0.67
 */
export interface SupportResults {
  /** Completed items with 0, 1, 2, 3 and 4 or more reassignments. */
  readonly reassignments: readonly number[];
  /** Mean reassignments per completed item; null when none completed. */
  readonly meanReassignments: number | null;
  /** Share of completed items never reassigned (first-time fix by the first team); null when none completed. */
  readonly resolvedWithoutReassignment: number | null;
  /** The completed items reassigned at least once (escalated): their lead, wait and touch times. */
  readonly reassigned: FlowSummary;
  /**
   * Per team, in model order: its people's busy hours in the window per item completed in the window (the
   * effort the team spends per resolved item, whoever's item it was); null when none completed.
   */
  readonly effortPerItemByTeam: readonly { readonly team: string; readonly hours: number | null }[];
}

/**
 * The support measures of a replication's window from its flow metrics and its teams' hours.
 * @example
 * supportResults(system.metrics, teams).meanReassignments; // => 0.33
 */
export function supportResults(metrics: FlowMetrics, teams: readonly TeamResults[]): SupportResults {
  const counts = Array.from(metrics.completedByReassignments);
  const completed = counts.reduce((sum, count) => sum + count, 0);
  const share = (part: number): number | null => (completed > 0 ? part / completed : null);
  return {
    reassignments: counts,
    meanReassignments: share(metrics.reassignmentSum),
    resolvedWithoutReassignment: share(counts[0] ?? 0),
    reassigned: summarizeFlow([metrics.reassigned]),
    effortPerItemByTeam: teams.map((team) => ({ team: team.name, hours: share(team.busyHours) })),
  };
}
