// A progress bar on stderr for batches that take more than a moment: replications done, the rate and the
// time left; nothing when stderr is not a terminal (a pipe, a CI log) or when the user asks for quiet.
import { SingleBar } from 'cli-progress';

/** A batch shorter than this shows no bar at all. */
const DELAY_MILLISECONDS = 600;

/** Reports progress to a bar, once the batch has run for a moment. */
export interface Progress {
  /** Replications done out of total. */
  update(done: number, total: number): void;
  /** Removes the bar (before the results are printed). */
  stop(): void;
}

/**
 * A progress reporter for a batch labelled `label`: a bar on stderr when stderr is a terminal and `quiet`
 * is false, appearing only after the batch has run for a moment; otherwise one that does nothing.
 * @example
 * const progress = progressBar('pooling', false);
 * progress.update(3, 20); // => a bar "pooling ███░░░ 3/20 replications | 4.1/s | 4s left", after 0.6 s
 */
export function progressBar(label: string, quiet: boolean): Progress {
  if (quiet || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const started = Date.now();
  let bar: SingleBar | undefined;
  return {
    update(done: number, total: number): void {
      const elapsedSeconds = (Date.now() - started) / 1000;
      if (bar === undefined) {
        if (elapsedSeconds * 1000 < DELAY_MILLISECONDS || done >= total) return;
        bar = new SingleBar({
          stream: process.stderr,
          format: `${label} {bar} {value}/{total} replications | {rate}/s | {eta_formatted} left`,
          hideCursor: true,
          clearOnComplete: true,
        });
        bar.start(total, done, { rate: '-' });
      }
      bar.update(done, { rate: (done / Math.max(elapsedSeconds, 1e-3)).toFixed(1) });
    },
    stop(): void {
      bar?.stop();
    },
  };
}
