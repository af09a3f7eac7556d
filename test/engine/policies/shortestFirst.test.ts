// Tests of shortestFirst(): the smallest expected remaining effort at the current step goes next.
import { describe, expect, it } from 'vitest';
import { shortestFirst } from '../../../engine/policies/shortestFirst.ts';
import { makeContext, makeItems, serviceOrder } from './items.ts';

describe('shortestFirst', () => {
  it('serves efforts [3, 1, 2] in the order [1, 2, 0]', () => {
    const items = makeItems([{ remainingEffort: 3 }, { remainingEffort: 1 }, { remainingEffort: 2 }]);
    expect(serviceOrder(items, shortestFirst())).toEqual([1, 2, 0]);
  });

  it('reads the job size from context.effortAt, FIFO among equal sizes', () => {
    // The runtime's job size (effort at the current step) differs from remainingEffort here on purpose.
    const sizes = [4, 0.5, 4, 2, 0.5];
    const context = makeContext({ effortAt: (item) => sizes[item.id] ?? Number.NaN });
    const items = makeItems([{}, { enqueuedAt: 3 }, {}, {}, { enqueuedAt: 1 }]);
    expect(serviceOrder(items, shortestFirst(), context)).toEqual([4, 1, 3, 0, 2]);
  });

  it('is a frozen, static order of kind shortest-first', () => {
    const order = shortestFirst();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['shortest-first', false, true]);
  });
});
