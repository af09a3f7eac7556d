// A replayed export through models simple enough to work out by hand: with ample people and each
// ticket's effort equal to its own duration, nothing waits and the simulated lead times are the
// history's; a replay run until drained stops when the last replayed item is done, with utilisation over
// the window with demand beside the whole run's; a replay that cannot drain in the run's length says so.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateRun, loadScenarioText, runnable, runReplications } from '../../../scenarios/index.ts';

function scenarioWith(csv: string, yaml: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'valueflow-replay-'));
  writeFileSync(path.join(folder, 'export.csv'), csv);
  return loadScenarioText(yaml, path.join(folder, 'scenario.yaml'));
}

const MODEL = (people: number, length: string) => `
name: replayed
question: Does the replay give the history's lead times?
run: { length: ${length}, replications: 1, until: drained }
teams: [{ name: fixers, preset: { shape: I, skills: [fix], count: ${people} } }]
valueStreams: [{ name: repair, steps: [{ name: fix, teams: [fixers], skill: fix }] }]
workTypes:
  - name: incident
    valueStream: repair
    effort: { fix: 5h }
    arrivals:
      - replay:
          file: export.csv
          columns: { id: number, opened: opened_at, resolved: resolved_at, effort: hours_open }
          dates: day-first
`;

// Lead times 1, 2, 3, 4 and 10 h, each ticket's effort its own duration (the export's hours_open).
const EXPORT = [
  'number,opened_at,resolved_at,hours_open',
  'A,05-02-2024 09:10,05-02-2024 10:10,1',
  'B,05-02-2024 09:40,05-02-2024 11:40,2',
  'C,07-02-2024 14:00,07-02-2024 17:00,3',
  'D,12-02-2024 09:05,12-02-2024 13:05,4',
  'E,18-02-2024 23:30,19-02-2024 09:30,10',
].join('\n');

describe('a replayed export', () => {
  it('gives the history its lead times when nothing waits: mean exactly, percentiles within one bin', () => {
    const loaded = scenarioWith(EXPORT, MODEL(10, '4w'));
    const scenario = loaded.baseline;
    const summaries = runReplications(runnable(scenario));
    const document = aggregateRun({ scenario: scenario.name, seed: 1, summaries, history: scenario.history });
    const history = document.history;
    expect(history?.tickets).toBe(5);
    expect(document.metrics.leadTime.mean).toBeCloseTo(4, 9);
    expect(history?.leadTime.mean).toBeCloseTo(4, 9);
    // Type 7 over 1, 2, 3, 4, 10: p50 = 3, p85 = 6.4, p95 = 8.8 (see exportHistory.test.ts).
    for (const [key, exact] of [
      ['p50', 3],
      ['p85', 6.4],
      ['p95', 8.8],
    ] as const) {
      expect(Math.abs((document.metrics.leadTime[key] ?? 0) - exact)).toBeLessThanOrEqual(0.01 * exact);
      expect(Math.abs((history?.leadTime[key] ?? 0) - exact)).toBeLessThanOrEqual(0.01 * exact);
    }
    expect(document.metrics.waitTime.mean).toBe(0);
    expect(Object.keys(document).indexOf('history')).toBe(Object.keys(document).indexOf('metrics') + 1);
  });

  it('runs until drained: stops when the last replayed item is done, with utilisation while demand arrived', () => {
    // One person; tickets at Monday 00:00 and 10:00 of the first week, 2 h each. Demand window [0, 10):
    // busy 2 of 10 hours. The whole run ends at 12 h, when the second is done: busy 4 of 12 hours.
    const csv = 'number,opened_at,resolved_at,hours_open\nA,05-02-2024 00:00,,2\nB,05-02-2024 10:00,,2\n';
    const scenario = scenarioWith(csv, MODEL(1, '1w')).baseline;
    const summaries = runReplications(runnable(scenario));
    expect(summaries[0]?.drain).toEqual({
      demandUntilHours: 10,
      demandUtilisation: 0.2,
      openReplayed: 0,
      endHours: 12,
    });
    const document = aggregateRun({ scenario: scenario.name, seed: 1, summaries });
    expect(document.metrics.utilisation.mean).toBeCloseTo(4 / 12, 12);
    expect(document.metrics.utilisation.withDemand?.mean).toBeCloseTo(0.2, 12);
    expect(document.metrics.utilisation.withDemand?.untilHours).toBe(10);
  });

  it('stops at the run length when it cannot drain, counting the replayed items still open', () => {
    // One person, three 30-hour tickets from Monday 00:00 and a run of 2 days: one done, one in hand, one waiting.
    const csv = [
      'number,opened_at,resolved_at,hours_open',
      'A,05-02-2024 00:00,,30',
      'B,05-02-2024 00:00,,30',
      'C,05-02-2024 01:00,,30',
    ].join('\n');
    const scenario = scenarioWith(csv, MODEL(1, '2d')).baseline;
    const [summary] = runReplications(runnable(scenario));
    expect(summary?.drain?.openReplayed).toBe(2);
    expect(summary?.drain?.endHours).toBe(48);
  });
});
