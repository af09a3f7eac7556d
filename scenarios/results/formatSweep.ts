// The terminal summary of `valueflow sweep`: one row per point, its parameter values then the headline
// metrics with the 95% interval of the mean lead time, and, when the scenario values its work or pays its
// people, realised value, cost and return.

import { hasPotentialValue } from './runValue.ts';
import type { SweepDocument } from './sweepDocument.ts';
import { alignedTable, formatInterval, formatMoney, formatNumber, formatShare } from './terminalText.ts';

/**
 * A readable sweep table for the terminal. Times are in hours.
 * @example
 * console.log(formatSweep(sweepDocument({ scenario: 'desk size', parameters: ['teams.desk.preset.count'], points })));
 * // desk size: 2 points
 * //
 * // teams.desk.preset.count  lead time (h)  95% CI        wait time (h)  throughput (items/week)  utilisation
 * // 4                                 1.43  1.40 to 1.46  ...
 */
export function formatSweep(document: SweepDocument): string {
  const money = document.points.some(
    (point) => hasPotentialValue(point.value) || (point.value.cost.mean ?? 0) > 0,
  );
  const header = [
    ...document.parameters,
    'lead time (h)',
    '95% CI',
    'wait time (h)',
    'throughput (items/week)',
    'utilisation',
    ...(money ? ['realised', 'cost', 'return'] : []),
  ];
  const rows = document.points.map((point) => [
    ...document.parameters.map((parameter) => String(point.set[parameter] ?? 'n/a')),
    formatNumber(point.metrics.leadTime.mean),
    formatInterval(point.metrics.leadTime.ci95),
    formatNumber(point.metrics.waitTime.mean),
    formatNumber(point.metrics.throughput.mean),
    formatShare(point.metrics.utilisation.mean),
    ...(money
      ? [point.value.realised, point.value.cost, point.value.return].map((figure) => formatMoney(figure.mean))
      : []),
  ]);
  const lines = [
    `${document.scenario}: ${document.points.length} point${document.points.length === 1 ? '' : 's'}`,
    '',
    alignedTable([header, ...rows]),
  ];
  if (document.points.some((point) => (point.openAtEnd.mean ?? 0) > 0)) {
    lines.push('', 'Items were still open at the end at some points; the times cover finished items only.');
  }
  return lines.join('\n');
}
