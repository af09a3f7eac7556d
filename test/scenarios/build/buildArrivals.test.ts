// Each arrival source written in a small scenario builds the engine's source with the parameters a hand
// reading of the file gives, compared on the engine object's own fields; a replayed CSV is read beside it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../../scenarios/load/loadScenario.ts';
import { ScenarioError } from '../../../scenarios/load/scenarioProblem.ts';
import { workTypeText } from './scenarioText.ts';

function sourceOf(arrival: unknown, file = 'arrivals.yaml'): Record<string, unknown> {
  const loaded = loadScenarioText(workTypeText({ arrivals: [arrival] }), file);
  return loaded.baseline.model.workTypes[0]!.definition.arrivals[0] as unknown as Record<string, unknown>;
}

describe('arrival sources', () => {
  it('poisson: a rate of 12/day is 0.5 an hour', () => {
    expect(sourceOf({ poisson: { rate: '12/day' } })).toMatchObject({
      kind: 'poisson',
      ratePerHour: 0.5,
      meanRatePerHour: 0.5,
    });
  });

  it('profiled by multipliers: 2/h on weekdays only averages 2 x 5/7 an hour', () => {
    const source = sourceOf({ profiled: { rate: '2/h', dayOfWeek: [1, 1, 1, 1, 1, 0, 0] } });
    expect(source.kind).toBe('profiled');
    expect(source.meanRatePerHour).toBeCloseTo((2 * 5) / 7, 12);
  });

  it('profiled by weekly stretches: 6/h on Monday 08:00-18:00 is 60 a week', () => {
    const source = sourceOf({ profiled: { weekly: [{ day: 'Mon', start: '08:00', end: 18, rate: '6/h' }] } });
    expect(source.meanRatePerHour).toBeCloseTo(60 / 168, 12);
    expect((source.profile as { rateAt(time: number): number }).rateAt(9)).toBe(6);
    expect((source.profile as { rateAt(time: number): number }).rateAt(24 + 9)).toBe(0);
  });

  it('bursts by trigger rate: one a week of 20 items is 20/168 an hour', () => {
    const source = sourceOf({
      bursts: { triggerRate: '1/w', size: { constant: 20 }, spread: { exponential: { mean: '2h' } } },
    });
    expect(source).toMatchObject({
      kind: 'burst',
      size: { kind: 'constant', mean: 20 },
      spreadHours: { kind: 'exponential', mean: 2 },
    });
    expect(source.meanRatePerHour).toBeCloseTo(20 / 168, 12);
  });

  it('bursts at listed triggers: two storms of 20 in the first two weeks', () => {
    const source = sourceOf({ bursts: { triggers: ['2d', '9d'], size: 20, spread: '0s' } });
    expect(source).toMatchObject({ kind: 'burst', size: { mean: 20 }, spreadHours: { mean: 0 } });
    expect(source.meanRatePerHour).toBeCloseTo(40 / (2 * 168), 12);
  });

  it('batches: one a day of 4 items', () => {
    expect(sourceOf({ batches: { rate: '1/day', size: 4 } })).toMatchObject({
      kind: 'batch',
      ratePerHour: 1 / 24,
      batchSize: { kind: 'constant', mean: 4 },
    });
  });

  it('scheduled every week at Mon 09:00, 3 items: 3/168 an hour', () => {
    const source = sourceOf({ scheduled: { every: '1w', at: 'Mon 09:00', count: 3 } });
    expect(source).toMatchObject({ kind: 'scheduled', count: 3 });
    expect(source.meanRatePerHour).toBeCloseTo(3 / 168, 12);
  });

  it('scheduled at listed times', () => {
    expect(sourceOf({ scheduled: { times: ['1d', '2d 4h'] } })).toMatchObject({
      kind: 'scheduled',
      count: 1,
    });
  });

  it("replay: reads the CSV beside the scenario file, this work type's rows only unless allTypes", () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-replay-'));
    writeFileSync(
      path.join(folder, 'tickets.csv'),
      'timestamp,type,priority,effort\n1,work,2,0.5\n3,other,,\n5,work,,1\n',
    );
    const own = sourceOf(
      { replay: { file: 'tickets.csv', timeUnit: 'hours' } },
      path.join(folder, 'scenario.yaml'),
    );
    expect(own).toMatchObject({ kind: 'replay', rowCount: 2 });
    const problem = (() => {
      try {
        sourceOf({ replay: { file: 'tickets.csv', allTypes: true } }, path.join(folder, 'scenario.yaml'));
      } catch (error) {
        return error instanceof ScenarioError ? error.problems[0] : undefined;
      }
      return undefined;
    })();
    // All rows: the row of type "other" names a work type the scenario does not have (the engine's check).
    expect(problem).toMatchObject({
      path: ['workTypes', 0, 'arrivals', 0],
      message: expect.stringContaining('work type "other" does not exist'),
    });
  });

  it('replay: a missing file and a broken row are problems at the file node', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-replay-'));
    writeFileSync(path.join(folder, 'broken.csv'), 'timestamp,type\nsoon,work\n');
    const problems = (file: string) => {
      try {
        sourceOf({ replay: { file } }, path.join(folder, 'scenario.yaml'));
        return [];
      } catch (error) {
        return error instanceof ScenarioError ? error.problems : [];
      }
    };
    expect(problems('missing.csv')[0]).toMatchObject({
      path: ['workTypes', 0, 'arrivals', 0, 'replay', 'file'],
      message: 'cannot read the ticket file: missing.csv does not exist',
    });
    expect(problems('broken.csv')[0]).toMatchObject({
      path: ['workTypes', 0, 'arrivals', 0, 'replay', 'file'],
      message: expect.stringMatching(/^broken\.csv line 2, column "timestamp": "soon" is not/),
    });
  });
});
