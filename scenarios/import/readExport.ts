// Reading a ticket export through a mapping: the columns found (a misspelt one named with a suggestion),
// dates in the order the mapping or the file gives, priorities and types through their value maps, rows
// grouped into tickets in event-log mode, and warnings for what is accepted but suspicious.
import { closestName } from '../schema/didYouMean.ts';
import { readCsvTable } from './csvTable.ts';
import { type DateOrder, detectDateOrder, parseExportDate } from './exportDates.ts';
import { type ExportMapping, MAPPED_FIELDS, type MappedField } from './exportMapping.ts';
import { LineTally } from './lineTally.ts';

/** One ticket of an export (in event-log mode, the rows of one id taken together). */
export interface ExportTicket {
  /** The ticket's id as written, or "line N" when the mapping names no id column. */
  readonly id: string;
  /** The line of its first row. */
  readonly line: number;
  /** Opened, milliseconds since 1970 as written (the first opened time of its rows). */
  readonly opened: number;
  /** Resolved, likewise (the last resolved time of its rows); undefined when never resolved. */
  readonly resolved?: number;
  /** Its work type after the types map (the last one its rows give); undefined when not given. */
  readonly typeName?: string;
  readonly priority?: number;
  readonly group?: string;
  /** Times it was reassigned (the largest count its rows give). */
  readonly reassignments?: number;
  readonly effortHours?: number;
}

/**
 * An export read: its tickets in order of opening, how its dates were read, the columns used, and the
 * warnings about what was accepted but looks wrong.
 * @example
 * const reading: ExportReading = readExport(text, { columns: { opened: 'opened_at' } }, 'tickets.csv');
 */
export interface ExportReading {
  readonly source: string;
  /** Rows below the header. */
  readonly rowCount: number;
  /** Tickets in order of opening (stable). */
  readonly tickets: readonly ExportTicket[];
  /** Tickets never resolved. */
  readonly unresolved: number;
  readonly dateOrder: DateOrder;
  /** The column used for each mapped field, as the header writes it. */
  readonly columnsUsed: Partial<Readonly<Record<MappedField, string>>>;
  readonly warnings: readonly string[];
}

/** A problem that stops an export being read; `field` names the mapping's field at fault, if one is. */
export interface ExportProblem {
  readonly message: string;
  readonly field?: MappedField | 'dates' | 'eventLog';
}

/**
 * An export that cannot be read, with every problem (the same problem on many lines said once).
 * @example
 * new ExportError('tickets.csv', [{ message: 'line 3: column "opened_at": ...' }]).message;
 * // => 'tickets.csv: line 3: column "opened_at": ...'
 */
export class ExportError extends Error {
  readonly source: string;
  readonly problems: readonly ExportProblem[];

  constructor(source: string, problems: readonly ExportProblem[]) {
    super(problems.map((problem) => `${source}: ${problem.message}`).join('\n'));
    this.name = 'ExportError';
    this.source = source;
    this.problems = problems;
  }
}

const DAY_MILLISECONDS = 86_400_000;
const LEADING_NUMBER = /^\s*[Pp]?(\d+)\b/;
const FORMS: Readonly<Record<DateOrder, string>> = {
  iso: 'yyyy-mm-dd HH:MM[:SS]',
  'day-first': 'dd-mm-yyyy HH:MM[:SS]',
  'month-first': 'mm-dd-yyyy HH:MM[:SS]',
};

interface Accumulator {
  id: string;
  line: number;
  opened: number;
  resolved: number | undefined;
  typeName: string | undefined;
  priority: number | undefined;
  group: string | undefined;
  reassignments: number | undefined;
  effortHours: number | undefined;
}

