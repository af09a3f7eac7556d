// Highest economic benefit first: the item worth most per hour once delivered is served next
// ("techniques based on financial factors", source 003).

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * Highest economic benefit first: "the feature that earns most revenue or the incident that has highest
 * financial impact" (source 003). The rank is `-valuePerHour` (money units per hour once delivered), so
 * the most valuable item ranks lowest. It ignores size; {@link weightedShortestJobFirst} weighs both.
 *
 * @returns a frozen, stateless order with `kind: 'highest-value-first'`
 * @example
 * const queue = [item({ id: 0, valuePerHour: 50 }), item({ id: 1, valuePerHour: 200 })];
 * selectNext(queue, highestValueFirst(), context); // => 1
 */
export function highestValueFirst(): QueueOrder {
  return Object.freeze({
    kind: 'highest-value-first',
    dynamic: false,
    rank: (item: WorkItem): number => -item.valuePerHour,
  });
}
