// formatHistory: the export's reassignments as shares beside the model's, worked by hand.
import { describe, expect, it } from 'vitest';
import type { HistoryBlock } from '../../../scenarios/import/exportHistory.ts';
import { formatHistory } from '../../../scenarios/import/formatHistory.ts';
import type { SupportMetrics } from '../../../scenarios/results/supportMetrics.ts';

const history = {
  source: 'tickets.csv',
  tickets: 8,
  unresolved: 0,
  leadTime: { unit: 'h', mean: 2, p50: 1, p85: 3, p95: 4 },
  arrivalsByHourOfWeek: Array.from({ length: 168 }, () => 0),
  resolvedWithoutReassignment: 0.5,
  reassignments: { '0': 4, '1': 2, '2': 1, '3': 0, '4+': 1 },
} as unknown as HistoryBlock;

const share = (mean: number) => ({ mean, ci95: null });
const support = {
  reassignments: {
    mean: 0.7,
    ci95: null,
    shares: { '0': share(0.6), '1': share(0.3), '2': share(0.1), '3': share(0), '4+': share(0) },
  },
  resolvedWithoutReassignment: share(0.6),
} as unknown as SupportMetrics;

describe('formatHistory', () => {
  it('puts the export’s shares of tickets by reassignments beside the model’s', () => {
    const lines = formatHistory(history, history.leadTime, support);
    const table = lines.at(-1)?.split('\n') ?? [];
    // 4, 2, 1, 0 and 1 of 8 tickets.
    expect(table[1]).toMatch(/^history +50\.0% +25\.0% +12\.5% +0\.0% +12\.5% +50\.0%$/);
    expect(table[2]).toMatch(/^simulated +60\.0% +30\.0% +10\.0% +0\.0% +0\.0% +60\.0%$/);
  });

  it('lists the counts when there is no run to compare with', () => {
    expect(formatHistory(history).at(-1)).toBe(
      'Reassignments per ticket: 0: 4, 1: 2, 2: 1, 3: 0, 4+: 1; resolved without reassignment 50.0%',
    );
  });
});
