// Little's law, L = lambda W, per step and end to end on a three-step stream whose third step sends 30% of
// items back to the second: sample-path identities, so one long run of any seed meets them to edge effects.
//
// Per step, an item that loops back makes a second visit: the step's rate is visits ended per hour and its
// W the mean visit time (entry to exit), so the rework loop is part of what is checked. The same holds with
// blocking, a gate, abandonment, shifts with hand-over and multitasking, and must hold at a step with a WIP
// limit. Sources: Little (1961), Operations Research 9(3); Stidham (1974), Operations Research 22(2).
import { describe, expect, it } from 'vitest';
import { poissonArrivals, type ServiceResults, WorkingCalendar } from '../../../engine/model/index.ts';
import { exponential, lognormal } from '../../../engine/random/index.ts';
import { createServiceModel, runServiceReplication } from '../../../engine/runner/index.ts';
import { littleGap } from './soundRun.ts';

const HOURS_PER_WEEK = 168;
const TOLERANCE = 0.02;

const model = createServiceModel({
  teams: [
    { name: 'desk', preset: { shape: 'I', skills: ['triage'], count: 3 } },
    { name: 'fixers', preset: { shape: 'I', skills: ['fix'], count: 4 } },
    { name: 'testers', preset: { shape: 'I', skills: ['verify'], count: 3 } },
  ],
  valueStreams: [
    {
      name: 'repair',
      steps: [
        { name: 'triage', teams: ['desk'], skill: 'triage', effort: exponential({ mean: 1 }) },
        { name: 'fix', teams: ['fixers'], skill: 'fix', effort: exponential({ mean: 1 }) },
        {
          name: 'verify',
          teams: ['testers'],
          skill: 'verify',
          effort: exponential({ mean: 0.8 }),
          rework: { probability: 0.3, toStep: 'fix' },
        },
      ],
    },
  ],
  // Utilisation: triage 2 x 1 / 3 = 0.67; fix and verify see 2 / 0.7 = 2.86 visits an hour, 0.71 and 0.76.
  workTypes: [{ name: 'fault', valueStream: 'repair', arrivals: [poissonArrivals({ ratePerHour: 2 })] }],
});

/** Asserts L = lambda W for every step's WIP and queue, printing both sides. */
function expectLittlePerStep(label: string, results: ServiceResults): void {
  for (const step of results.bySteps) {
    const visitRate = step.throughputPerWeek / HOURS_PER_WEEK;
    const wip = visitRate * step.flow.meanLeadTime;
    const queue = visitRate * step.flow.meanQueueTime;
    console.log(
      `${label}, step ${step.step}: ${step.flow.count} visits; WIP ${step.meanWip.toFixed(4)} vs ` +
        `rate x visit time ${wip.toFixed(4)}; queue ${step.meanQueueLength.toFixed(4)} vs rate x queue time ${queue.toFixed(4)}`,
    );
    expect(
      littleGap(step.meanWip, visitRate, step.flow.meanLeadTime),
      `${label}, ${step.step}: WIP`,
    ).toBeLessThan(TOLERANCE);
    expect(
      littleGap(step.meanQueueLength, visitRate, step.flow.meanQueueTime),
      `${label}, ${step.step}: queue`,
    ).toBeLessThan(TOLERANCE);
  }
}

describe("Little's law with a rework loop", () => {
  for (const replication of [0, 1]) {
    it(`holds per step and end to end within 2% on one 40 000-hour run (replication ${replication})`, {
      timeout: 30_000,
    }, () => {
      const results = runServiceReplication(model, {
        seed: 3_030,
        replication,
        hours: 40_000,
        warmUpHours: 200,
      });
      expect(results.conservation.holds).toBe(true);
      expectLittlePerStep(`replication ${replication}`, results);
      // Visits per item to fix and verify are geometric with mean 1 / (1 - 0.3); with ~80 000 items the
      // ratio of visits is within 1.5% of that at far beyond 99.9% (relative sd about 0.2%).
      const [triage, fix, verify] = results.bySteps;
      expect(Math.abs((fix!.flow.count / triage!.flow.count) * 0.7 - 1), 'fix visits per item').toBeLessThan(
        0.015,
      );
      expect(
        Math.abs((verify!.flow.count / triage!.flow.count) * 0.7 - 1),
        'verify visits per item',
      ).toBeLessThan(0.015);
      const completionRate = results.endToEnd.count / results.measuredHours;
      console.log(
        `replication ${replication}, end to end: WIP ${results.meanWip.toFixed(4)} vs completion rate x lead time ` +
          `${(completionRate * results.endToEnd.meanLeadTime).toFixed(4)}`,
      );
      expect(
        littleGap(results.meanWip, completionRate, results.endToEnd.meanLeadTime),
        'end to end',
      ).toBeLessThan(TOLERANCE);
    });
  }
});

