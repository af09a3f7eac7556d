// Least loaded: the candidate with the least work takes the item ("assign incoming calls or chats to idle
// support agents, or to agents with less workload", source 003).

import type { AssignmentContext, AssignmentPolicy, CandidateView, WorkItem } from '../model/index.ts';
import { _throwNoCandidates } from './assignmentPolicy.ts';

/**
 * Least loaded: the candidate with the fewest items in hand takes the item; among equals the one with the
 * fewest busy hours so far (which evens out utilisation over the run); then the one idle longest
 * (smallest `idleSince`); then the lowest person index.
 *
 * The source recommends it "in environments using shared resources, when there are no differences in
 * quality between resources or variations in size of work item"; it ignores level and speed.
 *
 * @returns a frozen, stateless policy with `kind: 'least-loaded'`
 * @example
 * const candidates = [
 *   { index: 0, name: 'Kim', level: 2, speed: 1, inHand: 2, busyHours: 1, idleSince: 0 },
 *   { index: 1, name: 'Ana', level: 1, speed: 1, inHand: 1, busyHours: 9, idleSince: 5 },
 * ];
 * leastLoaded().choose(candidates, item(), context); // => 1 (Ana has one item in hand, Kim two)
 */
export function leastLoaded(): AssignmentPolicy {
  return Object.freeze({
    kind: 'least-loaded',
    choose: (candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number => {
      const length = candidates.length;
      if (length === 0) _throwNoCandidates('least-loaded', item, context);
      let bestIndex = 0;
      let best = candidates[0]!; // length > 0
      for (let index = 1; index < length; index++) {
        const candidate = candidates[index]!; // index < length
        if (isLessLoaded(candidate, best)) {
          bestIndex = index;
          best = candidate;
        }
      }
      return bestIndex;
    },
  });
}

/** True when `candidate` goes before `best`: fewer in hand, then fewer busy hours, then idle longer, then lower index. */
function isLessLoaded(candidate: CandidateView, best: CandidateView): boolean {
  if (candidate.inHand !== best.inHand) return candidate.inHand < best.inHand;
  if (candidate.busyHours !== best.busyHours) return candidate.busyHours < best.busyHours;
  if (candidate.idleSince !== best.idleSince) return candidate.idleSince < best.idleSince;
  return candidate.index < best.index;
}
