// Every scenario of the shipped library loads, and its baseline and each variant run (shortened to two
// replications of a few weeks) with items and value conserved in every replication, so no shipped file
// can rot.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LIBRARY_FOLDER,
  loadScenarioFile,
  readScenarioQuestion,
  runReplications,
} from '../../scenarios/index.ts';

const files = readdirSync(LIBRARY_FOLDER)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** Two replications of four weeks: enough to exercise every part, short enough for the suite. */
const SHORT = [
  { path: 'run.replications', value: 2 },
  { path: 'run.length', value: '4w' },
  { path: 'run.warmUp', value: '1d' },
];

describe('the scenario library', () => {
  it('has the lessons and questions the issue names', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'utilisation-and-waiting.yaml',
        'pooling.yaml',
        'variability.yaml',
        'littles-law.yaml',
        'priority-classes.yaml',
        'service-desk-staffing.yaml',
        'skill-shapes.yaml',
        'prioritisation-techniques.yaml',
        'queue-levers.yaml',
        'new-service.yaml',
        'user-support.yaml',
        'forecast-backlog.yaml',
        'value-leakage.yaml',
        'incident-history.yaml',
        'escalation.yaml',
      ]),
    );
  });

  for (const file of files) {
    it(`${file} states its question, loads, and runs its baseline and variants conserving items`, {
      timeout: 120_000,
    }, () => {
      const fullPath = path.join(LIBRARY_FOLDER, file);
      expect(readScenarioQuestion(fullPath)).toMatch(/\?$/);
      const loaded = loadScenarioFile(fullPath, { overrides: SHORT });
      for (const scenario of [loaded.baseline, ...loaded.variants]) {
        const summaries = runReplications(scenario);
        expect(summaries.map((summary) => summary.replication)).toEqual([0, 1]);
        for (const { results, value } of summaries) {
          expect(
            results.conservation.holds,
            `${file} / ${scenario.name}: ${JSON.stringify(results.conservation)}`,
          ).toBe(true);
          expect(results.windowConservation.holds, `${file} / ${scenario.name}: window`).toBe(true);
          expect(results.conservation.offered, `${file} / ${scenario.name}: some demand`).toBeGreaterThan(0);
          // potential = realised + leakage + open at end, to rounding (relative to the potential).
          const leaked = Object.values(value.leakage).reduce((sum, amount) => sum + amount, 0);
          const balance = value.potential - value.realised - leaked - value.openAtEnd;
          expect(Math.abs(balance), `${file} / ${scenario.name}: value`).toBeLessThanOrEqual(
            1e-9 * Math.max(1, value.potential),
          );
        }
      }
    });
  }
});
