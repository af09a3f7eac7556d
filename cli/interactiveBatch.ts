// Running a batch from the command: a progress bar while it runs, Ctrl-C to stop it cleanly (replications
// already finished are kept), and the worker count the user chose, or one per core.
import { availableParallelism } from 'node:os';
import { type BatchOutcome, runBatch, type ScenarioSource } from '../scenarios/index.ts';
import { progressBar } from './progressBar.ts';

/** The exit code of a batch stopped with Ctrl-C (128 + SIGINT, as shells report it). */
export const INTERRUPTED_EXIT_CODE = 130;

/** How the command runs batches. */
export interface BatchOptions {
  /** Worker threads; default one per core. */
  readonly workers?: number;
  /** No progress bar. */
  readonly quiet?: boolean;
}

/**
 * Runs a batch with a progress bar labelled `label`; Ctrl-C stops it and the outcome says it was
 * interrupted (the summaries finished by then are in it).
 * @example
 * const outcome = await runInteractiveBatch('pooling', source, [0, 1, 2], { workers: 2 });
 * outcome.interrupted; // => false, unless Ctrl-C was pressed
 */
export async function runInteractiveBatch(
  label: string,
  source: ScenarioSource,
  replications: readonly number[],
  options: BatchOptions,
): Promise<BatchOutcome> {
  const controller = new AbortController();
  const stop = (): void => {
    process.stderr.write('\nstopping: the replications finished so far will be written, marked partial\n');
    controller.abort();
  };
  process.once('SIGINT', stop);
  const progress = progressBar(label, options.quiet ?? false);
  try {
    return await runBatch({
      source,
      replications,
      workers: options.workers ?? defaultWorkers(),
      onProgress: (done, total) => progress.update(done, total),
      signal: controller.signal,
    });
  } finally {
    progress.stop();
    process.removeListener('SIGINT', stop);
  }
}

/**
 * One worker per core the process may use.
 * @example
 * defaultWorkers(); // => 2 on a two-core machine
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
