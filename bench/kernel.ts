// Kernel benchmark, one JSON line per case: the hold model and M/M/c on the public kernel API, against the
// bare typed-array M/M/c loop (mmcQueues.ts) timed in the same run, interleaved with it.
import { Simulation } from '../engine/kernel/index.ts';
import { type Rng, stream } from '../engine/random/index.ts';
import { type HeapWatch, machine, print, sampleHeap } from './benchOutput.ts';
import { erlangCMeanWait, MMC, type QueueRunner, runBareQueue, runKernelQueue } from './mmcQueues.ts';
import { peakHeapOfRun, type QueueRun, timeBareLoop, timeQueueRun } from './queueTiming.ts';

const SEED = 20240601;
const HEAP_SAMPLE_MASK = 65_535; // sample the heap once every 65 536 events: a counter and a mask, cheap
const MINIMUM_TIMED_SECONDS = 0.75;
const KERNEL_TO_BARE_TARGET = 0.4;
const QUEUE_REPEATS = 5;

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const megabyte = 1024 * 1024;

/** What a hold case reports besides its own figures. */
interface Timing {
  readonly events: number;
  readonly seconds: number;
  readonly peakHeapBytes: number;
  readonly pendingEvents: number;
}

function exponential(rng: Rng, rate: number): number {
  // Inverse transform; 1 - u is in (0, 1], so the logarithm is finite.
  return -Math.log(1 - rng()) / rate;
}

// The hold cases are no ratio's party, so they keep a full collection before each run: their peak heap is
// then the run's own.
function timed(run: (watch: HeapWatch) => { events: number; pendingEvents: number }): Timing {
  collectGarbage?.();
  const watch: HeapWatch = { peakBytes: 0 };
  sampleHeap(watch);
  const start = process.hrtime.bigint();
  const { events, pendingEvents } = run(watch);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sampleHeap(watch);
  return { events, seconds, peakHeapBytes: watch.peakBytes, pendingEvents };
}

function timingFields(timing: Timing): Record<string, unknown> {
  return {
    events: timing.events,
    seconds: Number(timing.seconds.toFixed(4)),
    eventsPerSecond: Math.round(timing.events / timing.seconds),
    peakHeapMB: Number((timing.peakHeapBytes / megabyte).toFixed(2)),
    pendingEvents: timing.pendingEvents,
  };
}

// ---------------------------------------------------------------------------------------------------
// The hold model: N pending events; each one, when run, schedules its successor at now + Exp(1).

interface HoldModel {
  readonly simulation: Simulation;
  readonly rng: Rng;
  readonly watch: HeapWatch;
  remaining: number;
  counter: number;
}

function hold(model: HoldModel): void {
  model.simulation.schedule(exponential(model.rng, 1), hold, model);
  if ((++model.counter & HEAP_SAMPLE_MASK) === 0) sampleHeap(model.watch);
  if (--model.remaining === 0) model.simulation.stop();
}

function runHold(
  pending: number,
  events: number,
  watch: HeapWatch,
): { events: number; pendingEvents: number } {
  const simulation = new Simulation();
  const model: HoldModel = { simulation, rng: stream(SEED, 0, 'hold'), watch, remaining: events, counter: 0 };
  for (let index = 0; index < pending; index++) simulation.schedule(exponential(model.rng, 1), hold, model);
  simulation.run();
  return { events: simulation.eventsRun, pendingEvents: simulation.pendingEvents };
}

// Picks an event count that keeps the timed run above MINIMUM_TIMED_SECONDS on this machine.
function eventsForMinimumTime(warmUp: Timing, atLeast: number): number {
  const rate = warmUp.events / warmUp.seconds;
  return Math.max(atLeast, Math.ceil((rate * MINIMUM_TIMED_SECONDS) / 1e6) * 1e6);
}

