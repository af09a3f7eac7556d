// Little's law, L = lambda W, per step and end to end on a three-step stream whose third step sends 30% of
// items back to the second: sample-path identities, so one long run of any seed meets them to edge effects.
//
// Per step, an item that loops back makes a second visit: the step's rate is visits ended per hour and its
// W the mean visit time (entry to exit), so the rework loop is part of what is checked. The same holds with
// blocking, a gate, abandonment, shifts with hand-over and multitasking, and must hold at a step with a WIP
// limit. Sources: Little (1961), Operations Research 9(3); Stidham (1974), Operations Research 22(2).
import { describe, expect, it } from 'vitest';
import type { ServiceResults } from '../../../engine/model/index.ts';
import { runServiceReplication } from '../../../engine/runner/index.ts';
import { observed } from '../../helpers/observed.ts';
import { flowControlsModel, reworkLoopModel, wipLimitModel } from './littlesLawModels.ts';
import { littleGap } from './soundRun.ts';

const HOURS_PER_WEEK = 168;
const TOLERANCE = 0.02;

const model = reworkLoopModel();

/** Asserts L = lambda W for every step's WIP and queue, printing both sides. */
function expectLittlePerStep(label: string, results: ServiceResults): void {
  for (const step of results.bySteps) {
    const visitRate = step.throughputPerWeek / HOURS_PER_WEEK;
    const visitTime = observed(step.flow.meanLeadTime, `${label}, ${step.step}: visit time`);
    const queueTime = observed(step.flow.meanQueueTime, `${label}, ${step.step}: queue time`);
    const wip = visitRate * visitTime;
    const queue = visitRate * queueTime;
    console.log(
      `${label}, step ${step.step}: ${step.flow.count} visits; WIP ${step.meanWip.toFixed(4)} vs ` +
        `rate x visit time ${wip.toFixed(4)}; queue ${step.meanQueueLength.toFixed(4)} vs rate x queue time ${queue.toFixed(4)}`,
    );
    expect(littleGap(step.meanWip, visitRate, visitTime), `${label}, ${step.step}: WIP`).toBeLessThan(
      TOLERANCE,
    );
    expect(
      littleGap(step.meanQueueLength, visitRate, queueTime),
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
      const leadTime = observed(results.endToEnd.meanLeadTime, 'lead time');
      console.log(
        `replication ${replication}, end to end: WIP ${results.meanWip.toFixed(4)} vs completion rate x lead time ` +
          `${(completionRate * leadTime).toFixed(4)}`,
      );
      expect(littleGap(results.meanWip, completionRate, leadTime), 'end to end').toBeLessThan(TOLERANCE);
    });
  }
});

describe("Little's law with the other flow controls", () => {
  it('holds per step with blocking, a gate, abandonment, skips, exits, shifts with hand-over and multitasking', {
    timeout: 30_000,
  }, () => {
    const busy = flowControlsModel();
    const results = runServiceReplication(busy, {
      seed: 3_031,
      replication: 0,
      hours: 30_000,
      warmUpHours: 200,
      // Shifts with hand-over and multitasking keep the pull rule too: checked at every instant.
      checkDispatch: true,
    });
    expect(results.conservation.holds).toBe(true);
    expect(results.conservation.abandoned, 'some items abandon').toBeGreaterThan(0);
    expectLittlePerStep('flow controls', results);
  });

  // The visit starts when the item is let in (enterStep), not when it is routed to the full step: the wait
  // for room is the item's blocked time, outside the step's W and its L alike.
  it('holds at a step with a WIP limit, where items wait to enter', { timeout: 30_000 }, () => {
    const limited = wipLimitModel();
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
