// Ageing: an item's priority rises one level (or more) per threshold of waiting, so that low-priority work
// is not left unattended ("support organizations often increase the priority ... when thresholds are met").

import type { QueueOrder, QueueOrderContext, WorkItem } from '../model/index.ts';
import { _readOptions, _requirePositiveOption } from './optionRules.ts';

/**
 * Options of {@link ageing}.
 * @example
 * const everyFourHours: AgeingOptions = { thresholdHours: 4 }; // levelsPerThreshold => 1
 */
export interface AgeingOptions {
  /** Hours of waiting in the current queue that raise the priority once, > 0. */
  readonly thresholdHours: number;
  /** Priority levels gained per threshold waited, > 0; default 1. */
  readonly levelsPerThreshold?: number;
}

/**
 * Triage with ageing: the rank is the item's priority minus the levels it gained by waiting,
 *
 *   rank = priority - levelsPerThreshold * floor((now - enqueuedAt) / thresholdHours),
 *
 * so a P4 item that has waited four thresholds ranks 0, ahead of a fresh P1 (rank 1). The rank is not
 * capped at P1: among long-waiting items the original priority still counts (a P1 that waited as long as
 * a P4 stays ahead of it). Waiting is counted from `enqueuedAt`, the time the item joined this queue.
 * Dynamic: ranks change with `now`, so the runtime re-ranks at each decision.
 *
 * Source 003: triage must be supplemented "with procedures to ensure that low priority work is not left
 * unattended. For example, support organizations often increase the priority of open support issues when
 * certain deadlines or thresholds are met."
 *
 * @param options - `thresholdHours` (> 0) and optionally `levelsPerThreshold` (> 0, default 1)
 * @returns a frozen, stateless, dynamic order with `kind: 'ageing'`
 * @throws PolicyOptionError when an option is missing, unknown, not a finite number or not > 0
 * @example
 * // at now = 10 with a 4 h threshold: P4 waiting 12 h ranks 4 - 3 = 1, P2 waiting 1 h ranks 2 - 0 = 2
 * const queue = [item({ id: 0, priority: 2, enqueuedAt: 9 }), item({ id: 1, priority: 4, enqueuedAt: -2 })];
 * selectNext(queue, ageing({ thresholdHours: 4 }), { ...context, now: 10 }); // => 1
 */
export function ageing(options: AgeingOptions): QueueOrder {
  const fields = _readOptions('ageing', options, ['thresholdHours', 'levelsPerThreshold']);
  const thresholdHours = _requirePositiveOption('ageing', 'thresholdHours', fields.thresholdHours);
  const levelsPerThreshold =
    fields.levelsPerThreshold === undefined
      ? 1
      : _requirePositiveOption('ageing', 'levelsPerThreshold', fields.levelsPerThreshold);
  return Object.freeze({
    kind: 'ageing',
    dynamic: true,
    rank: (item: WorkItem, context: QueueOrderContext): number => {
      // An item enqueued "after" now (clock rounding) has waited 0 thresholds, not -1.
      const waited = Math.max(0, context.now - item.enqueuedAt);
      return item.priority - levelsPerThreshold * Math.floor(waited / thresholdHours);
    },
  });
}
