// Problem management by hand: recurring incidents raise a problem, its resolution publishes a known error,
// and first line resolves more of the later incidents, with the same arrival draws.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../../../engine/model/demand/poissonArrivals.ts';
import { scheduledArrivals } from '../../../../../engine/model/demand/scheduledArrivals.ts';
import { ModelError, type WorkTypeDefinition } from '../../../../../engine/model/index.ts';
import { constant, exponential } from '../../../../../engine/random/index.ts';
import {
  createServiceModel,
  runServiceReplication,
  type ServiceModelDefinition,
} from '../../../../../engine/runner/index.ts';

const hours = (value: number) => constant({ value });

function model(incident: Partial<WorkTypeDefinition>): ServiceModelDefinition {
  return {
    teams: [
      { name: 'desk', people: [{ name: 'ana', skills: { triage: 'expert' } }] },
      { name: 'apps', people: [{ name: 'bo', skills: { apps: 'expert' } }] },
      { name: 'problem', people: [{ name: 'cy', skills: { analysis: 'expert' } }] },
    ],
    valueStreams: [
      {
        name: 'support',
        steps: [
          { name: 'first line', teams: ['desk'], skill: 'triage' },
          { name: 'second line', teams: ['apps'], skill: 'apps', onlyWhen: 'apps' },
        ],
      },
      { name: 'problems', steps: [{ name: 'find the cause', teams: ['problem'], skill: 'analysis' }] },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [scheduledArrivals({ times: [0, 1, 2, 3, 10, 11] })],
        effort: { triage: hours(0.5), apps: hours(0.5) },
        needs: { apps: 1 },
        problems: { raiseAfter: 3, problemType: 'problem', knownErrorEffect: 1 },
        ...incident,
      },
      { name: 'problem', valueStream: 'problems', arrivals: [], effort: { analysis: hours(5) } },
    ],
  };
}

describe('problem management', () => {
  it('raises a problem on the third incident and, once it is resolved, first line resolves the rest', () => {
    // Incidents at 0, 1, 2 escalate; the third raises the problem, worked 2-7; the incident at 3 still
    // escalates; those at 10 and 11 arrive after the known error (effect 1) and stay at first line.
    const results = runServiceReplication(createServiceModel(model({})), {
      seed: 1,
      replication: 0,
      hours: 50,
    });
    expect(results.byType.map((type) => type.flow.count)).toEqual([6, 1]);
    expect(results.bySteps.map((step) => step.flow.count)).toEqual([6, 4, 1]);
    expect(results.byType[1]?.flow.meanLeadTime).toBe(5);
  });

  it('publishes nothing when the problem is still open at the end', () => {
    const results = runServiceReplication(createServiceModel(model({})), {
      seed: 1,
      replication: 0,
      hours: 6,
    });
    expect(results.bySteps[1]?.flow.count).toBe(4);
  });

  it('keeps the arrival draws: a known error only turns escalations into first-line fixes', () => {
    const many = (effect: number) =>
      model({
        arrivals: [poissonArrivals({ ratePerHour: 0.5 })],
        effort: { triage: exponential({ mean: 0.2 }), apps: exponential({ mean: 0.5 }) },
        needs: { apps: 0.6 },
        problems: { raiseAfter: 100, problemType: 'problem', knownErrorEffect: effect },
      });
    const options = { seed: 4, replication: 0, hours: 4_000 };
    const escalated = (effect: number) =>
      runServiceReplication(createServiceModel(many(effect)), options).bySteps[1]?.flow.count ?? 0;
    const none = escalated(0);
    const half = escalated(0.5);
    const all = escalated(1);
    expect(none).toBeGreaterThan(half);
    expect(half).toBeGreaterThan(all);
    // After the known error no incident needs second line: those escalated are the ones before it.
    expect(all).toBeGreaterThan(50);
    expect(all).toBeLessThan(150);
  });

  it('refuses a rule without a whole count, naming an unknown type, or with an effect outside [0, 1]', () => {
    const paths = (problems: NonNullable<WorkTypeDefinition['problems']>): string[] => {
      try {
        createServiceModel(model({ problems }));
      } catch (error) {
        if (error instanceof ModelError) return error.problems.map((problem) => problem.path.join('.'));
        throw error;
      }
      return [];
    };
    expect(paths({ raiseAfter: 0, problemType: 'problem', knownErrorEffect: 0.5 })).toEqual([
      'workTypes.0.problems.raiseAfter',
    ]);
    expect(paths({ raiseAfter: 5, problemType: 'known', knownErrorEffect: 0.5 })).toEqual([
      'workTypes.0.problems.problemType',
    ]);
    expect(paths({ raiseAfter: 5, problemType: 'problem', knownErrorEffect: 1.5 })).toEqual([
      'workTypes.0.problems.knownErrorEffect',
    ]);
  });
});
