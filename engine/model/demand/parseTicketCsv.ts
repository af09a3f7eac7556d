// Reading a ticket export (CSV: timestamp, type, priority, effort) into rows to replay, checking every
// row and reporting all problems at once with their line and column in one TicketCsvError.
import { type _CsvSeparator, _detectCsvSeparator, _readCsvRecords } from './csvRecords.ts';
import { DemandParameterError } from './demandParameterError.ts';
import { _isoDateOf, _mondayOfWeek, _parseIsoTimestamp } from './isoTimestamp.ts';
import type { ReplayRow } from './replayArrivals.ts';
import { TicketCsvError, type TicketCsvIssue } from './ticketCsvError.ts';

/** How the timestamp column is written: ISO 8601 date-times, or plain hours since time 0. */
export type TicketTimeUnit = 'hours' | 'iso';

/** Options of {@link parseTicketCsv}. */
export interface TicketCsvOptions {
  /** The file name used in messages, e.g. "tickets.csv"; default "ticket data". */
  readonly source?: string;
  /** How timestamps are written; when omitted, the first row with a readable timestamp decides. */
  readonly timeUnit?: TicketTimeUnit;
}

/** A ticket file, read and checked. */
export interface TicketCsv {
  /** The tickets in time order (stable: equal times keep the file's order), frozen. */
  readonly rows: readonly ReplayRow[];
  /** The file name used in messages. */
  readonly source: string;
  /** How the file wrote its timestamps. */
  readonly timeUnit: TicketTimeUnit;
  /** With ISO timestamps: the UTC Monday that is time 0, as "YYYY-MM-DD". */
  readonly weekStart?: string;
  /** True when the file was not in time order and its rows were sorted. */
  readonly reordered: boolean;
  /** The field separator the file uses: a comma, or a semicolon or tab (detected from its header). */
  readonly separator: _CsvSeparator;
}

const COLUMNS = ['timestamp', 'type', 'priority', 'effort'] as const;
const REQUIRED_COLUMNS = ['timestamp', 'type'] as const;
type ColumnName = (typeof COLUMNS)[number];
/** A checked row before times are converted: `stamp` is hours, or milliseconds since 1970 for ISO. */
interface ParsedTicket {
  line: number;
  stamp: number;
  typeName: string;
  priority?: number;
  effortHours?: number;
}

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA_NUMBER = /^[+-]?\d+,\d+$/;
const SEPARATOR_NAMES: Readonly<Record<_CsvSeparator, string>> = {
  ',': 'a comma',
  ';': 'a semicolon',
  '\t': 'a tab',
};

// A plain number, or NaN; with `decimalComma`, "1,5" reads as 1.5 too.
function readPlainNumber(text: string, decimalComma: boolean): number {
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (decimalComma && DECIMAL_COMMA_NUMBER.test(text)) return Number(text.replace(',', '.'));
  return Number.NaN;
}
const PRIORITY = /^[Pp]?(\d+)$/;

/**
 * Reads a ticket export into rows for {@link replayArrivals}. The first non-blank line is the header;
 * its column names are matched case-insensitively, in any order: `timestamp` and `type` are required,
 * `priority` (a whole number >= 1, "P2" also accepted) and `effort` (hours >= 0) are optional and may be
 * left empty per row; other columns are ignored. Fields follow RFC 4180 (quotes, commas inside quotes).
 * Fields may be separated by commas, or by semicolons or tabs as many spreadsheet exports write them
 * (the header line decides); in a semicolon- or tab-separated file "1,5" reads as one and a half.
 *
 * Timestamps are plain hours since time 0 (Monday 00:00 of week 0), or ISO 8601 date-times such as
 * "2024-03-06T10:15:00Z"; a time without an offset is UTC. ISO times become hours since the Monday
 * 00:00 UTC of the week of the earliest ticket (given back as `weekStart`), so a simulation's time 0 and
 * its weekly profiles line up with the calendar. Rows out of time order are sorted, stably, rather than
 * refused (exports are often ordered by ticket number, not time); `reordered` tells it happened.
 *
 * Every row is checked before anything is returned; all problems are thrown together.
 *
 * @param text - the whole file
 * @param options - `{ source?, timeUnit? }`
 * @returns the rows in time order, with the file name, time unit, week start (ISO) and whether sorted
 * @throws TicketCsvError listing every problem with its line and column, e.g.
 *   `tickets.csv line 7, column "timestamp": "2024-13-45" is not a valid ISO 8601 time or number of hours`
 * @throws DemandParameterError when an option is invalid
 * @example
 * const tickets = parseTicketCsv('Type,Timestamp,Priority\nincident,2024-03-06T10:00Z,P2\n', {
 *   source: 'tickets.csv',
 * });
 * [tickets.weekStart, tickets.rows[0]]; // => ['2024-03-04', { line: 2, time: 58, typeName: 'incident', priority: 2 }]
 */
