// The hand-coded service desk's parts on hand-traceable cases: its calendar's tie order, its queues'
// FIFO tie-break, and its items' decision streams, each the engine's rule reproduced on typed arrays.
import { describe, expect, it } from 'vitest';
import { ItemColumns } from '../../bench/itemColumns.ts';
import { ItemQueues } from '../../bench/itemQueues.ts';
import { TypedEventCalendar } from '../../bench/typedEventCalendar.ts';
import { subStreamFromSeed } from '../../engine/random/index.ts';

function drain(calendar: TypedEventCalendar): number[] {
  const events: number[] = [];
  while (calendar.size > 0) {
    events.push(calendar.nextEvent());
    calendar.removeNext();
  }
  return events;
}

describe('TypedEventCalendar', () => {
  it('pops events in time order, equal times in the order they were scheduled', () => {
    const calendar = new TypedEventCalendar();
    [
      [2, 0],
      [1, 1],
      [2, 2],
      [1, 3],
      [0.5, 4],
      [2, 5],
    ].forEach(([time, event]) => {
      calendar.schedule(time!, event!);
    });
    expect(drain(calendar)).toEqual([4, 1, 3, 0, 2, 5]);
  });

  it('keeps the order while it grows past its first storage', () => {
    const calendar = new TypedEventCalendar();
    for (let event = 0; event < 1000; event++) calendar.schedule(event % 3, event);
    const order = drain(calendar);
    expect(order.slice(0, 3)).toEqual([0, 3, 6]);
    expect(order.length).toBe(1000);
  });
});

describe('ItemQueues', () => {
  it('serves the lowest priority first, then the earliest enqueue time, then the lowest id', () => {
    const queues = new ItemQueues(2, 4);
    queues.push(0, 3, 10, 1, 100); // slot 10: P3 at 1 h
    queues.push(1, 2, 11, 2, 101); // slot 11: P2 at 2 h
    queues.push(1, 2, 12, 2, 50); // slot 12: P2 at 2 h too, a lower id: served before slot 11
    queues.push(0, 2, 13, 3, 20); // slot 13: P2 at 3 h
    const tier = Int32Array.of(0, 1);
    const served: number[] = [];
    for (let queue = queues.firstAcross(tier); queue >= 0; queue = queues.firstAcross(tier)) {
      served.push(queues.shift(queue));
    }
    expect(served).toEqual([12, 11, 13, 10]);
    expect(queues.waiting).toBe(0);
  });

  it('keeps first in, first out while a ring grows and wraps', () => {
    const queues = new ItemQueues(1, 4);
    const served: number[] = [];
    for (let slot = 0; slot < 100; slot++) {
      queues.push(0, 1, slot, slot, slot);
      if (slot % 3 === 0) served.push(queues.shift(queues.firstAcross(Int32Array.of(0))));
    }
    while (queues.waiting > 0) served.push(queues.shift(queues.firstAcross(Int32Array.of(0))));
    expect(served).toEqual(Array.from({ length: 100 }, (_, slot) => slot));
  });
});

describe('ItemColumns.decide', () => {
  it('draws what the engine’s subStreamFromSeed draws for the same seed words', () => {
    const items = new ItemColumns();
    const seeds = [
      { seedA: 1, seedB: 2, seedC: 3, seedCounter: 4 },
      { seedA: -1, seedB: 2_147_483_647, seedC: -2_147_483_648, seedCounter: 0 },
    ];
    for (const seed of seeds) {
      const slot = items.allocate();
      items.seedDecisions(slot, seed.seedA, seed.seedB, seed.seedC, seed.seedCounter);
      const engine = subStreamFromSeed(seed);
      const twin = Array.from({ length: 20 }, () => items.decide(slot));
      expect(twin).toEqual(Array.from({ length: 20 }, () => engine()));
    }
  });
});
