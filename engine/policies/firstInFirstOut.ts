// First in, first out as a queue order: the item waiting longest is served next ("techniques based on
// age", source 003). Named in full because engine/resources already exports a `fifo` discipline.

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * First-in-first-out: the next oldest waiting item is dealt with next.
 *
 * The rank is `enqueuedAt` (hours), the time the item joined this queue, so an item that moves to a new
 * step queues behind the items already there; equal times fall to the runtime's id tie-break. Ranking by
 * the time rather than a constant keeps it meaningful as the first key of {@link thenBy}.
 *
 * @returns a frozen, stateless order with `kind: 'fifo'`
 * @example
 * const queue = [item({ id: 0, enqueuedAt: 5 }), item({ id: 1, enqueuedAt: 2 })];
 * selectNext(queue, firstInFirstOut(), context); // => 1
 */
export function firstInFirstOut(): QueueOrder {
  return Object.freeze({
    kind: 'fifo',
    dynamic: false,
    rank: (item: WorkItem): number => item.enqueuedAt,
  });
}
