// The pieces of tiered support by hand: which group an item needs (drawn at arrival), steps done only for
// the items that need them, the delay of a ticket in transit between groups, and the effort a receiving
// group spends diagnosing again; and each refused when it makes no sense.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../../../engine/model/demand/poissonArrivals.ts';
import { scheduledArrivals } from '../../../../../engine/model/demand/scheduledArrivals.ts';
import {
  ModelError,
  type StepDefinition,
  type WorkTypeDefinition,
} from '../../../../../engine/model/index.ts';
import { constant, exponential } from '../../../../../engine/random/index.ts';
import {
  createServiceModel,
  runServiceReplication,
  type ServiceModelDefinition,
} from '../../../../../engine/runner/index.ts';

const hours = (value: number) => constant({ value });

/** A desk (ana) and two groups (bo in apps, cy at the vendor); first line, then the groups' steps. */
function tiered(
  secondSteps: Partial<StepDefinition>,
  workType: Partial<WorkTypeDefinition>,
  teamsOfApps: readonly string[] = ['apps'],
): ServiceModelDefinition {
  return {
    teams: [
      { name: 'desk', people: [{ name: 'ana', skills: { triage: 'expert' } }] },
      { name: 'apps', people: [{ name: 'bo', skills: { apps: 'expert' } }] },
      { name: 'vendor', people: [{ name: 'cy', skills: { apps: 'expert' } }] },
    ],
    valueStreams: [
      {
        name: 'support',
        steps: [
          { name: 'first line', teams: ['desk'], skill: 'triage' },
          { name: 'apps fix', teams: teamsOfApps, skill: 'apps', onlyWhen: 'apps', ...secondSteps },
          { name: 'vendor fix', teams: ['vendor'], skill: 'apps', onlyWhen: 'vendor', ...secondSteps },
        ],
      },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [scheduledArrivals({ times: [0] })],
        effort: { triage: hours(1), apps: hours(1) },
        needs: { apps: 1, vendor: 0 },
        ...workType,
      },
    ],
  };
}

function leadTime(definition: ServiceModelDefinition): number | null {
  const results = runServiceReplication(createServiceModel(definition), {
    seed: 1,
    replication: 0,
    hours: 50,
  });
  expect(results.endToEnd.count).toBe(1);
  return results.endToEnd.meanLeadTime;
}

describe('escalation', () => {
  it('routes an item only through the group it needs: first line 1 h, apps 1 h, the vendor skipped', () => {
    const results = runServiceReplication(createServiceModel(tiered({}, {})), {
      seed: 1,
      replication: 0,
      hours: 50,
    });
    expect(results.endToEnd.meanLeadTime).toBe(2);
    expect(results.bySteps.map((step) => step.flow.count)).toEqual([1, 1, 0]);
    expect(results.support.reassignments).toEqual([0, 1, 0, 0, 0]);
  });

  it('resolves at first line an item that needs no group', () => {
    expect(leadTime(tiered({}, { needs: { apps: 0, vendor: 0 } }))).toBe(1);
  });

  it('adds a handoff delay in transit, as blocked time outside the receiving step', () => {
    // First line 0-1, in transit 1-3, apps 3-4: lead 4, of which 2 blocked; the apps visit itself is 1 h.
    const results = runServiceReplication(createServiceModel(tiered({ handoffDelay: hours(2) }, {})), {
      seed: 1,
      replication: 0,
      hours: 50,
    });
    expect(results.endToEnd.meanLeadTime).toBe(4);
    expect(results.endToEnd.meanBlockedTime).toBe(2);
    expect(results.bySteps[1]?.flow.meanLeadTime).toBe(1);
  });

  it('adds re-diagnosis effort when the item comes from another team, not from the same one', () => {
    expect(leadTime(tiered({ rediagnosisEffort: hours(0.5) }, {}))).toBe(2.5);
    // The apps step may also be done by the desk: ana, free again at 1, takes it without diagnosing again.
    const desk = tiered({ rediagnosisEffort: hours(0.5) }, {}, ['desk', 'apps']);
    const deskTeam = desk.teams[0];
    const withAppsSkill: ServiceModelDefinition = {
      ...desk,
      teams: [
        { ...deskTeam!, people: [{ name: 'ana', skills: { triage: 'expert', apps: 'expert' } }] },
        ...desk.teams.slice(1),
      ],
    };
    expect(leadTime(withAppsSkill)).toBe(2);
  });

  it('misroutes a ticket to the wrong group, which bounces it back: two reassignments instead of one', () => {
    // First line 0-1; the vendor finds the ticket is not theirs 1-1.25; apps fixes it 1.25-2.25.
    const misrouting = { probability: 1, bounceEffort: hours(0.25) };
    const results = runServiceReplication(createServiceModel(tiered({ misrouting }, {})), {
      seed: 1,
      replication: 0,
      hours: 50,
    });
    expect(results.endToEnd.meanLeadTime).toBe(2.25);
    expect(results.bySteps.map((step) => step.flow.count)).toEqual([1, 1, 1]);
    expect(results.support.reassignments).toEqual([0, 0, 1, 0, 0]);
    // With two hours in transit on each leg: 0-1, 1-3, 3-3.25, 3.25-5.25, 5.25-6.25.
    expect(leadTime(tiered({ misrouting, handoffDelay: hours(2) }, {}))).toBe(6.25);
  });

  it('draws the needed group with its share, and the same groups whatever the steps', () => {
    const many = (steps: Partial<StepDefinition>) =>
      tiered(steps, {
        arrivals: [poissonArrivals({ ratePerHour: 0.2 })],
        effort: { triage: exponential({ mean: 0.5 }), apps: exponential({ mean: 0.5 }) },
        needs: { apps: 0.3, vendor: 0.2 },
      });
    const options = { seed: 9, replication: 0, hours: 20_000 };
    const plain = runServiceReplication(createServiceModel(many({})), options);
    const delayed = runServiceReplication(createServiceModel(many({ handoffDelay: hours(3) })), options);
    const [first, apps, vendor] = plain.bySteps.map((step) => step.flow.count);
    const shares = [(apps ?? 0) / (first ?? 1), (vendor ?? 0) / (first ?? 1)];
    // About 4 000 items: 4 binomial standard deviations are under 3 points.
    expect(Math.abs((shares[0] ?? 0) - 0.3)).toBeLessThan(0.03);
    expect(Math.abs((shares[1] ?? 0) - 0.2)).toBeLessThan(0.03);
    expect(plain.support.resolvedWithoutReassignment).toBeCloseTo(1 - (shares[0] ?? 0) - (shares[1] ?? 0), 2);
    // Common random numbers: the transit delay changes no item's needs.
    expect(delayed.bySteps.map((step) => step.flow.count).slice(1)).toEqual([apps, vendor]);
  });
});

