// How work moved between teams over a run's replications: reassignments per completed item (and the share
// of items with 0, 1, 2, 3 and 4 or more, as a service-management export counts them), the share resolved
// without reassignment, the lead time of the items that were reassigned, and each team's effort per item.
import type { ServiceResults } from '../../engine/index.ts';
import { type MeanWithInterval, meanOverReplications } from './acrossReplications.ts';

/** The groups of reassignment counts, as the JSON names them. */
export const REASSIGNMENT_GROUP_NAMES = ['0', '1', '2', '3', '4+'] as const;

/**
 * A run's support measures, each the mean over replications with its 95% t interval.
 *
 * @example
 * const support: SupportMetrics = supportMetrics(results);
 * support.reassignments.shares['4+'].mean; // => 0.02: 2% of completed items changed team 4 times or more
 */
export interface SupportMetrics {
  /** Reassignments per completed item, and the share of completed items in each group of counts. */
  readonly reassignments: MeanWithInterval & {
    readonly shares: Readonly<Record<(typeof REASSIGNMENT_GROUP_NAMES)[number], MeanWithInterval>>;
  };
  /** Share of completed items resolved by the first team that took them up. */
  readonly resolvedWithoutReassignment: MeanWithInterval;
  /** Mean lead time of the completed items reassigned at least once (those first line did not resolve), hours. */
  readonly reassignedLeadTime: MeanWithInterval & { readonly unit: 'h' };
  /** Per team: its busy hours per completed item, hours. */
  readonly effortPerItem: { readonly unit: 'h'; readonly byTeam: Readonly<Record<string, MeanWithInterval>> };
}

/**
 * The support measures of a run from its replications' results. O(replications · teams).
 * @example
 * supportMetrics(summaries.map((summary) => summary.results)).resolvedWithoutReassignment.mean; // => 0.6
 */
export function supportMetrics(results: readonly ServiceResults[]): SupportMetrics {
  const shareOf = (run: ServiceResults, group: number): number | null => {
    const counts = run.support.reassignments;
    const completed = counts.reduce((sum, count) => sum + count, 0);
    return completed > 0 ? (counts[group] ?? 0) / completed : null;
  };
  const shares = {} as Record<(typeof REASSIGNMENT_GROUP_NAMES)[number], MeanWithInterval>;
  REASSIGNMENT_GROUP_NAMES.forEach((name, group) => {
    shares[name] = meanOverReplications(results.map((run) => shareOf(run, group)));
  });
  const byTeam: Record<string, MeanWithInterval> = {};
  for (const [index, { team }] of (results[0]?.support.effortPerItemByTeam ?? []).entries()) {
    byTeam[team] = meanOverReplications(
      results.map((run) => run.support.effortPerItemByTeam[index]?.hours ?? null),
    );
  }
  return {
    reassignments: {
      ...meanOverReplications(results.map((run) => run.support.meanReassignments)),
      shares,
    },
    resolvedWithoutReassignment: meanOverReplications(
      results.map((run) => run.support.resolvedWithoutReassignment),
    ),
    reassignedLeadTime: {
      unit: 'h',
      ...meanOverReplications(results.map((run) => run.support.reassigned.meanLeadTime)),
    },
    effortPerItem: { unit: 'h', byTeam },
  };
}
