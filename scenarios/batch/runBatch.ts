// A batch of replications of one scenario on a pool of worker threads (piscina), or in this thread when it
// has one worker: each replication's summary is kept by its index, so the result does not depend on which
// worker finished first; a replication that fails is reported and the others kept; an abort stops it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Piscina } from 'piscina';
import type { ReplicationSummary } from '../results/index.ts';
import {
  type ReplicationTask,
  runReplicationTask,
  type ScenarioSource,
  scenarioOf,
} from './replicationTask.ts';

/** A replication that did not finish: what it was, the seed to reproduce it with (`--rep`), and why. */
export interface ReplicationFailure {
  readonly replication: number;
  readonly seed: number;
  readonly message: string;
}

/** What a batch produced: the summaries in replication order, the failures, and whether it was stopped. */
export interface BatchOutcome {
  readonly summaries: readonly ReplicationSummary[];
  readonly failures: readonly ReplicationFailure[];
  /** True when the batch was aborted before every replication ran. */
  readonly interrupted: boolean;
}

/** A batch to run. */
export interface BatchRequest {
  readonly source: ScenarioSource;
  /** The replication indices to run. */
  readonly replications: readonly number[];
  /** Worker threads; 1 runs every replication in this thread. */
  readonly workers: number;
  /** Called as replications finish (successfully or not). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops the batch: replications not started are skipped, running ones abandoned. */
  readonly signal?: AbortSignal;
}

const WORKER_ENTRY = new URL('./replicationWorker.mjs', import.meta.url).href;

/**
 * Runs the replications of a batch and gathers their summaries, sorted by replication index, whatever the
 * number of workers or the order they finish in (each replication depends only on the scenario, the seed
 * and its index). A failing replication (it throws, or its worker thread dies) is recorded with its seed,
 * the pool replaces the worker, and the others go on.
 * @example
 * const outcome = await runBatch({ source, replications: [0, 1, 2, 3], workers: 2 });
 * outcome.summaries.map((summary) => summary.replication); // => [0, 1, 2, 3]
 */
export async function runBatch(request: BatchRequest): Promise<BatchOutcome> {
  const seed = scenarioOf(request.source).settings.seed;
  const results = new Map<number, ReplicationSummary>();
  const failures: ReplicationFailure[] = [];
  let done = 0;
  const finished = (): void => {
    done++;
    request.onProgress?.(done, request.replications.length);
  };
  const fail = (replication: number, error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    failures.push({ replication, seed, message });
  };
  const interrupted =
    request.workers <= 1
      ? await runInThisThread(request, results, fail, finished)
      : await runOnPool(request, results, fail, finished);
  return {
    summaries: [...results.keys()]
      .sort((first, second) => first - second)
      .map((index) => results.get(index)!),
    failures: failures.sort((first, second) => first.replication - second.replication),
    interrupted,
  };
}

// One replication after another, yielding to the event loop between them so that an abort (Ctrl-C) is
// seen; returns whether the batch was aborted.
async function runInThisThread(
  request: BatchRequest,
  results: Map<number, ReplicationSummary>,
  fail: (replication: number, error: unknown) => void,
  finished: () => void,
): Promise<boolean> {
  for (const replication of request.replications) {
    await nextTurn();
    if (request.signal?.aborted) return true;
    try {
      results.set(replication, runReplicationTask({ source: request.source, replication }));
    } catch (error) {
      fail(replication, error);
    }
    finished();
  }
  return false;
}

// Every replication submitted to a pool of `workers` threads; returns whether the batch was aborted.
async function runOnPool(
  request: BatchRequest,
  results: Map<number, ReplicationSummary>,
  fail: (replication: number, error: unknown) => void,
  finished: () => void,
): Promise<boolean> {
  const pool = new Piscina<ReplicationTask, ReplicationSummary>({
    filename: WORKER_ENTRY,
    minThreads: request.workers,
    maxThreads: request.workers,
    // Unbounded: the tasks are a few hundred bytes each; the summaries come back as they finish.
    maxQueue: Number.POSITIVE_INFINITY,
  });
  // On abort the pool is destroyed: tasks not started are dropped and running ones abandoned (their
  // promises reject, and are not failures).
  let aborted = false;
  const abort = (): void => {
    aborted = true;
    void pool.destroy();
  };
  request.signal?.addEventListener('abort', abort, { once: true });
  try {
    await Promise.all(
      request.replications.map(async (replication) => {
        try {
          const summary = await pool.run({ source: request.source, replication });
          results.set(replication, summary);
          finished();
        } catch (error) {
          if (aborted) return;
          fail(replication, error);
          finished();
        }
      }),
    );
  } finally {
    request.signal?.removeEventListener('abort', abort);
    if (!aborted) await pool.destroy();
  }
  return aborted;
}
