// ISO 8601 timestamps read by hand into milliseconds since 1970-01-01 UTC, and the Monday that starts a
// timestamp's week; by hand so that no local time zone and no clock can change a replay.

const MILLISECONDS_PER_DAY = 86_400_000;

// Date and time, then optionally the time of day with seconds, a fraction and a UTC offset.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Reads an ISO 8601 date or date-time in extended format, e.g. "2024-03-06", "2024-03-06T10:15",
 * "2024-03-06 10:15:30.5Z" or "2024-03-06T11:15:00+01:00". A time without an offset is read as UTC,
 * never as local time (Date.parse would read it as local time, so results would depend on the machine).
 * Each part is range-checked: "2024-13-45" and "2023-02-29T10:00" are refused.
 *
 * @param text - the timestamp, without surrounding spaces
 * @returns milliseconds since 1970-01-01T00:00Z, or undefined when the text is not a valid timestamp
 * @example
 * _parseIsoTimestamp('1970-01-02T01:00:00+01:00'); // => 86400000
 */
export function _parseIsoTimestamp(text: string): number | undefined {
  const match = ISO_TIMESTAMP.exec(text);
  if (match === null) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fractionText, offsetText] = match;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (offsetText !== undefined && offsetText.toUpperCase() !== 'Z') {
    const digits = offsetText.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutesPart = Number(digits.slice(2) || '0');
    if (offsetHours > 23 || offsetMinutesPart > 59) return undefined;
    offsetMinutes = (offsetText.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMinutesPart);
  }
  const fraction = fractionText === undefined ? 0 : Number(`0.${fractionText}`);
  const secondsOfDay = hour * 3600 + minute * 60 + second + fraction;
  return (
    _daysFromCivil(year, month, day) * MILLISECONDS_PER_DAY + secondsOfDay * 1000 - offsetMinutes * 60_000
  );
}

/**
 * The Monday 00:00 UTC that starts the week of a time (weeks run Monday to Sunday, as in ISO 8601).
 * @param milliseconds - a time in milliseconds since 1970-01-01T00:00Z
 * @returns that Monday, in milliseconds since 1970-01-01T00:00Z
 * @example
 * _mondayOfWeek(_parseIsoTimestamp('2024-03-06T10:00Z') ?? 0) === _parseIsoTimestamp('2024-03-04'); // => true
 */
export function _mondayOfWeek(milliseconds: number): number {
  const day = Math.floor(milliseconds / MILLISECONDS_PER_DAY);
  // Day 0, 1970-01-01, was a Thursday: 3 days after a Monday.
  const daysSinceMonday = (((day + 3) % 7) + 7) % 7;
  return (day - daysSinceMonday) * MILLISECONDS_PER_DAY;
}

/**
 * Writes the UTC calendar date of a time as "YYYY-MM-DD" (for messages and results).
 * @example
 * _isoDateOf(86_400_000 * 19_786); // => '2024-03-04'
 */
export function _isoDateOf(milliseconds: number): string {
  const [year, month, day] = civilFromDays(Math.floor(milliseconds / MILLISECONDS_PER_DAY));
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Days since 1970-01-01 of a date in the proleptic Gregorian calendar (Howard Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", days_from_civil, http://howardhinnant.github.io/date_algorithms.html).
 * @example
 * _daysFromCivil(2024, 3, 4); // => 19786
 */
export function _daysFromCivil(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number (Hinnant's civil_from_days, the inverse of {@link _daysFromCivil}). */
function civilFromDays(days: number): [number, number, number] {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
