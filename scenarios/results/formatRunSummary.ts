// The terminal summary of `valueflow run`: a table of the headline metrics with their 95% intervals and
// percentiles, a line on the items still open at the end, the value block when the model values anything,
// and the backlog forecast when there is one.

import { formatHistory } from '../import/formatHistory.ts';
import type { MeanWithInterval } from './acrossReplications.ts';
import type { RunDocument } from './aggregateRun.ts';
import { valueLines } from './formatValue.ts';
import type { RunForecast } from './runForecast.ts';
import type { RunMetrics } from './runMetrics.ts';
import { alignedTable, formatInterval, formatNumber, formatShare } from './terminalText.ts';

// A row of a mean and its interval, without percentiles.
function meanRow(
  label: string,
  figure: MeanWithInterval,
  format: (value: number | null) => string = formatNumber,
): string[] {
  return [label, format(figure.mean), formatInterval(figure.ci95, format), '', '', ''];
}

// The headline metrics as table rows: measure, mean, 95% CI, p50, p85, p95.
function metricRows(metrics: RunMetrics): string[][] {
  const rows = [
    timeRow('lead time (h)', metrics.leadTime),
    timeRow('wait time (h)', metrics.waitTime),
    meanRow('throughput (items/week)', metrics.throughput),
    meanRow('utilisation', metrics.utilisation, formatShare),
    meanRow('handoffs per item', metrics.handoffs),
  ];
  // Where work changed teams: how often, how much was resolved without it, and how long the rest took.
  const support = metrics.support;
  if ((support.reassignments.mean ?? 0) > 0) {
    rows.push(
      meanRow('reassignments per item', support.reassignments),
      meanRow('resolved without reassignment', support.resolvedWithoutReassignment, formatShare),
      meanRow('lead time if reassigned (h)', support.reassignedLeadTime),
    );
  }
  const serviceLevel = metrics.serviceLevel;
  if (serviceLevel !== undefined) {
    const target = serviceLevel.target === null ? '' : ` within ${formatNumber(serviceLevel.target)} h`;
    rows.push(meanRow(`service level${target}`, serviceLevel, formatShare));
  }
  return rows;
}

/**
 * A readable summary of a run document for the terminal. Times are in hours.
 * @example
 * console.log(formatRunSummary(aggregateRun({ scenario: 'pooling', seed: 42, summaries })));
 * // pooling: 20 replications, seed 42
 * //
 * // measure                  mean  95% CI        p50   p85   p95
 * // lead time (h)            1.43  1.40 to 1.46  0.93  2.41  3.50
 * // ...
 */
export function formatRunSummary(document: RunDocument): string {
  const replications = `${document.reps} replication${document.reps === 1 ? '' : 's'}`;
  const lines = [
    `${document.scenario}: ${replications}, seed ${document.seed}`,
    '',
    alignedTable([['measure', 'mean', '95% CI', 'p50', 'p85', 'p95'], ...metricRows(document.metrics)]),
  ];
  const open = document.openAtEnd.mean;
  if (open !== null && open > 0) {
    lines.push(
      '',
      `${formatNumber(open)} items were still open at the end on average; the times above cover finished items only.`,
    );
  }
  const withDemand = document.metrics.utilisation.withDemand;
  if (withDemand !== undefined) {
    lines.push(
      '',
      `Utilisation while demand arrived (to ${formatNumber(withDemand.untilHours)} h): ${formatShare(withDemand.mean)} ` +
        `(95% CI ${formatInterval(withDemand.ci95, formatShare)}); the table's covers the whole run.`,
    );
  }
  if (document.history !== undefined)
    lines.push('', ...formatHistory(document.history, document.metrics.leadTime, document.metrics.support));
  const value = valueLines(document.value);
  if (value.length > 0) lines.push('', ...value);
  if (document.forecast !== undefined) lines.push('', ...forecastLines(document.forecast));
  return lines.join('\n');
}

function timeRow(label: string, metric: RunMetrics['leadTime']): string[] {
  return [
    label,
    formatNumber(metric.mean),
    formatInterval(metric.ci95),
    formatNumber(metric.p50),
    formatNumber(metric.p85),
    formatNumber(metric.p95),
  ];
}

function forecastLines(forecast: RunForecast): string[] {
  const time = forecast.completionTime;
  const lines = [
    `Forecast for a backlog of ${forecast.backlog} items: done after ${formatNumber(time.mean)} h on average ` +
      `(95% CI ${formatInterval(time.ci95)} h); within ${formatNumber(time.p85)} h in 85% of the replications ` +
      `(50%: ${formatNumber(time.p50)} h, 95%: ${formatNumber(time.p95)} h).`,
  ];
  if (forecast.unfinished > 0) {
    lines.push(
      `${forecast.unfinished} of ${forecast.replications} replications did not finish the backlog within the run's length.`,
    );
  }
  for (const entry of forecast.doneBy) {
    lines.push(
      `By ${formatNumber(entry.hours)} h: ${formatNumber(entry.mean)} items done on average (95% CI ` +
        `${formatInterval(entry.ci95)}); at least ${formatNumber(entry.atLeast.p85)} in 85% of the replications.`,
    );
  }
  return lines;
}
