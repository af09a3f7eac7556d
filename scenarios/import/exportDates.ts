// Reading the dates of a ticket export: ISO 8601, or day-first or month-first numeric dates
// (01-02-2024 10:15, with or without seconds), and deciding which order a file uses when it does not say.

/** How an export writes its dates: ISO 8601 (2024-02-01 10:15), day-first (01-02-2024) or month-first. */
export type DateOrder = 'iso' | 'day-first' | 'month-first';

/**
 * The orders, as scenario files and `--dates` name them.
 * @example
 * DATE_ORDERS.includes('day-first'); // => true
 */
export const DATE_ORDERS = ['iso', 'day-first', 'month-first'] as const;

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function moment(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  const milliseconds = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 31 April over to 1 May: a day past the month's end is refused instead.
  return new Date(milliseconds).getUTCDate() === day ? milliseconds : undefined;
}

/**
 * Reads one date in a given order as milliseconds since 1970, taking the time as written (no time zone
 * unless an ISO offset is given, so that hours of the week stay as the export's users saw them).
 *
 * @param text - the field, e.g. "13-02-2024 09:30" or "2024-02-13T09:30:00Z"
 * @param order - how the file writes dates
 * @returns milliseconds since 1970-01-01 00:00, or undefined when the text is not such a date
 * @example
 * parseExportDate('13-02-2024 09:30', 'day-first'); // => Date.UTC(2024, 1, 13, 9, 30)
 * parseExportDate('13-02-2024 09:30', 'month-first'); // => undefined (there is no month 13)
 */
export function parseExportDate(text: string, order: DateOrder): number | undefined {
  if (order === 'iso') {
    const match = ISO.exec(text);
    if (match === null) return undefined;
    const [, year, month, day, hour, minute, second, fraction, offset] = match;
    const base = moment(
      Number(year),
      Number(month),
      Number(day),
      Number(hour ?? 0),
      Number(minute ?? 0),
      Number(second ?? 0),
    );
    if (base === undefined) return undefined;
    const milliseconds = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
    return base + milliseconds - offsetMinutes(offset) * 60_000;
  }
  const match = NUMERIC.exec(text);
  if (match === null) return undefined;
  const [, first, second, year, hour, minute, seconds] = match;
  const [day, month] = order === 'day-first' ? [first, second] : [second, first];
  return moment(
    Number(year),
    Number(month),
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(seconds ?? 0),
  );
}

function offsetMinutes(offset: string | undefined): number {
  if (offset === undefined || offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

/**
 * What a file's dates allow: the one order that reads them all, `ambiguous` when both day-first and
 * month-first do (every day and month at most 12), or `none` when no order reads them all.
 *
 * @param dates - the non-empty date fields of a file
 * @returns the order, 'ambiguous' or 'none' (an empty list is 'ambiguous' only if it has no dates: 'iso')
 * @example
 * detectDateOrder(['01-02-2024 10:00', '13-02-2024 11:00']); // => 'day-first'
 * detectDateOrder(['01-02-2024 10:00', '03-04-2024 11:00']); // => 'ambiguous'
 */
export function detectDateOrder(dates: readonly string[]): DateOrder | 'ambiguous' | 'none' {
  if (dates.length === 0) return 'iso';
  const readable = DATE_ORDERS.filter((order) =>
    dates.every((date) => parseExportDate(date, order) !== undefined),
  );
  if (readable.length === 1) return readable[0] ?? 'none';
  if (readable.includes('day-first') && readable.includes('month-first')) return 'ambiguous';
  return 'none';
}
