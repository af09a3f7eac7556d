// Tests of thenBy(): lexicographic order of two orders without packing ranks, associative nesting,
// orders with their own tie-breaks, unbounded ranks, dynamic flags and argument checks.
import { describe, expect, it } from 'vitest';
import type { QueueOrder } from '../../../engine/model/flow/queueOrder.ts';
import { ageing } from '../../../engine/policies/ageing.ts';
import { classOfServiceOrder } from '../../../engine/policies/classOfServiceOrder.ts';
import { closestToSlaBreach } from '../../../engine/policies/closestToSlaBreach.ts';
import { costOfDelay } from '../../../engine/policies/costOfDelay.ts';
import { entitlementTiers } from '../../../engine/policies/entitlementTiers.ts';
import { shortestFirst } from '../../../engine/policies/shortestFirst.ts';
import { thenBy } from '../../../engine/policies/thenBy.ts';
import { triage } from '../../../engine/policies/triage.ts';
import { makeItems, serviceOrder } from './items.ts';

describe('thenBy', () => {
  it('orders by priority, then the shortest within a priority', () => {
    const items = makeItems([
      { priority: 2, remainingEffort: 1 },
      { priority: 1, remainingEffort: 5 },
      { priority: 1, remainingEffort: 2 },
      { priority: 2, remainingEffort: 0.5 },
    ]);
    expect(serviceOrder(items, thenBy(triage(), shortestFirst()))).toEqual([2, 1, 3, 0]);
  });

  it('keeps both keys exact where packing them into one number fails (tiny and infinite costs of delay)', () => {
    // priority * 1e17 - costOfDelayPerHour would round 0.1 and 0.2 together (the spacing of doubles near
    // 1e17 is 16) and put the P2 with an infinite cost of delay first (2e17 - Infinity = -Infinity).
    const items = makeItems([
      { priority: 1, costOfDelayPerHour: 0.1 },
      { priority: 1, costOfDelayPerHour: 0.2 },
      { priority: 2, costOfDelayPerHour: Number.POSITIVE_INFINITY },
    ]);
    expect(1e17 - 0.1).toBe(1e17 - 0.2);
    expect(serviceOrder(items, thenBy(triage(), costOfDelay()))).toEqual([1, 0, 2]);
  });

  it('nests either way to the same three-key order', () => {
    const items = makeItems([
      { entitlement: 1, priority: 2, remainingEffort: 1 },
      { entitlement: 0, priority: 2, remainingEffort: 3 },
      { entitlement: 0, priority: 1, remainingEffort: 9 },
      { entitlement: 0, priority: 2, remainingEffort: 2 },
      { entitlement: 1, priority: 1, remainingEffort: 4 },
    ]);
    const left = thenBy(thenBy(entitlementTiers(), triage()), shortestFirst());
    const right = thenBy(entitlementTiers(), thenBy(triage(), shortestFirst()));
    expect(serviceOrder(items, left)).toEqual([2, 3, 1, 4, 0]);
    expect(serviceOrder(items, right)).toEqual([2, 3, 1, 4, 0]);
  });

  it("keeps the first order's own tie-break before the second order", () => {
    // classOfServiceOrder breaks fixed-date ties by deadline; the SLA only decides after that.
    const items = makeItems([
      { classOfService: 'fixed-date', deadline: 50, slaDue: 1 },
      { classOfService: 'fixed-date', deadline: 20, slaDue: 9 },
      { classOfService: 'standard', slaDue: 30 },
      { classOfService: 'standard', slaDue: 10 },
    ]);
    expect(serviceOrder(items, thenBy(classOfServiceOrder(), closestToSlaBreach()))).toEqual([1, 0, 3, 2]);
  });

  it('is dynamic when either part is, and names both parts', () => {
    expect(thenBy(triage(), shortestFirst()).dynamic).toBe(false);
    expect(thenBy(triage(), ageing({ thresholdHours: 4 })).dynamic).toBe(true);
    expect(thenBy(ageing({ thresholdHours: 4 }), triage()).dynamic).toBe(true);
    expect(thenBy(triage(), shortestFirst()).kind).toBe('triage then shortest-first');
  });

  it('rejects an argument that is not a queue order', () => {
    const notAnOrder = { kind: 'triage' } as unknown as QueueOrder;
    expect(() => thenBy(triage(), notAnOrder)).toThrow(
      'then-by: second must be a queue order ({ kind, dynamic, rank }), got { kind: "triage" }',
    );
    expect(() => thenBy(undefined as unknown as QueueOrder, triage())).toThrow('then-by: first must be');
  });
});
