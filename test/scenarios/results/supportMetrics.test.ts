// supportMetrics against hand sums over two replications' support results.
import { describe, expect, it } from 'vitest';
import type { ServiceResults } from '../../../engine/index.ts';
import { supportMetrics } from '../../../scenarios/results/supportMetrics.ts';

/** t(0.975, 1), for 2 replications (scipy.stats.t.ppf(0.975, 1)). */
const T_975_1 = 12.706204736174698;

function run(
  reassignments: number[],
  mean: number,
  leadTime: number | null,
  deskHours: number,
): ServiceResults {
  const completed = reassignments.reduce((sum, count) => sum + count, 0);
  return {
    support: {
      reassignments,
      meanReassignments: mean,
      resolvedWithoutReassignment: (reassignments[0] ?? 0) / completed,
      reassigned: { meanLeadTime: leadTime },
      effortPerItemByTeam: [{ team: 'desk', hours: deskHours }],
    },
  } as unknown as ServiceResults;
}

describe('supportMetrics', () => {
  it('averages each replication’s shares, means and effort with a t interval', () => {
    // Shares of 0 reassignments: 3/4 and 1/4, mean 1/2, s = 0.3536, half-width t · s / √2 = t / 4.
    const support = supportMetrics([run([3, 1, 0, 0, 0], 0.25, 2, 1), run([1, 1, 1, 0, 1], 1.6, 4, 3)]);
    expect(support.reassignments.shares['0'].mean).toBeCloseTo(0.5, 12);
    expect(support.reassignments.shares['0'].ci95?.[0]).toBeCloseTo(0.5 - T_975_1 / 4, 9);
    expect(support.reassignments.shares['4+'].mean).toBeCloseTo(0.125, 12); // 0 and 1/4
    expect(support.reassignments.mean).toBeCloseTo(0.925, 12);
    expect(support.resolvedWithoutReassignment.mean).toBeCloseTo(0.5, 12);
    expect(support.reassignedLeadTime).toMatchObject({ unit: 'h', mean: 3 });
    expect(support.effortPerItem.byTeam.desk?.mean).toBe(2);
  });

  it('gives null where no replication reassigned anything to time', () => {
    const support = supportMetrics([run([4, 0, 0, 0, 0], 0, null, 1)]);
    expect(support.reassignedLeadTime.mean).toBeNull();
    expect(support.reassignments.shares['1']).toEqual({ mean: 0, ci95: null });
  });
});