describe('escalation terms refused', () => {
  const problems = (definition: ServiceModelDefinition): string[] => {
    try {
      createServiceModel(definition);
    } catch (error) {
      if (error instanceof ModelError) return error.problems.map((problem) => problem.path.join('.'));
      throw error;
    }
    return [];
  };

  it('refuses a share outside [0, 1], shares adding up to more than 1, and needs beside firstLineResolvable', () => {
    expect(problems(tiered({}, { needs: { apps: 1.5 } }))).toEqual(['workTypes.0.needs.apps']);
    expect(problems(tiered({}, { needs: { apps: 0.7, vendor: 0.6 } }))).toEqual(['workTypes.0.needs']);
    expect(problems(tiered({}, { firstLineResolvable: 0.5 }))).toEqual(['workTypes.0.firstLineResolvable']);
  });

  it('refuses a handoff delay or re-diagnosis that is not a distribution, and onlyWhen naming nothing drawn', () => {
    expect(problems(tiered({ handoffDelay: 2 as never }, {}))).toEqual([
      'valueStreams.0.steps.1.handoffDelay',
      'valueStreams.0.steps.2.handoffDelay',
    ]);
    expect(problems(tiered({ rediagnosisEffort: 'long' as never }, {}))).toContain(
      'valueStreams.0.steps.1.rediagnosisEffort',
    );
    expect(problems(tiered({}, { needs: { vendor: 0.5 } }))).toEqual(['valueStreams.0.steps.1.onlyWhen']);
    const misrouting = { probability: 1.5, bounceEffort: hours(0.25) };
    expect(problems(tiered({ misrouting }, {}))).toEqual([
      'valueStreams.0.steps.1.misrouting.probability',
      'valueStreams.0.steps.2.misrouting.probability',
    ]);
    const alone: ServiceModelDefinition = {
      ...tiered({}, {}),
      valueStreams: [
        {
          name: 'support',
          steps: [
            { name: 'first line', teams: ['desk'], skill: 'triage' },
            {
              name: 'apps fix',
              teams: ['apps'],
              skill: 'apps',
              misrouting: { probability: 0.1, bounceEffort: hours(1) },
            },
          ],
        },
      ],
      workTypes: [
        {
          name: 'incident',
          valueStream: 'support',
          arrivals: [],
          effort: { triage: hours(1), apps: hours(1) },
        },
      ],
    };
    expect(problems(alone)).toEqual(['valueStreams.0.steps.1.misrouting']);
  });
});
