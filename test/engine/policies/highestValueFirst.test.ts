// Tests of highestValueFirst(): the item worth most per hour once delivered goes next.
import { describe, expect, it } from 'vitest';
import { highestValueFirst } from '../../../engine/policies/highestValueFirst.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('highestValueFirst', () => {
  it('serves values per hour [50, 200, 0, 120] in the order [1, 3, 0, 2]', () => {
    const items = makeItems([
      { valuePerHour: 50 },
      { valuePerHour: 200 },
      { valuePerHour: 0 },
      { valuePerHour: 120 },
    ]);
    expect(serviceOrder(items, highestValueFirst())).toEqual([1, 3, 0, 2]);
  });

  it('ignores size and cost of delay', () => {
    const items = makeItems([
      { valuePerHour: 10, remainingEffort: 0.1, costOfDelayPerHour: 1000 },
      { valuePerHour: 20, remainingEffort: 50, costOfDelayPerHour: 0 },
    ]);
    expect(serviceOrder(items, highestValueFirst())).toEqual([1, 0]);
  });

  it('is a frozen, static order of kind highest-value-first', () => {
    const order = highestValueFirst();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['highest-value-first', false, true]);
  });
});
