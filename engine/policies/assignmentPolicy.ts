// Shared by the assignment policies: the error for a call with no candidate, a runtime bug reported at
// once with where it happened. The contract itself (AssignmentPolicy) is in engine/model/flow/assignmentPolicy.ts.
import type { AssignmentContext, WorkItem } from '../model/index.ts';

/**
 * Throws when an assignment policy is asked to choose among nobody: a runtime bug, reported at once with
 * where it happened (STYLE.md rule 13, kernel-style invariant).
 * @param policy - the policy's kind
 * @param item - the item being assigned
 * @param context - the decision's context
 * @throws RangeError always
 * @example
 * _throwNoCandidates('best-skilled', item({ id: 7 }), context); // throws "best-skilled: no candidate for item 7 at step 0, time 10"
 */
export function _throwNoCandidates(policy: string, item: WorkItem, context: AssignmentContext): never {
  throw new RangeError(
    `${policy}: no candidate for item ${item.id} at step ${context.step}, time ${context.now} (candidates must be non-empty)`,
  );
}
