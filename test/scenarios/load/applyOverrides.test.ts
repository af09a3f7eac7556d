// Overrides from the command line (`--set path=value`) applied to the baseline before validation: named-list
// elements by name, indices, new keys; a path that names nothing is a problem; problems name the override.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';

const libraryFile = (file: string) => path.join(import.meta.dirname, '../../../scenarios/library', file);
const load = (file: string, overrides: { path: string; value: unknown }[]) =>
  loadScenarioText(readFileSync(libraryFile(file), 'utf8'), libraryFile(file), { overrides });
const problemsOf = (file: string, overrides: { path: string; value: unknown }[]) => {
  try {
    load(file, overrides);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected problems');
};

describe('overrides', () => {
  it('sets a key of the run, also one the file does not write', () => {
    const loaded = load('pooling.yaml', [
      { path: 'run.replications', value: 5 },
      { path: 'run.recordItems', value: false },
    ]);
    expect(loaded.baseline.settings).toMatchObject({ replications: 5, recordItems: false });
  });

  it('addresses elements of named lists by name', () => {
    const loaded = load('service-desk-staffing.yaml', [{ path: 'teams.desk.preset.count', value: 30 }]);
    expect(loaded.baseline.model.people).toHaveLength(30);
  });

  it('addresses other lists by index, and reads rates as the file would', () => {
    const loaded = load('utilisation-and-waiting.yaml', [
      { path: 'workTypes.work.arrivals.0.poisson.rate', value: '0.6/h' },
    ]);
    expect(loaded.baseline.model.workTypes[0]?.definition.arrivals[0]).toMatchObject({ ratePerHour: 0.6 });
  });

  it('changes the baseline before the variants are merged into it', () => {
    const loaded = load('pooling.yaml', [{ path: 'teams.team.preset.count', value: 8 }]);
    expect(loaded.baseline.model.people).toHaveLength(8);
    expect(loaded.variants[0]?.model.people).toHaveLength(8);
  });

  it('refuses a path through an element that does not exist, with the name meant', () => {
    expect(problemsOf('pooling.yaml', [{ path: 'teams.taem.preset.count', value: 8 }])).toEqual([
      expect.objectContaining({
        path: ['teams'],
        message: '--set teams.taem.preset.count=8: there is no team named "taem"',
        suggestion: 'team',
      }),
    ]);
  });

  it('refuses an index past the end and a path through a plain value', () => {
    expect(
      problemsOf('utilisation-and-waiting.yaml', [
        { path: 'workTypes.work.arrivals.3.poisson.rate', value: '1/h' },
      ])[0],
    ).toMatchObject({
      path: ['workTypes', 0, 'arrivals'],
      message: '--set workTypes.work.arrivals.3.poisson.rate=1/h: there is no element 3',
    });
    expect(problemsOf('pooling.yaml', [{ path: 'name.first', value: 'x' }])[0]).toMatchObject({
      message: '--set name.first=x: name is a plain value, so .first names nothing',
    });
  });

  it('says which override set a value that validation refuses, at the place in the file', () => {
    const [problem] = problemsOf('pooling.yaml', [{ path: 'run.replications', value: 0 }]);
    // pooling.yaml line 9: `run: { length: 52w, warmUp: 2w, replications: 20, seed: 42 }`, 20 after 46 characters.
    expect(problem).toMatchObject({
      line: 9,
      column: 47,
      path: ['run', 'replications'],
      message: 'too small (set by --set run.replications=0)',
    });
  });
});
