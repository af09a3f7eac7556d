// What reading a large ticket export costs: a 100 000-row synthetic incident event log read through a
// mapping (grouped by ticket, dates detected) with its history, against the bare floor of splitting the
// same text into lines and fields, timed back to back in pairs.
import { exportHistory, readExport } from '../scenarios/index.ts';
import { machine, print } from './benchOutput.ts';
import { syntheticIncidentExport } from './syntheticExport.ts';

const PAIRS = 5;
const MAPPING = {
  columns: {
    id: 'number',
    opened: 'opened_at',
    resolved: 'resolved_at',
    priority: 'priority',
    group: 'assignment_group',
    reassignments: 'reassignment_count',
    type: 'category',
  },
  eventLog: true,
} as const;

function seconds(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Incidents enough for at least `rows` rows, and the export cut to exactly that many rows. */
function exportOfRows(rows: number): string {
  const text = syntheticIncidentExport({
    incidents: Math.ceil(rows / 2),
    seed: 7,
    ratePerHour: 6,
    start: Date.UTC(2024, 0, 1),
  });
  return `${text
    .split('\n')
    .slice(0, rows + 1)
    .join('\n')}\n`;
}

/**
 * Prints one `export-import` line: the median over pairs of the seconds to read 100 000 rows through the
 * mapping and compute the history, the median seconds to split the same text into fields, and their ratio.
 * @example
 * runExportImportBenchmark(); // prints {"case":"export-import","rows":100000,"seconds":0.9,...}
 */
export function runExportImportBenchmark(): void {
  const rows = 100_000;
  const text = exportOfRows(rows);
  const reads: number[] = [];
  const splits: number[] = [];
  let tickets = 0;
  let fieldCount = 0;
  for (let pair = 0; pair < PAIRS; pair++) {
    splits.push(
      seconds(() => {
        fieldCount = 0;
        for (const line of text.split('\n')) fieldCount += line.split(',').length;
      }),
    );
    reads.push(
      seconds(() => {
        const reading = readExport(text, MAPPING, 'synthetic.csv');
        tickets = exportHistory(reading).tickets;
      }),
    );
  }
  const median = (values: number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const read = median(reads);
  const split = median(splits);
  print({
    case: 'export-import',
    rows,
    tickets,
    megabytes: Number((text.length / 1e6).toFixed(1)),
    seconds: Number(read.toFixed(3)),
    baselineSplitSeconds: Number(split.toFixed(3)),
    readToSplitRatio: Number((read / split).toFixed(1)),
    fields: fieldCount,
    ...machine(),
  });
}
