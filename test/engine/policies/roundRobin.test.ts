// Tests of roundRobin(): cycles through person indices per step, skips people who are not candidates,
// wraps around, keeps a separate pointer per step and per policy object, and checks its step.
import { describe, expect, it } from 'vitest';
import type { AssignmentPolicy, CandidateView } from '../../../engine/model/flow/assignmentPolicy.ts';
import { roundRobin } from '../../../engine/policies/roundRobin.ts';
import { makeAssignmentContext, makeCandidate, makeItem } from './items.ts';

/** The person index the policy picks from `candidates` at `step`. */
function chosenPerson(policy: AssignmentPolicy, candidates: readonly CandidateView[], step = 0): number {
  const chosen = policy.choose(candidates, makeItem(), makeAssignmentContext({ step }));
  const person = candidates[chosen];
  if (person === undefined) throw new Error(`choose returned ${chosen} for ${candidates.length} candidates`);
  return person.index;
}

describe('roundRobin', () => {
  it('cycles 0, 1, 2, 0, 1, 2, 0 when everybody is free', () => {
    const policy = roundRobin();
    const everybody = [makeCandidate(0), makeCandidate(1), makeCandidate(2)];
    const people = Array.from({ length: 7 }, () => chosenPerson(policy, everybody));
    expect(people).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('goes to the next free person after the last chosen, skipping the busy, and wraps around', () => {
    const policy = roundRobin();
    const person = (index: number) => makeCandidate(index);
    expect(chosenPerson(policy, [person(0), person(1), person(2), person(3)])).toBe(0);
    expect(chosenPerson(policy, [person(0), person(3)])).toBe(3); // 1 and 2 busy: skipped, not owed
    expect(chosenPerson(policy, [person(0), person(1), person(2)])).toBe(0); // nobody after 3: wrap
    expect(chosenPerson(policy, [person(3), person(0), person(2)])).toBe(2); // listing order is irrelevant
  });

  it('returns an index into the candidates, not a person index', () => {
    const policy = roundRobin();
    const candidates = [makeCandidate(7), makeCandidate(4)];
    expect(policy.choose(candidates, makeItem(), makeAssignmentContext())).toBe(1); // person 4
    expect(policy.choose(candidates, makeItem(), makeAssignmentContext())).toBe(0); // person 7
  });

  it('keeps one pointer per step, and one per policy object', () => {
    const policy = roundRobin();
    const everybody = [makeCandidate(0), makeCandidate(1), makeCandidate(2)];
    expect(chosenPerson(policy, everybody, 0)).toBe(0);
    expect(chosenPerson(policy, everybody, 0)).toBe(1);
    expect(chosenPerson(policy, everybody, 3)).toBe(0); // a new step starts at the first person
    expect(chosenPerson(policy, everybody, 0)).toBe(2);
    expect(chosenPerson(policy, everybody, 3)).toBe(1);
    expect(chosenPerson(roundRobin(), everybody, 0)).toBe(0); // a fresh object starts afresh
  });

  it('rejects a step that is not an integer >= 0, and an empty candidate list', () => {
    const policy = roundRobin();
    const candidates = [makeCandidate(0)];
    expect(() => policy.choose(candidates, makeItem(), makeAssignmentContext({ step: -1 }))).toThrow(
      'round-robin: step must be an integer >= 0, got -1',
    );
    expect(() => policy.choose(candidates, makeItem(), makeAssignmentContext({ step: 1.5 }))).toThrow(
      'got 1.5',
    );
    expect(() => policy.choose([], makeItem(), makeAssignmentContext())).toThrow('round-robin: no candidate');
  });

  it('is a frozen policy of kind round-robin', () => {
    const policy = roundRobin();
    expect([policy.kind, Object.isFrozen(policy)]).toEqual(['round-robin', true]);
  });
});
