// The history's figures against hand computations: lead-time mean and percentiles (within one 1% bin of
// the type-7 percentiles worked out below), arrivals per hour of the week over whole weeks, and
// reassignments per ticket with the share resolved without any.
import { describe, expect, it } from 'vitest';
import { exportHistory, readExport } from '../../../scenarios/index.ts';

// Five resolved tickets with lead times 1, 2, 3, 4 and 10 hours and one never resolved.
// Weeks: Monday 5 February 2024 and Monday 12 February 2024 (two whole weeks).
const TEXT = [
  'id,opened,resolved,reassigned',
  'A,2024-02-05 09:10,2024-02-05 10:10,0', // Mon 09:xx, week 1, 1 h
  'B,2024-02-05 09:40,2024-02-05 11:40,1', // Mon 09:xx, week 1, 2 h
  'C,2024-02-07 14:00,2024-02-07 17:00,0', // Wed 14:00, week 1, 3 h
  'D,2024-02-12 09:05,2024-02-12 13:05,4', // Mon 09:xx, week 2, 4 h
  'E,2024-02-18 23:30,2024-02-19 09:30,2', // Sun 23:xx, week 2, 10 h
  'F,2024-02-14 14:20,,7', // Wed 14:xx, week 2, never resolved
].join('\n');

const history = exportHistory(
  readExport(
    TEXT,
    { columns: { id: 'id', opened: 'opened', resolved: 'resolved', reassignments: 'reassigned' } },
    'small.csv',
  ),
);

/** Within one bin of the histogram: 1% relative. */
function withinOneBin(value: number | null, exact: number): void {
  expect(value).not.toBeNull();
  expect(Math.abs((value ?? 0) - exact)).toBeLessThanOrEqual(0.01 * exact);
}

describe('exportHistory', () => {
  it('counts the tickets and those never resolved', () => {
    expect([history.source, history.tickets, history.unresolved]).toEqual(['small.csv', 6, 1]);
  });

  it('gives the mean lead time exactly and its percentiles within one bin of the hand computation', () => {
    expect(history.leadTime.unit).toBe('h');
    expect(history.leadTime.mean).toBeCloseTo(20 / 5, 12);
    // Type 7 over 1, 2, 3, 4, 10: h = 4p; p50 = x[2] = 3; p85: h = 3.4, 4 + 0.4 * (10 - 4) = 6.4;
    // p95: h = 3.8, 4 + 0.8 * 6 = 8.8.
    withinOneBin(history.leadTime.p50, 3);
    withinOneBin(history.leadTime.p85, 6.4);
    withinOneBin(history.leadTime.p95, 8.8);
  });

  it('carries the lead times in the bins of the run distributions', () => {
    expect(history.leadTimeHistogram.scheme).toEqual({ smallest: 1e-6, ratio: 1.01, binCount: 3009 });
    expect([
      history.leadTimeHistogram.count,
      history.leadTimeHistogram.min,
      history.leadTimeHistogram.max,
    ]).toEqual([5, 1, 10]);
  });

  it('gives mean arrivals per week in each hour of the week, Monday 00:00 first, over whole weeks', () => {
    const expected = new Array<number>(168).fill(0);
    expected[9] = 3 / 2; // Monday 09:00: A, B and D over two weeks
    expected[2 * 24 + 14] = 2 / 2; // Wednesday 14:00: C and F
    expected[6 * 24 + 23] = 1 / 2; // Sunday 23:00: E
    expect(history.arrivalsByHourOfWeek).toEqual(expected);
  });

  it('counts reassignments per ticket, 4 and more together, and the share of the resolved never reassigned', () => {
    expect(history.reassignments).toEqual({ '0': 2, '1': 1, '2': 1, '3': 0, '4+': 2 });
    expect(history.resolvedWithoutReassignment).toBeCloseTo(2 / 5, 12);
  });

  it('says null for reassignments when the export has no count', () => {
    const plain = exportHistory(
      readExport('id,opened\nA,2024-02-05 09:00\n', { columns: { opened: 'opened' } }, 'x.csv'),
    );
    expect([plain.reassignments, plain.resolvedWithoutReassignment, plain.leadTime.mean]).toEqual([
      null,
      null,
      null,
    ]);
  });
});
