// The headline sentence and the key numbers table of a report page, as plain data (rows of text), so
// that the page and its tests read the same figures.
import type { ReportInput } from '../reportInput.ts';

// A number with at most 3 significant digits, thousands separated.
function shown(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '–';
  const text =
    Math.abs(value) >= 1000
      ? Math.round(value).toLocaleString('en-GB')
      : String(Number(value.toPrecision(3)));
  return `${text}${unit}`;
}

/**
 * One sentence that answers the report's question at a glance.
 * @example
 * headline({ kind: 'run', runs: [document] }); // => 'pooling: items take 1.8 h on average; 85% are done within 3.2 h.'
 */
export function headline(input: ReportInput): string {
  if (input.sweep !== undefined) {
    const points = input.sweep.points;
    const waits = points.map((point) => point.metrics.waitTime.mean ?? 0);
    return `${input.sweep.scenario}: across ${points.length} points of ${input.sweep.parameters.join(', ')}, the mean wait runs from ${shown(Math.min(...waits))} h to ${shown(Math.max(...waits))} h.`;
  }
  const compare = input.compare;
  if (compare !== undefined) {
    const base = compare.variants[0];
    return compare.variants
      .slice(1)
      .map((variant) => {
        const lead = variant.diff?.leadTime;
        const realised = variant.diff?.value.realised;
        const wait = variant.diff?.waitTime;
        const waitText =
          wait === null || wait === undefined
            ? ''
            : `; mean wait ${shown(base?.metrics.waitTime.mean, ' h')} → ${shown(variant.metrics.waitTime.mean, ' h')}`;
        const gain = variant.diff?.value.return;
        const leadText =
          lead === null || lead === undefined
            ? 'no lead time to compare'
            : `mean lead time ${shown(base?.metrics.leadTime.mean, ' h')} → ${shown(variant.metrics.leadTime.mean, ' h')} (${lead.mean < 0 ? '' : '+'}${shown(lead.mean, ' h')}, 95% interval ${shown(lead.ci95?.[0])} to ${shown(lead.ci95?.[1], ' h')}${lead.ci95 !== null && lead.ci95[0] <= 0 && lead.ci95[1] >= 0 ? ', may be chance' : ''})`;
        const valueText =
          realised === null || realised === undefined || (base?.value.potential.mean ?? 0) === 0
            ? ''
            : `; realised value ${realised.mean < 0 ? '' : '+'}${shown(realised.mean)} (95% interval ${shown(realised.ci95?.[0])} to ${shown(realised.ci95?.[1])})${gain === null || gain === undefined ? '' : `, return ${gain.mean < 0 ? '' : '+'}${shown(gain.mean)} (95% interval ${shown(gain.ci95?.[0])} to ${shown(gain.ci95?.[1])})`}`;
        return `${variant.scenario} against ${compare.baseline}: ${leadText}${waitText}${valueText}.`;
      })
      .join(' ');
  }
  const run = input.runs[0];
  if (run === undefined) return '';
  const lead = run.metrics.leadTime;
  return `${run.scenario}: items take ${shown(lead.mean, ' h')} on average (95% interval ${shown(lead.ci95?.[0])} to ${shown(lead.ci95?.[1], ' h')}); 85% are done within ${shown(lead.p85, ' h')}.`;
}

/**
 * The key numbers: a header row of scenario names, then a row per measure, means over replications.
 * @example
 * keyNumbers({ kind: 'run', runs: [document] })[1]?.[0]; // => 'mean lead time'
 */
export function keyNumbers(input: ReportInput): string[][] {
  if (input.sweep !== undefined) {
    const sweep = input.sweep;
    return [
      [...sweep.parameters, 'mean lead time', 'lead time p85', 'mean wait', 'throughput', 'utilisation'],
      ...sweep.points.map((point) => [
        ...sweep.parameters.map((name) => String(point.set[name])),
        shown(point.metrics.leadTime.mean, ' h'),
        shown(point.metrics.leadTime.p85, ' h'),
        shown(point.metrics.waitTime.mean, ' h'),
        shown(point.metrics.throughput.mean, ' /week'),
        shown(point.metrics.utilisation.mean === null ? null : point.metrics.utilisation.mean * 100, '%'),
      ]),
    ];
  }
  const runs = input.runs;
  const row = (label: string, read: (run: (typeof runs)[number]) => string) => [label, ...runs.map(read)];
  const rows = [
    ['', ...runs.map((run) => run.scenario)],
    row('mean lead time', (run) => shown(run.metrics.leadTime.mean, ' h')),
    row(
      'lead time p50 / p85 / p95',
      (run) =>
        `${shown(run.metrics.leadTime.p50)} / ${shown(run.metrics.leadTime.p85)} / ${shown(run.metrics.leadTime.p95, ' h')}`,
    ),
    row('mean wait in queues', (run) => shown(run.metrics.waitTime.mean, ' h')),
    row('throughput', (run) => shown(run.metrics.throughput.mean, ' items/week')),
    row('utilisation', (run) =>
      shown(run.metrics.utilisation.mean === null ? null : run.metrics.utilisation.mean * 100, '%'),
    ),
    row('handoffs per item', (run) => shown(run.metrics.handoffs.mean)),
    row('open at end', (run) => shown(run.openAtEnd.mean, ' items')),
  ];
  if (runs.some((run) => run.metrics.serviceLevel !== undefined)) {
    rows.push(
      row('service level', (run) =>
        shown(
          run.metrics.serviceLevel?.mean === null || run.metrics.serviceLevel === undefined
            ? null
            : (run.metrics.serviceLevel.mean ?? 0) * 100,
          '%',
        ),
      ),
    );
  }
  if (runs.some((run) => (run.value.potential.mean ?? 0) > 0)) {
    rows.push(
      row('potential value', (run) => shown(run.value.potential.mean)),
      row('realised value', (run) => shown(run.value.realised.mean)),
      row('cost', (run) => shown(run.value.cost.mean)),
      row('return', (run) => shown(run.value.return.mean)),
    );
  }
  rows.push(row('replications', (run) => String(run.reps)));
  return rows;
}
