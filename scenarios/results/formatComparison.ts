// The terminal summary of `valueflow compare`: each scenario's headline metrics side by side, one sentence
// per variant on how it changes the mean lead time, with the 95% interval of the change, and the value
// block when any scenario values anything.
import type { CompareDocument, Difference } from './compareRuns.ts';
import { valueComparisonLines } from './formatValue.ts';
import { alignedTable, formatInterval, formatNumber, formatShare } from './terminalText.ts';

/**
 * A readable comparison for the terminal. Times are in hours.
 * @example
 * console.log(formatComparison(compareRuns([baseline, pooled])));
 * // scenario    lead time (h)  wait time (h)  throughput (items/week)  utilisation
 * // two teams   ...
 * //
 * // Variant pooled cuts mean lead time by 0.65 h (95% CI 0.61 to 0.69 h), 32.1% less than the baseline.
 */
export function formatComparison(document: CompareDocument): string {
  const header = [
    'scenario',
    'reps',
    'lead time (h)',
    'wait time (h)',
    'throughput (items/week)',
    'utilisation',
  ];
  const rows = document.variants.map((variant) => [
    variant.scenario,
    String(variant.reps),
    formatNumber(variant.metrics.leadTime.mean),
    formatNumber(variant.metrics.waitTime.mean),
    formatNumber(variant.metrics.throughput.mean),
    formatShare(variant.metrics.utilisation.mean),
  ]);
  const lines = [`Baseline: ${document.baseline}`, '', alignedTable([header, ...rows])];
  const sentences = document.variants.flatMap((variant) =>
    variant.diff === null ? [] : [leadTimeSentence(variant.scenario, variant.diff.leadTime ?? null)],
  );
  if (sentences.length > 0) lines.push('', ...sentences);
  const open = document.variants.filter((variant) => (variant.openAtEnd.mean ?? 0) > 0);
  if (open.length > 0) {
    lines.push(
      '',
      `Items were still open at the end in ${open.map((variant) => variant.scenario).join(', ')}; ` +
        'the times cover finished items only.',
    );
  }
  const value = valueComparisonLines(document.variants);
  if (value.length > 0) lines.push('', ...value);
  return lines.join('\n');
}

/**
 * One sentence on a variant's change in mean lead time against the baseline.
 * @example
 * leadTimeSentence('X', { mean: -1.23, ci95: [-1.45, -1.01], relative: -0.23, pairs: 20 });
 * // => 'Variant X cuts mean lead time by 1.23 h (95% CI 1.01 to 1.45 h), 23.0% less than the baseline.'
 */
export function leadTimeSentence(name: string, difference: Difference | null): string {
  if (difference === null) return `Variant ${name}: no lead time to compare (no item completed in both).`;
  if (difference.mean === 0) return `Variant ${name} leaves mean lead time unchanged.`;
  const cuts = difference.mean < 0;
  const interval = difference.ci95;
  // A cut is told as a positive amount, so its interval is negated and turned round.
  const change = interval === null ? null : cuts ? ([-interval[1], -interval[0]] as const) : interval;
  const relative =
    difference.relative === null
      ? ''
      : `, ${formatShare(Math.abs(difference.relative))} ${cuts ? 'less' : 'more'} than the baseline`;
  const chance =
    interval !== null && interval[0] <= 0 && interval[1] >= 0
      ? ' The interval includes 0: the difference may be chance.'
      : '';
  return (
    `Variant ${name} ${cuts ? 'cuts' : 'raises'} mean lead time by ${formatNumber(Math.abs(difference.mean))} h ` +
    `(95% CI ${formatInterval(change)} h)${relative}.${chance}`
  );
}
