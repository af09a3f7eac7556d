// Utilisation over a run's replications: everyone's busy over available hours, per replication, with its
// mean and 95% interval, and each team's and person's utilisation and busy, idle and off-shift hours.
import type { ServiceResults } from '../../engine/index.ts';
import { type Interval, meanOverReplications } from './acrossReplications.ts';
import { replicationMeasures } from './replicationMeasures.ts';

/**
 * A team's or a person's hours in the measured window, each the mean over replications, and their
 * utilisation (busy over available hours) with its interval.
 *
 * @example
 * const desk: HoursBreakdown = { mean: 0.8, ci95: [0.79, 0.81], busyHours: 960, idleHours: 240, offShiftHours: 0, availableHours: 1_200 };
 */
export interface HoursBreakdown {
  /** Mean over replications of busy / available hours; null when never available. */
  readonly mean: number | null;
  readonly ci95: Interval | null;
  /** Working hours with at least one item in hand. */
  readonly busyHours: number;
  /** Available hours with nothing in hand. */
  readonly idleHours: number;
  /** Hours of the window outside the working calendar. */
  readonly offShiftHours: number;
  /** Hours on shift (for on-call people, hours called in). */
  readonly availableHours: number;
}

/**
 * The utilisation of a run.
 *
 * @example
 * const utilisation: UtilisationMetric = utilisationMetric(results);
 * utilisation.byTeam.desk?.busyHours; // => the desk's busy hours, mean over replications
 */
export interface UtilisationMetric {
  /** Mean over replications of everyone's busy hours over everyone's available hours. */
  readonly mean: number | null;
  readonly ci95: Interval | null;
  /** By team name, in model order. */
  readonly byTeam: Readonly<Record<string, HoursBreakdown>>;
  /** By person name, in model order, with their team. */
  readonly byPerson: Readonly<Record<string, HoursBreakdown & { readonly team: string }>>;
  /**
   * With replayed files: everyone's utilisation from time 0 to the last replayed arrival (the window
   * with demand), mean over replications; the figures above cover the whole run, its drain included.
   */
  readonly withDemand?: {
    readonly untilHours: number;
    readonly mean: number | null;
    readonly ci95: Interval | null;
  };
}

/**
 * Utilisation over replications (every replication of a run has the same people and teams). O(replications
 * · people).
 * @param results - each replication's results
 * @example
 * utilisationMetric(summaries.map((summary) => summary.results)).mean; // => 0.8
 */
export function utilisationMetric(results: readonly ServiceResults[]): UtilisationMetric {
  const first = results[0];
  const byTeam: Record<string, HoursBreakdown> = {};
  for (const [teamIndex, team] of (first?.teams ?? []).entries()) {
    const members = (run: ServiceResults) => run.people.filter((person) => person.team === team.name);
    byTeam[team.name] = breakdown(
      results.map((run) => {
        const teamResults = run.teams[teamIndex];
        const people = members(run);
        return {
          utilisation: teamResults?.utilisation ?? null,
          busyHours: teamResults?.busyHours ?? 0,
          availableHours: teamResults?.availableHours ?? 0,
          idleHours: people.reduce((sum, person) => sum + person.idleHours, 0),
          offShiftHours: people.reduce((sum, person) => sum + person.offShiftHours, 0),
        };
      }),
    );
  }
  const byPerson: Record<string, HoursBreakdown & { readonly team: string }> = {};
  for (const [personIndex, person] of (first?.people ?? []).entries()) {
    const hours = results.flatMap((run) => run.people[personIndex] ?? []);
    byPerson[person.name] = { team: person.team, ...breakdown(hours) };
  }
  const { mean, ci95 } = meanOverReplications(results.map((run) => replicationMeasures(run).utilisation));
  return { mean, ci95, byTeam, byPerson };
}

interface ReplicationHours {
  readonly utilisation: number | null;
  readonly busyHours: number;
  readonly idleHours: number;
  readonly offShiftHours: number;
  readonly availableHours: number;
}

function breakdown(replications: readonly ReplicationHours[]): HoursBreakdown {
  // Called with at least one replication (a run's first one names the teams and people).
  const average = (hours: (replication: ReplicationHours) => number): number =>
    replications.reduce((sum, replication) => sum + hours(replication), 0) / replications.length;
  return {
    ...meanOverReplications(replications.map((replication) => replication.utilisation)),
    busyHours: average((replication) => replication.busyHours),
    idleHours: average((replication) => replication.idleHours),
    offShiftHours: average((replication) => replication.offShiftHours),
    availableHours: average((replication) => replication.availableHours),
  };
}
