// The value terms of a model refused when they make no sense, each with a message naming its field.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../engine/model/demand/poissonArrivals.ts';
import { ModelError, type ModelProblem, type WorkTypeDefinition } from '../../../engine/model/index.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel, type ServiceModelDefinition } from '../../../engine/runner/index.ts';

function problemsOf(
  workType: Partial<WorkTypeDefinition>,
  extra: Partial<ServiceModelDefinition> = {},
): ModelProblem[] {
  try {
    createServiceModel({
      teams: [{ name: 'team', people: [{ name: 'ana', skills: { work: 'expert' } }] }],
      valueStreams: [{ name: 'flow', steps: [{ name: 'do', teams: ['team'], skill: 'work' }] }],
      services: [{ name: 'mail', valuePerHour: 100 }],
      ...extra,
      workTypes: [
        {
          name: 'ticket',
          valueStream: 'flow',
          arrivals: [poissonArrivals({ ratePerHour: 1 })],
          effort: { work: exponential({ mean: 0.5 }) },
          ...workType,
        },
      ],
    });
  } catch (error) {
    if (error instanceof ModelError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('value terms', () => {
  it('refuses a negative value rate of a service, naming the service and the field', () => {
    const [problem, ...rest] = problemsOf({}, { services: [{ name: 'mail', valuePerHour: -5 }] });
    expect(rest).toEqual([]);
    expect(problem?.path).toEqual(['services', 0, 'valuePerHour']);
    expect(problem?.message).toBe('service "mail": valuePerHour must be a finite number >= 0, got -5');
  });

  it('refuses a negative value rate of a work type', () => {
    expect(problemsOf({ valuePerHour: -3 }).map((problem) => problem.path)).toEqual([
      ['workTypes', 0, 'valuePerHour'],
    ]);
  });

  it.each([1.5, -0.1])('refuses an impact share of %d, outside [0, 1]', (impact) => {
    const [problem] = problemsOf({ service: { name: 'mail', impact } });
    expect(problem?.path).toEqual(['workTypes', 0, 'service', 'impact']);
    expect(problem?.message).toContain('service.impact must be a share of the value rate in [0, 1]');
  });

  it('refuses a value life of zero', () => {
    const [problem] = problemsOf({ valueLifeHours: 0 });
    expect(problem?.path).toEqual(['workTypes', 0, 'valueLifeHours']);
    expect(problem?.message).toBe(
      'work type "ticket": valueLifeHours must be a finite number of hours > 0, got 0',
    );
  });

  it('refuses an adoption shortfall above 1 and negative penalties and ticket charges', () => {
    expect(
      problemsOf(
        { adoptionShortfall: 2, slaBreachPenalty: -1, reworkPenalty: Number.NaN },
        {
          teams: [{ name: 'team', costPerTicket: -4, people: [{ name: 'ana', skills: { work: 'expert' } }] }],
        },
      ).map((problem) => problem.path.at(-1)),
    ).toEqual(['costPerTicket', 'adoptionShortfall', 'slaBreachPenalty', 'reworkPenalty']);
  });

  it('accepts the full terms', () => {
    expect(
      problemsOf({
        valuePerHour: 5,
        valueLifeHours: 1_000,
        adoptionShortfall: 0.3,
        slaBreachPenalty: 50,
        reworkPenalty: 20,
      }),
    ).toEqual([]);
  });
});
