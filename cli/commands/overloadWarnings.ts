// Warnings for a run whose demand outgrows its capacity: the queues grow for the whole run, so its
// figures describe a run of that length, not a steady state.
import type { RunDocument } from '../../scenarios/index.ts';

/** Share of available time above which a team counts as saturated. */
const SATURATED = 0.98;

/**
 * One warning per saturated team when items were still open at the end, saying that the run was bounded
 * by its length and what to change.
 * @example
 * overloadWarnings(document, 8_760); // => ['team "desk" was busy 99.6% of its available time, ...']
 */
export function overloadWarnings(document: RunDocument, hours: number): string[] {
  const open = document.openAtEnd.mean ?? 0;
  if (!(open > 0)) return [];
  return Object.entries(document.metrics.utilisation.byTeam)
    .filter(([, team]) => (team.mean ?? 0) >= SATURATED)
    .map(
      ([name, team]) =>
        `team "${name}" was busy ${(100 * (team.mean ?? 0)).toFixed(1)}% of its available time and ${open.toFixed(0)} items were still open at the end on average: demand may exceed capacity, and the figures describe runs bounded at ${hours} h, not a steady state (add people, or lower the demand)`,
    );
}
