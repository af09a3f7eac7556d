// Tests of randomAssignment(): floor(u * n) from exactly one draw per decision, uniform frequencies
// within sampling error, and a valid index even for the largest uniform.
import { describe, expect, it } from 'vitest';
import { randomAssignment } from '../../../engine/policies/randomAssignment.ts';
import { stream } from '../../../engine/random/stream.ts';
import { makeAssignmentContext, makeCandidate, makeItem } from './items.ts';

const threePeople = [makeCandidate(0), makeCandidate(1), makeCandidate(2)];

describe('randomAssignment', () => {
  it('maps the uniform u to candidate floor(u * n)', () => {
    const policy = randomAssignment();
    const pick = (u: number) =>
      policy.choose(threePeople, makeItem(), makeAssignmentContext({ rng: () => u }));
    expect([0, 0.3333, 1 / 3, 0.5, 0.9999, 1 - 2 ** -53].map(pick)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(pick(1)).toBe(2); // a stream never returns 1, but the index stays valid if one did
  });

  it('reads exactly one uniform per decision, even with a single candidate', () => {
    let draws = 0;
    const rng = () => {
      draws++;
      return 0.7;
    };
    const policy = randomAssignment();
    policy.choose(threePeople, makeItem(), makeAssignmentContext({ rng }));
    policy.choose([makeCandidate(4)], makeItem(), makeAssignmentContext({ rng }));
    expect(draws).toBe(2);
  });

  it('picks each of 3 candidates with frequency 1/3 in 30 000 decisions, within 4 standard errors', () => {
    const decisions = 30_000;
    const context = makeAssignmentContext({ rng: stream(11, 0, 'assignment:random') });
    const policy = randomAssignment();
    const counts = [0, 0, 0];
    for (let decision = 0; decision < decisions; decision++) {
      const chosen = policy.choose(threePeople, makeItem(), context);
      counts[chosen] = (counts[chosen] ?? 0) + 1;
    }
    // Binomial(30 000, 1/3): mean 10 000, standard deviation sqrt(30 000 * 1/3 * 2/3) ≈ 81.6.
    const standardDeviation = Math.sqrt(decisions * (1 / 3) * (2 / 3));
    for (const count of counts) expect(Math.abs(count - decisions / 3)).toBeLessThan(4 * standardDeviation);
  });

  it('throws when there is no candidate, without reading the stream', () => {
    expect(() => randomAssignment().choose([], makeItem(), makeAssignmentContext())).toThrow(
      'random: no candidate for item 0',
    );
  });

  it('is a frozen policy of kind random', () => {
    const policy = randomAssignment();
    expect([policy.kind, Object.isFrozen(policy)]).toEqual(['random', true]);
  });
});
