// The variant merge rules, each one: maps deeply, named lists by name (appended, removed), other lists and
// values replaced, null removes a key, distributions replaced whole; and provenance, so problems point right.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { mergeVariant } from '../../../scenarios/load/mergeVariant.ts';
import { originOf, writtenAt } from '../../../scenarios/load/origins.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import type { DocumentProblem } from '../../../scenarios/schema/documentProblem.ts';
import { MINIMAL_SCENARIO } from '../build/scenarioText.ts';

const baseline = {
  run: { length: '52w', replications: 20, seed: 1 },
  teams: [
    {
      name: 'desk',
      preset: { shape: 'I', skills: ['A', 'B'], count: 4 },
      people: [{ name: 'ana', skills: { A: 'expert' } }],
    },
    { name: 'apps', preset: { shape: 'I', skills: ['B'], count: 2 } },
  ],
  workTypes: [
    {
      name: 'work',
      arrivals: [{ poisson: { rate: '1/h' } }],
      effort: { A: { exponential: { mean: '1h' } } },
      patience: { exponential: { mean: '10m' } },
    },
  ],
  serviceDesks: [{ valueStream: 'stream', step: 'log', answerTarget: '30s' }],
};

function merge(change: Record<string, unknown>) {
  const problems: DocumentProblem[] = [];
  const merged = mergeVariant(
    { value: baseline, origin: writtenAt([]) },
    change,
    ['variants', 0],
    [],
    problems,
  );
  return {
    value: merged.value as typeof baseline & Record<string, unknown>,
    origin: merged.origin,
    problems,
  };
}

describe('mergeVariant', () => {
  it('merges maps key by key, deeply', () => {
    expect(merge({ run: { seed: 2 } }).value.run).toEqual({ length: '52w', replications: 20, seed: 2 });
  });

  it('merges named lists element by element by name, deeply', () => {
    const { value } = merge({ teams: [{ name: 'desk', preset: { count: 6 } }] });
    expect(value.teams[0]?.preset).toEqual({ shape: 'I', skills: ['A', 'B'], count: 6 });
    expect(value.teams[1]?.name).toBe('apps');
  });

  it('appends a new name after the baseline elements, and merges people within a team by name', () => {
    const { value } = merge({
      teams: [
        { name: 'ops', people: [{ name: 'bo', skills: { C: 'expert' } }] },
        { name: 'desk', people: [{ name: 'cy', skills: { A: 'expert' } }] },
      ],
    });
    expect(value.teams.map((team) => team.name)).toEqual(['desk', 'apps', 'ops']);
    expect(value.teams[0]?.people?.map((person) => person.name)).toEqual(['ana', 'cy']);
  });

  it('removes the element named in { name, remove: true }', () => {
    expect(merge({ teams: [{ name: 'apps', remove: true }] }).value.teams.map((team) => team.name)).toEqual([
      'desk',
    ]);
  });

  it('reports removing a name the baseline does not have, with the name meant', () => {
    expect(merge({ teams: [{ name: 'aps', remove: true }] }).problems).toEqual([
      expect.objectContaining({ path: ['variants', 0, 'teams', 0, 'name'], suggestion: 'apps' }),
    ]);
  });

  it('reports an element of a named list without its name', () => {
    expect(merge({ teams: [{ preset: { count: 2 } }] }).problems[0]).toMatchObject({
      path: ['variants', 0, 'teams', 0],
    });
  });

  it('merges service desks by step', () => {
    const { value } = merge({ serviceDesks: [{ step: 'log', answerTarget: '1m' }] });
    expect(value.serviceDesks).toEqual([{ valueStream: 'stream', step: 'log', answerTarget: '1m' }]);
  });

  it('replaces other lists and plain values whole', () => {
    const { value } = merge({
      teams: [{ name: 'desk', preset: { skills: ['C'] } }],
      workTypes: [{ name: 'work', arrivals: [{ batches: { rate: '1/d', size: 3 } }] }],
    });
    expect(value.teams[0]?.preset.skills).toEqual(['C']);
    expect(value.workTypes[0]?.arrivals).toEqual([{ batches: { rate: '1/d', size: 3 } }]);
  });

  it('replaces a distribution whole rather than merging two families into one map', () => {
    const { value } = merge({ workTypes: [{ name: 'work', effort: { A: { constant: '1h' } } }] });
    expect(value.workTypes[0]?.effort).toEqual({ A: { constant: '1h' } });
  });

  it('removes a key set to null', () => {
    const { value, origin } = merge({ workTypes: [{ name: 'work', patience: null }] });
    expect(value.workTypes[0]).not.toHaveProperty('patience');
    // A problem about the removed key points at the variant's null.
    expect(originOf(origin, ['workTypes', 0, 'patience']).path).toEqual([
      'variants',
      0,
      'workTypes',
      0,
      'patience',
    ]);
  });

  it('keeps where each part was written: baseline parts at the baseline, changed parts at the variant', () => {
    const { origin } = merge({
      teams: [
        { name: 'apps', remove: true },
        { name: 'desk', preset: { count: 6 } },
      ],
    });
    expect(originOf(origin, ['teams', 0, 'preset', 'count']).path).toEqual([
      'variants',
      0,
      'teams',
      1,
      'preset',
      'count',
    ]);
    expect(originOf(origin, ['teams', 0, 'preset', 'shape']).path).toEqual(['teams', 0, 'preset', 'shape']);
    expect(originOf(origin, ['run', 'seed']).path).toEqual(['run', 'seed']);
  });
});

