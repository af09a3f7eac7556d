// A synthetic incident export in the shape a service-management tool writes (one row per update of an
// incident, dates dd-mm-yyyy HH:MM, priorities "3 - Moderate"), from a seeded stream: for the export
// benchmark and the library's incident-history scenario. No real data.
import { stream } from '../engine/index.ts';

/** Options of {@link syntheticIncidentExport}. */
export interface SyntheticExportOptions {
  /** Incidents to write (each gives 2 to 6 rows). */
  readonly incidents: number;
  readonly seed: number;
  /** Incidents opened per hour in office hours (Mon-Fri 08:00-18:00); a tenth of it at other times. */
  readonly ratePerHour: number;
  /** Start, milliseconds since 1970 (a Monday 00:00 keeps weeks whole). */
  readonly start: number;
}

const PRIORITIES = ['1 - Critical', '2 - High', '3 - Moderate', '4 - Low'];
const PRIORITY_WEIGHTS = [0.03, 0.12, 0.6, 0.25];
const CATEGORIES = ['Network', 'Software', 'Hardware', 'Database', 'Inquiry / Help'];
const GROUPS = ['Service Desk', 'Network Support', 'Application Support', 'Database Support'];
const HEADER =
  'number,incident_state,opened_at,resolved_at,closed_at,priority,reassignment_count,assignment_group,category';

const two = (value: number): string => String(value).padStart(2, '0');

/**
 * A date as such exports write it: day first, dd-mm-yyyy HH:MM.
 * @example
 * dayFirst(Date.UTC(2024, 1, 5, 9, 7)); // => '05-02-2024 09:07'
 */
export function dayFirst(milliseconds: number): string {
  const date = new Date(milliseconds);
  return `${two(date.getUTCDate())}-${two(date.getUTCMonth() + 1)}-${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/**
 * Writes a synthetic export: arrivals by thinning a Poisson process (office hours at the full rate, other
 * hours at a tenth), a lognormal-like time to resolve (median about 8 h), 0 to 5 reassignments, about 3%
 * never resolved, one row per state change (New, Active per assignment, Resolved, Closed).
 *
 * @param options - how many incidents, the seed, the rate and the start
 * @returns the CSV text
 * @example
 * syntheticIncidentExport({ incidents: 2, seed: 1, ratePerHour: 2, start: Date.UTC(2024, 0, 1) }).split('\n')[0];
 * // => 'number,incident_state,opened_at,resolved_at,closed_at,priority,reassignment_count,assignment_group,category'
 */
export function syntheticIncidentExport(options: SyntheticExportOptions): string {
  const rng = stream(options.seed, 0, 'synthetic-export');
  const lines = [HEADER];
  const hour = 3_600_000;
  let time = options.start;
  const pick = <Value>(values: readonly Value[]): Value => values[Math.floor(rng() * values.length)] as Value;
  for (let incident = 1; incident <= options.incidents; incident++) {
    // Thinning: candidate gaps at the full rate, kept at a tenth outside office hours.
    for (;;) {
      time += (-Math.log(1 - rng()) / options.ratePerHour) * hour;
      const date = new Date(time);
      const day = (date.getUTCDay() + 6) % 7;
      const office = day < 5 && date.getUTCHours() >= 8 && date.getUTCHours() < 18;
      if (office || rng() < 0.1) break;
    }
    const opened = Math.floor(time / 60_000) * 60_000;
    const number = `INC${String(incident).padStart(7, '0')}`;
    let draw = rng();
    let level = 0;
    while (level < 3 && draw >= (PRIORITY_WEIGHTS[level] ?? 1)) draw -= PRIORITY_WEIGHTS[level++] ?? 0;
    const priority = PRIORITIES[level] ?? '3 - Moderate';
    const category = pick(CATEGORIES);
    const reassignments = Math.min(5, Math.floor(-Math.log(1 - rng()) * 0.9));
    // exp of a sum of uniforms: roughly lognormal, median about 8 hours.
    const normal = rng() + rng() + rng() + rng() - 2;
    const resolveHours = 8 * Math.exp(1.6 * normal);
    const resolved = rng() < 0.03 ? undefined : opened + Math.max(1, Math.round(resolveHours * 60)) * 60_000;
    const row = (state: string, group: string, count: number, resolvedAt: string, closedAt: string) =>
      [number, state, dayFirst(opened), resolvedAt, closedAt, priority, count, group, category].join(',');
    lines.push(row('New', GROUPS[0] ?? '', 0, '', ''));
    let group = GROUPS[0] ?? '';
    for (let count = 1; count <= reassignments; count++) {
      group = pick(GROUPS);
      lines.push(row('Active', group, count, '', ''));
    }
    if (resolved !== undefined) {
      lines.push(row('Resolved', group, reassignments, dayFirst(resolved), ''));
      lines.push(row('Closed', group, reassignments, dayFirst(resolved), dayFirst(resolved + 72 * hour)));
    }
  }
  return `${lines.join('\n')}\n`;
}
