// The decision the service model leaves to an assignment policy: which of the people able to take an
// item now gets it. Policies live in engine/policies; the queue order's contract is in queueOrder.ts.
import type { Rng } from '../../random/index.ts';
import type { WorkItem } from '../work/workItem.ts';

/**
 * A person able to take the item now, as an assignment policy sees them. The runtime may reuse these
 * objects between decisions, so a policy must not keep references to them.
 *
 * @example
 * const expert: CandidateView = { index: 3, name: 'Ana', level: 2, speed: 1, inHand: 0, busyHours: 12, idleSince: 8 };
 * expert.level; // => 2
 */
export interface CandidateView {
  /** Person index in the model. */
  readonly index: number;
  readonly name: string;
  /** Level rank in the item's skill (1 knowledgeable, 2 expert, ...). */
  readonly level: number;
  /** Speed in that skill (1 = expert speed: effort hours per working hour). */
  readonly speed: number;
  /** Items in hand now. */
  readonly inHand: number;
  /** Working hours spent busy so far. */
  readonly busyHours: number;
  /** Time the person last became free, hours. */
  readonly idleSince: number;
}

/**
 * What an assignment policy may look at besides the candidates and the item.
 *
 * @example
 * const context: AssignmentContext = { now: 10, rng: stream(42, 0, 'assignment:triage'), step: 0 };
 * context.step; // => 0
 */
export interface AssignmentContext {
  /** Simulation time, hours. */
  readonly now: number;
  /** The stream for this decision's randomness; only a random policy reads it. */
  readonly rng: Rng;
  /** Global index of the step the item waits at (unique across value streams), >= 0. */
  readonly step: number;
}

/**
 * Chooses who takes an item among the people able to take it now (STYLE.md rule 10: one decision, callable
 * without a simulation). Implement it to add your own policy. A policy may keep small state of its own
 * (round robin does), so build one per pool of people and per replication.
 *
 * @example
 * const firstListed: AssignmentPolicy = { kind: 'first-listed', choose: () => 0 };
 * firstListed.choose([expert], item(), context); // => 0
 */
export interface AssignmentPolicy {
  /** A name for messages and traces, e.g. "best-skilled". */
  readonly kind: string;
  /**
   * Picks the person who takes the item.
   * @param candidates - the people able to take it now; non-empty
   * @param item - the item to assign
   * @param context - time, the random stream and the step
   * @returns an index into `candidates` (not a person index)
   */
  choose(candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number;
  /**
   * For policies that keep state between decisions (round robin): a fresh copy for one replication, so
   * replications alive at the same time never share it. Stateless policies leave it out.
   */
  forReplication?(): AssignmentPolicy;
}
