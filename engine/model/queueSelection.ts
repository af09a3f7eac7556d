// Picks the next item to serve from one or several queues under a queue order, breaking ties first in,
// first out: the mechanism every queue order plugs into (the order only ranks).
import type { QueueOrder, QueueOrderContext } from './policyHooks.ts';
import type { WorkItem } from './workItem.ts';

/** Where the chosen item is: which of the queues, and its position there. */
export interface Selection {
  queue: number;
  position: number;
}

/**
 * Compares two items under an order: negative when `left` goes first. Ranks, then the order's tie-break,
 * then earlier `enqueuedAt`, then lower id.
 */
export function compareItems(
  left: WorkItem,
  right: WorkItem,
  order: QueueOrder,
  context: QueueOrderContext,
): number {
  let current: QueueOrder | undefined = order;
  while (current !== undefined) {
    const difference = current.rank(left, context) - current.rank(right, context);
    if (difference < 0 || difference > 0) return difference;
    current = current.tieBreak;
  }
  if (left.enqueuedAt !== right.enqueuedAt) return left.enqueuedAt - right.enqueuedAt;
  return left.id - right.id;
}

/**
 * Finds the item to serve next across `queues` (linear scan, O(total length); no allocation: the result
 * is written into `into`).
 * @returns false when every queue is empty
 * @example
 * selectAcross([deskQueue], triage(), context, selection); // => true; selection.position is the item
 */
export function selectAcross(
  queues: readonly (readonly WorkItem[])[],
  order: QueueOrder,
  context: QueueOrderContext,
  into: Selection,
): boolean {
  let best: WorkItem | undefined;
  for (let queueIndex = 0; queueIndex < queues.length; queueIndex++) {
    const queue = queues[queueIndex]!;
    for (let position = 0; position < queue.length; position++) {
      const item = queue[position]!;
      if (best === undefined || compareItems(item, best, order, context) < 0) {
        best = item;
        into.queue = queueIndex;
        into.position = position;
      }
    }
  }
  return best !== undefined;
}
