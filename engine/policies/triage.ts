// Triage by urgency and impact: the item's priority (P1 first, from the impact x urgency matrix), FIFO
// within a priority. This is valueflow's default queue order.

import type { QueueOrder, WorkItem } from '../model/index.ts';

/**
 * Triage: "prioritize work by urgency, which is often calculated by the impact delays might have"
 * (source 003). The item's `priority` was set at arrival from its impact x urgency matrix, so the rank is
 * simply `priority` (1 = P1, most urgent): P1 before P2 before P3, first in first out within a priority.
 *
 * The default queue order of valueflow ("FIFO within priority"). Low-priority work can wait without bound
 * under load; the source asks for a procedure against that, which is {@link ageing}.
 *
 * @returns a frozen, stateless order with `kind: 'triage'`
 * @example
 * const queue = [item({ id: 0, priority: 3 }), item({ id: 1, priority: 1 })];
 * selectNext(queue, triage(), context); // => 1
 */
export function triage(): QueueOrder {
  return Object.freeze({
    kind: 'triage',
    dynamic: false,
    rank: (item: WorkItem): number => item.priority,
  });
}
