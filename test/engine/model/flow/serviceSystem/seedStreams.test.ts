// The seed document's two value streams (new service, user support) as a model: they compile, run for
// weeks with conservation, and each item's record follows its stream's branches, gate and restoration.
import { describe, expect, it } from 'vitest';
import { type WorkItem, WorkingCalendar } from '../../../../../engine/model/index.ts';
import { createServiceModel, runServiceReplication } from '../../../../../engine/runner/index.ts';
import { CAB_HOUR_OF_WEEK, newServiceStream, seedStreamsModel, userSupportStream } from './seedStreams.ts';
import { offerAt, SCENARIO_SEED, startScenario } from './serviceScenario.ts';

const WEEK = 168;

/** The steps (positions in the stream) at which an item was queued, in order. */
function stepsQueuedAt(item: WorkItem): number[] {
  return (item.record ?? []).filter((event) => event.kind === 'enqueue').map((event) => event.step);
}

function eventsOf(item: WorkItem, kind: string): NonNullable<WorkItem['record']> {
  return (item.record ?? []).filter((event) => event.kind === kind);
}

describe('seed value streams', () => {
  it('expresses the new-service stream in six steps and the user-support stream in seven', () => {
    const model = createServiceModel(seedStreamsModel());
    expect(model.streams.map(({ name, stepCount }) => [name, stepCount])).toEqual([
      ['new service', 6],
      ['user support', 7],
    ]);
    expect(newServiceStream.steps.map((step) => step.name)).toEqual([
      'understand requirements',
      'decide to invest',
      'design',
      'build',
      'deploy',
      'release',
    ]);
    expect(userSupportStream.steps.map((step) => step.name)).toEqual([
      'acknowledge and register',
      'investigate and attempt a fix',
      'get a fix from a specialist team',
      'deploy the fix',
      'verify resolution',
      'request feedback',
      'identify improvements',
    ]);
  });

  it('runs four weeks of Poisson demand with items conserved and both work types completing', () => {
    const model = createServiceModel(seedStreamsModel());
    const results = runServiceReplication(model, { seed: SCENARIO_SEED, replication: 0, hours: 4 * WEEK });
    expect(results.conservation.holds).toBe(true);
    const [newService, incident] = results.byType;
    expect(newService?.flow.count).toBeGreaterThan(0);
    expect(incident?.flow.count).toBeGreaterThan(0);
    // Every person's utilisation is a share of their available time.
    for (const person of results.people) {
      expect(person.utilisation).toBeGreaterThanOrEqual(0);
      expect(person.utilisation).toBeLessThanOrEqual(1);
    }
  });

  it('records every incident through its branch: first-line fixes end at step 2, the rest restore value at step 5 before closing', () => {
    const system = startScenario(seedStreamsModel());
    const incidents = Array.from({ length: 40 }, (_, index) => offerAt(system, 1 + index, 'incident'));
    system.run(3 * WEEK);
    const items = incidents.flat();
    expect(items).toHaveLength(40);
    let resolvedByFirstLine = 0;
    for (const item of items) {
      expect(item.state).toBe('completed');
      const [complete] = eventsOf(item, 'complete');
      if (item.attributes.firstLineResolvable === true) {
        resolvedByFirstLine++;
        // Ends after "investigate and attempt a fix" (position 1); value restored on closing.
        expect(stepsQueuedAt(item)).toEqual([0, 1]);
        expect(complete?.step).toBe(1);
        expect(eventsOf(item, 'restore')).toEqual([]);
        expect(item.valueStartTime).toBe(item.completionTime);
      } else {
        // All seven steps; restoration at "verify resolution" (position 4), strictly before closing,
        // since feedback and improvement take time after it.
        expect(stepsQueuedAt(item)).toEqual([0, 1, 2, 3, 4, 5, 6]);
        const [restore] = eventsOf(item, 'restore');
        expect(restore?.step).toBe(4);
        expect(restore?.time).toBe(item.valueStartTime);
        expect(item.valueStartTime).toBeLessThan(item.completionTime);
        expect(complete?.step).toBe(6);
      }
    }
    // Both branches are taken among 40 incidents (each resolvable with probability 0.6).
    expect(resolvedByFirstLine).toBeGreaterThan(0);
    expect(resolvedByFirstLine).toBeLessThan(40);
  });

  it('records every new service through its branch: abandoned at the investment decision, or deployed at a CAB', () => {
    const system = startScenario(seedStreamsModel());
    const proposals = Array.from({ length: 10 }, (_, index) => offerAt(system, 12 * index, 'new service'));
    system.run(12 * WEEK);
    for (const item of proposals.flat()) {
      expect(item.state).toBe('completed');
      const [complete] = eventsOf(item, 'complete');
      const queued = stepsQueuedAt(item);
      if (complete?.step === 1) {
        // The management team abandoned the plan at "decide to invest".
        expect(queued).toEqual([0, 1]);
      } else {
        expect(queued).toEqual([0, 1, 2, 3, 4, 5]);
        expect(complete?.step).toBe(5);
        // "deploy" is queued only when the weekly CAB meets: Thursday 10:00 of some week.
        const deployQueued = (item.record ?? []).find(
          (event) => event.kind === 'enqueue' && event.step === 4,
        );
        expect((deployQueued?.time ?? Number.NaN) % WEEK).toBe(CAB_HOUR_OF_WEEK);
      }
      expect(item.valueStartTime).toBe(item.completionTime);
    }
  });

  it('gives the same results whether or not records are kept (records only observe)', () => {
    // Office hours for the desk and the specialists, so that shift ends (scheduled only to note pauses
    // when records are kept) happen while work is in hand.
    const base = seedStreamsModel({ incidentsPerHour: 0.25 });
    const definition = {
      ...base,
      calendars: { office: WorkingCalendar.businessHours() },
      teams: base.teams.map((team) =>
        team.name === 'service desk' || team.name === 'specialists' ? { ...team, calendar: 'office' } : team,
      ),
    };
    const options = { seed: SCENARIO_SEED, replication: 0, hours: 8 * WEEK };
    const without = runServiceReplication(createServiceModel({ ...definition, keepRecords: false }), options);
    const withRecords = runServiceReplication(
      createServiceModel({ ...definition, keepRecords: true }),
      options,
    );
    expect(withRecords.conservation.completed).toBeGreaterThan(0);
    expect(withRecords).toEqual(without);
  });
});