/**
 * Reads an export through a mapping. Every row is checked and every problem reported together (the
 * same problem on many lines once, with its count and first lines). Dates are read in the mapping's
 * order, else in the one order that reads every date of the file; a file that both day-first and
 * month-first read is refused with a request to say which. Priorities go through `priorities`, else
 * their leading number ("3 - Moderate" is 3); types through `types`. In event-log mode rows are grouped
 * by id: a ticket opens at its rows' first opened time and resolves at their last resolved time, with
 * its largest reassignment count and its last group, type and priority.
 *
 * Warnings: no tickets; a column left unmapped whose name is close to a field's; repeated ids outside
 * event-log mode; gaps of more than a week (and 20 median gaps) between arrivals; tickets resolved
 * before they opened (their lead time is left out of the history); types the types map does not name.
 *
 * @param text - the whole file
 * @param mapping - the columns and value maps
 * @param source - the file's name, for messages
 * @returns the tickets and what was found
 * @throws ExportError with every problem
 * @example
 * const text = 'number,opened_at,resolved_at\nINC1,01-02-2024 10:00,\nINC1,01-02-2024 10:00,13-02-2024 12:00\n';
 * const reading = readExport(text, { columns: { id: 'number', opened: 'opened_at', resolved: 'resolved_at' },
 *   eventLog: true }, 'incidents.csv');
 * [reading.tickets.length, reading.dateOrder]; // => [1, 'day-first']
 */
