// Utilisation of each person and team over the measured window: busy hours against the hours they were
// available (on shift, or called in for on-call people), with idle and off-shift hours beside.
import type { ServiceSystem } from '../flow/serviceSystem.ts';

/** One person's hours in the measured window. */
export interface PersonResults {
  readonly name: string;
  readonly team: string;
  /** Working hours with at least one item in hand. */
  readonly busyHours: number;
  /** Hours on shift in the window (24x7 without a calendar); for on-call people, hours called in. */
  readonly availableHours: number;
  /** busyHours / availableHours; null when the person was never available. */
  readonly utilisation: number | null;
  /** Available hours with nothing in hand. */
  readonly idleHours: number;
  /** Hours of the window outside the person's calendar. */
  readonly offShiftHours: number;
  /** Hours called in (on-call people; 0 for others). */
  readonly onCallHours: number;
}

/** One team's hours in the measured window: its people's, added up. */
export interface TeamResults {
  readonly name: string;
  /** busyHours / availableHours of the team; null when nobody in it was ever available. */
  readonly utilisation: number | null;
  readonly busyHours: number;
  readonly availableHours: number;
}

/**
 * The people's and teams' hours of a replication at its current time.
 * @example
 * utilisationResults(system, 8_592).teams[0]?.utilisation; // => 0.74
 */
export function utilisationResults(
  system: ServiceSystem,
  measuredHours: number,
): { readonly people: readonly PersonResults[]; readonly teams: readonly TeamResults[] } {
  const now = system.simulation.now;
  const windowStart = system.metrics.windowStart;
  const people = system.workers.map((worker): PersonResults => {
    const calendar = worker.person.calendar;
    const windowHours =
      calendar === undefined ? measuredHours : calendar.workingHoursBetween(windowStart, now);
    const onCallHours = worker.onCallHoursAt(now);
    const availableHours = worker.person.onCall ? Math.min(windowHours, onCallHours) : windowHours;
    return {
      name: worker.name,
      team: system.model.teams[worker.person.team]?.name ?? '',
      busyHours: worker.busyHours,
      availableHours,
      utilisation: utilisationOf(worker.busyHours, availableHours),
      idleHours: Math.max(0, availableHours - worker.busyHours),
      offShiftHours: measuredHours - windowHours,
      onCallHours,
    };
  });
  const teams = system.model.teams.map((team): TeamResults => {
    const members = team.people.flatMap((index) => people[index] ?? []);
    const busyHours = members.reduce((sum, person) => sum + person.busyHours, 0);
    const availableHours = members.reduce((sum, person) => sum + person.availableHours, 0);
    return {
      name: team.name,
      utilisation: utilisationOf(busyHours, availableHours),
      busyHours,
      availableHours,
    };
  });
  return { people, teams };
}

/**
 * Busy over available hours; null when none were available. The two are sums of different pieces of the
 * same working time (busy spells; shifts or on-call spells), so a person busy all the time can come out a
 * rounding error above 1 (1.0000000000000004 was seen): that is clamped to 1; more is left to show.
 * @example
 * utilisationOf(30, 40); // => 0.75
 */
export function utilisationOf(busyHours: number, availableHours: number): number | null {
  if (!(availableHours > 0)) return null;
  const utilisation = busyHours / availableHours;
  return utilisation > 1 && utilisation < 1 + 1e-9 ? 1 : utilisation;
}
