// Tests of bestSkilled(): level, then speed, then the item's last worker, then longest idle, then lowest
// person index; no randomness.
import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../engine/model/flow/assignmentPolicy.ts';
import { bestSkilled } from '../../../engine/policies/bestSkilled.ts';
import { makeAssignmentContext, makeCandidate, makeItem } from './items.ts';

const choose = (candidates: readonly CandidateView[]) =>
  bestSkilled().choose(candidates, makeItem(), makeAssignmentContext());

describe('bestSkilled', () => {
  it('picks the expert over a faster knowledgeable person: level before speed', () => {
    const candidates = [
      makeCandidate(0, { level: 1, speed: 1.5 }),
      makeCandidate(1, { level: 2, speed: 1 }),
      makeCandidate(2, { level: 1, speed: 3 }),
    ];
    expect(choose(candidates)).toBe(1);
  });

  it('picks the fastest among equal levels', () => {
    const candidates = [makeCandidate(4, { speed: 0.8 }), makeCandidate(2, { speed: 1.2 }), makeCandidate(7)];
    expect(choose(candidates)).toBe(1);
  });

  it('picks the one idle longest among equal level and speed, whatever their load', () => {
    const candidates = [
      makeCandidate(0, { idleSince: 9, inHand: 0 }),
      makeCandidate(1, { idleSince: 3, inHand: 2 }),
      makeCandidate(2, { idleSince: 6 }),
    ];
    expect(choose(candidates)).toBe(1);
  });

  it("prefers the item's last worker among equal level and speed, before the one idle longest", () => {
    const candidates = [
      makeCandidate(0, { idleSince: 1 }),
      makeCandidate(3, { idleSince: 9 }),
      makeCandidate(5, { idleSince: 2 }),
    ];
    const item = makeItem({ lastWorker: 3 });
    expect(bestSkilled().choose(candidates, item, makeAssignmentContext())).toBe(1);
    // Continuity does not beat skill: a faster colleague of the same level still goes first.
    const faster = [...candidates, makeCandidate(6, { speed: 1.5, idleSince: 9 })];
    expect(bestSkilled().choose(faster, item, makeAssignmentContext())).toBe(3);
    // Without a last worker among them, the one idle longest.
    expect(bestSkilled().choose(candidates, makeItem({ lastWorker: 4 }), makeAssignmentContext())).toBe(0);
  });

  it('falls back to the lowest person index, not the listing order', () => {
    const candidates = [makeCandidate(5), makeCandidate(2), makeCandidate(8)];
    expect(choose(candidates)).toBe(1);
  });

  it('throws, naming the item, step and time, when there is no candidate', () => {
    expect(() =>
      bestSkilled().choose([], makeItem({ id: 7 }), makeAssignmentContext({ now: 10, step: 1 })),
    ).toThrow('best-skilled: no candidate for item 7 at step 1, time 10');
  });

  it('is a frozen policy of kind best-skilled', () => {
    const policy = bestSkilled();
    expect([policy.kind, Object.isFrozen(policy)]).toEqual(['best-skilled', true]);
  });
});
