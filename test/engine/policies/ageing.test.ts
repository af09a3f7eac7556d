// Tests of ageing(): priority rises levelsPerThreshold levels per threshold waited, so old low-priority
// work overtakes fresh high-priority work; the order is dynamic and its options are validated.
import { describe, expect, it } from 'vitest';
import type { AgeingOptions } from '../../../engine/policies/ageing.ts';
import { ageing } from '../../../engine/policies/ageing.ts';
import { PolicyOptionError } from '../../../engine/policies/policyOptionError.ts';
import { makeContext, makeItem, makeItems, serviceOrder } from './items.ts';

describe('ageing', () => {
  it('at now = 10 with threshold 4, a P4 waiting 12 h outranks a P2 waiting 1 h', () => {
    const order = ageing({ thresholdHours: 4 });
    const context = makeContext({ now: 10 });
    const lowWaitingLong = makeItem({ id: 0, priority: 4, enqueuedAt: -2 }); // waited 12 h: 4 - floor(12 / 4) = 1
    const highFresh = makeItem({ id: 1, priority: 2, enqueuedAt: 9 }); // waited 1 h: 2 - floor(1 / 4) = 2
    expect(order.rank(lowWaitingLong, context)).toBe(1);
    expect(order.rank(highFresh, context)).toBe(2);
    expect(serviceOrder([highFresh, lowWaitingLong], order, context)).toEqual([0, 1]);
  });

  it('raises a level only when a whole threshold is reached (waits 3.9, 4, 7.9, 8 h at threshold 4)', () => {
    const order = ageing({ thresholdHours: 4 });
    const context = makeContext({ now: 20 });
    const ranks = [16.1, 16, 12.1, 12].map((enqueuedAt) =>
      order.rank(makeItem({ priority: 3, enqueuedAt }), context),
    );
    expect(ranks).toEqual([3, 2, 2, 1]);
  });

  it('changes the order as time passes: triage order at first, the aged item first later', () => {
    const order = ageing({ thresholdHours: 4 });
    const items = makeItems([
      { priority: 3, enqueuedAt: 0 },
      { priority: 2, enqueuedAt: 5 },
      { priority: 1, enqueuedAt: 6 },
    ]);
    // now 6: ranks 3 - 1 = 2, 2 - 0 = 2, 1 - 0 = 1 → P1, then the P3 (ties with the P2, joined earlier).
    expect(serviceOrder(items, order, makeContext({ now: 6 }))).toEqual([2, 0, 1]);
    // now 9: ranks 3 - 2 = 1, 2 - 1 = 1, 1 - 0 = 1 → all tie: first in first out.
    expect(serviceOrder(items, order, makeContext({ now: 9 }))).toEqual([0, 1, 2]);
    expect(order.dynamic).toBe(true);
  });

  it('gains levelsPerThreshold levels per threshold, uncapped above P1', () => {
    const order = ageing({ thresholdHours: 2, levelsPerThreshold: 2 });
    // P4 waited 7 h: 3 thresholds, 6 levels, rank -2. P1 waited 5 h: 2 thresholds, 4 levels, rank -3,
    // so the P1 stays ahead: the original priority still counts among aged items.
    const context = makeContext({ now: 7 });
    const items = makeItems([
      { priority: 4, enqueuedAt: 0 },
      { priority: 1, enqueuedAt: 2 },
    ]);
    expect(items.map((item) => order.rank(item, context))).toEqual([-2, -3]);
    expect(serviceOrder(items, order, context)).toEqual([1, 0]);
  });

  it('counts a wait that rounds below zero as no wait', () => {
    const order = ageing({ thresholdHours: 4 });
    expect(order.rank(makeItem({ priority: 3, enqueuedAt: 10.000001 }), makeContext({ now: 10 }))).toBe(3);
  });

  it('rejects a missing, non-positive, non-finite or unknown option with a PolicyOptionError', () => {
    const build = (options: unknown) => () => ageing(options as AgeingOptions);
    expect(build({})).toThrow('ageing: thresholdHours must be a finite number > 0, got undefined');
    expect(build({ thresholdHours: -2 })).toThrow(
      'ageing: thresholdHours must be a finite number > 0, got -2',
    );
    expect(build({ thresholdHours: 0 })).toThrow(PolicyOptionError);
    expect(build({ thresholdHours: Number.POSITIVE_INFINITY })).toThrow('got Infinity');
    expect(build({ thresholdHours: '4' })).toThrow('got "4"');
    expect(build({ thresholdHours: 4, levelsPerThreshold: 0 })).toThrow(
      'ageing: levelsPerThreshold must be a finite number > 0, got 0',
    );
    expect(build({ threshold: 4 })).toThrow('ageing: threshold must be one of the known options');
    expect(build(4)).toThrow('ageing: options must be an object, got 4');
  });

  it('is a frozen, dynamic order of kind ageing', () => {
    const order = ageing({ thresholdHours: 8 });
    expect([order.kind, order.dynamic, Object.isFrozen(order)]).toEqual(['ageing', true, true]);
  });
});
