// Item records: the typed-array columns themselves, and the exact percentiles and window counts a run reads
// from them, checked against a single server worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_ITEM_RECORD,
  type Percentiles,
  type ServiceResults,
  type WorkItem,
} from '../../../../engine/model/index.ts';
import { ItemRecords } from '../../../../engine/model/metrics/itemRecords.ts';
import {
  createServiceModel,
  type ServiceModelDefinition,
  startServiceReplication,
} from '../../../../engine/runner/index.ts';
import { hours, offerAt } from '../flow/serviceSystem/serviceScenario.ts';

/** An item as the records read it: only the fields they copy matter here. */
function item(id: number, arrivalTime: number): WorkItem {
  return {
    id,
    typeIndex: id % 3,
    priority: 1 + (id % 4),
    arrivalTime,
    firstStartTime: arrivalTime + 0.5,
    firstWaitTime: Number.NaN,
    touchTime: 1,
    queueTime: 0.5,
    blockedTime: 0.25,
    handoffs: id % 2,
    reassignments: id % 5,
  } as WorkItem;
}

describe('ItemRecords', () => {
  it('keeps every field of every item, growing past its first 1 024 rows, and empties on restart', () => {
    const records = new ItemRecords();
    for (let id = 0; id < 1_500; id++)
      records.add(item(id, id), id % 2 === 0 ? 'delivered' : 'abandoned', id + 2);
    expect(records.count).toBe(1_500);
    expect(records.at(1_234)).toEqual({
      id: 1_234,
      typeIndex: 1,
      priority: 3,
      outcome: 'delivered',
      arrival: 1_234,
      start: 1_234.5,
      finish: 1_236,
      touchTime: 1,
      waitTime: 0.5,
      blockedTime: 0.25,
      handoffs: 0,
      reassignments: 4,
    });
    expect(records.outcome(1_499)).toBe('abandoned');
    expect(records.at(1_499).reassignments).toBe(4);
    expect(records.leadTime(7)).toBe(2);
    expect(() => records.at(1_500)).toThrow(RangeError);
    records.restart();
    expect(records.count).toBe(0);
  });

  it('states its cost: 64 bytes an item (six times of 8 bytes, four counts of 4)', () => {
    expect(BYTES_PER_ITEM_RECORD).toBe(64);
  });
});

// One expert, 1 h of work per item, ten items offered every half hour from 0 to 4.5: item k waits 0.5 k h
// and leaves at k + 1, so its lead time is 1 + 0.5 k: 1, 1.5, ..., 5.5.
const oneServer = {
  teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
  valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
  workTypes: [{ name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(1) } }],
} satisfies ServiceModelDefinition;

/** Percentiles equal to hand-computed ones up to the rounding of the interpolation. */
function expectPercentiles(actual: Percentiles | null, expected: Percentiles): void {
  expect(actual).not.toBeNull();
  for (const key of ['p50', 'p85', 'p95'] as const) expect(actual?.[key]).toBeCloseTo(expected[key], 12);
}

function runOneServer(options: { warmUpHours?: number; recordItems?: boolean }): ServiceResults {
  const system = startServiceReplication(createServiceModel(oneServer), {
    seed: 1,
    replication: 0,
    hours: 20,
    ...options,
  });
  for (let k = 0; k < 10; k++) offerAt(system, 0.5 * k, 'call');
  system.run(20);
  return system.results();
}

describe('percentiles and window counts read from the records', () => {
  it('gives the exact type-7 percentiles of lead time and wait (hand-computed)', () => {
    const results = runOneServer({});
    // Lead times 1..5.5 by 0.5 (n = 10): p50 at rank 4.5 -> 3.25; p85 at 7.65 -> 4.5 + 0.65 x 0.5 = 4.825;
    // p95 at 8.55 -> 5 + 0.55 x 0.5 = 5.275. Waits are one hour less.
    expect(results.percentiles.count).toBe(10);
    expectPercentiles(results.percentiles.leadTime, { p50: 3.25, p85: 4.825, p95: 5.275 });
    expectPercentiles(results.percentiles.wait, { p50: 2.25, p85: 3.825, p95: 4.275 });
    expect(results.byType[0]?.percentiles).toEqual(results.percentiles);
  });

  it('reads only the items that left in the window, and balances the window counts', () => {
    // Warm-up ends at 2.2: items 0 and 1 have left (at 1 and 2), items 2-4 are open, 5-9 are still to come.
    const results = runOneServer({ warmUpHours: 2.2 });
    expect(results.windowConservation).toEqual({
      openAtStart: 3,
      offered: 5,
      refused: 0,
      admitted: 5,
      automated: 0,
      completed: 8,
      abandoned: 0,
      open: 0,
      holds: true,
    });
    expect(results.conservation.completed).toBe(10);
    // Lead times 2..5.5 by 0.5 (n = 8): p50 at rank 3.5 -> 3.75; p85 at 5.95 -> 4.975; p95 at 6.65 -> 5.325.
    expectPercentiles(results.percentiles.leadTime, { p50: 3.75, p85: 4.975, p95: 5.325 });
    expect(results.endToEnd.count).toBe(8);
  });

  it('gives null percentiles, and still the count, when records are off', () => {
    const results = runOneServer({ recordItems: false });
    expect(results.percentiles).toEqual({ count: 10, leadTime: null, wait: null });
    expect(results.byType[0]?.percentiles).toEqual({ count: 10, leadTime: null, wait: null });
  });
});
