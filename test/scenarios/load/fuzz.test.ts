// Fuzzing the loader: random YAML-ish text and random mutations of valid scenarios never make it throw
// anything but a ScenarioError, nor hang; a mutated scenario that still loads shows as text that loads again
// to the same model.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { showScenario } from '../../../scenarios/load/showScenario.ts';
import { modelFacts } from './sameModel.ts';

const libraryFolder = path.join(import.meta.dirname, '../../../scenarios/library');
const seedFiles = [
  'pooling.yaml',
  'user-support.yaml',
  'queue-levers.yaml',
  'new-service.yaml',
  'forecast-backlog.yaml',
];
const seeds = seedFiles.map((file) => parse(readFileSync(path.join(libraryFolder, file), 'utf8')) as unknown);

/** Loads, and returns the result or the ScenarioError; any other error fails the property. */
function loadOrProblems(text: string) {
  try {
    return loadScenarioText(text, path.join(libraryFolder, 'fuzz.yaml'));
  } catch (error) {
    if (error instanceof ScenarioError) {
      expect(error.problems.length).toBeGreaterThan(0);
      return error;
    }
    throw error;
  }
}

const fragments = fc.constantFrom(
  'name: x\n',
  'question: q\n',
  'teams:\n',
  'valueStreams:\n',
  'workTypes:\n',
  'variants:\n',
  'run:\n',
  '  - ',
  '  ',
  '- ',
  'name: desk\n',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  '&a ',
  '*a ',
  '"',
  "'",
  '#',
  '\n',
  '1h',
  '2/h',
  '-1',
  '0',
  'null',
  '~',
  'Mon',
  '09:00',
  'preset: { shape: I, skills: [A], count: 2 }\n',
  'poisson: { rate: 1/h }',
  '---\n',
  '? ',
  '!!str ',
  '|\n',
  'steps: [{ name: do, teams: [desk], skill: A }]\n',
  'exponential: { mean: 30m }',
  'remove: true',
  '\t',
  '%YAML 1.2\n',
);

/** Small values of every kind a scenario may hold, and some it may not. */
const smallValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.integer({ min: -3, max: 40 }),
    fc.double({ min: -2, max: 30, noNaN: true }),
    fc.constantFrom(
      '1h',
      '30m',
      '2/h',
      '0s',
      '-1h',
      'Mon',
      'Thu 10:00',
      '09:00',
      'expert',
      'knowledgeable',
      'desk',
      'A',
      'triage',
      '',
      'x',
    ),
    fc.boolean(),
    fc.constant(null),
  ),
  value: fc.oneof(
    { weight: 4, arbitrary: tie('leaf') },
    { weight: 1, arbitrary: fc.array(tie('leaf'), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.constantFrom('name', 'rate', 'mean', 'count', 'remove', 'x'), tie('leaf'), {
        maxKeys: 2,
      }),
    },
  ),
})).value;

/** Every path in a document, to pick a place to mutate. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (typeof value === 'object' && value !== null) {
    return [at, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  }
  return [at];
}

interface Mutation {
  readonly place: number;
  readonly kind: 'replace' | 'remove' | 'rename';
  readonly value: unknown;
}

function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(document);
  for (const mutation of mutations) {
    const paths = pathsOf(copy).filter((candidate) => candidate.length > 0);
    const target = paths[mutation.place % paths.length];
    if (target === undefined) continue;
    const parent = target
      .slice(0, -1)
      .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as
      | Record<string, unknown>
      | unknown[];
    const key = target.at(-1)!;
    if (mutation.kind === 'replace') (parent as Record<string | number, unknown>)[key] = mutation.value;
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else {
      const moved = parent[key as string];
      delete parent[key as string];
      if (mutation.kind === 'rename') parent[`${String(key).slice(0, -1)}`] = moved;
    }
  }
  return copy;
}

const mutation = fc.record({
  place: fc.nat(),
  kind: fc.constantFrom('replace', 'remove', 'rename'),
  value: smallValue,
}) as fc.Arbitrary<Mutation>;

describe('the loader under fuzzing', () => {
  test.prop([fc.string({ maxLength: 200 })], { numRuns: 200 })(
    'throws only ScenarioError for any text',
    (text) => {
      loadOrProblems(text);
    },
  );

  test.prop([fc.array(fragments, { maxLength: 40 })], { numRuns: 300 })(
    'throws only ScenarioError for YAML-ish text',
    (parts) => {
      loadOrProblems(parts.join(''));
    },
  );

  test.prop([fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 })], {
    numRuns: 300,
  })(
    'throws only ScenarioError for mutated scenarios, and what loads shows as text that loads to the same model',
    (seed, mutations) => {
      const loaded = loadOrProblems(stringify(mutate(seeds[seed], mutations)));
      if (loaded instanceof ScenarioError) return;
      for (const scenario of [loaded.baseline, ...loaded.variants]) {
        const again = loadScenarioText(
          showScenario(loaded, scenario.isBaseline ? undefined : scenario.name),
          path.join(libraryFolder, 'fuzz.yaml'),
        );
        expect(modelFacts(again.baseline.model)).toEqual(modelFacts(scenario.model));
      }
    },
  );
});
