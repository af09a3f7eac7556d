// Elastic capacity at run time: an on-call person joins the team after a delay when its queue passes the
// rule's threshold, keeps taking work while some waits, and leaves when the queue has fallen low enough.
import { describe, expect, it } from 'vitest';
import { elasticCapacityRule, summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// Ana is the regular; Olga is on call: she joins 0.5 h after the queue grows past 1 item, and leaves
// when it is down to 0.
const deskWithOnCall = {
  teams: [
    {
      name: 'desk',
      people: [
        { name: 'ana', skills: { support: 'expert' } },
        { name: 'olga', skills: { support: 'expert' }, onCall: true },
      ],
    },
  ],
  elastic: { desk: elasticCapacityRule({ queueAbove: 1, queueBelow: 0, joinDelayHours: 0.5 }) },
  valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
  workTypes: [{ name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(2) } }],
} satisfies ServiceModelDefinition;

describe('ServiceSystem elastic capacity', () => {
  it('calls the on-call person in when the queue passes the threshold and lets her go when it is empty', () => {
    const system = startScenario(deskWithOnCall);
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 0.25, 'call');
    const third = offerAt(system, 0.5, 'call');
    const fourth = offerAt(system, 2.5, 'call');
    const olga = system.workers[1]!;
    // t=0: Ana takes the first (0-2). t=0.25: the second queues (1 waiting: not above 1). t=0.5: the
    // third queues (2 waiting > 1): Olga is called and joins at 0.5 + 0.5 = 1.
    system.run(0.75);
    expect(olga.active).toBe(false);
    system.run(1.5);
    expect(olga.active).toBe(true);
    system.run(8);
    expect(recordLines(only(first)).at(-1)).toBe('2 complete 0');
    // At 1 Olga takes the second, first in the queue: 1-3.
    expect(recordLines(only(second))).toEqual([
      '0.25 arrive -1',
      '0.25 enqueue 0',
      '1 start 0 olga',
      '3 finish-step 0 olga',
      '3 complete 0',
    ]);
    // At 2 Ana is free again and takes the third: 2-4.
    expect(recordLines(only(third))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '2 start 0 ana',
      '4 finish-step 0 ana',
      '4 complete 0',
    ]);
    // The fourth waits from 2.5; at 3 Olga finishes, and with work still waiting she stays and takes it:
    // 3-5. At 5 the queue is empty (0 <= 0): she leaves.
    expect(recordLines(only(fourth))).toEqual([
      '2.5 arrive -1',
      '2.5 enqueue 0',
      '3 start 0 olga',
      '5 finish-step 0 olga',
      '5 complete 0',
    ]);
    expect(olga.active).toBe(false);
    // On call 1-5: 4 hours, all of them busy.
    const olgaResults = summarizeService(system).people[1];
    expect(olgaResults).toMatchObject({ name: 'olga', onCallHours: 4, busyHours: 4, availableHours: 4 });
  });

  it('does not call anybody while the queue stays at or below the threshold', () => {
    const system = startScenario(deskWithOnCall);
    offerAt(system, 0, 'call');
    const waiting = offerAt(system, 1, 'call');
    system.run(6);
    // One item waits at a time (1 <= 1): Ana does both, 0-2 and 2-4; Olga never joins.
    expect(recordLines(only(waiting))).toContain('2 start 0 ana');
    expect(summarizeService(system).people[1]).toMatchObject({ onCallHours: 0, busyHours: 0 });
  });

  it('counts only items that wait: one handed straight to a free person never calls anybody in', () => {
    // Join as soon as anything waits (above 0): the first call finds Ana free and never waits, so Olga
    // stays away; the second, at 1, waits for Ana (1 > 0), so Olga is called and joins at 1.5.
    const system = startScenario({
      ...deskWithOnCall,
      elastic: { desk: elasticCapacityRule({ queueAbove: 0, queueBelow: 0, joinDelayHours: 0.5 }) },
    });
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 1, 'call');
    system.run(0.9);
    expect(system.workers[1]!.active).toBe(false);
    system.run(6);
    expect(recordLines(only(first))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '2 finish-step 0 ana',
      '2 complete 0',
    ]);
    expect(recordLines(only(second))).toContain('1.5 start 0 olga');
  });
});
