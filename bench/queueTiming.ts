// The one way every ratio measures an M/M/c run, the bare baseline above all: a single timed run with no
// forced garbage collection before it, so the kernel's and the service desk's ratios share one yardstick.
import { type HeapWatch, sampleHeap } from './benchOutput.ts';
import { type QueueResult, type QueueRunner, runBareQueue } from './mmcQueues.ts';

const BARE_LOOP_DEPARTURES = 1_000_000;

/** One timed M/M/c run. */
export interface QueueRun {
  readonly result: QueueResult;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

/**
 * Times one run of an M/M/c runner, the same way for every ratio: no forced collection first, as the
 * service-desk runs the baseline is paired with are timed (a collection just before a desk run was once
 * seen to slow it by a third). Re-measured on a 2-core host with --expose-gc, median of 6 alternating
 * runs with and without a collection first: bare loop 198 and 191 ms, engine desk year 389 and 392 ms,
 * hand-coded desk year 192 and 200 ms, all within the noise; so the rule costs nothing and keeps the two
 * sides of every ratio alike. The garbage an earlier run left is collected during a later one either way,
 * which is why pairs alternate their order.
 * @example
 * timeQueueRun(runBareQueue, 100_000).result.departures; // => 100000
 */
export function timeQueueRun(runner: QueueRunner, departures: number): QueueRun {
  const watch: HeapWatch = { peakBytes: 0 };
  const start = process.hrtime.bigint();
  const result = runner(departures, watch);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { result, seconds, eventsPerSecond: result.events / seconds };
}

/**
 * Times one run of the bare M/M/c loop (1 M departures): the baseline of every ratio, the kernel's and
 * the service desk's, each time paired with the run it is compared with (the speed drifts by a third
 * within minutes on a shared machine).
 * @example
 * timeBareLoop().eventsPerSecond; // => about 1e7 on a 2-core cloud host
 */
export function timeBareLoop(): QueueRun {
  return timeQueueRun(runBareQueue, BARE_LOOP_DEPARTURES);
}

/**
 * The largest heap one run reaches, bytes, measured apart from the timed runs: after a full collection
 * (with --expose-gc), so that earlier runs' garbage does not count.
 * @example
 * peakHeapOfRun(runBareQueue, 100_000); // => about 1.8e7 (the whole heap in use, not only the run's)
 */
export function peakHeapOfRun(runner: QueueRunner, departures: number): number {
  (globalThis as { gc?: () => void }).gc?.();
  const watch: HeapWatch = { peakBytes: 0 };
  sampleHeap(watch);
  runner(departures, watch);
  sampleHeap(watch);
  return watch.peakBytes;
}
