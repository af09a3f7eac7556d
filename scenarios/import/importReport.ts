// What `valueflow import` says about an export and writes for it: the tickets, date range, columns used,
// types found, the history's figures and the warnings; and the scenario block that replays the export.
import { stringify } from 'yaml';
import { formatNumber } from '../results/terminalText.ts';
import { exportHistory, type HistoryBlock } from './exportHistory.ts';
import type { ExportMapping } from './exportMapping.ts';
import type { ExportReading } from './readExport.ts';

/**
 * What an import found, as `valueflow import --json` prints it.
 * @example
 * importReport(reading).tickets; // => 412
 */
export interface ImportReport {
  readonly source: string;
  readonly rows: number;
  readonly tickets: number;
  readonly unresolved: number;
  /** First and last opened time, as written (ISO 8601 without a zone); null without tickets. */
  readonly opened: { readonly first: string; readonly last: string } | null;
  readonly dates: ExportReading['dateOrder'];
  readonly columns: ExportReading['columnsUsed'];
  /** Tickets by type after the types map; tickets without a type under "". */
  readonly types: Readonly<Record<string, number>>;
  readonly history: HistoryBlock;
  readonly warnings: readonly string[];
}

const asWritten = (milliseconds: number): string =>
  new Date(milliseconds).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The report of an export read.
 * @param reading - the export, read by readExport
 * @returns tickets, date range, columns, types, history and warnings
 * @example
 * importReport(reading).opened; // => { first: '2024-01-02 08:15', last: '2024-03-29 17:40' }
 */
export function importReport(reading: ExportReading): ImportReport {
  const types: Record<string, number> = {};
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const ticket of reading.tickets) {
    const type = ticket.typeName ?? '';
    types[type] = (types[type] ?? 0) + 1;
    first = Math.min(first, ticket.opened);
    last = Math.max(last, ticket.opened);
  }
  return {
    source: reading.source,
    rows: reading.rowCount,
    tickets: reading.tickets.length,
    unresolved: reading.unresolved,
    opened: reading.tickets.length === 0 ? null : { first: asWritten(first), last: asWritten(last) },
    dates: reading.dateOrder,
    columns: reading.columnsUsed,
    types,
    history: exportHistory(reading),
    warnings: reading.warnings,
  };
}

/**
 * The report's first lines, before the history's: what was read and how.
 * @example
 * formatImportFindings(report)[0]; // => 'incidents.csv: 5998 rows, 412 tickets (9 never resolved)'
 */
export function formatImportFindings(report: ImportReport): string[] {
  const columns = Object.entries(report.columns)
    .map(([field, column]) => `${field} = "${column}"`)
    .join(', ');
  const types = Object.entries(report.types)
    .sort((one, other) => other[1] - one[1])
    .map(([type, count]) => `${type === '' ? '(none)' : type} ${count}`)
    .join(', ');
  return [
    `${report.source}: ${report.rows} rows, ${report.tickets} tickets (${report.unresolved} never resolved)`,
    `Opened from ${report.opened?.first ?? 'n/a'} to ${report.opened?.last ?? 'n/a'}; dates read ${report.dates}`,
    `Columns used: ${columns}`,
    `Types: ${types === '' ? 'n/a' : types}`,
    `Tickets a week: ${formatNumber(report.history.arrivalsByHourOfWeek.reduce((sum, mean) => sum + mean, 0))}`,
  ];
}

/**
 * The scenario block that replays an export through a mapping: one entry of a work type's `arrivals`.
 * @param file - the export's path as the scenario will name it (relative to the scenario file)
 * @param mapping - the mapping
 * @returns YAML text, with a comment saying where it goes
 * @example
 * replayBlock('incidents.csv', { columns: { opened: 'opened_at' }, dates: 'day-first' });
 * // => '# ...\n- replay:\n    file: incidents.csv\n    columns:\n      opened: opened_at\n    dates: day-first\n'
 */
export function replayBlock(file: string, mapping: ExportMapping): string {
  const replay: Record<string, unknown> = { file, columns: { ...mapping.columns } };
  if (mapping.dates !== undefined) replay.dates = mapping.dates;
  if (mapping.eventLog === true) replay.eventLog = true;
  if (mapping.priorities !== undefined) replay.priorities = mapping.priorities;
  if (mapping.types !== undefined) replay.types = mapping.types;
  return (
    "# Written by valueflow import: an entry of a work type's arrivals. Each work type that replays the file\n" +
    '# takes the tickets of its own type (tickets without one are its own); allTypes: true takes them all.\n' +
    stringify([{ replay }])
  );
}
