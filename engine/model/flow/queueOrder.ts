// The queue order contract (which waiting item is served next) and the linear scan that applies it:
// an order ranks items, lower first, with optional lexicographic tie-breaks, then FIFO by enqueuedAt and id.
import type { WorkItem } from '../work/workItem.ts';

/**
 * What a queue order may look at besides the item. The runtime builds one per queue (or per decision)
 * and reuses it, so that ranking allocates nothing.
 *
 * @example
 * const context: QueueOrderContext = {
 *   now: 10,
 *   effortAt: (item) => item.remainingEffort,
 *   levelOfChooser: () => 0,
 *   availablePeopleFor: () => 1,
 * };
 * context.now; // => 10
 */
export interface QueueOrderContext {
  /** Simulation time, hours. */
  readonly now: number;
  /** Expected remaining effort of the item at the current step in hours at expert speed (its "job size"). */
  readonly effortAt: (item: WorkItem) => number;
  /**
   * Level rank (0 none, 1 knowledgeable, 2 expert, or numeric) of the person choosing, for this item;
   * 0 when no person is choosing (an arrival).
   */
  readonly levelOfChooser: (item: WorkItem) => number;
  /** Number of qualified people available right now for this item's step and skill. */
  readonly availablePeopleFor: (item: WorkItem) => number;
}

/**
 * An order of service: lower rank is served first; the runtime breaks ties by enqueuedAt, then id (FIFO).
 *
 * Implement it to add your own order (Ciw's `FIFO(individuals, t)` idea: one decision, callable without a
 * simulation). Ranks are compared with `<`; a NaN rank is served after every number. `tieBreak` holds a
 * second order consulted only among items of equal rank (see {@link thenBy}), so lexicographic orders
 * need no packing of two keys into one number.
 *
 * @example
 * const mostImpactFirst: QueueOrder = { kind: 'impact', dynamic: false, rank: (item) => item.impact };
 * selectNext([item({ id: 0, impact: 3 }), item({ id: 1, impact: 1 })], mostImpactFirst, context); // => 1
 */
export interface QueueOrder {
  /** A name for messages and traces, e.g. "triage". */
  readonly kind: string;
  /**
   * True when the rank changes between decisions (with time as in ageing, or with who is choosing and who
   * is free), so the runtime must re-rank at each decision; false when it may rank an item once, on entry.
   */
  readonly dynamic: boolean;
  /** The order consulted among items of equal rank, before the FIFO tie-break; absent for most orders. */
  readonly tieBreak?: QueueOrder;
  /**
   * The item's rank: lower is served first.
   * @param item - a waiting item
   * @param context - time, job size, the chooser's level and who is free
   * @returns a number (±Infinity allowed; NaN is served last)
   */
  rank(item: WorkItem, context: QueueOrderContext): number;
}

/**
 * Compares two ranks: -1 when the first is served first, 1 when the second is, 0 when equal. NaN sorts
 * after every number, so one odd item cannot scramble the rest of the queue.
 */
function compareRanks(first: number, second: number): number {
  if (first < second) return -1;
  if (first > second) return 1;
  if (first === second) return 0;
  // At least one NaN: NaN goes last, two NaNs tie.
  const firstIsNaN = Number.isNaN(first);
  const secondIsNaN = Number.isNaN(second);
  if (firstIsNaN === secondIsNaN) return 0;
  return firstIsNaN ? 1 : -1;
}

/** Compares two items by the tie-break chain starting at `order`, ignoring the FIFO tie-break. */
function compareByTieBreaks(
  order: QueueOrder | undefined,
  first: WorkItem,
  second: WorkItem,
  context: QueueOrderContext,
): number {
  for (let level = order; level !== undefined; level = level.tieBreak) {
    const comparison = compareRanks(level.rank(first, context), level.rank(second, context));
    if (comparison !== 0) return comparison;
  }
  return 0;
}

/** FIFO: the earlier `enqueuedAt` first, then the lower id (arrival number), so no two items ever tie. */
function compareByArrival(first: WorkItem, second: WorkItem): number {
  const byTime = compareRanks(first.enqueuedAt, second.enqueuedAt);
  return byTime !== 0 ? byTime : first.id - second.id;
}

