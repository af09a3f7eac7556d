// Tests of byResourceAvailability(): the chooser's best work first, then the work most people are free
// for, then FIFO; dynamic because both keys change between decisions.
import { describe, expect, it } from 'vitest';
import { byResourceAvailability } from '../../../engine/policies/byResourceAvailability.ts';
import { makeContext, makeItems, serviceOrder } from './items.ts';

describe('byResourceAvailability', () => {
  it('serves the items the chooser is most skilled in first, those they cannot do last', () => {
    // The chooser is knowledgeable (1), expert (2), unable (0), expert (2) in the four items' skills.
    const levels = [1, 2, 0, 2];
    const context = makeContext({ levelOfChooser: (item) => levels[item.id] ?? 0 });
    const items = makeItems([{}, { enqueuedAt: 3 }, {}, { enqueuedAt: 1 }]);
    expect(serviceOrder(items, byResourceAvailability(), context)).toEqual([3, 1, 0, 2]);
  });

  it('among equal levels, serves first the items most people are free for (the network specialist is busy)', () => {
    // Items 0 and 2 need the network specialist, who is occupied (0 free); 1 and 3 are general work.
    const free = [0, 3, 0, 1];
    const context = makeContext({ availablePeopleFor: (item) => free[item.id] ?? 0 });
    const items = makeItems([{ enqueuedAt: 0 }, { enqueuedAt: 5 }, { enqueuedAt: 1 }, { enqueuedAt: 2 }]);
    expect(serviceOrder(items, byResourceAvailability(), context)).toEqual([1, 3, 0, 2]);
  });

  it('puts the chooser level before availability', () => {
    const levels = [2, 1];
    const free = [1, 5];
    const context = makeContext({
      levelOfChooser: (item) => levels[item.id] ?? 0,
      availablePeopleFor: (item) => free[item.id] ?? 0,
    });
    expect(serviceOrder(makeItems([{}, {}]), byResourceAvailability(), context)).toEqual([0, 1]);
  });

  it('is a frozen, dynamic order of kind by-resource-availability with an availability tie-break', () => {
    const order = byResourceAvailability();
    expect([order.kind, order.dynamic, Object.isFrozen(order), order.tieBreak?.dynamic]).toEqual([
      'by-resource-availability',
      true,
      true,
      true,
    ]);
  });
});
