// The two decisions the service model leaves to policies: which waiting item is served next (queue
// order) and which available person takes an item (assignment). Policies live in engine/policies.
import type { Rng } from '../random/index.ts';
import type { WorkItem } from './workItem.ts';

/** What a queue order may look at besides the item. */
export interface QueueOrderContext {
  /** Current time, hours. */
  readonly now: number;
  /** Expected remaining effort of the item at its current step, hours at expert speed (its "job size"). */
  readonly effortAt: (item: WorkItem) => number;
  /** Level rank (0 none, 1 knowledgeable, 2 expert, or numeric) of the person choosing, for this item; 0 when nobody is choosing. */
  readonly levelOfChooser: (item: WorkItem) => number;
  /** Number of qualified people available right now for the item's step. */
  readonly availablePeopleFor: (item: WorkItem) => number;
}

/**
 * An order of service: lower rank is served first; ties go to the earlier `enqueuedAt`, then the lower id
 * (first in, first out). Implement it to add your own prioritisation technique.
 * @example
 * const shortestFirst: QueueOrder = { kind: 'shortest-first', dynamic: false, rank: (item, context) => context.effortAt(item) };
 */
export interface QueueOrder {
  readonly kind: string;
  /** True when the rank changes with time (ageing, SLA), so it is re-ranked at each decision. */
  readonly dynamic: boolean;
  /** Optional second key for items of equal rank, before the first-in-first-out tie-break. */
  readonly tieBreak?: QueueOrder;
  rank(item: WorkItem, context: QueueOrderContext): number;
}

/** A person able to take an item now, as an assignment policy sees them. */
export interface CandidateView {
  /** Person index in the model. */
  readonly index: number;
  readonly name: string;
  /** Level rank in the item's skill (1 knowledgeable, 2 expert, or numeric). */
  readonly level: number;
  /** Speed in that skill (expert = 1). */
  readonly speed: number;
  /** Items in hand now. */
  readonly inHand: number;
  /** Working hours spent busy so far. */
  readonly busyHours: number;
  /** Time the person last became free. */
  readonly idleSince: number;
}

/** What an assignment policy may look at besides the candidates and the item. */
export interface AssignmentContext {
  readonly now: number;
  /** The policy's own stream (for random assignment). */
  readonly rng: Rng;
  /** Global index of the step the item waits at. */
  readonly step: number;
}

/**
 * Who takes an item when several people could: returns an index into `candidates` (never empty).
 * @example
 * const firstComer: AssignmentPolicy = { kind: 'first', choose: () => 0 };
 */
export interface AssignmentPolicy {
  readonly kind: string;
  choose(candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number;
}
