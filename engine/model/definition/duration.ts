// Durations as scenario files write them ("15m", "2h30m", "1d 4h", "1w") parsed to hours, and hours
// formatted back to that notation for messages and reports.

/** Hours in one of each accepted unit. Durations are clock time: a day is 24 h, a week 168 h. */
const HOURS_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  second: 1 / 3600,
  seconds: 1 / 3600,
  m: 1 / 60,
  min: 1 / 60,
  minute: 1 / 60,
  minutes: 1 / 60,
  h: 1,
  hr: 1,
  hour: 1,
  hours: 1,
  d: 24,
  day: 24,
  days: 24,
  w: 168,
  week: 168,
  weeks: 168,
};

/** The accepted units as the error messages list them. */
const ACCEPTED_UNITS = 's (seconds), m (minutes), h (hours), d (days of 24 h), w (weeks of 168 h)';

/** One "<number><unit>" part, with optional spaces before the number and between number and unit. */
const PART_SOURCE = String.raw`\s*(\d+(?:\.\d*)?|\.\d+)\s*([A-Za-z]*)`;

/**
 * Thrown for a duration that cannot be read. It carries the issue fields of STYLE.md rule 13 so that
 * the scenario loader can report it beside other issues.
 * @example
 * parseDuration('2 fortnights', 'run.length');
 * // => throws DurationError: run.length must be a duration such as "15m", ... got "2 fortnights" (...)
 */
export class DurationError extends RangeError {
  /** The field at fault, e.g. "teams[0].handoffDelay". */
  readonly path: string;
  /** What a valid value looks like. */
  readonly expected: string;
  /** The value received. */
  readonly received: unknown;

  constructor(path: string, received: unknown, problem: string) {
    const expected = `a duration such as "15m", "2h30m", "1d 4h" or a number of hours >= 0; units: ${ACCEPTED_UNITS}`;
    const shown = typeof received === 'string' ? JSON.stringify(received) : String(received);
    super(`${path} must be ${expected}; got ${shown} (${problem})`);
    this.name = 'DurationError';
    this.path = path;
    this.expected = expected;
    this.received = received;
  }
}

/**
 * Reads a duration in hours. A number is taken as hours. A string is one or more `<number><unit>`
 * parts, summed, optionally separated by spaces: "15m", "1.5h", "2h30m", "1d 4h", "90s", "1w". Units
 * are lower-case: s, m, h, d, w, or their names (min, hours, days, ...). Days and weeks are clock time
 * (24 h and 168 h), not working days; a calendar turns clock time into working time.
 *
 * A string without a unit is refused, except "0", because "30" could mean minutes or hours
 * (Go's time.ParseDuration makes the same choice).
 *
 * @param text - the duration as written, or a number of hours
 * @param field - the field named in the error, e.g. "steps[2].delay"; "duration" when omitted
 * @returns the duration in hours, finite and >= 0
 * @throws DurationError naming the field and the text, and listing the accepted units, when the text
 *   is empty, negative, not a number, has an unknown unit or a number without a unit, or is not finite
 * @example
 * parseDuration('2h30m'); // => 2.5
 * parseDuration('1d 4h'); // => 28
 * parseDuration(0.25); // => 0.25
 */
export function parseDuration(text: string | number, field = 'duration'): number {
  if (typeof text === 'number') {
    if (Number.isNaN(text)) throw new DurationError(field, text, 'not a number');
    if (text < 0) throw new DurationError(field, text, 'negative');
    if (!Number.isFinite(text)) throw new DurationError(field, text, 'not finite');
    return text;
  }
  if (typeof text !== 'string') throw new DurationError(field, text, `a ${typeof text}, not a string`);
  const trimmed = text.trim();
  if (trimmed === '') throw new DurationError(field, text, 'empty');
  if (trimmed.startsWith('-')) throw new DurationError(field, text, 'negative');
  if (trimmed === '0') return 0;
  // A sticky expression per call: its lastIndex is state, which must not live at module level.
  const part = new RegExp(PART_SOURCE, 'y');
  let hours = 0;
  let position = 0;
  while (position < trimmed.length) {
    part.lastIndex = position;
    const match = part.exec(trimmed);
    if (match === null) {
      throw new DurationError(field, text, `expected a number at ${JSON.stringify(trimmed.slice(position))}`);
    }
    const [, amount = '', unit = ''] = match;
    if (unit === '') throw new DurationError(field, text, `the number ${amount} has no unit`);
    const hoursPerUnit = HOURS_PER_UNIT[unit];
    if (hoursPerUnit === undefined) throw new DurationError(field, text, `unknown unit "${unit}"`);
    hours += Number(amount) * hoursPerUnit;
    position = part.lastIndex;
  }
  if (!Number.isFinite(hours)) throw new DurationError(field, text, 'not finite');
  return hours;
}

/** Milliseconds in one of each unit that formatDuration writes, largest first. */
const FORMAT_UNITS: readonly (readonly [string, number])[] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
];

/**
 * Writes hours in the notation parseDuration reads, largest unit first, for messages and reports:
 * days, hours, minutes and seconds, rounded to the millisecond ("2h30m", "3d", "1d4h", "1.5s").
 * Zero is "0h"; a negative duration gets a leading "-"; Infinity and NaN are written as numbers.
 * A non-zero duration shorter than half a millisecond is written in hours ("1e-9h") rather than "0h".
 *
 * @param hours - the duration in hours
 * @returns the duration as text; parseDuration reads it back for any finite value >= 0
 * @example
 * formatDuration(2.5); // => '2h30m'
 * formatDuration(72); // => '3d'
 * formatDuration(1 / 40); // => '1m30s'
 */
export function formatDuration(hours: number): string {
  if (!Number.isFinite(hours)) return String(hours);
  if (hours < 0) return `-${formatDuration(-hours)}`;
  let milliseconds = Math.round(hours * 3_600_000);
  if (milliseconds === 0) return hours === 0 ? '0h' : `${hours}h`;
  let text = '';
  for (const [unit, size] of FORMAT_UNITS) {
    const count = Math.floor(milliseconds / size);
    if (count > 0) text += `${count}${unit}`;
    milliseconds -= count * size;
  }
  if (milliseconds > 0) text += `${milliseconds / 1000}s`;
  return text;
}
