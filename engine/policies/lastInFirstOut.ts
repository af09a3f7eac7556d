// Last in, first out as a queue order: the newest waiting item is served next ("techniques based on age",
// source 003). Named in full because engine/resources already exports a `lifo` discipline.

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * Last-in-first-out: the newest waiting item is dealt with next.
 *
 * The rank is `-enqueuedAt` (hours), so the latest arrival in the queue ranks lowest. Items that joined at
 * the same instant fall to the runtime's FIFO tie-break (lower id first).
 *
 * @returns a frozen, stateless order with `kind: 'lifo'`
 * @example
 * const queue = [item({ id: 0, enqueuedAt: 5 }), item({ id: 1, enqueuedAt: 2 })];
 * selectNext(queue, lastInFirstOut(), context); // => 0
 */
export function lastInFirstOut(): QueueOrder {
  return Object.freeze({
    kind: 'lifo',
    dynamic: false,
    rank: (item: WorkItem): number => -item.enqueuedAt,
  });
}
