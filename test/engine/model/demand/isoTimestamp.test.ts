// Tests of the ISO 8601 helpers: timestamps read as UTC whatever the machine's zone, offsets, fractions,
// range checks, the Monday of a week, and dates written back; expected values confirmed with
// JavaScript's Date.UTC (which the engine does not use, because it maps years 0-99 to 1900-1999).
import { describe, expect, it } from 'vitest';
import {
  _daysFromCivil,
  _isoDateOf,
  _mondayOfWeek,
  _parseIsoTimestamp,
} from '../../../../engine/model/demand/isoTimestamp.ts';

describe('_parseIsoTimestamp', () => {
  it('reads dates and date-times as UTC unless an offset is given', () => {
    expect(_parseIsoTimestamp('2024-03-06')).toBe(Date.UTC(2024, 2, 6));
    expect(_parseIsoTimestamp('2024-03-06T10:15')).toBe(Date.UTC(2024, 2, 6, 10, 15));
    expect(_parseIsoTimestamp('2024-03-06 10:15:30Z')).toBe(Date.UTC(2024, 2, 6, 10, 15, 30));
    expect(_parseIsoTimestamp('2024-03-06T10:15:30.25Z')).toBe(Date.UTC(2024, 2, 6, 10, 15, 30, 250));
    expect(_parseIsoTimestamp('2024-03-06T11:15:00+01:00')).toBe(Date.UTC(2024, 2, 6, 10, 15));
    expect(_parseIsoTimestamp('2024-03-06T05:45:00-0430')).toBe(Date.UTC(2024, 2, 6, 10, 15));
    expect(_parseIsoTimestamp('2024-02-29T00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each([
    '2024-13-45',
    '2024-02-30',
    '2023-02-29T10:00',
    '2024-03-06T24:00',
    '2024-03-06T10:60',
    '2024-03-06T10:00+25:00',
    '2024-3-6',
    'March 6, 2024',
    '12.5',
    '',
  ])('refuses %j', (text) => {
    expect(_parseIsoTimestamp(text)).toBeUndefined();
  });
});

describe('_mondayOfWeek', () => {
  it('gives the Monday 00:00 UTC of the week, for Monday itself, midweek and Sunday night', () => {
    const monday = Date.UTC(2024, 2, 4); // 2024-03-04 was a Monday
    expect(_mondayOfWeek(monday)).toBe(monday);
    expect(_mondayOfWeek(Date.UTC(2024, 2, 6, 10))).toBe(monday);
    expect(_mondayOfWeek(Date.UTC(2024, 2, 10, 23, 59))).toBe(monday);
    expect(_mondayOfWeek(Date.UTC(1969, 11, 31))).toBe(Date.UTC(1969, 11, 29)); // before 1970 too
  });
});

describe('_isoDateOf and _daysFromCivil', () => {
  it('write and count dates in the proleptic Gregorian calendar', () => {
    expect(_daysFromCivil(2024, 3, 4)).toBe(19_786);
    expect(_daysFromCivil(1970, 1, 1)).toBe(0);
    expect(_isoDateOf(Date.UTC(2024, 2, 4, 15))).toBe('2024-03-04');
    expect(_isoDateOf(Date.UTC(2000, 1, 29))).toBe('2000-02-29');
    expect(_isoDateOf(Date.UTC(1969, 11, 31))).toBe('1969-12-31');
  });
});
