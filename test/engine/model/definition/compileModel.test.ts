// Tests for compileModel: a sound model is compiled into people, steps and streams by index, worked out by
// hand; a bad one is refused with one ModelError holding every problem, from teams, streams and work types.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/definition/compileModel.ts';
import type { ModelDefinition } from '../../../../engine/model/definition/modelDefinition.ts';
import { ModelError } from '../../../../engine/model/definition/modelError.ts';
import { poissonArrivals, WorkingCalendar } from '../../../../engine/model/index.ts';
import { bestSkilled, triage } from '../../../../engine/policies/index.ts';
import { exponential } from '../../../../engine/random/index.ts';

const hours = (mean: number) => exponential({ mean });
const office = WorkingCalendar.businessHours();

const sound: ModelDefinition = {
  teams: [
    { name: 'desk', calendar: 'office', preset: { shape: 'T', skills: ['triage', 'apps'], count: 2 } },
    { name: 'apps', people: [{ name: 'bo', skills: { apps: 'expert' }, maxInHand: 2 }] },
  ],
  calendars: { office },
  valueStreams: [
    {
      name: 'support',
      steps: [
        { name: 'log', teams: ['desk'], skill: 'triage', effort: hours(0.2) },
        { name: 'fix', teams: ['desk', 'apps'], skill: 'apps', rework: { probability: 0.1, toStep: 'log' } },
      ],
    },
  ],
  workTypes: [
    {
      name: 'incident',
      valueStream: 'support',
      arrivals: [poissonArrivals({ ratePerHour: 1 })],
      effort: { apps: hours(1) },
    },
  ],
  queueOrder: triage(),
  assignment: bestSkilled(),
};

/** The ModelError compileModel throws for a definition. */
function refusal(definition: unknown): ModelError {
  try {
    compileModel(definition as ModelDefinition);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('the model was compiled');
}

describe('compileModel', () => {
  it('compiles a sound model: skills in the order met, people by team, steps with their eligible people', () => {
    const model = compileModel(sound);
    expect(model.skills).toEqual(['triage', 'apps']);
    expect(model.people.map((person) => [person.name, person.team, Array.from(person.levels)])).toEqual([
      ['desk 1', 0, [2, 1]],
      ['desk 2', 0, [1, 2]],
      ['bo', 1, [0, 2]],
    ]);
    expect(model.people[0]?.calendar).toBe(office);
    expect(model.people[2]).toMatchObject({
      calendar: undefined,
      maxInHand: 2,
      costPerHour: 0,
      onCall: false,
    });
    expect(model.teams).toEqual([
      { name: 'desk', people: [0, 1] },
      { name: 'apps', people: [2] },
    ]);
    expect(model.steps.map((step) => [step.skill, step.teams, step.eligible, step.reworkTo])).toEqual([
      [0, [0], [0, 1], -1],
      [1, [0, 1], [0, 1, 2], 0],
    ]);
    expect(model.workTypes).toEqual([{ definition: sound.workTypes[0], stream: 0, service: -1 }]);
    expect(model.priorityCount).toBe(4);
  });

  it('reports problems from teams, value streams and work types together in one ModelError', () => {
    const error = refusal({
      ...sound,
      teams: [{ ...sound.teams[0], colour: 'red' }, sound.teams[1]],
      valueStreams: [
        {
          name: 'support',
          steps: [sound.valueStreams[0]!.steps[0], { ...sound.valueStreams[0]!.steps[1], wipLimit: 0 }],
        },
      ],
      workTypes: [{ ...sound.workTypes[0], firstLineResolvable: 1.5 }],
    });
    expect(error.problems.map((problem) => problem.path)).toEqual([
      ['teams', 0, 'colour'],
      ['valueStreams', 0, 'steps', 1, 'wipLimit'],
      ['workTypes', 0, 'firstLineResolvable'],
    ]);
    expect(error.message).toBe(
      [
        'the model has 3 problems:',
        '- team "desk": unknown field "colour" (known: name, people, preset, calendar, handoverAtShiftEnd, costPerTicket, party)',
        '- value stream "support", step 2 ("fix"): wipLimit must be an integer >= 1, got 0',
        '- work type "incident": firstLineResolvable must be a probability in [0, 1], got 1.5',
      ].join('\n'),
    );
  });

  it('uses the one problem as the message when there is only one', () => {
    const error = refusal({ ...sound, sampleEveryHours: -1 });
    expect(error.message).toBe('sampleEveryHours must be a finite number of hours > 0, got -1');
    expect(error.problems).toEqual([
      {
        path: ['sampleEveryHours'],
        message: 'sampleEveryHours must be a finite number of hours > 0, got -1',
        expected: 'a finite number of hours > 0',
        received: '-1',
      },
    ]);
  });

  it('refuses something that is not a model with a ModelError, not a TypeError', () => {
    expect(refusal(null).problems).toEqual([
      { path: [], message: 'the model must be an object, got null', expected: 'an object', received: 'null' },
    ]);
  });
});