export function parseTicketCsv(text: string, options: TicketCsvOptions = {}): TicketCsv {
  const source = options.source ?? 'ticket data';
  if (typeof source !== 'string' || source.length === 0) {
    throw new DemandParameterError('parseTicketCsv', 'options.source', 'a non-empty string', source);
  }
  const givenUnit: unknown = options.timeUnit;
  if (givenUnit !== undefined && givenUnit !== 'hours' && givenUnit !== 'iso') {
    throw new DemandParameterError('parseTicketCsv', 'options.timeUnit', "'hours' or 'iso'", givenUnit);
  }
  if (typeof text !== 'string') {
    throw new DemandParameterError('parseTicketCsv', 'text', 'the text of a CSV file', text);
  }
  const separator = _detectCsvSeparator(text);
  // Files separated by semicolons or tabs come from locales that write 1,5 for one and a half.
  const decimalComma = separator !== ',';
  const content = _readCsvRecords(text, separator);
  const issues: TicketCsvIssue[] = content.issues.map((issue) => ({
    line: issue.line,
    message: issue.message,
  }));
  const [header, ...body] = content.records;
  if (header === undefined) {
    issues.push({
      line: 1,
      message: 'the file has no header row (expected columns timestamp, type, priority, effort)',
    });
    throw new TicketCsvError(source, issues);
  }
  const columns = readHeader(header.line, header.fields, issues);
  if (columns === undefined) throw new TicketCsvError(source, issues);

  const reader = new TimestampReader(options.timeUnit, decimalComma);
  const parsed: ParsedTicket[] = [];
  for (const record of body) {
    const { line, fields } = record;
    if (fields.length !== header.fields.length) {
      issues.push({
        line,
        message: `has ${fields.length} fields but the header has ${header.fields.length} (a field holding ${SEPARATOR_NAMES[separator]} needs "double quotes")`,
      });
      continue;
    }
    const cell = (column: ColumnName): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (fields[index] ?? '').trim();
    };
    const issueCount = issues.length;
    const stamp = reader.read(cell('timestamp'), line);
    if (typeof stamp === 'string') issues.push({ line, column: 'timestamp', message: stamp });
    const typeName = cell('type');
    if (typeName === '')
      issues.push({ line, column: 'type', message: 'is empty; every ticket needs a type' });
    const priority = readPriority(cell('priority'));
    if (typeof priority === 'string') issues.push({ line, column: 'priority', message: priority });
    const effortHours = readEffort(cell('effort'), decimalComma);
    if (typeof effortHours === 'string') issues.push({ line, column: 'effort', message: effortHours });
    if (issues.length > issueCount || typeof stamp !== 'number') continue;
    const row: ParsedTicket = { line, stamp, typeName };
    if (typeof priority === 'number') row.priority = priority;
    if (typeof effortHours === 'number') row.effortHours = effortHours;
    parsed.push(row);
  }
  if (issues.length > 0) throw new TicketCsvError(source, issues);

  const timeUnit = reader.unit ?? 'hours';
  let origin = 0;
  if (timeUnit === 'iso' && parsed.length > 0) {
    // A loop rather than Math.min(...stamps), which overflows the stack for a large export.
    let earliest = Number.POSITIVE_INFINITY;
    for (const row of parsed) if (row.stamp < earliest) earliest = row.stamp;
    origin = _mondayOfWeek(earliest);
  }
  const rows: ReplayRow[] = parsed.map(({ line, stamp, ...attributes }) =>
    Object.freeze({
      line,
      time: timeUnit === 'iso' ? (stamp - origin) / 3_600_000 : stamp,
      ...attributes,
    }),
  );
  const reordered = rows.some((row, index) => index > 0 && row.time < (rows[index - 1]?.time ?? 0));
  if (reordered) rows.sort((first, second) => first.time - second.time);
  const result: TicketCsv = {
    rows: Object.freeze(rows),
    source,
    timeUnit,
    reordered,
    separator,
    ...(timeUnit === 'iso' && parsed.length > 0 ? { weekStart: _isoDateOf(origin) } : {}),
  };
  return Object.freeze(result);
}

