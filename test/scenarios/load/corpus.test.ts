// The error corpus (test/scenarios/corpus/): broken scenario files, each refused with problems at the file,
// line, column and path a reader of the file finds by hand (columns from 1), and messages that say what is wrong.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError, type ScenarioProblem } from '../../../scenarios/load/scenarioProblem.ts';
import { showScenario } from '../../../scenarios/load/showScenario.ts';

const corpus = (file: string): string => path.join(import.meta.dirname, '../corpus', file);

function problemsOf(load: () => unknown): readonly ScenarioProblem[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('the error corpus', () => {
  it.each([
    // The flow map opened on line 5 is never closed; yaml reports it where the file ends.
    [
      'truncated.yaml.txt',
      6,
      1,
      ['run'],
      /^YAML: Flow map .* must be sufficiently indented and end with a \}$/,
    ],
    // `run: { replications: many }`: "many" starts after 21 characters.
    ['wrong-types.yaml', 4, 22, ['run', 'replications'], /^wrong type$/],
    // `    steps: [{ name: do, teams: desk, skill: A }]`: "desk" starts after 31 characters.
    ['wrong-types.yaml', 10, 32, ['valueStreams', 0, 'steps', 0, 'teams'], /^wrong type$/],
    // `  warmup: 1w`: the key starts at column 3.
    ['unknown-key.yaml', 6, 3, ['run', 'warmup'], /^unknown key$/],
    // `      - poisson: { rate: -2/h }`: the rate starts after 25 characters.
    [
      'negative-rate.yaml',
      14,
      26,
      ['workTypes', 0, 'arrivals', 0, 'poisson', 'rate'],
      /^a rate cannot be negative$/,
    ],
    // `        teams: [dsk]`: the engine's check, at the team's name, after 16 characters.
    ['missing-team.yaml', 12, 17, ['valueStreams', 0, 'steps', 0, 'teams', 0], /team "dsk" does not exist/],
    // `        skill: network`: the engine's check, at the skill, after 15 characters.
    [
      'missing-skill.yaml',
      16,
      16,
      ['valueStreams', 0, 'steps', 1, 'skill'],
      /nobody in team "desk" has skill "network"/,
    ],
    // `b: &b [*a, ...`: the first use of an alias, after 7 characters.
    ['alias-bomb.yaml', 3, 8, [], /^aliases expand to too much data/],
    // The second `replications` key, on line 7.
    ['duplicate-keys.yaml', 7, 3, ['run', 'replications'], /^YAML: Map keys must be unique$/],
    // `      A: { exponential: { mean: 30 } }`: 30 starts after 32 characters.
    [
      'bare-number-duration.yaml',
      15,
      33,
      ['workTypes', 0, 'effort', 'A', 'exponential', 'mean'],
      /^a duration needs a unit: write "30h" or "30m", not 30$/,
    ],
    // `    teams: [{ name: dsk, remove: true }]`: the name starts after 20 characters.
    [
      'variant-removes-unknown.yaml',
      17,
      21,
      ['variants', 0, 'teams', 0, 'name'],
      /^there is no team of this name to remove$/,
    ],
  ])('%s: line %i, column %i', (file, line, column, problemPath, message) => {
    const problem = problemsOf(() => loadScenarioFile(corpus(file))).find(
      (candidate) => candidate.line === line && candidate.column === column,
    );
    expect(problem).toMatchObject({
      file: corpus(file),
      line,
      column,
      path: problemPath,
      message: expect.stringMatching(message),
    });
  });

  it('reports every problem of a file at once, in the order of the file', () => {
    const problems = problemsOf(() => loadScenarioFile(corpus('wrong-types.yaml')));
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [4, 22],
      [10, 32],
    ]);
  });

  it('suggests the key, team or name meant', () => {
    const suggestionOf = (file: string) => problemsOf(() => loadScenarioFile(corpus(file)))[0]?.suggestion;
    expect(suggestionOf('unknown-key.yaml')).toBe('warmUp');
    expect(suggestionOf('missing-team.yaml')).toBe('desk');
    expect(suggestionOf('variant-removes-unknown.yaml')).toBe('desk');
  });

  it('writes each problem as file:line:column: path: message (expected, found; did you mean)', () => {
    const error = (() => {
      try {
        loadScenarioFile(corpus('unknown-key.yaml'));
      } catch (caught) {
        return caught as ScenarioError;
      }
      throw new Error('expected a ScenarioError');
    })();
    expect(error.message).toBe(
      `${corpus('unknown-key.yaml')}:6:3: run.warmup: unknown key (expected one of length, warmUp, replications, seed, until, sampleEvery, recordItems, found "warmup"; did you mean "warmUp"?)`,
    );
  });

  it('refuses an unknown variant, naming the variants there are', () => {
    const loaded = loadScenarioFile(corpus('variants.yaml'));
    expect(problemsOf(() => showScenario(loaded, 'poold'))).toEqual([
      {
        file: corpus('variants.yaml'),
        line: 1,
        column: 1,
        path: ['variants'],
        message: 'there is no variant named "poold"',
        expected: 'one of pooled, faster',
        received: '"poold"',
        suggestion: 'pooled',
      },
    ]);
  });

  it('refuses an override whose path names nothing, at the list it searched (`teams` on line 6)', () => {
    const problems = problemsOf(() =>
      loadScenarioFile(corpus('variants.yaml'), {
        overrides: [{ path: 'teams.dsk.preset.count', value: 5 }],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 6,
        column: 3,
        path: ['teams'],
        message: '--set teams.dsk.preset.count=5: there is no team named "dsk"',
        suggestion: 'desk',
      }),
    ]);
  });
});
