// A forecast's view of one replication: when its backlog (the items offered at time 0) was done, how many
// of them were done by given times, and the cheap stop condition that ends a run once they all left.
import type { WorkItem } from '../../engine/index.ts';

/**
 * The backlog of a forecasting run: the items `live.offerByName(type, { count })` returned when offered at
 * time 0, before the run, and the times to count done items at.
 *
 * @example
 * const backlog: Backlog = { items: live.offerByName('feature', { count: 40 }), doneByHours: [720, 1_440] };
 */
export interface Backlog {
  /** The backlog's items, the very objects the replication moves along (their state changes as it runs). */
  readonly items: readonly WorkItem[];
  /** Times, hours from the start, at which to count the backlog items done. */
  readonly doneByHours: readonly number[];
}

/**
 * What one replication says about its backlog, as plain data.
 *
 * @example
 * const forecast: ReplicationForecast = { backlogCount: 3, completionTime: 6, doneBy: [{ hours: 4, done: 2 }] };
 */
export interface ReplicationForecast {
  /** Items in the backlog. */
  readonly backlogCount: number;
  /**
   * When the last backlog item left (done, or given up or refused), hours; null when some were still
   * open at the end of the run.
   */
  readonly completionTime: number | null;
  /** For each time asked for, the backlog items done (completed or automated) by then. */
  readonly doneBy: readonly { readonly hours: number; readonly done: number }[];
}

/**
 * Reads the forecast figures off the backlog's items after the run. An item is done when it completed
 * (delivered or stopped) or was automated; it has left when it is done, gave up or was refused. O(items ·
 * times).
 * @example
 * backlogForecast(backlog); // => { backlogCount: 40, completionTime: 812.5, doneBy: [{ hours: 720, done: 36 }, ...] }
 */
export function backlogForecast(backlog: Backlog): ReplicationForecast {
  let allLeft = true;
  let lastLeft = 0;
  for (const item of backlog.items) {
    if (!hasLeft(item)) allLeft = false;
    else lastLeft = Math.max(lastLeft, item.completionTime);
  }
  return {
    backlogCount: backlog.items.length,
    completionTime: allLeft ? lastLeft : null,
    doneBy: backlog.doneByHours.map((hours) => ({
      hours,
      done: backlog.items.filter(
        (item) => (item.state === 'completed' || item.state === 'automated') && item.completionTime <= hours,
      ).length,
    })),
  };
}

/**
 * A stop condition for `live.run(hours, stopWhenBacklogDone(items))`: true once every backlog item has left.
 * The run checks it after every event, so it keeps a cursor to the first item not known to have left and
 * looks only at that one while it stays open: O(1) per event, O(items) over the whole run. Items left
 * behind the cursor never come back (a gone item stays gone).
 * @param items - the backlog's items, as `offerByName` returned them
 * @example
 * live.run(hours, stopWhenBacklogDone(live.offerByName('feature', { count: 40 })));
 */
export function stopWhenBacklogDone(items: readonly WorkItem[]): () => boolean {
  let cursor = 0;
  return () => {
    while (cursor < items.length && hasLeft(items[cursor]!)) cursor++; // cursor < length
    return cursor === items.length;
  };
}

// Gone from the system: completed (delivered or stopped), automated, gave up or refused.
function hasLeft(item: WorkItem): boolean {
  const state = item.state;
  return state === 'completed' || state === 'automated' || state === 'abandoned' || state === 'refused';
}
