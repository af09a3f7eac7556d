// Longest item first: the work that requires most time to complete is dealt with next ("techniques based
// on time factors", source 003).

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';

/**
 * Longest item first: the item with the most expected remaining effort at its current step is served
 * next. Useful when big items hold the most value or must start early to finish on time.
 *
 * The rank is `-context.effortAt(item)`, hours at expert speed.
 *
 * @returns a frozen, stateless order with `kind: 'longest-first'`
 * @example
 * // efforts [3, 1, 2] are served in the order [0, 2, 1]
 * selectNext([item({ remainingEffort: 3 }), item({ remainingEffort: 1 })], longestFirst(), context); // => 0
 */
export function longestFirst(): QueueOrder {
  return Object.freeze({
    kind: 'longest-first',
    dynamic: false,
    rank: (item: WorkItem, context: QueueOrderContext): number => -context.effortAt(item),
  });
}
