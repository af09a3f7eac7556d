// Shortest item first: the work that can be completed quickest is dealt with next ("techniques based on
// time factors", source 003), the classic shortest-processing-time rule.

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';

/**
 * Shortest item first: the item with the least expected remaining effort at its current step is served
 * next. Minimises the mean wait on a single server when sizes are known (the SPT rule), at the risk of
 * starving large items; combine with {@link ageing} or {@link thenBy} if that matters.
 *
 * The rank is `context.effortAt(item)`, hours at expert speed.
 *
 * @returns a frozen, stateless order with `kind: 'shortest-first'`
 * @example
 * // efforts [3, 1, 2] are served in the order [1, 2, 0]
 * selectNext([item({ remainingEffort: 3 }), item({ remainingEffort: 1 })], shortestFirst(), context); // => 1
 */
export function shortestFirst(): QueueOrder {
  return Object.freeze({
    kind: 'shortest-first',
    dynamic: false,
    rank: (item: WorkItem, context: QueueOrderContext): number => context.effortAt(item),
  });
}
