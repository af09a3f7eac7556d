// Operating models by hand: teams belong to parties, and work crossing into another party's team waits
// that party's handoff delay (accountability changing hands, source document 004).
import { describe, expect, it } from 'vitest';
import { scheduledArrivals } from '../../../../../engine/model/demand/scheduledArrivals.ts';
import { ModelError } from '../../../../../engine/model/index.ts';
import { constant } from '../../../../../engine/random/index.ts';
import {
  createServiceModel,
  runServiceReplication,
  type ServiceModelDefinition,
} from '../../../../../engine/runner/index.ts';

const hours = (value: number) => constant({ value });

function model(
  needs: Record<string, number>,
  extra: Partial<ServiceModelDefinition> = {},
): ServiceModelDefinition {
  return {
    parties: { 'IT operations': {}, vendor: { handoffDelay: hours(3) } },
    teams: [
      { name: 'desk', party: 'IT operations', people: [{ name: 'ana', skills: { triage: 'expert' } }] },
      { name: 'apps', party: 'IT operations', people: [{ name: 'bo', skills: { apps: 'expert' } }] },
      { name: 'vendor', party: 'vendor', people: [{ name: 'cy', skills: { apps: 'expert' } }] },
    ],
    valueStreams: [
      {
        name: 'support',
        steps: [
          { name: 'first line', teams: ['desk'], skill: 'triage' },
          { name: 'apps fix', teams: ['apps'], skill: 'apps', onlyWhen: 'apps' },
          { name: 'vendor fix', teams: ['vendor'], skill: 'apps', onlyWhen: 'vendor' },
          { name: 'close', teams: ['desk'], skill: 'triage' },
        ],
      },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [scheduledArrivals({ times: [0] })],
        effort: { triage: hours(1), apps: hours(1) },
        needs,
      },
    ],
    ...extra,
  };
}

function leadTime(definition: ServiceModelDefinition): number | null {
  return runServiceReplication(createServiceModel(definition), { seed: 1, replication: 0, hours: 50 })
    .endToEnd.meanLeadTime;
}

describe('operating models', () => {
  it('adds the receiving party’s delay only where work crosses into it', () => {
    // Within IT operations: first line 0-1, apps 1-2, close 2-3 (the type's triage hour again).
    expect(leadTime(model({ apps: 1, vendor: 0 }))).toBe(3);
    // Into the vendor: 0-1, crossing 1-4, vendor 4-5; back into IT operations (no delay of its own) 5-6.
    expect(leadTime(model({ apps: 0, vendor: 1 }))).toBe(6);
  });

  it('refuses a team naming an undeclared party, and a delay that is not a distribution', () => {
    const paths = (definition: ServiceModelDefinition): string[] => {
      try {
        createServiceModel(definition);
      } catch (error) {
        if (error instanceof ModelError) return error.problems.map((problem) => problem.path.join('.'));
        throw error;
      }
      return [];
    };
    expect(paths(model({ apps: 1, vendor: 0 }, { parties: { 'IT operations': {} } }))).toEqual([
      'teams.2.party',
    ]);
    expect(
      paths(
        model(
          { apps: 1, vendor: 0 },
          { parties: { 'IT operations': {}, vendor: { handoffDelay: 3 as never } } },
        ),
      ),
    ).toEqual(['parties.vendor.handoffDelay']);
  });
});
