// The parsed policies turned into the engine's: a queue order by name or with options (ageing, closest to
// SLA breach, one order then another), and an assignment policy by name.
import {
  ageing,
  bestSkilled,
  byResourceAvailability,
  classOfServiceOrder,
  closestToSlaBreach,
  costOfDelay,
  entitlementTiers,
  firstInFirstOut,
  highestValueFirst,
  lastInFirstOut,
  leastLoaded,
  longestFirst,
  randomAssignment,
  roundRobin,
  shortestFirst,
  thenBy,
  triage,
  weightedShortestJobFirst,
} from '../../engine/index.ts';
import type { ASSIGNMENT_POLICIES, QueueOrderSpec, SIMPLE_QUEUE_ORDERS } from '../schema/index.ts';

/** A queue order as the engine's factories make it. */
type QueueOrder = ReturnType<typeof triage>;

/** An assignment policy as the engine's factories make it. */
type AssignmentPolicy = ReturnType<typeof bestSkilled>;

/** The factory of each queue order that takes no options, by the name a file uses. */
const SIMPLE_ORDER_FACTORIES: Readonly<Record<(typeof SIMPLE_QUEUE_ORDERS)[number], () => QueueOrder>> = {
  firstInFirstOut,
  lastInFirstOut,
  shortestFirst,
  longestFirst,
  highestValueFirst,
  costOfDelay,
  weightedShortestJobFirst,
  classOfServiceOrder,
  entitlementTiers,
  triage,
  byResourceAvailability,
  closestToSlaBreach: () => closestToSlaBreach(),
};

/** The factory of each assignment policy, by the name a file uses. */
const ASSIGNMENT_FACTORIES: Readonly<Record<(typeof ASSIGNMENT_POLICIES)[number], () => AssignmentPolicy>> = {
  bestSkilled,
  leastLoaded,
  roundRobin,
  random: randomAssignment,
};

/**
 * Builds the engine's queue order: a name calls its factory; `ageing` takes its threshold in hours;
 * `thenBy: [a, b, c]` is `thenBy(thenBy(a, b), c)`, each order breaking the ties of those before it.
 *
 * @param order - a parsed queue order
 * @returns the engine's queue order
 * @throws PolicyOptionError (a RangeError) when the engine refuses an option validation let through
 * @example
 * buildQueueOrder({ thenBy: ['triage', 'shortestFirst'] }).kind; // => 'triage then shortest-first'
 */
export function buildQueueOrder(order: QueueOrderSpec): QueueOrder {
  if (typeof order === 'string') return SIMPLE_ORDER_FACTORIES[order]();
  if (order.ageing !== undefined) {
    return ageing({
      thresholdHours: order.ageing.threshold,
      levelsPerThreshold: order.ageing.levelsPerThreshold,
    });
  }
  if (order.thenBy !== undefined) {
    const [first, ...rest] = order.thenBy.map(buildQueueOrder);
    if (first === undefined) throw new RangeError('a validated thenBy lists no orders');
    return rest.reduce((combined, next) => thenBy(combined, next), first);
  }
  return closestToSlaBreach({ expediteFirst: order.closestToSlaBreach?.expediteFirst ?? false });
}

/**
 * Builds the engine's assignment policy named in a file.
 * @param name - bestSkilled, leastLoaded, roundRobin or random
 * @returns the policy
 * @example
 * buildAssignment('roundRobin'); // => the engine's roundRobin()
 */
export function buildAssignment(name: (typeof ASSIGNMENT_POLICIES)[number]): AssignmentPolicy {
  return ASSIGNMENT_FACTORIES[name]();
}
