// Tests of longestFirst(): the largest expected remaining effort at the current step goes next.
import { describe, expect, it } from 'vitest';
import { longestFirst } from '../../../engine/policies/longestFirst.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('longestFirst', () => {
  it('serves efforts [3, 1, 2, 3] in the order [0, 3, 2, 1] (equal sizes FIFO)', () => {
    const items = makeItems([
      { remainingEffort: 3 },
      { remainingEffort: 1 },
      { remainingEffort: 2 },
      { remainingEffort: 3 },
    ]);
    expect(serviceOrder(items, longestFirst())).toEqual([0, 3, 2, 1]);
  });

  it('is a frozen, static order of kind longest-first', () => {
    const order = longestFirst();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['longest-first', false, true]);
  });
});
