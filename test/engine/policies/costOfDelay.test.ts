// Tests of costOfDelay(): the highest cost of delay per hour goes next, whatever its size.
import { describe, expect, it } from 'vitest';
import { costOfDelay } from '../../../engine/policies/costOfDelay.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('costOfDelay', () => {
  it('serves costs of delay [10, 90, 40, 90] per hour in the order [1, 3, 2, 0]', () => {
    const items = makeItems([
      { costOfDelayPerHour: 10 },
      { costOfDelayPerHour: 90, remainingEffort: 40 },
      { costOfDelayPerHour: 40 },
      { costOfDelayPerHour: 90, remainingEffort: 1 },
    ]);
    expect(serviceOrder(items, costOfDelay())).toEqual([1, 3, 2, 0]);
  });

  it('is a frozen, static order of kind cost-of-delay', () => {
    const order = costOfDelay();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['cost-of-delay', false, true]);
  });
});
