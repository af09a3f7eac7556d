// One row per item that left in the measured window of one replication, as CSV: what `valueflow run
// --items FILE.csv` writes, for a spreadsheet or a control chart of one's own.
import type { ItemRecordsView } from '../engine/index.ts';

const HEADER = [
  'id',
  'workType',
  'priority',
  'outcome',
  'arrivalHours',
  'startHours',
  'finishHours',
  'leadTimeHours',
  'waitHours',
  'touchHours',
  'blockedHours',
  'handoffs',
  'reassignments',
];

/**
 * The records as CSV text with a header row; times in hours from the start of the run, an empty cell for
 * an item that never started. Work type names containing a comma or a quote are quoted.
 * @example
 * itemCsv(live.records, ['incident']).split('\n')[0]; // => 'id,workType,priority,outcome,arrivalHours,...'
 */
export function itemCsv(records: ItemRecordsView, typeNames: readonly string[]): string {
  const lines = [HEADER.join(',')];
  for (let position = 0; position < records.count; position++) {
    const record = records.at(position);
    const number = (value: number): string => (Number.isFinite(value) ? String(value) : '');
    lines.push(
      [
        record.id,
        csvField(typeNames[record.typeIndex] ?? String(record.typeIndex)),
        record.priority,
        record.outcome,
        number(record.arrival),
        number(record.start),
        number(record.finish),
        number(record.finish - record.arrival),
        number(record.waitTime),
        number(record.touchTime),
        number(record.blockedTime),
        record.handoffs,
        record.reassignments,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
