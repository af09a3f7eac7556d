// A multi-step stream across two teams: the same person continues a step they can do, a handoff is
// counted only when the person changes, and the record shows each queue, start and finish.
import { describe, expect, it } from 'vitest';
import { summarizeService, type TeamDefinition } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// log (desk, 1 h) -> diagnose (desk, 1 h) -> fix (engineering, 2 h) -> close (desk, 0.5 h).
const incidentStream = {
  name: 'incident',
  steps: [
    { name: 'log', teams: ['desk'], skill: 'triage', effort: hours(1) },
    { name: 'diagnose', teams: ['desk'], skill: 'triage', effort: hours(1) },
    { name: 'fix', teams: ['engineering'], skill: 'engineering', effort: hours(2) },
    { name: 'close', teams: ['desk'], skill: 'triage', effort: hours(0.5) },
  ],
};

const engineering: TeamDefinition = {
  name: 'engineering',
  people: [{ name: 'eve', skills: { engineering: 'expert' } }],
};

const twoTeams = {
  teams: [{ name: 'desk', people: [{ name: 'ana', skills: { triage: 'expert' } }] }, engineering],
  valueStreams: [incidentStream],
  workTypes: [{ name: 'incident', valueStream: 'incident', arrivals: [] }],
} satisfies ServiceModelDefinition;

describe('ServiceSystem handoffs', () => {
  it('keeps the item with the same person across their steps and counts a handoff at each change of person', () => {
    const system = startScenario(twoTeams);
    const incident = offerAt(system, 0, 'incident');
    system.run(6);
    // log 0-1 and diagnose 1-2 by Ana (she is free again when log ends, so she continues: no handoff);
    // fix 2-4 by Eve (handoff 1); close 4-4.5 by Ana (handoff 2).
    expect(recordLines(only(incident))).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 start 1 ana',
      '2 finish-step 1 ana',
      '2 enqueue 2',
      '2 handoff 2 eve',
      '2 start 2 eve',
      '4 finish-step 2 eve',
      '4 enqueue 3',
      '4 handoff 3 ana',
      '4 start 3 ana',
      '4.5 finish-step 3 ana',
      '4.5 complete 3',
    ]);
    expect(only(incident).handoffs).toBe(2);
    const results = summarizeService(system);
    expect(results.endToEnd.meanHandoffs).toBe(2);
    expect(results.endToEnd.meanLeadTime).toBe(4.5);
    // Per step: each visit lasted its effort (nobody waited).
    expect(results.bySteps.map((step) => [step.step, step.flow.meanLeadTime])).toEqual([
      ['log', 1],
      ['diagnose', 1],
      ['fix', 2],
      ['close', 0.5],
    ]);
  });

  it('passes a step to the best-skilled free colleague when the first person is busy, counting each change', () => {
    const system = startScenario({
      ...twoTeams,
      teams: [
        {
          name: 'desk',
          people: [
            { name: 'ana', skills: { triage: 'expert' } },
            {
              name: 'ben',
              skills: { triage: 'knowledgeable' },
              performance: { knowledgeable: { firstTimeSuccess: 1 } },
            },
          ],
        },
        engineering,
      ],
    });
    const first = offerAt(system, 0, 'incident');
    const second = offerAt(system, 0.5, 'incident');
    system.run(12);
    // First: Ana 0-1 (log) and 1-2 (diagnose), Eve 2-4 (fix), Ana 4-4.5 (close): two handoffs.
    // Second: at 0.5 Ana is busy, so Ben logs it at speed 0.5: 1 h of effort takes 0.5-2.5. At 2.5 both
    // desk people are free; best-skilled picks Ana for diagnose (handoff) 2.5-3.5. Fix waits for Eve,
    // busy with the first until 4: 4-6 (handoff). Close: Ana 6-6.5 (handoff).
    expect(recordLines(only(second))).toEqual([
      '0.5 arrive -1',
      '0.5 enqueue 0',
      '0.5 start 0 ben',
      '2.5 finish-step 0 ben',
      '2.5 enqueue 1',
      '2.5 handoff 1 ana',
      '2.5 start 1 ana',
      '3.5 finish-step 1 ana',
      '3.5 enqueue 2',
      '4 handoff 2 eve',
      '4 start 2 eve',
      '6 finish-step 2 eve',
      '6 enqueue 3',
      '6 handoff 3 ana',
      '6 start 3 ana',
      '6.5 finish-step 3 ana',
      '6.5 complete 3',
    ]);
    expect([only(first).handoffs, only(second).handoffs]).toEqual([2, 3]);
    expect(only(first).completionTime).toBe(4.5);
    // Queue time: the second waited only for Eve, 3.5-4.
    expect(only(second).queueTime).toBe(0.5);
  });

  it('with two equal experts free, gives the next step to the person who did the previous one', () => {
    // Best-skilled prefers the item's last worker among equals (continuity), before the one idle longest.
    const system = startScenario({
      ...twoTeams,
      teams: [
        {
          name: 'desk',
          people: [
            { name: 'ana', skills: { triage: 'expert' } },
            { name: 'ben', skills: { triage: 'expert' } },
          ],
        },
        engineering,
      ],
    });
    const incident = offerAt(system, 0, 'incident');
    system.run(6);
    // log: both idle since 0, Ana by index, 0-1. diagnose at 1: Ana did the log and is free: Ana, 1-2,
    // no handoff. fix: Eve 2-4. close at 4: the last worker is Eve, not on the desk; Ana idle since 2,
    // Ben since 0: Ben, 4-4.5. Two handoffs (to Eve, and back to the desk).
    expect(
      recordLines(only(incident)).filter((line) => line.includes(' start ') || line.includes('handoff')),
    ).toEqual([
      '0 start 0 ana',
      '1 start 1 ana',
      '2 handoff 2 eve',
      '2 start 2 eve',
      '4 handoff 3 ben',
      '4 start 3 ben',
    ]);
    expect(only(incident).handoffs).toBe(2);
  });
});
