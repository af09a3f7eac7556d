// Tests of selectNext and compareByOrder: lower rank first, tie-break chains only on ties, FIFO by
// enqueuedAt then id whatever the queue's layout, NaN ranks last, and user-defined orders.
import { describe, expect, it } from 'vitest';
import { compareByOrder, type QueueOrder, selectNext } from '../../../engine/model/flow/queueOrder.ts';
import type { WorkItem } from '../../../engine/model/work/workItem.ts';
import { makeContext, makeItem, makeItems, serviceOrder } from './items.ts';

const byPriority: QueueOrder = { kind: 'priority', dynamic: false, rank: (item) => item.priority };
const constant: QueueOrder = { kind: 'constant', dynamic: false, rank: () => 0 };

describe('selectNext', () => {
  it('returns -1 for an empty queue and 0 for a queue of one', () => {
    expect(selectNext([], byPriority, makeContext())).toBe(-1);
    expect(selectNext([makeItem()], byPriority, makeContext())).toBe(0);
  });

  it('serves the lowest rank first (priorities [3, 1, 2] are served [1, 2, 0])', () => {
    const items = makeItems([{ priority: 3 }, { priority: 1 }, { priority: 2 }]);
    expect(serviceOrder(items, byPriority)).toEqual([1, 2, 0]);
  });

  it('breaks equal ranks by enqueuedAt, then by id, wherever the items sit in the queue', () => {
    // Listed out of order on purpose: ids 3 and 1 joined at 2, id 2 at 1, id 0 at 5.
    const queue = [
      makeItem({ id: 3, enqueuedAt: 2 }),
      makeItem({ id: 0, enqueuedAt: 5 }),
      makeItem({ id: 1, enqueuedAt: 2 }),
      makeItem({ id: 2, enqueuedAt: 1 }),
    ];
    expect(serviceOrder(queue, constant)).toEqual([2, 1, 3, 0]);
  });

  it('consults the tie-break chain only among equal ranks, in chain order', () => {
    const byUrgency: QueueOrder = { kind: 'urgency', dynamic: false, rank: (item) => item.urgency };
    const byImpact: QueueOrder = { kind: 'impact', dynamic: false, rank: (item) => item.impact };
    const chained: QueueOrder = {
      kind: 'priority, urgency, impact',
      dynamic: false,
      rank: (item) => item.priority,
      tieBreak: { ...byUrgency, tieBreak: byImpact },
    };
    const items = makeItems([
      { priority: 2, urgency: 1, impact: 1 },
      { priority: 1, urgency: 2, impact: 1 },
      { priority: 1, urgency: 1, impact: 3 },
      { priority: 1, urgency: 1, impact: 2 },
      { priority: 1, urgency: 1, impact: 2 },
    ]);
    // P1 first; among them urgency 1 first; among those impact 2 (ids 3, 4 FIFO by id) then 3.
    expect(serviceOrder(items, chained)).toEqual([3, 4, 2, 1, 0]);
  });

  it('ranks each item once and never calls the tie-break when no ranks are equal', () => {
    let rankCalls = 0;
    let tieBreakCalls = 0;
    const counted: QueueOrder = {
      kind: 'counted',
      dynamic: false,
      rank: (item) => {
        rankCalls++;
        return item.id;
      },
      tieBreak: {
        kind: 'never',
        dynamic: false,
        rank: () => {
          tieBreakCalls++;
          return 0;
        },
      },
    };
    const queue = makeItems([{}, {}, {}, {}, {}]).reverse();
    expect(selectNext(queue, counted, makeContext())).toBe(4);
    expect([rankCalls, tieBreakCalls]).toEqual([5, 0]);
  });

  it('serves NaN ranks after every number, including +Infinity, FIFO among themselves', () => {
    const ranks = [Number.NaN, 5, Number.POSITIVE_INFINITY, Number.NaN, Number.NEGATIVE_INFINITY];
    const byListedRank: QueueOrder = {
      kind: 'listed',
      dynamic: false,
      rank: (item) => ranks[item.id] ?? 0,
    };
    expect(serviceOrder(makeItems([{}, {}, {}, {}, {}]), byListedRank)).toEqual([4, 1, 2, 0, 3]);
  });

  it('accepts a user-defined order that reads the context and `this`', () => {
    class MostValueGivenEffort implements QueueOrder {
      readonly kind = 'value-per-effort';
      readonly dynamic = false;
      readonly weight = -1;
      rank(item: WorkItem, context: ReturnType<typeof makeContext>): number {
        return (this.weight * item.valuePerHour) / context.effortAt(item);
      }
    }
    const items = makeItems([
      { valuePerHour: 100, remainingEffort: 4 }, // 25 per hour of effort
      { valuePerHour: 60, remainingEffort: 1 }, // 60
      { valuePerHour: 90, remainingEffort: 2 }, // 45
    ]);
    expect(serviceOrder(items, new MostValueGivenEffort())).toEqual([1, 2, 0]);
  });
});

describe('compareByOrder', () => {
  it('agrees with selectNext: negative when the first item is served first, 0 only for the same item', () => {
    const context = makeContext();
    const [early, late, urgent] = makeItems([{ enqueuedAt: 1 }, { enqueuedAt: 2 }, { priority: 1 }]);
    if (early === undefined || late === undefined || urgent === undefined) throw new Error('three items');
    expect(compareByOrder(byPriority, early, late, context)).toBeLessThan(0);
    expect(compareByOrder(byPriority, late, early, context)).toBeGreaterThan(0);
    expect(compareByOrder(byPriority, late, urgent, context)).toBeGreaterThan(0);
    expect(compareByOrder(byPriority, early, early, context)).toBe(0);
    const sorted = [late, urgent, early].sort((first, second) =>
      compareByOrder(byPriority, first, second, context),
    );
    expect(sorted.map((item) => item.id)).toEqual(serviceOrder([late, urgent, early], byPriority));
  });
});
