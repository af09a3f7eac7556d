// replications.csv: one row per scenario, replication and measure, from the replication summaries a run
// holds, so that a spreadsheet can redo any average or interval of the report.
import { type ReplicationSummary, replicationMeasures } from '../scenarios/index.ts';

/**
 * The replications of one scenario.
 * @example
 * const batch: ScenarioReplications = { scenario: 'pooling', summaries };
 */
export interface ScenarioReplications {
  readonly scenario: string;
  readonly summaries: readonly ReplicationSummary[];
}

// Quotes a CSV field that needs it.
function field(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV text `scenario,replication,metric,value`: each replication's headline measures (hours, items
 * per week, shares) and value figures, in replication order; an empty value where it observed nothing.
 * @example
 * replicationsCsv([{ scenario: 'pooling', summaries }]).split('\n')[1]; // => 'pooling,0,leadTime,1.82...'
 */
export function replicationsCsv(batches: readonly ScenarioReplications[]): string {
  const lines = ['scenario,replication,metric,value'];
  for (const batch of batches) {
    const ordered = [...batch.summaries].sort((first, second) => first.replication - second.replication);
    for (const summary of ordered) {
      const figures: [string, number | null][] = Object.entries(replicationMeasures(summary.results));
      const value = summary.value;
      figures.push(['value.potential', value.potential], ['value.realised', value.realised]);
      for (const [cause, amount] of Object.entries(value.leakage))
        figures.push([`value.leakage.${cause}`, amount]);
      figures.push(
        ['value.openAtEnd', value.openAtEnd],
        ['value.cost', value.cost],
        ['value.return', value.return],
      );
      for (const [metric, amount] of figures) {
        lines.push(
          `${field(batch.scenario)},${summary.replication},${metric},${amount === null || !Number.isFinite(amount) ? '' : amount}`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
