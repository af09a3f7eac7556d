// Skill levels at run time: a knowledgeable person works at half speed, best-skilled picks the expert,
// a free knowledgeable person takes work while the expert is busy, and work not right first time is redone.
import { describe, expect, it } from 'vitest';
import type { PersonDefinition } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

function deskOf(people: readonly PersonDefinition[]): ServiceModelDefinition {
  return {
    teams: [{ name: 'desk', people }],
    valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
    workTypes: [{ name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(2) } }],
  };
}

// Kim is knowledgeable; with firstTimeSuccess 1 her work never needs rework, so timings are exact.
const kimRightFirstTime: PersonDefinition = {
  name: 'kim',
  skills: { support: 'knowledgeable' },
  performance: { knowledgeable: { firstTimeSuccess: 1 } },
};
const ana: PersonDefinition = { name: 'ana', skills: { support: 'expert' } };

describe('ServiceSystem skill levels', () => {
  it('has a knowledgeable person take 4 hours for 2 hours of expert effort (speed 0.5)', () => {
    const system = startScenario(deskOf([kimRightFirstTime]));
    const call = offerAt(system, 0, 'call');
    system.run(5);
    expect(recordLines(only(call))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 kim',
      '4 finish-step 0 kim',
      '4 complete 0',
    ]);
    // Touch time counts the person's working hours on it, 4, not the expert-equivalent effort.
    expect(only(call).touchTime).toBe(4);
  });

  it('gives an item to the expert when both are free, and to the knowledgeable person while the expert is busy', () => {
    // Kim is listed first, so choosing Ana comes from her level, not from the order.
    const system = startScenario(deskOf([kimRightFirstTime, ana]));
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 0.5, 'call');
    system.run(6);
    // First: Ana 0-2. Second: Ana busy, Kim free: 0.5 + 2 / 0.5 = 4.5.
    expect(recordLines(only(first))).toContain('0 start 0 ana');
    expect(recordLines(only(first))).toContain('2 complete 0');
    expect(recordLines(only(second))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '0.5 start 0 kim',
      '4.5 finish-step 0 kim',
      '4.5 complete 0',
    ]);
  });

  it('sends work that is not right first time back to the queue of the same step, where the expert redoes it', () => {
    // firstTimeSuccess must be in (0, 1]; the smallest positive number makes failure certain in practice
    // (the item's uniform would have to be exactly 0 to succeed). 0 itself is refused by validation.
    const kimNeverRight: PersonDefinition = {
      name: 'kim',
      skills: { support: 'knowledgeable' },
      performance: { knowledgeable: { firstTimeSuccess: Number.MIN_VALUE } },
    };
    const system = startScenario(deskOf([kimNeverRight, ana]));
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 0.5, 'call');
    system.run(8);
    // First: Ana 0-2 (experts are right first time). Second: Kim 0.5-4.5, not right: rework at the same
    // step with the full 2 h effort again. At 4.5 Ana (free since 2) and Kim are free; best-skilled picks
    // Ana (a handoff): 4.5-6.5, right first time.
    expect(recordLines(only(first))).toContain('2 complete 0');
    expect(recordLines(only(second))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '0.5 start 0 kim',
      '4.5 finish-step 0 kim',
      '4.5 rework 0',
      '4.5 enqueue 0',
      '4.5 handoff 0 ana',
      '4.5 start 0 ana',
      '6.5 finish-step 0 ana',
      '6.5 complete 0',
    ]);
    expect(only(second)).toMatchObject({ reworks: 1, handoffs: 1, touchTime: 6, queueTime: 0 });
  });
});