/** Maps the known columns to their positions, or returns undefined after reporting a missing one. */
function readHeader(
  line: number,
  names: readonly string[],
  issues: TicketCsvIssue[],
): Map<ColumnName, number> | undefined {
  const columns = new Map<ColumnName, number>();
  names.forEach((name, index) => {
    const canonical = COLUMNS.find((column) => column === name.trim().toLowerCase());
    if (canonical === undefined) return;
    const earlier = columns.get(canonical);
    if (earlier === undefined) columns.set(canonical, index);
    else {
      issues.push({
        line,
        column: canonical,
        message: `appears twice in the header (columns ${earlier + 1} and ${index + 1})`,
      });
    }
  });
  const found = names.map((name) => JSON.stringify(name)).join(', ');
  let complete = true;
  for (const required of REQUIRED_COLUMNS) {
    if (columns.has(required)) continue;
    complete = false;
    issues.push({
      line,
      column: required,
      message: `required column is missing (the header has ${found})`,
    });
  }
  return complete ? columns : undefined;
}

/**
 * Reads timestamps in one unit throughout: the option's, or else the first readable one's. Returns the
 * value (hours, or milliseconds since 1970 for ISO) or the problem as a message.
 */
class TimestampReader {
  unit: TicketTimeUnit | undefined;
  private readonly explicit: boolean;
  private readonly decimalComma: boolean;
  private decidedOnLine = 0;

  constructor(unit: TicketTimeUnit | undefined, decimalComma: boolean) {
    this.unit = unit;
    this.explicit = unit !== undefined;
    this.decimalComma = decimalComma;
  }

  read(text: string, line: number): number | string {
    if (text === '') return 'is empty; every ticket needs a time';
    const number = readPlainNumber(text, this.decimalComma);
    const hours = Number.isNaN(number) ? undefined : number;
    const milliseconds = hours === undefined ? _parseIsoTimestamp(text) : undefined;
    const quoted = JSON.stringify(text);
    if (this.unit === undefined) {
      if (hours === undefined && milliseconds === undefined) {
        return `${quoted} is not a valid ISO 8601 time or number of hours`;
      }
      this.unit = hours === undefined ? 'iso' : 'hours';
      this.decidedOnLine = line;
    }
    const rule = this.explicit
      ? `timeUnit is '${this.unit}'`
      : `this file's times are in ${this.unit === 'iso' ? 'ISO 8601' : 'hours'} (as on line ${this.decidedOnLine})`;
    if (this.unit === 'hours') {
      if (hours !== undefined) {
        return Number.isFinite(hours) && hours >= 0
          ? hours
          : `${quoted} is not a number of hours >= 0 (time 0 is Monday 00:00 of the first week)`;
      }
      if (milliseconds !== undefined) return `${quoted} is an ISO 8601 time, but ${rule}`;
      return this.explicit
        ? `${quoted} is not a number of hours`
        : `${quoted} is not a valid ISO 8601 time or number of hours`;
    }
    if (milliseconds !== undefined) return milliseconds;
    if (hours !== undefined) return `${quoted} is a number of hours, but ${rule}`;
    return this.explicit
      ? `${quoted} is not a valid ISO 8601 time`
      : `${quoted} is not a valid ISO 8601 time or number of hours`;
  }
}

function readPriority(text: string): number | string | undefined {
  if (text === '') return undefined;
  const match = PRIORITY.exec(text);
  const priority = match === null ? 0 : Number(match[1]);
  if (priority >= 1 && Number.isSafeInteger(priority)) return priority;
  return `${JSON.stringify(text)} is not a priority; write a whole number >= 1 (1 = P1, the most urgent)`;
}

function readEffort(text: string, decimalComma: boolean): number | string | undefined {
  if (text === '') return undefined;
  const effort = readPlainNumber(text, decimalComma);
  if (Number.isFinite(effort) && effort >= 0) return effort + 0;
  return `${JSON.stringify(text)} is not an effort; write a number of hours >= 0`;
}
