// Shaping demand at run time: requesters who give up (patience), intake limits that refuse, automation
// without people, deferral to the next working day, and items that wait for others they depend on.
import { describe, expect, it } from 'vitest';
import type { WorkTypeDefinition } from '../../../../../engine/model/index.ts';
import {
  automationRule,
  deferralRule,
  intakeLimit,
  summarizeService,
} from '../../../../../engine/model/index.ts';
import type { ServiceModelDefinition } from '../../../../../engine/runner/index.ts';
import { hours, offerAt, only, recordLines, startScenario } from './serviceScenario.ts';

// One expert; the work type is given per test.
function deskFor(...workTypes: WorkTypeDefinition[]): ServiceModelDefinition {
  return {
    teams: [{ name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
    valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
    workTypes,
  };
}

describe('ServiceSystem patience', () => {
  it('lets a queued item abandon when its patience runs out, and counts it in conservation', () => {
    const system = startScenario(
      deskFor({
        name: 'call',
        valueStream: 'support',
        arrivals: [],
        effort: { support: hours(5) },
        patience: hours(2),
      }),
    );
    const first = offerAt(system, 0, 'call');
    const second = offerAt(system, 1, 'call');
    system.run(6);
    // The first is taken at once (0-5), so its patience never runs. The second queues at 1 and gives up
    // at 1 + 2 = 3.
    expect(recordLines(only(first)).at(-1)).toBe('5 complete 0');
    expect(recordLines(only(second))).toEqual(['1 arrive -1', '1 enqueue 0', '3 abandon 0']);
    expect(only(second)).toMatchObject({ state: 'abandoned', completionTime: 3, queueTime: 2 });
    expect(summarizeService(system).conservation).toEqual({
      offered: 2,
      refused: 0,
      automated: 0,
      admitted: 2,
      completed: 1,
      abandoned: 1,
      open: 0,
      holds: true,
    });
  });
});

describe('ServiceSystem intake limit', () => {
  it('refuses an item while its requester already has one open, and admits again once it closed', () => {
    // One requester (number 0) and at most one open item each.
    const system = startScenario(
      deskFor({
        name: 'request',
        valueStream: 'support',
        arrivals: [],
        effort: { support: hours(2) },
        requesters: 1,
        intake: intakeLimit({ perRequester: 1 }),
      }),
    );
    const first = offerAt(system, 0, 'request');
    const second = offerAt(system, 1, 'request');
    const third = offerAt(system, 3, 'request');
    system.run(6);
    // First: 0-2. Second at 1: the requester's first is open, refused. Third at 3: the first closed at
    // 2, admitted: 3-5.
    expect(recordLines(only(second))).toEqual(['1 arrive -1', '1 refuse -1']);
    expect(only(second)).toMatchObject({ state: 'refused', completionTime: 1 });
    expect([only(first).completionTime, only(third).completionTime]).toEqual([2, 5]);
    expect(summarizeService(system).conservation).toMatchObject({
      offered: 3,
      refused: 1,
      admitted: 2,
      completed: 2,
      holds: true,
    });
  });
});

describe('ServiceSystem automation', () => {
  it('resolves every item instantly without people when the share is 1', () => {
    const system = startScenario(
      deskFor({
        name: 'password reset',
        valueStream: 'support',
        arrivals: [],
        effort: { support: hours(1) },
        automation: automationRule({ share: 1 }),
      }),
    );
    const reset = offerAt(system, 5, 'password reset');
    system.run(6);
    expect(recordLines(only(reset))).toEqual(['5 arrive -1', '5 automate -1']);
    expect(only(reset)).toMatchObject({ state: 'automated', valueStartTime: 5, completionTime: 5 });
    const results = summarizeService(system);
    expect(results.conservation).toMatchObject({ offered: 1, automated: 1, admitted: 1, holds: true });
    expect(results.people[0]?.busyHours).toBe(0);
  });

  it('resolves an automated item after the rule’s fixed duration', () => {
    const system = startScenario(
      deskFor({
        name: 'password reset',
        valueStream: 'support',
        arrivals: [],
        effort: { support: hours(1) },
        automation: automationRule({ share: 1, durationHours: 0.5 }),
      }),
    );
    const reset = offerAt(system, 5, 'password reset');
    system.run(6);
    // Decided on arrival at 5 (the record notes the decision), resolved at 5.5.
    expect(recordLines(only(reset))).toEqual(['5 arrive -1', '5 automate -1']);
    expect(only(reset)).toMatchObject({ state: 'automated', valueStartTime: 5.5, completionTime: 5.5 });
  });
});

describe('ServiceSystem deferral', () => {
  const afterEleven = deskFor({
    name: 'access request',
    valueStream: 'support',
    arrivals: [],
    effort: { support: hours(1) },
    deferral: deferralRule({ cutoffHour: 11 }),
  });

  it('holds an item offered after 11:00 until 09:00 on the next working day', () => {
    const system = startScenario(afterEleven);
    const request = offerAt(system, 12, 'access request');
    system.run(20);
    // Monday 12:00 is after the cutoff: released Tuesday 09:00 (t = 33), done at 34.
    expect(only(request).state).toBe('deferred');
    system.run(40);
    expect(recordLines(only(request))).toEqual([
      '12 arrive -1',
      '33 enqueue 0',
      '33 start 0 ana',
      '34 finish-step 0 ana',
      '34 complete 0',
    ]);
    expect(only(request).blockedTime).toBe(21);
  });

  it('deals with an item offered before 11:00 at once', () => {
    const system = startScenario(afterEleven);
    const request = offerAt(system, 10, 'access request');
    system.run(20);
    expect(recordLines(only(request))).toEqual([
      '10 arrive -1',
      '10 enqueue 0',
      '10 start 0 ana',
      '11 finish-step 0 ana',
      '11 complete 0',
    ]);
  });
});

describe('ServiceSystem dependencies', () => {
  // build (dev, 3 h) and deploy (ops, 1 h) in two streams, so that each has its own person.
  const buildAndDeploy = {
    teams: [
      { name: 'dev', people: [{ name: 'dev', skills: { development: 'expert' } }] },
      { name: 'ops', people: [{ name: 'olu', skills: { operations: 'expert' } }] },
    ],
    valueStreams: [
      { name: 'build', steps: [{ name: 'build', teams: ['dev'], skill: 'development', effort: hours(3) }] },
      { name: 'deploy', steps: [{ name: 'deploy', teams: ['ops'], skill: 'operations', effort: hours(1) }] },
    ],
    workTypes: [
      { name: 'build', valueStream: 'build', arrivals: [], patience: hours(1) },
      { name: 'deploy', valueStream: 'deploy', arrivals: [] },
    ],
  } satisfies ServiceModelDefinition;

  it('holds an item until the item it depends on completes', () => {
    const system = startScenario(buildAndDeploy);
    const build = system.offerByName('build');
    const deploy = system.offerByName('deploy', { count: 1 }, [only(build).id]);
    system.run(1);
    // Olu is free, but the deployment waits for the build (0-3).
    expect(only(deploy).state).toBe('waiting-on-dependency');
    system.run(5);
    expect(recordLines(only(deploy))).toEqual([
      '0 arrive -1',
      '3 enqueue 0',
      '3 start 0 olu',
      '4 finish-step 0 olu',
      '4 complete 0',
    ]);
    expect(only(deploy).blockedTime).toBe(3);
  });

  it('starts an item at once when what it depends on has already completed', () => {
    const system = startScenario(buildAndDeploy);
    const build = system.offerByName('build');
    const deploy = offerAt(system, 5, 'deploy', { count: 1 }, [only(build).id]);
    system.run(7);
    expect(recordLines(only(deploy))).toEqual([
      '5 arrive -1',
      '5 enqueue 0',
      '5 start 0 olu',
      '6 finish-step 0 olu',
      '6 complete 0',
    ]);
  });

  it('releases an item when what it depends on is abandoned, as it would start if offered afterwards', () => {
    const system = startScenario(buildAndDeploy);
    // Dev is busy 0-3 with the first build; the second build queues and, with 1 h patience, gives up
    // at 1. The deployment depending on it no longer has anything to wait for: 1-2.
    system.offerByName('build');
    const abandoned = system.offerByName('build');
    const deploy = system.offerByName('deploy', { count: 1 }, [only(abandoned).id]);
    system.run(4);
    expect(recordLines(only(abandoned)).at(-1)).toBe('1 abandon 0');
    expect(recordLines(only(deploy))).toEqual([
      '0 arrive -1',
      '1 enqueue 0',
      '1 start 0 olu',
      '2 finish-step 0 olu',
      '2 complete 0',
    ]);
    expect(summarizeService(system).conservation).toMatchObject({ completed: 2, abandoned: 1, open: 0 });
  });
});