describe('variants in a file', () => {
  const fileWith = (variants: string) =>
    `${Object.entries(MINIMAL_SCENARIO)
      .filter(([key]) => key !== 'workTypes')
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join(
        '\n',
      )}\nworkTypes:\n  - name: work\n    valueStream: stream\n    arrivals: [{ poisson: { rate: 1/h } }]\n    effort: { A: { exponential: { mean: 30m } } }\n    patience: { exponential: { mean: 10m } }\n${variants}`;
  const problemsOf = (text: string) => {
    try {
      loadScenarioText(text, 'variants.yaml');
    } catch (error) {
      if (error instanceof ScenarioError) return error.problems;
      throw error;
    }
    throw new Error('expected problems');
  };

  it('points a problem in a variant at the line of the variant', () => {
    const problems = problemsOf(
      fileWith(
        'variants:\n  - name: bigger\n    teams:\n      - name: desk\n        preset: { count: -1 }\n',
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 15,
        column: 26,
        path: ['variants', 0, 'teams', 0, 'preset', 'count'],
        message: 'too small',
      }),
    ]);
  });

  it('points a removed required key at the null that removed it', () => {
    const problems = problemsOf(
      fileWith('variants:\n  - name: no stream\n    workTypes: [{ name: work, valueStream: null }]\n'),
    );
    expect(problems[0]).toMatchObject({
      line: 13,
      column: 44,
      path: ['variants', 0, 'workTypes', 0, 'valueStream'],
      message: 'missing',
    });
  });

  it('names the variant when a baseline line is at fault only in that variant', () => {
    const problems = problemsOf(
      fileWith('variants:\n  - name: no desk\n    teams: [{ name: desk, remove: true }]\n'),
    );
    expect(problems[0]).toMatchObject({
      path: ['valueStreams', 0, 'steps', 0, 'teams', 0],
      message: expect.stringMatching(/^in variant "no desk": .*team "desk" does not exist/),
    });
  });

  it("gives a variant its name and description, and the baseline's question", () => {
    const loaded = loadScenarioText(
      fileWith(
        'variants:\n  - name: patient\n    description: They wait longer.\n    workTypes: [{ name: work, patience: { exponential: { mean: 1h } } }]\n',
      ),
      'variants.yaml',
    );
    const [variant] = loaded.variants;
    expect(variant).toMatchObject({ name: 'patient', description: 'They wait longer.', isBaseline: false });
    expect(variant?.document.question).toBe(loaded.question);
    expect(variant?.model.workTypes[0]?.definition.patience?.mean).toBe(1);
    expect(loaded.baseline.model.workTypes[0]?.definition.patience?.mean).toBeCloseTo(1 / 6, 12);
  });
});