function benchHold(pending: number): void {
  timed((watch) => runHold(pending, 200_000, watch));
  const warmUp = timed((watch) => runHold(pending, 1_000_000, watch));
  const events = eventsForMinimumTime(warmUp, 2_000_000);
  const timing = timed((watch) => runHold(pending, events, watch));
  print({ case: `hold-${pending}`, pending, ...timingFields(timing), ...machine() });
}

// ---------------------------------------------------------------------------------------------------
// M/M/c: each case's line gives its median run of QUEUE_REPEATS (one 1 M-departure run lasts about a
// fifth of a second, short enough for a single timer reading to be noisy) and its peak heap.

function medianOf<Element>(values: readonly Element[], key: (value: Element) => number): Element {
  const sorted = [...values].sort((first, second) => key(first) - key(second));
  return sorted[Math.floor(sorted.length / 2)]!; // callers pass at least one value
}

function printQueueCase(name: string, runs: readonly QueueRun[], peakHeapBytes: number): QueueRun {
  const median = medianOf(runs, (run) => run.seconds);
  const theory = erlangCMeanWait(MMC.servers, MMC.arrivalRate, MMC.serviceRate);
  const rates = runs.map((run) => Math.round(run.eventsPerSecond));
  const result = median.result;
  print({
    case: name,
    departures: result.departures,
    ...timingFields({ ...result, seconds: median.seconds, peakHeapBytes }),
    servers: MMC.servers,
    arrivalRate: MMC.arrivalRate,
    serviceRate: MMC.serviceRate,
    meanWaitHours: Number(result.meanWaitHours.toFixed(5)),
    erlangCWaitHours: Number(theory.toFixed(5)),
    relativeError: Number(((result.meanWaitHours - theory) / theory).toFixed(4)),
    repeats: runs.length,
    eventsPerSecondMin: Math.min(...rates),
    eventsPerSecondMax: Math.max(...rates),
    ...machine(),
  });
  return median;
}

function benchKernelQueue(name: string, runner: QueueRunner, departures: number): void {
  timeQueueRun(runner, 300_000); // long enough for the optimising compiler to settle
  const runs = Array.from({ length: QUEUE_REPEATS }, () => timeQueueRun(runner, departures));
  printQueueCase(name, runs, peakHeapOfRun(runner, departures));
}

/** Runs every kernel case and prints its JSON lines. */
export function runKernelBenchmarks(): void {
  for (const pending of [10, 1_000, 100_000]) benchHold(pending);
  benchKernelQueue('mmc-kernel-100k', runKernelQueue, 100_000);
  // The 1 M-departure kernel runs alternate with the bare loop's, each pair timed within a second, and
  // the summary gives the median of the pairs' ratios: the machine's speed drifts between minutes.
  timeQueueRun(runKernelQueue, 300_000);
  timeBareLoop();
  const pairs = Array.from({ length: QUEUE_REPEATS }, () => {
    const kernel = timeQueueRun(runKernelQueue, 1_000_000);
    const bare = timeBareLoop();
    return { kernel, bare, ratio: kernel.eventsPerSecond / bare.eventsPerSecond };
  });
  const kernel = printQueueCase(
    'mmc-kernel-1M',
    pairs.map((pair) => pair.kernel),
    peakHeapOfRun(runKernelQueue, 1_000_000),
  );
  const bare = printQueueCase(
    'mmc-bare-1M',
    pairs.map((pair) => pair.bare),
    peakHeapOfRun(runBareQueue, 1_000_000),
  );
  const ratio = medianOf(pairs, (pair) => pair.ratio).ratio;
  print({
    case: 'summary',
    kernelToBareRatio: Number(ratio.toFixed(3)),
    target: KERNEL_TO_BARE_TARGET,
    meetsTarget: ratio >= KERNEL_TO_BARE_TARGET,
    // Both runs draw the same streams in the same event order, so their results must agree exactly.
    sameResults:
      kernel.result.meanWaitHours === bare.result.meanWaitHours &&
      kernel.result.events === bare.result.events,
    gcExposed: collectGarbage !== undefined,
    ...machine(),
  });
}
