// Tests of lastInFirstOut(): the newest item in the queue is served next, ties by id.
import { describe, expect, it } from 'vitest';
import { lastInFirstOut } from '../../../engine/policies/lastInFirstOut.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('lastInFirstOut', () => {
  it('serves the newest first (enqueued at [5, 2, 9, 2] → [2, 0, 1, 3], equal times by id)', () => {
    const items = makeItems([{ enqueuedAt: 5 }, { enqueuedAt: 2 }, { enqueuedAt: 9 }, { enqueuedAt: 2 }]);
    expect(serviceOrder(items, lastInFirstOut())).toEqual([2, 0, 1, 3]);
  });

  it('is a frozen, static order of kind lifo', () => {
    const order = lastInFirstOut();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['lifo', false, true]);
  });
});
