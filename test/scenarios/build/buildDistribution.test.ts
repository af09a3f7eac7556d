// Each distribution family written in a small scenario builds the engine's distribution with the parameters
// a hand reading of the file gives (hours, per hour), compared on the engine object's own fields.
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { workTypeText } from './scenarioText.ts';

/** The engine distribution a work type's effort for skill A becomes. */
function effortOf(distribution: unknown): Record<string, unknown> {
  const loaded = loadScenarioText(workTypeText({ effort: { A: distribution } }), 'distribution.yaml');
  return loaded.baseline.model.workTypes[0]!.definition.effort!.A as unknown as Record<string, unknown>;
}

describe('distributions of durations', () => {
  it.each([
    ['constant', { constant: '10m' }, { kind: 'constant', value: 1 / 6, mean: 1 / 6 }],
    ['exponential by mean', { exponential: { mean: '30m' } }, { kind: 'exponential', rate: 2, mean: 0.5 }],
    ['exponential by rate', { exponential: { rate: '4/h' } }, { kind: 'exponential', rate: 4, mean: 0.25 }],
    [
      'erlang by mean',
      { erlang: { shape: 3, mean: '6h' } },
      { kind: 'erlang', shape: 3, rate: 0.5, mean: 6 },
    ],
    ['erlang by rate', { erlang: { shape: 2, rate: '1/h' } }, { kind: 'erlang', shape: 2, rate: 1, mean: 2 }],
    [
      'gamma by mean and cv',
      { gamma: { mean: '2h', cv: 0.5 } },
      { kind: 'gamma', shape: 4, scale: 0.5, mean: 2 },
    ],
    [
      'gamma by shape and scale',
      { gamma: { shape: 2, scale: '30m' } },
      { kind: 'gamma', shape: 2, scale: 0.5, mean: 1 },
    ],
    ['lognormal by mu and sigma', { lognormal: { mu: 0, sigma: 1 } }, { kind: 'lognormal', mu: 0, sigma: 1 }],
    [
      'pert',
      { pert: { min: '1h', mode: '2h', max: '5h' } },
      { kind: 'pert', min: 1, mode: 2, max: 5, lambda: 4 },
    ],
    [
      'pert with lambda',
      { pert: { min: '0s', mode: '1h', max: '2h', lambda: 0 } },
      { kind: 'pert', lambda: 0, mean: 1 },
    ],
    [
      'triangular',
      { triangular: { min: '0s', mode: '1h', max: '2h' } },
      { kind: 'triangular', min: 0, mode: 1, max: 2, mean: 1 },
    ],
    [
      'truncated normal',
      { truncatedNormal: { mean: '2h', sd: '30m' } },
      { kind: 'truncated-normal', location: 2, scale: 0.5 },
    ],
    [
      'truncated normal below zero',
      { truncatedNormal: { mean: '-1h', sd: '2h' } },
      { kind: 'truncated-normal', location: -1, scale: 2 },
    ],
    ['uniform', { uniform: { min: '1h', max: '3h' } }, { kind: 'uniform', min: 1, max: 3, mean: 2 }],
    ['weibull', { weibull: { shape: 1, scale: '2h' } }, { kind: 'weibull', shape: 1, scale: 2, mean: 2 }],
    ['empirical', { empirical: ['10m', '20m', '1h'] }, { kind: 'empirical', count: 3, mean: 0.5 }],
    ['a plain duration, as a constant', '45m', { kind: 'constant', value: 0.75 }],
  ])('%s', (_family, written, expected) => {
    const built = effortOf(written);
    for (const [field, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(built[field], field).toBeCloseTo(value, 12);
      else expect(built[field], field).toBe(value);
    }
  });

  it('builds a lognormal of mean 2 h and cv 1 with sigma² = ln 2 (Wikipedia, "Log-normal distribution")', () => {
    const built = effortOf({ lognormal: { mean: '2h', cv: 1 } });
    expect(built.sigma).toBeCloseTo(Math.sqrt(Math.log(2)), 12);
    expect(built.mu).toBeCloseTo(Math.log(2) - Math.log(2) / 2, 12);
    expect(built.mean).toBeCloseTo(2, 12);
  });
});

describe("the engine's refusals", () => {
  it('reports a parameter the schema accepts but the factory refuses at its node: a rate that overflows', () => {
    // 1e-321 hours is above zero, so valid as a duration; its rate 1 / mean is Infinity.
    const tiny = `0.${'0'.repeat(320)}1h`;
    const refusal = (() => {
      try {
        effortOf({ exponential: { mean: tiny } });
      } catch (error) {
        if (error instanceof ScenarioError) return error.problems;
        throw error;
      }
      throw new Error('expected the engine to refuse the mean');
    })();
    expect(refusal).toEqual([
      expect.objectContaining({
        path: ['workTypes', 0, 'effort', 'A'],
        message: expect.stringMatching(
          /^exponential: mean must be such that rate = 1 \/ mean is finite and > 0/,
        ),
      }),
    ]);
  });
});

describe('distributions of numbers and counts', () => {
  it('reads values per hour as plain numbers, a fixed value staying a number', () => {
    const loaded = loadScenarioText(
      workTypeText({ valuePerHour: { uniform: { min: 10, max: 30 } }, costOfDelayPerHour: 80 }),
      'numbers.yaml',
    );
    const definition = loaded.baseline.model.workTypes[0]!.definition;
    expect(definition.valuePerHour).toMatchObject({ kind: 'uniform', min: 10, max: 30, mean: 20 });
    expect(definition.costOfDelayPerHour).toBe(80);
  });

  it('reads a batch size as a count distribution', () => {
    const loaded = loadScenarioText(
      workTypeText({ arrivals: [{ batches: { rate: '1/day', size: { uniform: { min: 1, max: 5 } } } }] }),
      'counts.yaml',
    );
    expect(loaded.baseline.model.workTypes[0]!.definition.arrivals[0]).toMatchObject({
      batchSize: { kind: 'uniform', mean: 3 },
    });
  });
});
