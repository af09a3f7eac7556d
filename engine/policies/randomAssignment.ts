// Random assignment: a candidate drawn uniformly from the decision's stream takes the item; one draw per
// decision, so the stream advances the same way whatever the number of candidates.

import type { AssignmentContext, AssignmentPolicy, CandidateView, WorkItem } from '../model/index.ts';
import { _throwNoCandidates } from './assignmentPolicy.ts';

/**
 * Random assignment: each candidate takes the item with probability 1/n. A baseline that ignores skill and
 * load. Reads exactly one uniform u from `context.rng` per decision, even with a single candidate, and
 * returns floor(u * n) (clamped to n - 1 in case a stream ever returned 1).
 *
 * Named `randomAssignment` rather than `random` so it cannot be mistaken for engine/random; its kind is
 * "random".
 *
 * @returns a frozen, stateless policy with `kind: 'random'`
 * @throws RangeError from `choose` when there is no candidate
 * @example
 * randomAssignment().choose([kim, ana, lee], item(), { ...context, rng: () => 0.5 }); // => 1
 */
export function randomAssignment(): AssignmentPolicy {
  return Object.freeze({
    kind: 'random',
    choose: (candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number => {
      const length = candidates.length;
      if (length === 0) _throwNoCandidates('random', item, context);
      const drawn = Math.floor(context.rng() * length);
      return drawn < length ? drawn : length - 1;
    },
  });
}
