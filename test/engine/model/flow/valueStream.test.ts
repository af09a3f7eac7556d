// Tests for a value stream's own problems: every step and field at fault is reported at once, each message
// naming the stream, the step and the field, each path pointing at the field in the model definition.
import { describe, expect, it } from 'vitest';
import { type StepDefinition, valueStreamProblems } from '../../../../engine/model/flow/valueStream.ts';
import { type Distribution, exponential } from '../../../../engine/random/index.ts';

const PATH = ['valueStreams', 1];
const log: StepDefinition = {
  name: 'log',
  teams: ['desk'],
  skill: 'triage',
  effort: exponential({ mean: 1 }),
};
const fix: StepDefinition = {
  name: 'fix',
  teams: ['apps'],
  skill: 'apps',
  rework: { probability: 0.1, toStep: 'log' },
};

/** The problems of stream "support" with these steps, as [path below the stream, message]. */
function found(steps: readonly StepDefinition[], name = 'support'): [readonly (string | number)[], string][] {
  return valueStreamProblems({ name, steps }, PATH).map((problem) => [
    problem.path.slice(PATH.length),
    problem.message,
  ]);
}

describe('valueStreamProblems', () => {
  it('finds nothing wrong with a sound stream', () => {
    const gated: StepDefinition = { ...fix, gate: { every: 168, at: 82 }, wipLimit: 3, exitProbability: 0.2 };
    expect(found([log, gated])).toEqual([]);
  });

  it('names the stream, the step and the field, with what was expected and received', () => {
    expect(valueStreamProblems({ name: 'support', steps: [log, { ...fix, wipLimit: 0 }] }, PATH)).toEqual([
      {
        path: [...PATH, 'steps', 1, 'wipLimit'],
        message: 'value stream "support", step 2 ("fix"): wipLimit must be an integer >= 1, got 0',
        expected: 'an integer >= 1',
        received: '0',
      },
    ]);
    expect(
      valueStreamProblems(
        { name: 'support', steps: [log, { ...fix, rework: { probability: 0.1, toStep: 'lgo' } }] },
        PATH,
      ),
    ).toEqual([
      {
        path: [...PATH, 'steps', 1, 'rework', 'toStep'],
        message:
          'value stream "support", step 2 ("fix"): rework.toStep "lgo" is not a step of this stream (steps: log, fix)',
        expected: 'a step of this stream (log, fix)',
        received: '"lgo"',
      },
    ]);
  });

  it('reports every problem of every step at once', () => {
    const steps: StepDefinition[] = [
      { ...log, effort: 0.5 as unknown as Distribution, exitProbability: 2 },
      { ...fix, name: 'log', teams: [], rework: { probability: -1, toStep: 'nowhere' } },
      { ...fix, name: '', skill: '', gate: { every: 0, at: 5 } },
      {
        ...fix,
        name: 'close',
        gate: { every: 24, at: 24 },
        blocking: { probability: 2, duration: exponential({ mean: 1 }) },
      },
    ];
    expect(found(steps)).toEqual([
      [
        ['steps', 0, 'effort'],
        'value stream "support", step 1 ("log"): effort must be a distribution (e.g. exponential({ mean: 2 })), got 0.5',
      ],
      [
        ['steps', 0, 'exitProbability'],
        'value stream "support", step 1 ("log"): exitProbability must be a probability in [0, 1], got 2',
      ],
      [
        ['steps', 1, 'name'],
        'value stream "support", step 2 ("log"): the step name is used twice in the stream',
      ],
      [['steps', 1, 'teams'], 'value stream "support", step 2 ("log"): teams must name at least one team'],
      [
        ['steps', 1, 'rework', 'probability'],
        'value stream "support", step 2 ("log"): rework.probability must be a probability in [0, 1], got -1',
      ],
      [['steps', 2, 'name'], 'value stream "support", step 3 needs a name'],
      [['steps', 2, 'skill'], 'value stream "support", step 3 (""): skill must be named'],
      [
        ['steps', 2, 'gate', 'every'],
        'value stream "support", step 3 (""): gate.every must be a period in hours > 0, got 0',
      ],
      [
        ['steps', 3, 'blocking', 'probability'],
        'value stream "support", step 4 ("close"): blocking.probability must be a probability in [0, 1], got 2',
      ],
      [
        ['steps', 3, 'gate', 'at'],
        'value stream "support", step 4 ("close"): gate.at must be in [0, 24) hours, got 24',
      ],
      [
        ['steps', 1, 'rework', 'toStep'],
        'value stream "support", step 2 ("log"): rework.toStep "nowhere" is not a step of this stream (steps: log, close)',
      ],
    ]);
  });

  it('refuses a stream without a name or without steps', () => {
    expect(found([log], '')).toEqual([[['name'], 'a value stream needs a name']]);
    expect(found([])).toEqual([[['steps'], 'value stream "support" needs at least one step']]);
  });
});