describe("Little's law with the other flow controls", () => {
  it('holds per step with blocking, a gate, abandonment, skips, exits, shifts with hand-over and multitasking', {
    timeout: 30_000,
  }, () => {
    const busy = createServiceModel({
      calendars: { office: WorkingCalendar.businessHours() },
      teams: [
        {
          name: 'desk',
          preset: {
            shape: 'generalist',
            skills: ['triage', 'approve'],
            count: 3,
            generalistLevel: 'expert',
            maxInHand: 2,
          },
        },
        { name: 'engineers', preset: { shape: 'I', skills: ['fix'], count: 3 } },
        {
          name: 'day shift',
          calendar: 'office',
          handoverAtShiftEnd: true,
          preset: { shape: 'I', skills: ['fix'], count: 3 },
        },
        { name: 'ops', preset: { shape: 'I', skills: ['deploy'], count: 2 } },
      ],
      valueStreams: [
        {
          name: 'change',
          steps: [
            {
              name: 'triage',
              teams: ['desk'],
              skill: 'triage',
              effort: exponential({ mean: 0.4 }),
              exitWhen: 'firstLineResolvable',
              blocking: { probability: 0.1, duration: exponential({ mean: 1 }) },
            },
            {
              name: 'fix',
              teams: ['engineers', 'day shift'],
              skill: 'fix',
              effort: lognormal({ mean: 1.5, cv: 1 }),
            },
            {
              name: 'approve',
              teams: ['desk'],
              skill: 'approve',
              effort: exponential({ mean: 0.2 }),
              gate: { every: 24, at: 10 },
            },
            {
              name: 'deploy',
              teams: ['ops'],
              skill: 'deploy',
              effort: exponential({ mean: 0.5 }),
              skipWhen: 'simple',
            },
          ],
        },
      ],
      // Loads: desk about 0.3, fix 1.6 erlangs on 3 + 3 x 40/168 people (0.42), ops 0.2.
      workTypes: [
        {
          name: 'change',
          valueStream: 'change',
          arrivals: [poissonArrivals({ ratePerHour: 1.5 })],
          firstLineResolvable: 0.3,
          attributes: { simple: 0.3 },
          patience: exponential({ mean: 10 }),
        },
      ],
    });
    const results = runServiceReplication(busy, {
      seed: 3_031,
      replication: 0,
      hours: 30_000,
      warmUpHours: 200,
    });
    expect(results.conservation.holds).toBe(true);
    expect(results.conservation.abandoned, 'some items abandon').toBeGreaterThan(0);
    expectLittlePerStep('flow controls', results);
  });

  // Fails at the time of writing: the runtime starts a visit when the item is routed to the step
  // (moveTo sets stepEnteredAt) but counts it in the step's WIP only once it is let in (enterStep), so the
  // wait before a full step is in W (as blocked time) and not in L. Left failing on purpose (see the report).
  it('holds at a step with a WIP limit, where items wait to enter', { timeout: 30_000 }, () => {
    const limited = createServiceModel({
      teams: [
        { name: 'analysts', preset: { shape: 'I', skills: ['analyse'], count: 3 } },
        { name: 'builders', preset: { shape: 'I', skills: ['build'], count: 2 } },
      ],
      valueStreams: [
        {
          name: 'feature',
          steps: [
            { name: 'analyse', teams: ['analysts'], skill: 'analyse', effort: exponential({ mean: 1 }) },
            {
              name: 'build',
              teams: ['builders'],
              skill: 'build',
              effort: exponential({ mean: 1 }),
              wipLimit: 3,
            },
          ],
        },
      ],
      workTypes: [
        { name: 'feature', valueStream: 'feature', arrivals: [poissonArrivals({ ratePerHour: 1.6 })] },
      ],
    });
    const results = runServiceReplication(limited, {
      seed: 3_032,
      replication: 0,
      hours: 20_000,
      warmUpHours: 100,
    });
    expect(results.conservation.holds).toBe(true);
    expectLittlePerStep('WIP limit', results);
  });
});
