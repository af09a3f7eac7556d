// The lexicographic combination of two queue orders: by the first, and by the second only among items the
// first ranks equal; then FIFO. Built on the `tieBreak` chain so ranks are never packed into one number.

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';
import { _requireQueueOrder } from './optionRules.ts';

/**
 * Orders by `first`, then by `second` among items `first` ranks equal, then FIFO.
 *
 * Why not `first.rank * LARGE + second.rank`: ranks are unbounded (costs of delay, ±Infinity, times), so
 * any packing either overflows or loses the second key to rounding. Instead the result keeps `first`'s
 * rank and appends `second` to the end of `first`'s tie-break chain, which {@link selectNext} walks only
 * on ties. Nesting works either way: `thenBy(thenBy(a, b), c)` and `thenBy(a, thenBy(b, c))` give the same
 * order. The result is dynamic when either part is.
 *
 * @param first - the order that decides first
 * @param second - the order that breaks its ties
 * @returns a frozen order with `kind` "<first.kind> then <second.kind>"
 * @throws PolicyOptionError when either argument is not a queue order
 * @example
 * // P1 before P2; within a priority, the shortest first
 * const queue = [item({ id: 0, priority: 2, remainingEffort: 1 }),
 *                item({ id: 1, priority: 1, remainingEffort: 5 }),
 *                item({ id: 2, priority: 1, remainingEffort: 2 })];
 * selectNext(queue, thenBy(triage(), shortestFirst()), context); // => 2, then 1, then 0
 */
export function thenBy(first: QueueOrder, second: QueueOrder): QueueOrder {
  const primary = _requireQueueOrder('then-by', 'first', first);
  const secondary = _requireQueueOrder('then-by', 'second', second);
  const tieBreak = primary.tieBreak === undefined ? secondary : thenBy(primary.tieBreak, secondary);
  return Object.freeze({
    kind: `${primary.kind} then ${secondary.kind}`,
    dynamic: primary.dynamic || secondary.dynamic,
    tieBreak,
    // A method call on `primary`, so user orders that read `this` keep working.
    rank: (item: WorkItem, context: QueueOrderContext): number => primary.rank(item, context),
  });
}
