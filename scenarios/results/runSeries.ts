// The series of a run over its replications: at each sample time, the mean and the 5-95% band across
// replications of WIP, each step's queue and WIP, and each value stream's cumulative arrivals and completions.
import type { ServiceResults } from '../../engine/index.ts';
import { quantileSorted } from './acrossReplications.ts';

/** One replication's samples, as the engine's results carry them. */
type RunSamples = ServiceResults['samples'];

/**
 * One measure over time: at each sample time, the mean across replications and the 5% and 95% quantiles
 * (type 7) of the replications' values.
 *
 * @example
 * const wip: Band = { mean: [3.2, 4.1], p5: [1, 2], p95: [6, 7] };
 */
export interface Band {
  readonly mean: readonly number[];
  readonly p5: readonly number[];
  readonly p95: readonly number[];
}

/**
 * The series of a run, for a WIP run chart and a cumulative flow diagram. Times are hours from the start
 * of the run, warm-up included.
 *
 * @example
 * const series: RunSeries = runSeries(samples, { steps: ['support/resolve'], streams: ['support'] });
 * series.streams.support?.arrivals.mean; // => cumulative arrivals into the stream, mean over replications
 */
export interface RunSeries {
  /** Sample times, hours. */
  readonly time: readonly number[];
  /**
   * Replications with a sample at each time: all of them, except late in runs that stop when their backlog
   * is done, where the later samples are over the replications still running.
   */
  readonly replications: readonly number[];
  /** Items admitted and not yet gone. */
  readonly wip: Band;
  /** By "value stream/step": items waiting in the step's queue, and items in the step. */
  readonly steps: Readonly<Record<string, { readonly queueLength: Band; readonly wip: Band }>>;
  /** By value stream: items admitted into it so far, and items that left it completed so far. */
  readonly streams: Readonly<Record<string, { readonly arrivals: Band; readonly completions: Band }>>;
}

/**
 * Aggregates the replications' samples time by time. O(replications · samples · measures · log
 * replications).
 * @param samples - each replication's samples (in any order)
 * @param names - the steps ("value stream/step") and value streams, in model order
 * @throws RangeError when two replications sampled at different times
 * @example
 * runSeries([first, second], { steps: ['s/a'], streams: ['s'] }).wip.mean; // => the mean WIP at each time
 */
export function runSeries(
  samples: readonly RunSamples[],
  names: { readonly steps: readonly string[]; readonly streams: readonly string[] },
): RunSeries {
  const longest = samples.reduce<RunSamples | undefined>(
    (best, run) => (best === undefined || run.time.length > best.time.length ? run : best),
    undefined,
  );
  const time = longest?.time ?? [];
  samples.forEach((run, index) => {
    run.time.forEach((at, position) => {
      if (at !== time[position]) {
        throw new RangeError(
          `runSeries: replication ${index} sampled at ${at} h where another did at ${time[position]} h (sample ${position})`,
        );
      }
    });
  });
  const replications = time.map((_, position) => samples.filter((run) => position < run.time.length).length);
  const band = (read: (run: RunSamples) => readonly number[] | undefined): Band => {
    const mean: number[] = [];
    const p5: number[] = [];
    const p95: number[] = [];
    time.forEach((_, position) => {
      const values = samples
        .flatMap((run) => read(run)?.[position] ?? [])
        .sort((first, second) => first - second);
      mean.push(values.reduce((sum, value) => sum + value, 0) / values.length);
      // At least one replication has a sample at every position of the longest one, so neither is null.
      p5.push(quantileSorted(values, 0.05) ?? 0);
      p95.push(quantileSorted(values, 0.95) ?? 0);
    });
    return { mean, p5, p95 };
  };
  const steps: Record<string, { queueLength: Band; wip: Band }> = {};
  names.steps.forEach((name, step) => {
    steps[name] = {
      queueLength: band((run) => run.queueLength[step]),
      wip: band((run) => run.stepWip[step]),
    };
  });
  const streams: Record<string, { arrivals: Band; completions: Band }> = {};
  names.streams.forEach((name, stream) => {
    streams[name] = {
      arrivals: band((run) => run.arrivals[stream]),
      completions: band((run) => run.completions[stream]),
    };
  });
  return { time, replications, wip: band((run) => run.wip), steps, streams };
}
