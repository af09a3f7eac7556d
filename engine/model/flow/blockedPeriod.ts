// The start and end of a period in which an item is held up outside any queue: deferred, waiting on a
// dependency or for room under a WIP limit, blocked on a requester or third party, or waiting for a gate.
import type { RunningItem } from '../work/itemFactory.ts';
import type { WorkItemState } from '../work/workItem.ts';

/** The states in which an item is held up, its time counted as blocked time. */
export type BlockedState = Extract<WorkItemState, 'deferred' | 'waiting-on-dependency' | 'blocked' | 'gated'>;

/**
 * An item starts being held up now: it takes the state, and the period's start is noted.
 * @example
 * beginBlockedPeriod(item, 'gated', 10); // item.state => 'gated'
 */
export function beginBlockedPeriod(item: RunningItem, state: BlockedState, now: number): void {
  item.state = state;
  item.blockedSince = now;
}

/**
 * The item's current held-up period ends now: its length is added to the item's blocked time.
 * @example
 * endBlockedPeriod(item, 12); // item.blockedTime => 2 more hours, for a period begun at 10
 */
export function endBlockedPeriod(item: RunningItem, now: number): void {
  item.blockedTime += now - item.blockedSince;
}
