// Tests of leastLoaded(): fewest in hand, then fewest busy hours, then longest idle, then lowest index.
import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../engine/model/flow/assignmentPolicy.ts';
import { leastLoaded } from '../../../engine/policies/leastLoaded.ts';
import { makeAssignmentContext, makeCandidate, makeItem } from './items.ts';

const choose = (candidates: readonly CandidateView[]) =>
  leastLoaded().choose(candidates, makeItem(), makeAssignmentContext());

describe('leastLoaded', () => {
  it('picks the person with the fewest items in hand, whatever their skill', () => {
    const candidates = [
      makeCandidate(0, { inHand: 2, level: 2, speed: 2 }),
      makeCandidate(1, { inHand: 1, level: 1, busyHours: 40 }),
      makeCandidate(2, { inHand: 3 }),
    ];
    expect(choose(candidates)).toBe(1);
  });

  it('picks the fewest busy hours among equal loads', () => {
    const candidates = [
      makeCandidate(0, { inHand: 1, busyHours: 12 }),
      makeCandidate(1, { inHand: 1, busyHours: 30 }),
      makeCandidate(2, { inHand: 1, busyHours: 7.5 }),
    ];
    expect(choose(candidates)).toBe(2);
  });

  it('picks the one idle longest, then the lowest person index', () => {
    const idle = [makeCandidate(0, { idleSince: 5 }), makeCandidate(1, { idleSince: 2 })];
    expect(choose(idle)).toBe(1);
    const tied = [makeCandidate(9), makeCandidate(3), makeCandidate(4)];
    expect(choose(tied)).toBe(1);
  });

  it('throws when there is no candidate', () => {
    expect(() => choose([])).toThrow('least-loaded: no candidate for item 0 at step 0');
  });

  it('is a frozen policy of kind least-loaded', () => {
    const policy = leastLoaded();
    expect([policy.kind, Object.isFrozen(policy)]).toEqual(['least-loaded', true]);
  });
});
