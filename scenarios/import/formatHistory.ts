// An export's history as the terminal shows it: tickets and unresolved, lead time beside the simulated
// one when there is a run, the busiest hours of the week and reassignments; for `import` and `run`.
import type { SupportMetrics } from '../results/supportMetrics.ts';
import { REASSIGNMENT_GROUP_NAMES } from '../results/supportMetrics.ts';
import { alignedTable, formatNumber, formatShare } from '../results/terminalText.ts';
import type { HistoryBlock } from './exportHistory.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A simulated lead time to put beside the history's. */
interface SimulatedLeadTime {
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p85: number | null;
  readonly p95: number | null;
}

/**
 * The history's lines: a table of lead time (with the simulated row when given), arrivals per week and
 * the busiest hours, and reassignments.
 * @param history - the history block
 * @param simulated - the run's lead time, to show beside the history's
 * @param simulatedSupport - the run's reassignments, to show beside the history's
 * @returns the lines
 * @example
 * formatHistory(history, document.metrics.leadTime)[0];
 * // => 'History of incidents.csv: 412 tickets, 9 never resolved'
 */
export function formatHistory(
  history: HistoryBlock,
  simulated?: SimulatedLeadTime,
  simulatedSupport?: SupportMetrics,
): string[] {
  const { leadTime } = history;
  const row = (label: string, figures: SimulatedLeadTime): string[] => [
    label,
    formatNumber(figures.mean),
    formatNumber(figures.p50),
    formatNumber(figures.p85),
    formatNumber(figures.p95),
  ];
  const table = [['lead time (h)', 'mean', 'p50', 'p85', 'p95'], row('history', leadTime)];
  if (simulated !== undefined) table.push(row('simulated', simulated));
  const weekly = history.arrivalsByHourOfWeek.reduce((sum, mean) => sum + mean, 0);
  const busiest = history.arrivalsByHourOfWeek
    .map((mean, hour) => ({ mean, hour }))
    .filter((entry) => entry.mean > 0)
    .sort((first, second) => second.mean - first.mean || first.hour - second.hour)
    .slice(0, 3)
    .map(
      ({ mean, hour }) =>
        `${DAYS[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, '0')}:00 (${formatNumber(mean)})`,
    );
  const lines = [
    `History of ${history.source}: ${history.tickets} tickets, ${history.unresolved} never resolved`,
    alignedTable(table),
    `Arrivals: ${formatNumber(weekly)} a week on average; busiest hours ${busiest.length === 0 ? 'n/a' : busiest.join(', ')}`,
  ];
  const reassignments = history.reassignments;
  if (reassignments !== null && simulatedSupport !== undefined) {
    // Shares of tickets by reassignment count, the export's beside the model's.
    const total = REASSIGNMENT_GROUP_NAMES.reduce((sum, name) => sum + (reassignments[name] ?? 0), 0);
    const historyShares = REASSIGNMENT_GROUP_NAMES.map((name) =>
      formatShare(total > 0 ? (reassignments[name] ?? 0) / total : null),
    );
    const simulatedShares = REASSIGNMENT_GROUP_NAMES.map((name) =>
      formatShare(simulatedSupport.reassignments.shares[name].mean),
    );
    lines.push(
      alignedTable([
        ['reassignments', ...REASSIGNMENT_GROUP_NAMES, 'resolved without'],
        ['history', ...historyShares, formatShare(history.resolvedWithoutReassignment)],
        ['simulated', ...simulatedShares, formatShare(simulatedSupport.resolvedWithoutReassignment.mean)],
      ]),
    );
  } else if (reassignments !== null) {
    const counts = Object.entries(reassignments)
      .map(([times, count]) => `${times}: ${count}`)
      .join(', ');
    lines.push(
      `Reassignments per ticket: ${counts}; resolved without reassignment ${formatShare(history.resolvedWithoutReassignment)}`,
    );
  }
  return lines;
}