export function readExport(text: string, mapping: ExportMapping, source: string): ExportReading {
  const table = readCsvTable(text);
  const problems: ExportProblem[] = table.broken.map((issue) => ({
    message: `line ${issue.line}: ${issue.message}`,
  }));
  if (table.header.length === 0) {
    throw new ExportError(source, [
      { message: 'the file is empty; it needs a header row naming its columns' },
    ]);
  }
  const lowered = table.header.map((name) => name.toLowerCase());
  const found = table.header.map((name) => JSON.stringify(name)).join(', ');
  const index: Partial<Record<MappedField, number>> = {};
  const columnsUsed: Partial<Record<MappedField, string>> = {};
  for (const field of MAPPED_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const position = lowered.indexOf(column.toLowerCase());
    if (position < 0) {
      const near = closestName(column, table.header);
      problems.push({
        field,
        message: `columns.${field} names "${column}", which the header does not have${near === undefined ? '' : ` (did you mean "${near}"?)`}; the header has ${found}`,
      });
    } else {
      index[field] = position;
      columnsUsed[field] = table.header[position] ?? column;
    }
  }
  if (mapping.eventLog === true && mapping.columns.id === undefined) {
    problems.push({
      field: 'eventLog',
      message: 'eventLog groups rows by ticket id: name the id column in columns.id',
    });
  }
  if (problems.length > 0) throw new ExportError(source, problems);

  const warnings: string[] = [];
  const used = new Set(Object.values(index));
  const unmapped = MAPPED_FIELDS.filter((field) => index[field] === undefined);
  table.header.forEach((name, position) => {
    if (used.has(position)) return;
    const same = unmapped.find((field) => field === name.toLowerCase());
    if (same !== undefined) {
      warnings.push(`column "${name}" is not read: the mapping does not name it (columns.${same}: ${name})`);
      return;
    }
    const near = closestName(name, unmapped);
    if (near !== undefined) {
      warnings.push(
        `column "${name}" is not read: it looks like "${near}", which the mapping does not name (columns.${near}: ${name})`,
      );
    }
  });

  const dateOrder = decideDateOrder(table.records, index, mapping.dates, source);
  const decimalComma = table.separator !== ',';
  const errors = new LineTally();
  const unknownTypes = new LineTally();
  const headerWidth = table.header.length;
  const byId = new Map<string, Accumulator>();
  const tickets: Accumulator[] = [];
  const repeated = new LineTally();
  const cell = (fields: readonly string[], field: MappedField): string => {
    const position = index[field];
    return position === undefined ? '' : (fields[position] ?? '');
  };
  for (const { line, fields } of table.records) {
    if (fields.length !== headerWidth) {
      errors.add(
        `has ${fields.length} fields but the header has ${headerWidth} (a field holding "${table.separator}" needs "double quotes")`,
        line,
      );
      continue;
    }
    let bad = false;
    const fail = (field: MappedField, message: string): void => {
      errors.add(`column "${columnsUsed[field]}": ${message}`, line);
      bad = true;
    };
    const readDate = (field: 'opened' | 'resolved'): number | undefined => {
      const written = cell(fields, field);
      if (written === '') return undefined;
      const time = parseExportDate(written, dateOrder);
      if (time === undefined) fail(field, `is not a date written ${FORMS[dateOrder]} (${dateOrder})`);
      return time;
    };
    const opened = readDate('opened');
    if (opened === undefined && cell(fields, 'opened') === '' && mapping.eventLog !== true) {
      fail('opened', 'is empty; every ticket needs the time it opened');
    }
    const resolved = readDate('resolved');
    const id = index.id === undefined ? `line ${line}` : cell(fields, 'id');
    if (id === '') fail('id', 'is empty; every row needs its ticket id');
    const typeWritten = cell(fields, 'type');
    let typeName: string | undefined;
    if (typeWritten !== '') {
      typeName = mapping.types?.[typeWritten];
      if (typeName === undefined) {
        typeName = typeWritten;
        if (mapping.types !== undefined) unknownTypes.add(`"${typeWritten}"`, line);
      }
    }
    const priority = readPriority(cell(fields, 'priority'), mapping.priorities);
    if (typeof priority === 'string') fail('priority', priority);
    const group = cell(fields, 'group') || undefined;
    const reassignments = readCount(cell(fields, 'reassignments'));
    if (typeof reassignments === 'string') fail('reassignments', reassignments);
    const effortHours = readHours(cell(fields, 'effort'), decimalComma);
    if (typeof effortHours === 'string') fail('effort', effortHours);
    if (bad) continue;
    const values = {
      typeName,
      priority: priority as number | undefined,
      group,
      reassignments: reassignments as number | undefined,
      effortHours: effortHours as number | undefined,
    };
    const known = byId.get(id);
    if (known !== undefined && mapping.eventLog === true) {
      if (opened !== undefined)
        known.opened = Number.isNaN(known.opened) ? opened : Math.min(known.opened, opened);
      if (resolved !== undefined) known.resolved = Math.max(known.resolved ?? resolved, resolved);
      known.typeName = values.typeName ?? known.typeName;
      known.priority = values.priority ?? known.priority;
      known.group = values.group ?? known.group;
      if (values.reassignments !== undefined) {
        known.reassignments = Math.max(known.reassignments ?? 0, values.reassignments);
      }
      known.effortHours = values.effortHours ?? known.effortHours;
      continue;
    }
    if (known !== undefined) repeated.add('repeats a ticket id already seen', line);
    const ticket: Accumulator = { id, line, opened: opened ?? Number.NaN, resolved, ...values };
    if (known === undefined) byId.set(id, ticket);
    tickets.push(ticket);
  }
  for (const ticket of tickets) {
    if (Number.isNaN(ticket.opened))
      errors.add(`ticket "${ticket.id}" has no opened time on any of its rows`, ticket.line);
  }
  if (!errors.empty) {
    throw new ExportError(
      source,
      errors.messages().map((message) => ({ message })),
    );
  }
  // Array.prototype.sort is stable: tickets opened at the same time keep the file's order.
  tickets.sort((first, second) => first.opened - second.opened);

  if (tickets.length === 0) warnings.push('the file has a header but no tickets: nothing is replayed');
  for (const message of repeated.messages()) {
    warnings.push(`${message}: if each row is an update of a ticket, set eventLog: true`);
  }
  for (const message of unknownTypes.messages()) {
    warnings.push(`a type the types map does not name keeps its own name: ${message}`);
  }
  warnings.push(...timeWarnings(tickets));
  const unresolved = tickets.reduce((count, ticket) => count + (ticket.resolved === undefined ? 1 : 0), 0);
  return {
    source,
    rowCount: table.records.length,
    tickets: tickets.map(freezeTicket),
    unresolved,
    dateOrder,
    columnsUsed,
    warnings,
  };
}

function freezeTicket(ticket: Accumulator): ExportTicket {
  const { resolved, typeName, priority, group, reassignments, effortHours, ...rest } = ticket;
  return Object.freeze({
    ...rest,
    ...(resolved === undefined ? {} : { resolved }),
    ...(typeName === undefined ? {} : { typeName }),
    ...(priority === undefined ? {} : { priority }),
    ...(group === undefined ? {} : { group }),
    ...(reassignments === undefined ? {} : { reassignments }),
    ...(effortHours === undefined ? {} : { effortHours }),
  });
}

