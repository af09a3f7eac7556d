// Tests of triage(): FIFO within priority, P1 first; the default queue order.
import { describe, expect, it } from 'vitest';
import { triage } from '../../../engine/policies/triage.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('triage', () => {
  it('serves P1 before P2 before P3, first in first out within a priority', () => {
    const items = makeItems([
      { priority: 3, enqueuedAt: 0 },
      { priority: 2, enqueuedAt: 4 },
      { priority: 1, enqueuedAt: 6 },
      { priority: 2, enqueuedAt: 1 },
      { priority: 1, enqueuedAt: 5 },
    ]);
    expect(serviceOrder(items, triage())).toEqual([4, 2, 3, 1, 0]);
  });

  it('reads the priority, not impact or urgency separately', () => {
    // The matrix mapped impact 1 x urgency 3 to P3, and impact 2 x urgency 2 to P2.
    const items = makeItems([
      { impact: 1, urgency: 3, priority: 3 },
      { impact: 2, urgency: 2, priority: 2 },
    ]);
    expect(serviceOrder(items, triage())).toEqual([1, 0]);
  });

  it('is a frozen, static order of kind triage', () => {
    const order = triage();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['triage', false, true]);
  });
});
