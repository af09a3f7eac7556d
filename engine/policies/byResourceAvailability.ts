// Resource availability or quality: prefer the work the person choosing is best at, then the work that
// people are free to do now, so specialist work waits while its specialist is busy (source 003).

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';

/**
 * By resource availability or quality, made precise as two keys, then FIFO:
 *
 * 1. quality: the higher the chooser's level in the item's skill, the sooner (`-levelOfChooser(item)`), so
 *    an expert takes the work of their expertise first and items they cannot do (level 0) go last;
 * 2. availability: among equal levels, the more qualified people free right now, the sooner
 *    (`-availablePeopleFor(item)`), so items whose only qualified people are busy wait behind items
 *    somebody can start now.
 *
 * At an arrival nobody chooses (every level is 0) and only availability orders the queue. Source 003:
 * "if an infrastructure support team has one networking specialist who is assigned all network support
 * cases, then the team can prioritize non-network related cases while the network specialist is
 * occupied." Its other half, current workload on shared resources, is the {@link leastLoaded}
 * assignment policy. Within a priority only: `thenBy(triage(), byResourceAvailability())`.
 *
 * Dynamic: both keys change between decisions (who chooses, who is free).
 *
 * @returns a frozen, stateless, dynamic order with `kind: 'by-resource-availability'`
 * @example
 * // the chooser is an expert (2) in item 1's skill and knowledgeable (1) in item 0's
 * const levels = [1, 2];
 * const chooserContext = { ...context, levelOfChooser: (item) => levels[item.id] };
 * selectNext([item({ id: 0 }), item({ id: 1 })], byResourceAvailability(), chooserContext); // => 1
 */
export function byResourceAvailability(): QueueOrder {
  const morePeopleAvailableFirst: QueueOrder = Object.freeze({
    kind: 'more-people-available-first',
    dynamic: true,
    rank: (item: WorkItem, context: QueueOrderContext): number => -context.availablePeopleFor(item),
  });
  return Object.freeze({
    kind: 'by-resource-availability',
    dynamic: true,
    tieBreak: morePeopleAvailableFirst,
    rank: (item: WorkItem, context: QueueOrderContext): number => -context.levelOfChooser(item),
  });
}
