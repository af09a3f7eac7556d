// Multitasking at run time: a person with maxInHand 2 works on two items at once, each at
// (1 - loss) / 2 of their speed with Weinberg's 20 % loss for two items, and rates change as items come and go.
import { describe, expect, it } from 'vitest';
import { summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

const juggler = {
  teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' }, maxInHand: 2 }] }],
  valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
  workTypes: [{ name: 'task', valueStream: 'support', arrivals: [], effort: { support: hours(1) } }],
} satisfies ServiceModelDefinition;

describe('ServiceSystem multitasking', () => {
  it('works two 1 h items taken at once at 0.4 per hour each, so both finish at 2.5', () => {
    const system = startScenario(juggler);
    const tasks = offerAt(system, 0, 'task', { count: 2 });
    system.run(3);
    const [first, second] = tasks;
    // Two in hand: (1 - 0.2) / 2 = 0.4 of an hour of effort per hour each; 1 / 0.4 = 2.5.
    for (const item of [first!, second!]) {
      expect(recordLines(item)).toEqual([
        '0 arrive -1',
        '0 enqueue 0',
        '0 start 0 ana',
        '2.5 finish-step 0 ana',
        '2.5 complete 0',
      ]);
      // Touch time is the share of her time each item got: 2.5 h x 0.4 = 1 h.
      expect(item.touchTime).toBeCloseTo(1, 12);
    }
    // She was busy the whole 2.5 h (with two items in hand), so 2.5 of 3 h.
    expect(summarizeService(system).people[0]?.busyHours).toBeCloseTo(2.5, 12);
  });

  it('changes the rates as items come and go, and keeps a third item waiting while two are in hand', () => {
    const system = startScenario(juggler);
    const first = offerAt(system, 0, 'task');
    const second = offerAt(system, 0.5, 'task');
    const third = offerAt(system, 1, 'task');
    system.run(4);
    // 0-0.5: the first alone at speed 1 (0.5 done). From 0.5 two in hand at 0.4: the first needs
    // 0.5 / 0.4 = 1.25 h more, done at 1.75. The third (arrived at 1) waits: she holds two.
    // At 1.75 the second has 1.25 x 0.4 = 0.5 done; the third is taken; two in hand again: the second
    // needs 0.5 / 0.4 = 1.25, done at 3; the third then has 0.5 done and finishes alone 3-3.5.
    expect(recordLines(only(first)).slice(-2)).toEqual(['1.75 finish-step 0 ana', '1.75 complete 0']);
    expect(recordLines(only(second))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '0.5 start 0 ana',
      '3 finish-step 0 ana',
      '3 complete 0',
    ]);
    expect(recordLines(only(third))).toEqual([
      '1 arrive -1',
      '1 enqueue 0',
      '1.75 start 0 ana',
      '3.5 finish-step 0 ana',
      '3.5 complete 0',
    ]);
    expect(only(third).queueTime).toBeCloseTo(0.75, 12);
  });
});
