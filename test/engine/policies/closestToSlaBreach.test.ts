// Tests of closestToSlaBreach(): earliest SLA due first, breached items first, items without an SLA last,
// and the expediteFirst option.
import { describe, expect, it } from 'vitest';
import {
  type ClosestToSlaBreachOptions,
  closestToSlaBreach,
} from '../../../engine/policies/closestToSlaBreach.ts';
import { makeContext, makeItems, serviceOrder } from './items.ts';

const NO_SLA = Number.POSITIVE_INFINITY;

describe('closestToSlaBreach', () => {
  it('at now = 10 serves the breached items first (longest breached first), then by time left, no SLA last', () => {
    const items = makeItems([
      { slaDue: 30 }, // 20 h left
      { slaDue: NO_SLA, enqueuedAt: 1 },
      { slaDue: 8 }, // breached 2 h ago
      { slaDue: 12 }, // 2 h left
      { slaDue: 4 }, // breached 6 h ago
      { slaDue: NO_SLA, enqueuedAt: 0.5 },
    ]);
    expect(serviceOrder(items, closestToSlaBreach(), makeContext({ now: 10 }))).toEqual([4, 2, 3, 0, 5, 1]);
  });

  it('gives the same order at any time, so it is not dynamic', () => {
    const items = makeItems([{ slaDue: 30 }, { slaDue: 8 }, { slaDue: 12 }]);
    const order = closestToSlaBreach();
    const early = serviceOrder(items, order, makeContext({ now: 0 }));
    const late = serviceOrder(items, order, makeContext({ now: 100 }));
    expect([early, late, order.dynamic]).toEqual([[1, 2, 0], [1, 2, 0], false]);
  });

  it('ignores the class of service by default, and serves expedite items first with expediteFirst', () => {
    const items = makeItems([
      { slaDue: 8 },
      { slaDue: 40, classOfService: 'expedite', enqueuedAt: 2 },
      { slaDue: 50, classOfService: 'expedite', enqueuedAt: 1 },
    ]);
    expect(serviceOrder(items, closestToSlaBreach())).toEqual([0, 1, 2]);
    expect(serviceOrder(items, closestToSlaBreach({ expediteFirst: true }))).toEqual([2, 1, 0]);
    expect(serviceOrder(items, closestToSlaBreach({ expediteFirst: false }))).toEqual([0, 1, 2]);
  });

  it('rejects a non-boolean expediteFirst and unknown options', () => {
    const build = (options: unknown) => () => closestToSlaBreach(options as ClosestToSlaBreachOptions);
    expect(build({ expediteFirst: 'yes' })).toThrow(
      'closest-to-sla-breach: expediteFirst must be true or false, got "yes"',
    );
    expect(build({ expedite: true })).toThrow(
      'closest-to-sla-breach: expedite must be one of the known options',
    );
    expect(build(null)).toThrow('closest-to-sla-breach: options must be an object, got null');
  });

  it('is a frozen order of kind closest-to-sla-breach', () => {
    const order = closestToSlaBreach();
    expect([order.kind, Object.isFrozen(order)]).toEqual(['closest-to-sla-breach', true]);
  });
});
