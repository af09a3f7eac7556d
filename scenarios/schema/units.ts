// Durations ("15m", "2h", "1d 4h", "1w") and rates ("4/h", "12/day") as scenario files write them: read
// into hours and arrivals per hour, refused as bare numbers, and written back in the same notation.
import { DurationError, formatDuration, parseDuration } from '../../engine/index.ts';
import { describeValue } from './documentProblem.ts';
import { type LeafReading, leafSchema, wrongType } from './leafSchema.ts';

/**
 * What a duration looks like, as problems say it.
 * @example
 * DURATION_EXPECTED; // => 'a duration such as "15m", "2h", "1d 4h" or "1w"'
 */
export const DURATION_EXPECTED = 'a duration such as "15m", "2h", "1d 4h" or "1w"';

/**
 * What a rate looks like, as problems say it.
 * @example
 * RATE_EXPECTED; // => 'a rate such as "4/h", "12/day" or "1.5/w"'
 */
export const RATE_EXPECTED = 'a rate such as "4/h", "12/day" or "1.5/w"';

const HOURS_PER_WEEK = 168;

/** Units of a rate's denominator, in hours. */
const RATE_UNITS: Readonly<Record<string, number>> = {
  s: 1 / 3600,
  sec: 1 / 3600,
  second: 1 / 3600,
  m: 1 / 60,
  min: 1 / 60,
  minute: 1 / 60,
  h: 1,
  hr: 1,
  hour: 1,
  d: 24,
  day: 24,
  w: HOURS_PER_WEEK,
  week: HOURS_PER_WEEK,
};

const DURATION_UNIT_PATTERN = '(?:s|sec|seconds?|m|min|minutes?|h|hr|hours?|d|days?|w|weeks?)';
const NUMBER_PATTERN = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
const DURATION_PATTERN = String.raw`^\s*(?:${NUMBER_PATTERN}\s*${DURATION_UNIT_PATTERN}\s*)+$|^\s*0\s*$`;
const RATE_PATTERN = String.raw`^\s*(${NUMBER_PATTERN})\s*/\s*([A-Za-z]+)\s*$`;

/** Bounds a duration must respect beyond being >= 0. */
interface DurationBounds {
  /** Refuse zero (a period, a run length). */
  readonly positive?: boolean;
}

/**
 * Reads a duration into hours. A string of `<number><unit>` parts (units s, m, h, d = 24 h, w = 168 h,
 * or their names) is read by the engine's `parseDuration`; the number 0 is accepted (zero is zero in any
 * unit), any other bare number is refused because "30" could mean minutes or hours.
 *
 * @param input - the value found in the file
 * @param bounds - `{ positive: true }` to refuse zero
 * @returns the hours, or the problem
 * @example
 * readDuration('1d 4h'); // => { ok: true, value: 28 }
 * readDuration(2).ok; // => false ('a duration needs a unit: write "2h" or "2m", not 2')
 */
export function readDuration(input: unknown, bounds: DurationBounds = {}): LeafReading<number> {
  const expected = bounds.positive
    ? DURATION_EXPECTED.replace('a duration', 'a duration longer than 0,')
    : DURATION_EXPECTED;
  let hours: number;
  if (typeof input === 'number') {
    if (input < 0) return { ok: false, message: 'a duration cannot be negative', expected };
    if (input !== 0) {
      return {
        ok: false,
        message: `a duration needs a unit: write "${input}h" or "${input}m", not ${input}`,
        expected,
      };
    }
    hours = 0;
  } else if (typeof input === 'string') {
    try {
      hours = parseDuration(input);
    } catch (error) {
      if (!(error instanceof DurationError)) throw error;
      // The engine's message ends with the reason in brackets: "(unknown unit "fortnights")".
      const reason = /\(([^()]*)\)$/.exec(error.message)?.[1] ?? 'not a duration';
      return { ok: false, message: `cannot read ${describeValue(input)} as a duration: ${reason}`, expected };
    }
  } else {
    return wrongType(expected);
  }
  if (bounds.positive && hours === 0) return { ok: false, message: 'must be longer than 0', expected };
  return { ok: true, value: hours };
}

/**
 * Reads a rate into events per hour: `<number>/<unit>` with units s, m or min, h or hour, d or day, w or
 * week (plurals too). The number 0 is accepted; any other bare number is refused.
 *
 * @param input - the value found in the file
 * @returns events per hour, or the problem
 * @example
 * readRate('12/day'); // => { ok: true, value: 0.5 }
 * readRate('1.5/w'); // => { ok: true, value: 0.008928571428571428 }
 */
export function readRate(input: unknown): LeafReading<number> {
  if (typeof input === 'number') {
    if (input === 0) return { ok: true, value: 0 };
    if (input < 0) return { ok: false, message: 'a rate cannot be negative', expected: RATE_EXPECTED };
    return {
      ok: false,
      message: `a rate needs a unit: write "${input}/h" or "${input}/day", not ${input}`,
      expected: RATE_EXPECTED,
    };
  }
  if (typeof input !== 'string') return wrongType(RATE_EXPECTED);
  if (input.trim().startsWith('-'))
    return { ok: false, message: 'a rate cannot be negative', expected: RATE_EXPECTED };
  const match = new RegExp(RATE_PATTERN).exec(input);
  if (match === null) {
    return { ok: false, message: `cannot read ${describeValue(input)} as a rate`, expected: RATE_EXPECTED };
  }
  const unit = match[2]!;
  const hoursPerUnit = RATE_UNITS[unit] ?? RATE_UNITS[unit.endsWith('s') ? unit.slice(0, -1) : unit];
  if (hoursPerUnit === undefined) {
    return { ok: false, message: `unknown unit "${unit}" in the rate ${input}`, expected: RATE_EXPECTED };
  }
  const perHour = Number(match[1]) / hoursPerUnit;
  if (!Number.isFinite(perHour)) {
    return { ok: false, message: `the rate ${input} is too large`, expected: RATE_EXPECTED };
  }
  return { ok: true, value: perHour };
}

