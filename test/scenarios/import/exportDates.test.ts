// Dates as exports write them: ISO 8601 with or without seconds and offsets, day-first and month-first
// numeric dates, impossible dates refused, and the order a list of dates allows.
import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseExportDate } from '../../../scenarios/import/exportDates.ts';

describe('parseExportDate', () => {
  it('reads day-first and month-first dates, with or without seconds, separated by -, / or .', () => {
    expect(parseExportDate('05-02-2024 09:30', 'day-first')).toBe(Date.UTC(2024, 1, 5, 9, 30));
    expect(parseExportDate('05/02/2024 09:30:15', 'month-first')).toBe(Date.UTC(2024, 4, 2, 9, 30, 15));
    expect(parseExportDate('5.2.2024', 'day-first')).toBe(Date.UTC(2024, 1, 5));
  });

  it('reads ISO 8601 with a space or T, seconds, fractions and offsets', () => {
    expect(parseExportDate('2024-02-05 09:30', 'iso')).toBe(Date.UTC(2024, 1, 5, 9, 30));
    expect(parseExportDate('2024-02-05T09:30:00.250Z', 'iso')).toBe(Date.UTC(2024, 1, 5, 9, 30, 0, 250));
    expect(parseExportDate('2024-02-05T09:30:00+01:00', 'iso')).toBe(Date.UTC(2024, 1, 5, 8, 30));
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(parseExportDate('31-04-2024 10:00', 'day-first')).toBeUndefined();
    expect(parseExportDate('29-02-2023', 'day-first')).toBeUndefined();
    expect(parseExportDate('05-02-2024 24:00', 'day-first')).toBeUndefined();
    expect(parseExportDate('yesterday', 'iso')).toBeUndefined();
  });
});

describe('detectDateOrder', () => {
  it('finds the one order that reads every date, or says ambiguous or none', () => {
    expect(detectDateOrder(['01-02-2024', '13-02-2024'])).toBe('day-first');
    expect(detectDateOrder(['02-13-2024', '01-02-2024'])).toBe('month-first');
    expect(detectDateOrder(['01-02-2024', '03-04-2024'])).toBe('ambiguous');
    expect(detectDateOrder(['13-02-2024', '02-13-2024'])).toBe('none');
    expect(detectDateOrder(['2024-02-13 10:00'])).toBe('iso');
  });
});
