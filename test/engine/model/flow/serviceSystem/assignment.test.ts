// Who takes what in a one-step stream: the best-skilled default, a free knowledgeable person when the
// expert is busy, the idle-longest tie-break, and start and finish times worked out by hand.
import { describe, expect, it } from 'vitest';
import { scheduledArrivals, summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// Ben is listed first so that choosing Ana cannot come from listing order. His first-time success is
// set to 1 so that his work never needs rework (the knowledgeable default is 0.8).
const expertAndKnowledgeable = {
  teams: [
    {
      name: 'desk',
      people: [
        {
          name: 'ben',
          skills: { support: 'knowledgeable' },
          performance: { knowledgeable: { firstTimeSuccess: 1 } },
        },
        { name: 'ana', skills: { support: 'expert' } },
      ],
    },
  ],
  valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
  workTypes: [{ name: 'call', valueStream: 'support', arrivals: [], effort: { support: hours(2) } }],
} satisfies ServiceModelDefinition;

describe('ServiceSystem assignment', () => {
  it('gives the first item to the expert, the second to the free knowledgeable person, the third to whoever frees first', () => {
    const system = startScenario(expertAndKnowledgeable);
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 0.5, 'call');
    const third = offerAt(system, 1, 'call');
    system.run(6);
    // t=0: both free; best-skilled picks Ana (expert, level 2) over Ben (level 1). Effort 2 h at speed 1:
    // she finishes at 2.
    expect(recordLines(only(first))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '2 finish-step 0 ana',
      '2 complete 0',
    ]);
    // t=0.5: Ana is busy, Ben is free and qualified; knowledgeable speed 0.5, so 2 h of effort takes
    // 4 h: 0.5 + 4 = 4.5.
    expect(recordLines(only(second))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '0.5 start 0 ben',
      '4.5 finish-step 0 ben',
      '4.5 complete 0',
    ]);
    // t=1: nobody is free; it waits until Ana finishes at 2, then takes 2 h: 4.
    expect(recordLines(only(third))).toEqual([
      '1 arrive -1',
      '1 enqueue 0',
      '2 start 0 ana',
      '4 finish-step 0 ana',
      '4 complete 0',
    ]);
  });

  it('reports lead, queue and touch time and utilisation of that run', () => {
    const system = startScenario(expertAndKnowledgeable);
    for (const time of [0, 0.5, 1]) offerAt(system, time, 'call');
    system.run(6);
    const results = summarizeService(system);
    // Lead times 2, 4 and 3 (mean 3); queue times 0, 0 and 1 (mean 1/3); touch times are working hours
    // spent on the item: 2, 4 (Ben at half speed) and 2 (mean 8/3); flow efficiency 8 / 9.
    expect(results.endToEnd.count).toBe(3);
    expect(results.endToEnd.meanLeadTime).toBeCloseTo(3, 12);
    expect(results.endToEnd.maxLeadTime).toBeCloseTo(4, 12);
    expect(results.endToEnd.meanQueueTime).toBeCloseTo(1 / 3, 12);
    expect(results.endToEnd.meanTouchTime).toBeCloseTo(8 / 3, 12);
    expect(results.endToEnd.flowEfficiency).toBeCloseTo(8 / 9, 12);
    expect(results.endToEnd.meanHandoffs).toBe(0);
    // Each was busy 4 of the 6 hours: Ana 0-4, Ben 0.5-4.5.
    expect(results.people.map(({ name, busyHours, utilisation }) => [name, busyHours, utilisation])).toEqual([
      ['ben', 4, 4 / 6],
      ['ana', 4, 4 / 6],
    ]);
    expect(results.conservation).toMatchObject({
      offered: 3,
      admitted: 3,
      completed: 3,
      open: 0,
      holds: true,
    });
  });

  it('gives the same timing when the arrivals come from a scheduled arrival source', () => {
    const system = startScenario({
      ...expertAndKnowledgeable,
      workTypes: [
        {
          name: 'call',
          valueStream: 'support',
          arrivals: [scheduledArrivals({ times: [0, 0.5, 1] })],
          effort: { support: hours(2) },
        },
      ],
    });
    system.run(6);
    const results = summarizeService(system);
    // The same three arrivals as above: lead times 2, 4, 3; waits 0, 0, 1.
    expect(results.endToEnd.count).toBe(3);
    expect(results.endToEnd.meanLeadTime).toBeCloseTo(3, 12);
    expect(results.endToEnd.meanQueueTime).toBeCloseTo(1 / 3, 12);
  });

  it('among equal experts gives the item to the one idle longest, then by listing order', () => {
    const system = startScenario({
      teams: [
        {
          name: 'desk',
          people: [
            { name: 'ana', skills: { support: 'expert' } },
            { name: 'ben', skills: { support: 'expert' } },
          ],
        },
      ],
      valueStreams: expertAndKnowledgeable.valueStreams,
      workTypes: expertAndKnowledgeable.workTypes,
    });
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 3, 'call');
    const third = offerAt(system, 3.5, 'call');
    system.run(8);
    // t=0: both idle since 0, so the lower person index, Ana, takes it (0-2); she is idle from 2.
    expect(recordLines(only(first))).toContain('0 start 0 ana');
    // t=3: both free; Ben has been idle since 0, Ana only since 2, so Ben takes it (3-5).
    expect(recordLines(only(second))).toEqual([
      '3 arrive -1',
      '3 enqueue 0',
      '3 start 0 ben',
      '5 finish-step 0 ben',
      '5 complete 0',
    ]);
    // t=3.5: only Ana is free (3.5-5.5).
    expect(recordLines(only(third))).toEqual([
      '3.5 arrive -1',
      '3.5 enqueue 0',
      '3.5 start 0 ana',
      '5.5 finish-step 0 ana',
      '5.5 complete 0',
    ]);
  });
});

describe('ServiceSystem records', () => {
  it('keeps no record of items unless keepRecords is set', () => {
    const system = startScenario({ ...expertAndKnowledgeable, keepRecords: false });
    const item = offerAt(system, 0, 'call');
    system.run(3);
    expect(only(item).state).toBe('completed');
    expect(only(item).record).toBeUndefined();
  });
});
