// Best skilled: the most skilled candidate takes the item (resource quality, source 003); valueflow's
// default assignment policy.

import type { AssignmentContext, AssignmentPolicy, CandidateView, WorkItem } from '../model/index.ts';
import { _throwNoCandidates } from './assignmentPolicy.ts';

/**
 * Best skilled: the candidate with the highest level in the item's skill takes it; among equal levels the
 * fastest; then the person who last worked on the item (continuity: the agent who logged a call goes on
 * to diagnose it, rather than handing it to an equal colleague); then the one idle longest (smallest
 * `idleSince`), which spreads work fairly; then the lowest person index, so the choice never depends on
 * the candidates' listing order.
 *
 * Level comes before speed on purpose: an expert beats a faster knowledgeable person, because level is
 * what the scenario says about quality (first-time-right, rework), while speed is only throughput.
 * The default assignment policy of valueflow.
 *
 * @returns a frozen, stateless policy with `kind: 'best-skilled'`
 * @example
 * const candidates = [
 *   { index: 0, name: 'Kim', level: 1, speed: 1.5, inHand: 0, busyHours: 0, idleSince: 0 },
 *   { index: 1, name: 'Ana', level: 2, speed: 1, inHand: 0, busyHours: 0, idleSince: 5 },
 * ];
 * bestSkilled().choose(candidates, item(), context); // => 1 (Ana, the expert)
 */
export function bestSkilled(): AssignmentPolicy {
  return Object.freeze({
    kind: 'best-skilled',
    choose: (candidates: readonly CandidateView[], item: WorkItem, context: AssignmentContext): number => {
      const length = candidates.length;
      if (length === 0) _throwNoCandidates('best-skilled', item, context);
      const last = item.lastWorker;
      let bestIndex = 0;
      let best = candidates[0]!; // length > 0
      for (let index = 1; index < length; index++) {
        const candidate = candidates[index]!; // index < length
        if (isBetterSkilled(candidate, best, last)) {
          bestIndex = index;
          best = candidate;
        }
      }
      return bestIndex;
    },
  });
}

/**
 * True when `candidate` goes before `best`: higher level, then faster, then the item's last worker
 * (`last`, a person index or -1), then idle longer, then lower index.
 */
function isBetterSkilled(candidate: CandidateView, best: CandidateView, last: number): boolean {
  if (candidate.level !== best.level) return candidate.level > best.level;
  if (candidate.speed !== best.speed) return candidate.speed > best.speed;
  const candidateContinues = candidate.index === last;
  if (candidateContinues !== (best.index === last)) return candidateContinues;
  if (candidate.idleSince !== best.idleSince) return candidate.idleSince < best.idleSince;
  return candidate.index < best.index;
}
