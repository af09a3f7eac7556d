// Round robin: at each step, work goes to the next person in person-index order after the last one who
// got work there, cyclically, whatever their load or skill. The policy object keeps that pointer.

import type { AssignmentContext, AssignmentPolicy, CandidateView, WorkItem } from '../model/index.ts';
import { _throwNoCandidates } from './assignmentPolicy.ts';

/**
 * Round robin: per step, the candidate with the smallest person index greater than the index last chosen
 * at that step takes the item; when no candidate's index is greater, the pointer wraps to the smallest
 * candidate index. So with everybody free, persons 0, 1, 2 get items in turn 0, 1, 2, 0, ...; a person who
 * is busy at their turn is skipped, not owed.
 *
 * State: one pointer per step (the last person index chosen there), kept by the object and grown when a
 * new step is seen. The service system takes a fresh copy per replication (`forReplication`), so a
 * result never depends on other replications run before it or beside it.
 *
 * @returns a new policy with `kind: 'round-robin'` and its own pointers
 * @throws RangeError from `choose` when the step is not an integer >= 0 or there is no candidate
 * @example
 * const policy = roundRobin();
 * const everybody = [person(0), person(1), person(2)];
 * [1, 2, 3, 4].map(() => policy.choose(everybody, item(), context)); // => [0, 1, 2, 0]
 */
export function roundRobin(): AssignmentPolicy {
  // lastChosenAtStep[step] is the person index chosen last at that step, -1 before the first choice.
  const lastChosenAtStep: number[] = [];
  return Object.freeze({
    kind: 'round-robin',
    forReplication: (): AssignmentPolicy => roundRobin(),
    choose: (candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number => {
      const length = candidates.length;
      if (length === 0) _throwNoCandidates('round-robin', item, context);
      const step = context.step;
      if (!Number.isInteger(step) || step < 0) {
        throw new RangeError(`round-robin: step must be an integer >= 0, got ${step} (item ${item.id})`);
      }
      // Grow densely (no holes) so the array keeps its fast element kind.
      while (lastChosenAtStep.length <= step) lastChosenAtStep.push(-1);
      const last = lastChosenAtStep[step]!; // step < length after the loop above
      let nextIndex = -1; // the smallest person index after `last`
      let wrapIndex = 0; // the smallest person index overall
      for (let index = 0; index < length; index++) {
        const person = candidates[index]!.index; // index < length
        if (person < candidates[wrapIndex]!.index) wrapIndex = index;
        if (person > last && (nextIndex === -1 || person < candidates[nextIndex]!.index)) nextIndex = index;
      }
      const chosen = nextIndex === -1 ? wrapIndex : nextIndex;
      lastChosenAtStep[step] = candidates[chosen]!.index;
      return chosen;
    },
  });
}