/** The mapping's date order, or the one order that reads every date of the file. */
function decideDateOrder(
  records: readonly { readonly fields: readonly string[] }[],
  index: Partial<Record<MappedField, number>>,
  given: DateOrder | undefined,
  source: string,
): DateOrder {
  if (given !== undefined) return given;
  const dates: string[] = [];
  for (const { fields } of records) {
    for (const position of [index.opened, index.resolved]) {
      const written = position === undefined ? '' : (fields[position] ?? '');
      if (written !== '') dates.push(written);
    }
  }
  const order = detectDateOrder(dates);
  if (order === 'ambiguous') {
    const example = dates.find(
      (date) => parseExportDate(date, 'day-first') !== parseExportDate(date, 'month-first'),
    );
    throw new ExportError(source, [
      {
        field: 'dates',
        message: `every date reads both day-first and month-first${example === undefined ? '' : ` ("${example}" could be either)`}: say which with dates: day-first or dates: month-first`,
      },
    ]);
  }
  if (order !== 'none') return order;
  // No order reads them all: the one that reads most, so that the dates it cannot read are reported.
  const counts = (['iso', 'day-first', 'month-first'] as const).map((candidate) => ({
    candidate,
    read: dates.filter((date) => parseExportDate(date, candidate) !== undefined).length,
  }));
  counts.sort((first, second) => second.read - first.read);
  return counts[0]?.candidate ?? 'iso';
}

function readPriority(
  written: string,
  priorities: Readonly<Record<string, number>> | undefined,
): number | string | undefined {
  if (written === '') return undefined;
  const mapped = priorities?.[written];
  if (mapped !== undefined) return mapped;
  const match = LEADING_NUMBER.exec(written);
  const priority = match === null ? 0 : Number(match[1]);
  if (priority >= 1 && Number.isSafeInteger(priority)) return priority;
  return `"${written}" is not a priority: map it under priorities (e.g. "${written}": 3) or write a whole number >= 1`;
}

function readCount(written: string): number | string | undefined {
  if (written === '') return undefined;
  const count = Number(written);
  if (Number.isSafeInteger(count) && count >= 0) return count;
  return `"${written}" is not a reassignment count: a whole number >= 0`;
}

function readHours(written: string, decimalComma: boolean): number | string | undefined {
  if (written === '') return undefined;
  const hours = Number(decimalComma ? written.replace(',', '.') : written);
  if (Number.isFinite(hours) && hours >= 0) return hours;
  return `"${written}" is not an effort: a number of hours >= 0`;
}

/** Gaps of more than a week (and 20 median gaps) between arrivals, and tickets resolved before opening. */
function timeWarnings(tickets: readonly Accumulator[]): string[] {
  const warnings: string[] = [];
  const early = new LineTally();
  for (const ticket of tickets) {
    if (ticket.resolved !== undefined && ticket.resolved < ticket.opened) {
      early.add('resolved before it opened', ticket.line);
    }
  }
  for (const message of early.messages())
    warnings.push(`${message}; these lead times are left out of the history`);
  const gaps: number[] = [];
  for (let position = 1; position < tickets.length; position++) {
    gaps.push((tickets[position]?.opened ?? 0) - (tickets[position - 1]?.opened ?? 0));
  }
  if (gaps.length === 0) return warnings;
  const median = [...gaps].sort((first, second) => first - second)[Math.floor(gaps.length / 2)] ?? 0;
  const threshold = Math.max(7 * DAY_MILLISECONDS, 20 * median);
  const large = new LineTally();
  let longest = 0;
  gaps.forEach((gap, position) => {
    if (gap <= threshold) return;
    longest = Math.max(longest, gap);
    large.add('no ticket opened for more than a week before this one', tickets[position + 1]?.line ?? 0);
  });
  for (const message of large.messages()) {
    warnings.push(
      `${message} (the longest gap ${(longest / DAY_MILLISECONDS).toFixed(1)} days): is part of the export missing?`,
    );
  }
  return warnings;
}
