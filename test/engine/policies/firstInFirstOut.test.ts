// Tests of firstInFirstOut(): the item waiting longest in this queue is served next.
import { describe, expect, it } from 'vitest';
import { firstInFirstOut } from '../../../engine/policies/firstInFirstOut.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('firstInFirstOut', () => {
  it('serves items by the time they joined the queue (enqueued at [5, 2, 9, 2] → [1, 3, 0, 2])', () => {
    const items = makeItems([{ enqueuedAt: 5 }, { enqueuedAt: 2 }, { enqueuedAt: 9 }, { enqueuedAt: 2 }]);
    expect(serviceOrder(items, firstInFirstOut())).toEqual([1, 3, 0, 2]);
  });

  it('orders by the time in this queue, not by the arrival time in the system', () => {
    // Item 0 arrived first but only just moved to this step; item 1 has waited here since 3.
    const items = makeItems([
      { arrivalTime: 0, enqueuedAt: 7 },
      { arrivalTime: 2, enqueuedAt: 3 },
    ]);
    expect(serviceOrder(items, firstInFirstOut())).toEqual([1, 0]);
  });

  it('is a frozen, static order of kind fifo', () => {
    const order = firstInFirstOut();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['fifo', false, true]);
  });
});
