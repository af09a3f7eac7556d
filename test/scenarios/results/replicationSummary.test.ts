// summarizeReplication: what one replication contributes, counted against its own results, and plain
// data that crosses JSON (a worker thread, a shard's file) unchanged.
import { describe, expect, it } from 'vitest';
import { startServiceReplication } from '../../../engine/index.ts';
import { summarizeReplication } from '../../../scenarios/results/replicationSummary.ts';
import { twoStepModel } from './replicationRuns.ts';

describe('summarizeReplication', () => {
  const live = startServiceReplication(twoStepModel(2), {
    seed: 5,
    replication: 2,
    hours: 500,
    warmUpHours: 50,
  });
  live.run(500);
  const summary = summarizeReplication(live, { replication: 2 });

  it('holds the completed items’ times, overall and per type, as the results count them', () => {
    const results = summary.results;
    expect(summary.replication).toBe(2);
    expect(summary.leadTime.histogram.count).toBe(results.endToEnd.count);
    expect(summary.waitTime.moments.count).toBe(results.endToEnd.count);
    expect(summary.leadTime.moments.sum / summary.leadTime.moments.count).toBeCloseTo(
      results.endToEnd.meanLeadTime ?? Number.NaN,
      9,
    );
    expect(summary.byType.map((type) => [type.type, type.leadTime.moments.count])).toEqual(
      results.byType.map((type) => [type.type, type.flow.count]),
    );
  });

  it('holds the ages of the items open at the end', () => {
    const open = live.openItems();
    expect(summary.openAge.count).toBe(open.length);
    expect(summary.openAge.max).toBe(Math.max(...open.map((item) => 500 - item.arrivalTime)));
  });

  it("holds the value account's totals, plain numbers that add up, apart from the results", () => {
    const value = summary.value;
    const ledger = live.results().value;
    expect(value).toMatchObject({
      potential: ledger.potential,
      realised: ledger.realised,
      leakage: ledger.leakage,
      delayParts: ledger.delayParts,
      openAtEnd: ledger.openAtEnd,
      cost: ledger.cost,
      return: ledger.return,
    });
    expect(value.objectives).toHaveLength(5);
    const leaked = Object.values(value.leakage).reduce((sum, amount) => sum + amount, 0);
    expect(value.potential - value.realised - leaked - value.openAtEnd).toBeCloseTo(0, 6);
    expect(Object.keys(value)).not.toContain('services');
    expect(Object.keys(summary.results)).not.toContain('value');
  });

  it('is plain data that survives JSON unchanged, with no forecast without a backlog', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(structuredClone(summary)).toEqual(summary);
    expect(summary.forecast).toBeUndefined();
  });
});
