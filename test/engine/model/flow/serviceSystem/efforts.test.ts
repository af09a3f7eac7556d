// Where a step's effort comes from: the step's own effort (per step, even when two steps share a skill),
// the work type's effort for the skill (for every step of that skill), or a replayed ticket's effort.
import { describe, expect, it } from 'vitest';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// register (0.25 h), fix (2 h) and verify (0.5 h) are all desk work with the one skill "support".
function deskStream(typeEffort?: number): ServiceModelDefinition {
  return {
    teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
    valueStreams: [
      {
        name: 'support',
        steps: [
          { name: 'register', teams: ['desk'], skill: 'support', effort: hours(0.25) },
          { name: 'fix', teams: ['desk'], skill: 'support', effort: hours(2) },
          { name: 'verify', teams: ['desk'], skill: 'support', effort: hours(0.5) },
        ],
      },
    ],
    workTypes: [
      typeEffort === undefined
        ? { name: 'call', valueStream: 'support', arrivals: [] }
        : { name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(typeEffort) } },
    ],
  };
}

/** Start and finish times of each step, from the record. */
function startsAndFinishes(lines: readonly string[]): string[] {
  return lines.filter((line) => line.includes(' start ') || line.includes(' finish-step '));
}

describe('ServiceSystem step efforts', () => {
  it('gives each step its own effort even when several steps need the same skill', () => {
    const system = startScenario(deskStream());
    const call = offerAt(system, 0, 'call');
    system.run(5);
    // register 0-0.25, fix 0.25-2.25, verify 2.25-2.75.
    expect(startsAndFinishes(recordLines(only(call)))).toEqual([
      '0 start 0 ana',
      '0.25 finish-step 0 ana',
      '0.25 start 1 ana',
      '2.25 finish-step 1 ana',
      '2.25 start 2 ana',
      '2.75 finish-step 2 ana',
    ]);
  });

  it("uses the work type's effort for a skill at every step of that skill, over the steps' own", () => {
    const system = startScenario(deskStream(1));
    const call = offerAt(system, 0, 'call');
    system.run(5);
    // 1 h at each of the three steps: 0-1, 1-2, 2-3.
    expect(only(call).completionTime).toBe(3);
    expect(startsAndFinishes(recordLines(only(call))).filter((line) => line.includes('finish'))).toEqual([
      '1 finish-step 0 ana',
      '2 finish-step 1 ana',
      '3 finish-step 2 ana',
    ]);
  });

  it("uses a replayed ticket's effort at every step", () => {
    const system = startScenario(deskStream());
    const call = offerAt(system, 0, 'call', { count: 1, effortHours: 0.5 });
    system.run(5);
    // 0.5 h at each step: 0-0.5, 0.5-1, 1-1.5.
    expect(only(call).completionTime).toBe(1.5);
  });
});
