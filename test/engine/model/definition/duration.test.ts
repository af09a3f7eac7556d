// Tests of parseDuration and formatDuration: every accepted notation, every refusal with its message, and
// the round trip from hours to text and back.
import { describe, expect, it } from 'vitest';
import {
  DurationError,
  formatDuration,
  parseDuration,
} from '../../../../engine/model/definition/duration.ts';
import { stream } from '../../../../engine/random/stream.ts';

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['15m', 0.25],
    ['2h', 2],
    ['1.5h', 1.5],
    ['.5h', 0.5],
    ['3d', 72],
    ['1w', 168],
    ['90s', 0.025],
    ['2h30m', 2.5],
    ['1d 4h', 28],
    ['1d4h30m', 28.5],
    [' 2 h 30 m ', 2.5],
    ['45 minutes', 0.75],
    ['2 days', 48],
    ['1 week 1 day', 192],
    ['0', 0],
    ['0h', 0],
  ])('reads "%s" as %d hours (days and weeks are clock time)', (text, hours) => {
    expect(parseDuration(text)).toBeCloseTo(hours, 12);
  });

  it('takes a number as hours', () => {
    expect(parseDuration(2.5)).toBe(2.5);
    expect(parseDuration(0)).toBe(0);
  });

  it.each<[string | number, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-2h', 'negative'],
    [-1, 'negative'],
    [Number.NaN, 'not a number'],
    [Number.POSITIVE_INFINITY, 'not finite'],
    ['abc', 'expected a number at "abc"'],
    ['2x', 'unknown unit "x"'],
    ['2H', 'unknown unit "H"'],
    ['1e3h', 'unknown unit "e"'],
    ['30', 'the number 30 has no unit'],
    ['2h30', 'the number 30 has no unit'],
    ['2h,30m', 'expected a number at ",30m"'],
  ])('refuses %j (%s), naming the field, the text and the accepted units', (text, problem) => {
    expect(() => parseDuration(text, 'steps[2].delay')).toThrow(DurationError);
    try {
      parseDuration(text, 'steps[2].delay');
    } catch (error) {
      const message = (error as DurationError).message;
      expect(message.startsWith('steps[2].delay must be a duration such as "15m"')).toBe(true);
      expect(message).toContain(
        'units: s (seconds), m (minutes), h (hours), d (days of 24 h), w (weeks of 168 h)',
      );
      expect(message).toContain(`got ${typeof text === 'string' ? JSON.stringify(text) : String(text)}`);
      expect(message).toContain(`(${problem})`);
    }
  });

  it('reports a bad value as data (path, expected, received) and names "duration" when no field is given', () => {
    let caught: unknown;
    try {
      parseDuration('2 fortnights');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DurationError);
    expect(caught).toBeInstanceOf(RangeError);
    const error = caught as DurationError;
    expect([error.name, error.path, error.received]).toEqual(['DurationError', 'duration', '2 fortnights']);
    expect(error.expected).toContain('units: s (seconds)');
    expect(error.message).toContain('unknown unit "fortnights"');
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [2.5, '2h30m'],
    [72, '3d'],
    [28, '1d4h'],
    [168, '7d'],
    [0.25, '15m'],
    [0.025, '1m30s'],
    [1 / 7200, '0.5s'],
    [0, '0h'],
    [-1.5, '-1h30m'],
    [1e-9, '1e-9h'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('writes %d hours as "%s"', (hours, text) => {
    expect(formatDuration(hours)).toBe(text);
  });

  it('writes text that parseDuration reads back to within half a millisecond', () => {
    const rng = stream(7, 0, 'duration-test');
    for (let draw = 0; draw < 2000; draw++) {
      const hours = rng() * 500 * rng();
      const text = formatDuration(hours);
      expect(Math.abs(parseDuration(text) - hours), `${hours} -> ${text}`).toBeLessThanOrEqual(
        0.5 / 3_600_000,
      );
    }
  });
});
