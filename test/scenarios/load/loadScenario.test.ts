// Loading whole files: every library scenario loads with its variants; defaults and names as the format
// says; the problems of the baseline and of variants reported once, a variant's own marked as such.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import type { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { scenarioText } from '../build/scenarioText.ts';

const libraryFolder = path.join(import.meta.dirname, '../../../scenarios/library');
const libraryFiles = readdirSync(libraryFolder).filter((file) => file.endsWith('.yaml'));

describe('loadScenarioFile', () => {
  it.each(libraryFiles)('loads the library scenario %s with its variants', (file) => {
    const loaded = loadScenarioFile(path.join(libraryFolder, file));
    expect(loaded.baseline.isBaseline).toBe(true);
    expect(loaded.baseline.model.people.length).toBeGreaterThan(0);
    for (const variant of loaded.variants) expect(variant.isBaseline).toBe(false);
    expect(new Set([loaded.name, ...loaded.variants.map((variant) => variant.name)]).size).toBe(
      loaded.variants.length + 1,
    );
  });

  it('gives the file its name, question and description, and each scenario its model', () => {
    const loaded = loadScenarioFile(path.join(libraryFolder, 'pooling.yaml'));
    expect(loaded).toMatchObject({
      name: 'pooling',
      question: 'Does one pool of six wait less than two teams of three specialists?',
    });
    expect(loaded.description).toMatch(/^The queueing lesson of pooling/);
    // The pooled variant: six generalists at expert level, so each is an expert (rank 2) in both skills.
    const pooled = loaded.variants[0]!;
    expect(pooled.model.people.map((person) => Array.from(person.levels))).toEqual(new Array(6).fill([2, 2]));
    // The baseline: six I-shaped people alternating A and B.
    expect(loaded.baseline.model.people.map((person) => Array.from(person.levels))).toEqual([
      [2, 0],
      [0, 2],
      [2, 0],
      [0, 2],
      [2, 0],
      [0, 2],
    ]);
  });

  it('refuses a file that cannot be read', () => {
    expect(() => loadScenarioFile(path.join(libraryFolder, 'no-such-file.yaml'))).toThrow(
      /cannot load the scenario: the file does not exist/,
    );
  });
});

describe('loadScenarioText', () => {
  it("names a scenario after its file when it has no name, and fills the format's defaults", () => {
    const { name: _name, ...unnamed } = { name: 'x', ...{} };
    const loaded = loadScenarioText(
      scenarioText({ name: undefined, ...unnamed }),
      '/somewhere/queue-study.yaml',
    );
    expect(loaded.name).toBe('queue-study');
    expect(loaded.baseline.settings).toMatchObject({
      hours: 8736,
      warmUpHours: 0,
      replications: 20,
      seed: 1,
      until: 'length',
    });
    expect(loaded.baseline.document.policies).toEqual({ queueOrder: 'triage', assignment: 'bestSkilled' });
  });

  it('reports a baseline problem once, not again for each variant', () => {
    const text = scenarioText({ run: { warmup: '1w' }, variants: [{ name: 'a' }, { name: 'b' }] });
    const error = (() => {
      try {
        loadScenarioText(text, 'twice.yaml');
      } catch (caught) {
        return caught as ScenarioError;
      }
      throw new Error('expected a ScenarioError');
    })();
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.path).toEqual(['run', 'warmup']);
  });

  it('reports a variant named like the baseline and does not merge it', () => {
    expect(() => loadScenarioText(scenarioText({ variants: [{ name: 'minimal' }] }), 'same.yaml')).toThrow(
      /variants\.0\.name: is the baseline's name; every variant needs a name of its own/,
    );
  });

  it('reports problems in line order as one message, one problem per line', () => {
    const text = scenarioText({
      run: { warmUp: 5, replications: 0 },
      teams: [{ name: 'desk', preset: { shape: 'X', skills: ['A'], count: 1 } }],
    });
    const error = (() => {
      try {
        loadScenarioText(text, 'many.yaml');
      } catch (caught) {
        return caught as ScenarioError;
      }
      throw new Error('expected a ScenarioError');
    })();
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(error.problems.length);
    expect(lines.map((line) => line.split(':').slice(0, 3).join(':'))).toEqual(
      [...lines.map((line) => line.split(':').slice(0, 3).join(':'))].sort(
        (a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]),
      ),
    );
    expect(lines.every((line) => line.startsWith('many.yaml:'))).toBe(true);
  });
});
