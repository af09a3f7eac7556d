// One replication of a scenario file as a worker thread runs it: the file loaded (once per worker and
// scenario), the replication run and summarised into plain data. The parent runs the same function when a
// batch has a single worker, so the two paths cannot drift apart.
import { isMainThread } from 'node:worker_threads';
import { loadScenarioFile, type ScenarioOverride, selectScenario } from '../load/index.ts';
import type { ReplicationSummary } from '../results/index.ts';
import {
  type RunnableScenario,
  type RunSettingChanges,
  runnable,
  runOneReplication,
} from '../runScenario.ts';

/** What identifies a scenario to run, as plain data a worker thread can receive. */
export interface ScenarioSource {
  /** The scenario file, as the command was given it (relative to the working folder). */
  readonly file: string;
  readonly overrides: readonly ScenarioOverride[];
  /** A variant's name; the baseline when absent. */
  readonly variant?: string;
  readonly changes: RunSettingChanges;
}

/** One replication to run. */
export interface ReplicationTask {
  readonly source: ScenarioSource;
  readonly replication: number;
}

// The scenarios this thread has loaded, by source. Module state on purpose: a worker thread runs many
// replications of one scenario, and loading and compiling it for each would cost a tenth of the work.
const loaded = new Map<string, RunnableScenario>();

/**
 * The scenario a source names, loaded once per thread.
 * @throws ScenarioError when the file has problems (the parent checks it before starting workers)
 * @example
 * scenarioOf({ file: 'scenarios/library/pooling.yaml', overrides: [], changes: {} }).name; // => 'pooling'
 */
export function scenarioOf(source: ScenarioSource): RunnableScenario {
  const key = JSON.stringify(source);
  let scenario = loaded.get(key);
  if (scenario === undefined) {
    const prepared = selectScenario(
      loadScenarioFile(source.file, { overrides: source.overrides }),
      source.variant,
    );
    scenario = runnable(prepared, source.changes);
    loaded.set(key, scenario);
  }
  return scenario;
}

/**
 * Runs one replication of a scenario and returns its summary (plain data, cloned to the parent).
 *
 * Test hook: the environment variable VALUEFLOW_TEST_FAULT makes a chosen replication fail, to test how
 * a batch reports faults: `throw:3` throws in replication 3; `exit:3` ends the worker thread running it
 * (in the parent's own thread it throws instead). Unset, it changes nothing.
 * @example
 * runReplicationTask({ source, replication: 0 }).replication; // => 0
 */
export function runReplicationTask(task: ReplicationTask): ReplicationSummary {
  const scenario = scenarioOf(task.source);
  injectTestFault(task.replication);
  return runOneReplication(scenario, scenario.settings.seed, task.replication);
}

export default runReplicationTask;

function injectTestFault(replication: number): void {
  const fault = process.env.VALUEFLOW_TEST_FAULT;
  if (fault === undefined) return;
  const [kind, at] = fault.split(':');
  if (Number(at) !== replication) return;
  if (kind === 'exit' && !isMainThread) process.exit(3);
  if (kind === 'exit' || kind === 'throw') {
    throw new Error(
      `test fault: replication ${replication} fails on purpose (VALUEFLOW_TEST_FAULT=${fault})`,
    );
  }
}