const DURATION_JSON_SCHEMA = {
  anyOf: [{ type: 'string', pattern: DURATION_PATTERN }, { const: 0 }],
  description: `${DURATION_EXPECTED}; units s, m (minutes), h, d (24 h), w (168 h)`,
  examples: ['15m', '2h', '1d 4h', '1w'],
};

/**
 * A duration, read into hours (>= 0).
 * @example
 * durationSchema.parse('2h30m'); // => 2.5
 */
export const durationSchema = leafSchema<number, string | 0>(
  (input) => readDuration(input),
  DURATION_JSON_SCHEMA,
);

/**
 * A duration that must be longer than zero (a run length, a period), read into hours.
 * @example
 * positiveDurationSchema.parse('1w'); // => 168
 */
export const positiveDurationSchema = leafSchema<number, string>(
  (input) => readDuration(input, { positive: true }),
  { ...DURATION_JSON_SCHEMA, anyOf: [{ type: 'string', pattern: DURATION_PATTERN }] },
);

/**
 * A rate, read into events per hour (>= 0).
 * @example
 * rateSchema.parse('4/h'); // => 4
 */
export const rateSchema = leafSchema<number, string | 0>(readRate, {
  anyOf: [{ type: 'string', pattern: RATE_PATTERN }, { const: 0 }],
  description: `${RATE_EXPECTED}; units s, m or min, h or hour, d or day, w or week`,
  examples: ['4/h', '12/day', '1.5/w'],
});

/**
 * A duration that may be negative ("-1h"): only the mean of the normal under a truncated normal, which
 * may lie below zero. Read into hours.
 * @example
 * signedDurationSchema.parse('-1h30m'); // => -1.5
 */
export const signedDurationSchema = leafSchema<number, string | 0>(
  (input) => {
    if (typeof input !== 'string' || !input.trim().startsWith('-')) return readDuration(input);
    const reading = readDuration(input.trim().slice(1));
    return reading.ok ? { ok: true, value: -reading.value } : reading;
  },
  {
    anyOf: [
      { type: 'string', pattern: DURATION_PATTERN.replaceAll(String.raw`^\s*`, String.raw`^\s*-?\s*`) },
      { const: 0 },
    ],
    description: `${DURATION_EXPECTED}, or a negative one such as "-1h"`,
  },
);

/**
 * A rate that must be above zero (the rate of a distribution), read into events per hour.
 * @example
 * positiveRateSchema.parse('2/h'); // => 2
 */
export const positiveRateSchema = leafSchema<number, string>(
  (input) => {
    const reading = readRate(input);
    if (!reading.ok || reading.value > 0) return reading;
    return {
      ok: false,
      message: 'must be above 0',
      expected: RATE_EXPECTED.replace('a rate', 'a rate above 0,'),
    };
  },
  {
    type: 'string',
    pattern: RATE_PATTERN,
    description: `${RATE_EXPECTED}, above 0`,
  },
);

/**
 * Writes hours in the file's notation: whole weeks as weeks ("52w"), anything else as days, hours,
 * minutes and seconds (the engine's `formatDuration`, exact to the millisecond), zero as "0s".
 *
 * @param hours - a duration in hours, >= 0
 * @returns text that {@link readDuration} reads back
 * @example
 * writeDuration(8736); // => '52w'
 * writeDuration(2.5); // => '2h30m'
 * writeDuration(0); // => '0s'
 */
export function writeDuration(hours: number): string {
  if (hours === 0) return '0s';
  if (Number.isInteger(hours / HOURS_PER_WEEK)) return `${hours / HOURS_PER_WEEK}w`;
  return formatDuration(hours);
}

/** Units tried when writing a rate, in order of preference. */
const WRITTEN_RATE_UNITS: readonly (readonly [string, number])[] = [
  ['h', 1],
  ['day', 24],
  ['w', HOURS_PER_WEEK],
];

/**
 * Writes a rate per hour in the file's notation, choosing hours, days or weeks so that the number is
 * short ("0.5/h", "1/day", "2/w") and reads back to exactly the same rate; "N/h" otherwise.
 *
 * @param perHour - events per hour, >= 0
 * @returns text that {@link readRate} reads back to the same number
 * @example
 * writeRate(4); // => '4/h'
 * writeRate(1 / 24); // => '1/day'
 */
export function writeRate(perHour: number): string {
  for (const [unit, hoursPerUnit] of WRITTEN_RATE_UNITS) {
    const count = Number((perHour * hoursPerUnit).toPrecision(10));
    const short = Number.isInteger(count * 1000);
    if (short && count / hoursPerUnit === perHour) return `${count}/${unit}`;
  }
  return `${perHour}/h`;
}
