// Controls on flow at a step: a WIP limit that holds items before the step, a scheduled gate (a weekly
// Change Advisory Board), and blocking on a requester or third party for a drawn time.
import { describe, expect, it } from 'vitest';
import { summarizeService } from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

describe('ServiceSystem WIP limit', () => {
  // write (ana or ben, 1 h) -> review (rev, 2 h, at most 1 item in the step).
  const reviewLimitedToOne = {
    teams: [
      {
        name: 'writers',
        people: [
          { name: 'ana', skills: { writing: 'expert' } },
          { name: 'ben', skills: { writing: 'expert' } },
        ],
      },
      { name: 'reviewers', people: [{ name: 'rev', skills: { reviewing: 'expert' } }] },
    ],
    valueStreams: [
      {
        name: 'documents',
        steps: [
          { name: 'write', teams: ['writers'], skill: 'writing', effort: hours(1) },
          { name: 'review', teams: ['reviewers'], skill: 'reviewing', effort: hours(2), wipLimit: 1 },
        ],
      },
    ],
    workTypes: [{ name: 'document', valueStream: 'documents', arrivals: [] }],
  } satisfies ServiceModelDefinition;

  it('holds the second item before the step (blocked, not queued) until the first leaves', () => {
    const system = startScenario(reviewLimitedToOne);
    const documents = offerAt(system, 0, 'document', { count: 2 });
    system.run(2);
    const [first, second] = documents;
    // Both are written 0-1 (Ana takes the first by index, Ben the second). At 1 the first enters review
    // (Rev, 1-3); the second finds review full and waits before it, outside its queue.
    expect(second?.state).toBe('blocked');
    expect(system.queueLength(1)).toBe(0);
    system.run(6);
    expect(recordLines(first!)).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ana',
      '1 finish-step 0 ana',
      '1 enqueue 1',
      '1 handoff 1 rev',
      '1 start 1 rev',
      '3 finish-step 1 rev',
      '3 complete 1',
    ]);
    // At 3 the first leaves review, the second enters it and Rev takes it at once: 3-5.
    expect(recordLines(second!)).toEqual([
      '0 arrive -1',
      '0 enqueue 0',
      '0 start 0 ben',
      '1 finish-step 0 ben',
      '3 enqueue 1',
      '3 handoff 1 rev',
      '3 start 1 rev',
      '5 finish-step 1 rev',
      '5 complete 1',
    ]);
    // The 2 h before review count as blocked time, not queue time.
    expect(second).toMatchObject({ blockedTime: 2, queueTime: 0 });
    const results = summarizeService(system);
    expect(results.endToEnd.meanBlockedTime).toBe(1);
    // Review held one item from 1 to 5 of the 6 hours.
    expect(results.bySteps[1]?.meanWip).toBeCloseTo(4 / 6, 12);
  });
});

describe('ServiceSystem gate', () => {
  // prepare (1 h) -> deploy (1 h) behind a weekly CAB on Thursday 10:00: 3 * 24 + 10 = 82 h into the week.
  const weeklyCab = {
    teams: [{ name: 'ops', people: [{ name: 'ana', skills: { changes: 'expert' } }] }],
    valueStreams: [
      {
        name: 'change',
        steps: [
          { name: 'prepare', teams: ['ops'], skill: 'changes' },
          { name: 'deploy', teams: ['ops'], skill: 'changes', gate: { every: 168, at: 82 } },
        ],
      },
    ],
    workTypes: [{ name: 'change', valueStream: 'change', arrivals: [], effort: { changes: hours(1) } }],
  } satisfies ServiceModelDefinition;

  it('holds a change that reaches the step on Monday until the CAB on Thursday 10:00 (t = 82)', () => {
    const system = startScenario(weeklyCab);
    const change = offerAt(system, 9, 'change');
    system.run(50);
    // Monday 09:00: prepared 9-10, then waits for the gate.
    expect(only(change).state).toBe('gated');
    system.run(100);
    expect(recordLines(only(change))).toEqual([
      '9 arrive -1',
      '9 enqueue 0',
      '9 start 0 ana',
      '10 finish-step 0 ana',
      '82 enqueue 1',
      '82 start 1 ana',
      '83 finish-step 1 ana',
      '83 complete 1',
    ]);
    expect(only(change).blockedTime).toBe(72);
  });

  it('lets a change through that reaches the step exactly at the opening, and holds one a moment later a week', () => {
    const onTime = startScenario(weeklyCab);
    const exactly = offerAt(onTime, 81, 'change');
    onTime.run(100);
    // Prepared 81-82: reaches the gate at 82, when it opens: no wait.
    expect(recordLines(only(exactly)).slice(-4)).toEqual([
      '82 enqueue 1',
      '82 start 1 ana',
      '83 finish-step 1 ana',
      '83 complete 1',
    ]);
    const late = startScenario(weeklyCab);
    const missed = offerAt(late, 82, 'change');
    late.run(300);
    // Prepared 82-83: the CAB has just met, so it waits for next Thursday, 82 + 168 = 250.
    expect(recordLines(only(missed)).slice(-4)).toEqual([
      '250 enqueue 1',
      '250 start 1 ana',
      '251 finish-step 1 ana',
      '251 complete 1',
    ]);
  });
});

describe('ServiceSystem blocking', () => {
  it('blocks an item before the step for the drawn duration when the probability is 1', () => {
    const system = startScenario({
      teams: [{ name: 'desk', people: [{ name: 'ana', skills: { access: 'expert' } }] }],
      valueStreams: [
        {
          name: 'request',
          steps: [
            {
              name: 'fulfil',
              teams: ['desk'],
              skill: 'access',
              effort: hours(1),
              blocking: { probability: 1, duration: hours(4) },
            },
          ],
        },
      ],
      workTypes: [{ name: 'access request', valueStream: 'request', arrivals: [] }],
    });
    const request = offerAt(system, 0, 'access request');
    system.run(2);
    expect(only(request).state).toBe('blocked');
    system.run(6);
    // Blocked 0-4 (waiting on the requester), then queued and worked 4-5.
    expect(recordLines(only(request))).toEqual([
      '0 arrive -1',
      '0 block 0',
      '4 unblock 0',
      '4 enqueue 0',
      '4 start 0 ana',
      '5 finish-step 0 ana',
      '5 complete 0',
    ]);
    expect(only(request)).toMatchObject({ blockedTime: 4, queueTime: 0, touchTime: 1 });
  });
});
