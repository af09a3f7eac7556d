// Units as scenario files write them: durations and rates read into hours and per hour (values worked out
// by hand), bare numbers refused with a message saying to write the unit, times of day, days, and writing back.
import { describe, expect, it } from 'vitest';
import {
  readDayOfWeek,
  readHourOfDay,
  readTimeInPeriod,
  writeTimeInPeriod,
} from '../../../scenarios/schema/clockTimes.ts';
import { readDuration, readRate, writeDuration, writeRate } from '../../../scenarios/schema/units.ts';

const readValue = <Value>(reading: { ok: boolean; value?: Value }): Value | undefined => reading.value;

describe('readDuration', () => {
  it.each([
    ['15m', 0.25],
    ['2h', 2],
    ['1h30m', 1.5],
    ['1d 4h', 28],
    ['3d', 72],
    ['1w', 168],
    ['52w', 8736],
    ['90s', 0.025],
    ['0', 0],
  ])('reads %s as %d hours', (text, hours) => {
    expect(readValue(readDuration(text))).toBeCloseTo(hours, 12);
  });

  it('refuses a bare number and says to write the unit', () => {
    const reading = readDuration(2);
    expect(reading.ok).toBe(false);
    expect(reading).toMatchObject({ message: 'a duration needs a unit: write "2h" or "2m", not 2' });
  });

  it('accepts a bare zero, which is zero in any unit', () => {
    expect(readDuration(0)).toEqual({ ok: true, value: 0 });
  });

  it('refuses an unknown unit, a negative duration and a value of another type', () => {
    expect(readDuration('2 fortnights')).toMatchObject({
      ok: false,
      message: expect.stringContaining('unknown unit "fortnights"'),
    });
    expect(readDuration('-2h')).toMatchObject({ ok: false, message: expect.stringContaining('negative') });
    expect(readDuration(-2)).toMatchObject({ ok: false, message: 'a duration cannot be negative' });
    expect(readDuration([1])).toMatchObject({ ok: false, wrongType: true });
  });

  it('refuses zero where the duration must be longer than zero', () => {
    expect(readDuration('0s', { positive: true })).toMatchObject({
      ok: false,
      message: 'must be longer than 0',
    });
  });
});

describe('readRate', () => {
  it.each([
    ['4/h', 4],
    ['12/day', 0.5],
    ['1/d', 1 / 24],
    ['1.5/w', 1.5 / 168],
    ['2/week', 2 / 168],
    ['30/min', 1800],
    ['2/s', 7200],
    ['250/hours', 250],
  ])('reads %s as %d per hour', (text, perHour) => {
    expect(readValue(readRate(text))).toBeCloseTo(perHour, 12);
  });

  it('refuses a bare number and says to write the unit', () => {
    expect(readRate(4)).toMatchObject({
      ok: false,
      message: 'a rate needs a unit: write "4/h" or "4/day", not 4',
    });
  });

  it('refuses an unknown unit, a negative rate and text that is no rate', () => {
    expect(readRate('4/fortnight')).toMatchObject({
      ok: false,
      message: 'unknown unit "fortnight" in the rate 4/fortnight',
    });
    expect(readRate(-3)).toMatchObject({ ok: false, message: 'a rate cannot be negative' });
    expect(readRate('often')).toMatchObject({ ok: false, message: 'cannot read "often" as a rate' });
  });
});

describe('readHourOfDay', () => {
  it('reads numbers and "HH:MM"', () => {
    expect(readValue(readHourOfDay(9, 24))).toBe(9);
    expect(readValue(readHourOfDay(17.5, 24))).toBe(17.5);
    expect(readValue(readHourOfDay('08:30', 24))).toBe(8.5);
    expect(readValue(readHourOfDay('17:45', 24))).toBe(17.75);
    expect(readValue(readHourOfDay('24:00', 24))).toBe(24);
  });

  it('refuses hours outside the day and text that is no time', () => {
    expect(readHourOfDay(25, 24)).toMatchObject({ ok: false, message: 'out of range' });
    expect(readHourOfDay('noon', 24)).toMatchObject({
      ok: false,
      message: 'cannot read "noon" as a time of day',
    });
  });

  it('accepts an end past midnight where the latest hour allows it', () => {
    expect(readValue(readHourOfDay(30, 192))).toBe(30);
  });
});

describe('readDayOfWeek', () => {
  it('reads day names and numbers from Monday = 0', () => {
    expect(
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((day) => readValue(readDayOfWeek(day))),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(readValue(readDayOfWeek(3))).toBe(3);
  });

  it('refuses an unknown day with the day most likely meant, and numbers outside 0-6', () => {
    expect(readDayOfWeek('Thur')).toMatchObject({ ok: false, suggestion: 'Thu' });
    expect(readDayOfWeek(7)).toMatchObject({ ok: false, message: 'out of range' });
  });
});

describe('readTimeInPeriod', () => {
  it('reads a day and time as hours into the week', () => {
    expect(readValue(readTimeInPeriod('Thu 10:00'))).toBe(3 * 24 + 10);
    expect(readValue(readTimeInPeriod('Mon 09:00'))).toBe(9);
    expect(readValue(readTimeInPeriod('Sun 23:30'))).toBe(6 * 24 + 23.5);
  });

  it('reads a duration into the period', () => {
    expect(readValue(readTimeInPeriod('1d 10h'))).toBe(34);
  });

  it('refuses a time past the end of the day and a bare number', () => {
    expect(readTimeInPeriod('Thu 25:00').ok).toBe(false);
    expect(readTimeInPeriod(10)).toMatchObject({
      ok: false,
      message: expect.stringContaining('write "10h"'),
    });
  });
});

describe('writing units back', () => {
  it('writes whole weeks as weeks and other durations as days, hours, minutes and seconds', () => {
    expect(writeDuration(8736)).toBe('52w');
    expect(writeDuration(2.5)).toBe('2h30m');
    expect(writeDuration(28)).toBe('1d4h');
    expect(writeDuration(0)).toBe('0s');
  });

  it('writes rates in hours, days or weeks, whichever is short and reads back exactly', () => {
    expect(writeRate(4)).toBe('4/h');
    expect(writeRate(0.5)).toBe('0.5/h');
    expect(writeRate(1 / 24)).toBe('1/day');
    expect(writeRate(1.5 / 168)).toBe('1.5/w');
    for (const perHour of [4, 0.5, 1 / 24, 1.5 / 168, 1 / 3, Math.PI])
      expect(readValue(readRate(writeRate(perHour)))).toBe(perHour);
  });

  it('writes a moment of a weekly period as a day and time, of another period as a duration', () => {
    expect(writeTimeInPeriod(82, 168)).toBe('Thu 10:00');
    expect(writeTimeInPeriod(9, 24)).toBe('9h');
    expect(readValue(readTimeInPeriod(writeTimeInPeriod(167.5, 168)))).toBe(167.5);
  });

  it('reads back what it writes, to the millisecond', () => {
    for (const hours of [0, 1 / 120, 0.25, 1.5, 28, 168, 8736, 100.123456]) {
      expect(readValue(readDuration(writeDuration(hours)))).toBeCloseTo(hours, 6);
    }
  });
});