/**
 * Compares two items in the order's service order: by rank, then by each tie-break order, then FIFO
 * (`enqueuedAt`, then `id`). For runtimes that keep a queue sorted (a non-dynamic order ranked on entry)
 * and for tests; {@link selectNext} is the hot-path scan.
 * @param order - the queue order
 * @param first - one waiting item
 * @param second - another waiting item
 * @param context - time, job size, the chooser's level and who is free
 * @returns a negative number when `first` is served first, positive when `second` is, 0 only for the same item
 * @example
 * compareByOrder(triage(), item({ id: 0, priority: 3 }), item({ id: 1, priority: 1 }), context); // => 1
 */
export function compareByOrder(
  order: QueueOrder,
  first: WorkItem,
  second: WorkItem,
  context: QueueOrderContext,
): number {
  const byOrder = compareByTieBreaks(order, first, second, context);
  return byOrder !== 0 ? byOrder : compareByArrival(first, second);
}

/**
 * Picks the index of the item to serve next from a queue (linear scan, ties by enqueuedAt then id).
 *
 * Why a scan and not a heap: dynamic orders (ageing, resource availability) change ranks between
 * decisions, and a queue in front of one team is short. The scan calls `order.rank` once per item and
 * the tie-break ranks only among equal ranks; it allocates nothing. O(n) per call.
 *
 * @param queue - the waiting items, in any order
 * @param order - the queue order
 * @param context - time, job size, the chooser's level and who is free
 * @returns the index in `queue` of the item to serve next, or -1 when the queue is empty
 * @example
 * const queue = [item({ id: 0, remainingEffort: 3 }), item({ id: 1, remainingEffort: 1 })];
 * selectNext(queue, shortestFirst(), context); // => 1
 */
export function selectNext(
  queue: readonly WorkItem[],
  order: QueueOrder,
  context: QueueOrderContext,
): number {
  const length = queue.length;
  if (length === 0) return -1;
  const tieBreak = order.tieBreak;
  let bestIndex = 0;
  let best = queue[0]!; // length > 0
  let bestRank = order.rank(best, context);
  for (let index = 1; index < length; index++) {
    const candidate = queue[index]!; // index < length
    const rank = order.rank(candidate, context);
    let comparison = compareRanks(rank, bestRank);
    if (comparison === 0) {
      comparison = compareByTieBreaks(tieBreak, candidate, best, context);
      if (comparison === 0) comparison = compareByArrival(candidate, best);
    }
    if (comparison < 0) {
      bestIndex = index;
      best = candidate;
      bestRank = rank;
    }
  }
  return bestIndex;
}

/** Where {@link selectAcross} found the item to serve: which queue, and the position in it. */
export interface Selection {
  queue: number;
  position: number;
}

/**
 * Picks the item to serve next across several queues (a person who can work at several steps), with the
 * same rules as {@link selectNext}. Allocates nothing: the answer is written into `into`.
 * @returns false when every queue is empty
 * @example
 * selectAcross([deskQueue, networkQueue], triage(), context, selection); // => true; selection => { queue: 1, position: 0 }
 */
export function selectAcross(
  queues: readonly (readonly WorkItem[])[],
  order: QueueOrder,
  context: QueueOrderContext,
  into: Selection,
): boolean {
  let best: WorkItem | undefined;
  let bestRank = 0;
  for (let queueIndex = 0; queueIndex < queues.length; queueIndex++) {
    const queue = queues[queueIndex]!;
    for (let position = 0; position < queue.length; position++) {
      const candidate = queue[position]!;
      const rank = order.rank(candidate, context);
      let comparison = best === undefined ? -1 : compareRanks(rank, bestRank);
      if (comparison === 0) {
        comparison = compareByTieBreaks(order.tieBreak, candidate, best!, context);
        if (comparison === 0) comparison = compareByArrival(candidate, best!);
      }
      if (comparison < 0) {
        best = candidate;
        bestRank = rank;
        into.queue = queueIndex;
        into.position = position;
      }
    }
  }
  return best !== undefined;
}
