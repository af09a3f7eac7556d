// Tests of classOfServiceOrder(): expedite, then fixed-date by deadline, then standard FIFO, then
// intangible FIFO.
import { describe, expect, it } from 'vitest';
import type { ClassOfService } from '../../../engine/model/work/workItem.ts';
import { classOfServiceOrder } from '../../../engine/policies/classOfServiceOrder.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('classOfServiceOrder', () => {
  it('serves expedite, then fixed-date by deadline, then standard FIFO, then intangible', () => {
    const items = makeItems([
      { classOfService: 'intangible', enqueuedAt: 0 },
      { classOfService: 'standard', enqueuedAt: 3 },
      { classOfService: 'fixed-date', deadline: 80, enqueuedAt: 0 },
      { classOfService: 'expedite', enqueuedAt: 5 },
      { classOfService: 'standard', enqueuedAt: 1 },
      { classOfService: 'fixed-date', deadline: 40, enqueuedAt: 4 },
      { classOfService: 'expedite', enqueuedAt: 2 },
      { classOfService: 'fixed-date', enqueuedAt: 0 }, // no deadline: last of its band
    ]);
    expect(serviceOrder(items, classOfServiceOrder())).toEqual([6, 3, 5, 2, 7, 4, 1, 0]);
  });

  it('ignores deadlines outside the fixed-date band', () => {
    const items = makeItems([
      { classOfService: 'standard', deadline: 90, enqueuedAt: 0 },
      { classOfService: 'standard', deadline: 10, enqueuedAt: 1 },
    ]);
    expect(serviceOrder(items, classOfServiceOrder())).toEqual([0, 1]);
  });

  it('treats a class name it does not know as standard', () => {
    const items = makeItems([
      { classOfService: 'intangible' },
      { classOfService: 'urgent-ish' as ClassOfService, enqueuedAt: 2 },
      { classOfService: 'standard', enqueuedAt: 1 },
    ]);
    expect(serviceOrder(items, classOfServiceOrder())).toEqual([2, 1, 0]);
  });

  it('is a frozen, static order of kind class-of-service', () => {
    const order = classOfServiceOrder();
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['class-of-service', false, true]);
  });
});
