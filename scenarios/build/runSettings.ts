// How a prepared scenario runs, in engine units: what the document's `run`, `backlog` and `forecast` say,
// as the runner and the command read it.
import type { ScenarioDocument } from '../schema/index.ts';

/**
 * How a scenario's replications run: total hours (warm-up included), warm-up hours, replications, seed,
 * whether to stop once the backlog is done, the sampling interval, whether to keep item records, the
 * backlog waiting at time 0 and the times a forecast counts its items done (hours).
 *
 * @example
 * const settings: RunSettings = { hours: 8736, warmUpHours: 0, replications: 20, seed: 1, until: 'length',
 *   sampleEveryHours: 24, recordItems: true, backlog: [], forecastDoneByHours: [] }; // => the defaults
 */
export interface RunSettings {
  readonly hours: number;
  readonly warmUpHours: number;
  readonly replications: number;
  readonly seed: number;
  /** `drained`: stop a replication once its backlog is done (at most `hours`). */
  readonly until: 'length' | 'drained';
  readonly sampleEveryHours: number;
  readonly recordItems: boolean;
  readonly backlog: readonly { readonly workType: string; readonly count: number }[];
  readonly forecastDoneByHours: readonly number[];
  /** With replayed files: the time of the last replayed arrival, hours (where demand ends). */
  readonly replayEndHours?: number;
}

/**
 * The run settings a parsed document states (its defaults already filled in).
 * @param document - a parsed document
 * @returns the settings
 * @example
 * runSettingsOf(document).hours; // => 8736 when the file says nothing about `run.length`
 */
export function runSettingsOf(document: ScenarioDocument): RunSettings {
  const { run } = document;
  return {
    hours: run.length,
    warmUpHours: run.warmUp,
    replications: run.replications,
    seed: run.seed,
    until: run.until,
    sampleEveryHours: run.sampleEvery,
    recordItems: run.recordItems,
    backlog: (document.backlog ?? []).map((entry) => ({ workType: entry.workType, count: entry.count })),
    forecastDoneByHours: document.forecast?.doneBy ?? [],
  };
}
