// Support measures against hand counts: items resolved at first line, escalated once, escalated and sent
// back; and, over a random model with ping-pong between two teams, the grouped counts against the records.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../../engine/model/demand/poissonArrivals.ts';
import { scheduledArrivals } from '../../../../engine/model/demand/scheduledArrivals.ts';
import { constant, exponential } from '../../../../engine/random/index.ts';
import { createServiceModel, startServiceReplication } from '../../../../engine/runner/index.ts';

const hours = (value: number) => constant({ value });

describe('supportResults', () => {
  it('counts reassignments, first-time fixes, escalated flow and effort per item by hand', () => {
    // simple at 0: logged 0-1 by the desk, resolved there (0 reassignments).
    // escalated at 10: desk 10-11, apps 11-12 (1 reassignment, lead 2).
    // escalated and verified at 20: desk 20-21, apps 21-22, desk 22-23 (2 reassignments, lead 3).
    const model = createServiceModel({
      teams: [
        { name: 'desk', people: [{ name: 'ana', skills: { triage: 'expert' } }] },
        { name: 'apps', people: [{ name: 'bo', skills: { apps: 'expert' } }] },
      ],
      valueStreams: [
        {
          name: 'escalate',
          steps: [
            { name: 'log', teams: ['desk'], skill: 'triage', exitWhen: 'firstLineResolvable' },
            { name: 'fix', teams: ['apps'], skill: 'apps' },
          ],
        },
        {
          name: 'escalate and verify',
          steps: [
            { name: 'log', teams: ['desk'], skill: 'triage' },
            { name: 'fix', teams: ['apps'], skill: 'apps' },
            { name: 'verify', teams: ['desk'], skill: 'triage' },
          ],
        },
      ],
      workTypes: [
        {
          name: 'simple',
          valueStream: 'escalate',
          arrivals: [scheduledArrivals({ times: [0] })],
          effort: { triage: hours(1), apps: hours(1) },
          firstLineResolvable: 1,
        },
        {
          name: 'escalated',
          valueStream: 'escalate',
          arrivals: [scheduledArrivals({ times: [10] })],
          effort: { triage: hours(1), apps: hours(1) },
        },
        {
          name: 'verified',
          valueStream: 'escalate and verify',
          arrivals: [scheduledArrivals({ times: [20] })],
          effort: { triage: hours(1), apps: hours(1) },
        },
      ],
    });
    const live = startServiceReplication(model, { seed: 1, replication: 0, hours: 50 });
    live.run(50);
    const { support } = live.results();
    expect(support.reassignments).toEqual([1, 1, 1, 0, 0]);
    expect(support.meanReassignments).toBe(1);
    expect(support.resolvedWithoutReassignment).toBeCloseTo(1 / 3, 12);
    expect(support.reassigned.count).toBe(2);
    expect(support.reassigned.meanLeadTime).toBeCloseTo(2.5, 12);
    expect(support.effortPerItemByTeam).toEqual([
      { team: 'desk', hours: 4 / 3 },
      { team: 'apps', hours: 2 / 3 },
    ]);
    const records = live.records;
    expect(records === undefined ? [] : [0, 1, 2].map((at) => records.at(at).reassignments)).toEqual([
      0, 1, 2,
    ]);
  });

  it('groups 4 or more reassignments together and agrees with the item records', () => {
    // Fix (apps) and verify (desk) send work back and forth: every loop is two more reassignments.
    const model = createServiceModel({
      teams: [
        { name: 'desk', preset: { shape: 'I', skills: ['triage'], count: 2 } },
        { name: 'apps', preset: { shape: 'I', skills: ['apps'], count: 2 } },
      ],
      valueStreams: [
        {
          name: 'ping-pong',
          steps: [
            { name: 'log', teams: ['desk'], skill: 'triage' },
            { name: 'fix', teams: ['apps'], skill: 'apps' },
            { name: 'verify', teams: ['desk'], skill: 'triage', rework: { probability: 0.5, toStep: 'fix' } },
          ],
        },
      ],
      workTypes: [
        {
          name: 'incident',
          valueStream: 'ping-pong',
          arrivals: [poissonArrivals({ ratePerHour: 0.5 })],
          effort: { triage: exponential({ mean: 0.3 }), apps: exponential({ mean: 0.5 }) },
        },
      ],
    });
    const live = startServiceReplication(model, { seed: 3, replication: 0, hours: 2_000, warmUpHours: 100 });
    live.run(2_000);
    const { support, endToEnd } = live.results();
    const completed: number[] = [];
    const records = live.records;
    for (let at = 0; at < (records?.count ?? 0); at++) {
      const record = records?.at(at);
      if (record?.outcome === 'delivered') completed.push(record.reassignments);
    }
    expect(completed.length).toBe(endToEnd.count);
    const grouped = [0, 1, 2, 3].map((count) => completed.filter((value) => value === count).length);
    grouped.push(completed.filter((value) => value >= 4).length);
    expect(support.reassignments).toEqual(grouped);
    // Log to fix is one reassignment, fix to verify another, and each loop two more: never 0, always even.
    expect(grouped[0]).toBe(0);
    expect(grouped[1]).toBe(0);
    expect(grouped[3]).toBe(0);
    expect(grouped[4]).toBeGreaterThan(0);
    const mean = completed.reduce((sum, value) => sum + value, 0) / completed.length;
    expect(support.meanReassignments).toBeCloseTo(mean, 12);
    expect(support.reassigned.count).toBe(endToEnd.count);
  });
});
