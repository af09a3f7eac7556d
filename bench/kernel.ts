// Kernel benchmark, one JSON line per case: the hold model and M/M/c on the public kernel API, against a bare
// typed-array M/M/c loop timed in the same run. One file (~420 lines) so the baseline sits beside its rival.
import os from 'node:os';
import { Simulation } from '../engine/kernel/index.ts';
import { type Rng, stream } from '../engine/random/stream.ts';
import { growTypedArray } from './growTypedArray.ts';

const SEED = 20240601;
const HEAP_SAMPLE_MASK = 65_535; // sample the heap once every 65 536 events: a counter and a mask, cheap
const MINIMUM_TIMED_SECONDS = 0.75;
const SERVERS = 5;
const ARRIVAL_RATE = 4.5; // customers per hour
const SERVICE_RATE = 1; // customers per hour per server
const KERNEL_TO_BARE_TARGET = 0.4;

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const megabyte = 1024 * 1024;

/** What every case reports besides its own figures. */
interface Timing {
  readonly events: number;
  readonly seconds: number;
  readonly peakHeapBytes: number;
  readonly pendingEvents: number;
}

/** Tracks the largest heap seen; `sample` is called from inside the runs every 65 536 events. */
interface HeapWatch {
  peakBytes: number;
}

function sampleHeap(watch: HeapWatch): void {
  const used = process.memoryUsage().heapUsed;
  if (used > watch.peakBytes) watch.peakBytes = used;
}

function exponential(rng: Rng, rate: number): number {
  // Inverse transform; 1 - u is in (0, 1], so the logarithm is finite.
  return -Math.log(1 - rng()) / rate;
}

/** Prints one JSON line on stdout. */
export function print(record: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}

/** The machine's state, for every line: Node version and load. */
export function machine(): Record<string, unknown> {
  return { node: process.version, loadAverage1m: Number(os.loadavg()[0]?.toFixed(2)) };
}

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
// (a) The hold model: N pending events; each one, when run, schedules its successor at now + Exp(1).

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
// Erlang C: the probability that an arrival waits in an M/M/c queue, and the mean wait in queue.
// Formula: https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula ; Wq = C(c, a) / (c·μ − λ).

function erlangC(servers: number, offeredLoad: number): number {
  let term = 1; // a^k / k!, built up term by term to avoid factorial overflow
  let sumBelowServers = 0;
  for (let k = 0; k < servers; k++) {
    sumBelowServers += term;
    term *= offeredLoad / (k + 1);
  }
  const waitingTerm = term * (servers / (servers - offeredLoad));
  return waitingTerm / (sumBelowServers + waitingTerm);
}

function erlangCMeanWait(servers: number, arrivalRate: number, serviceRate: number): number {
  return erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
}

interface QueueResult {
  readonly events: number;
  readonly pendingEvents: number;
  readonly meanWaitHours: number;
  readonly departures: number;
}

function queueFields(result: QueueResult, timing: Timing): Record<string, unknown> {
  const theory = erlangCMeanWait(SERVERS, ARRIVAL_RATE, SERVICE_RATE);
  return {
    departures: result.departures,
    ...timingFields(timing),
    servers: SERVERS,
    arrivalRate: ARRIVAL_RATE,
    serviceRate: SERVICE_RATE,
    meanWaitHours: Number(result.meanWaitHours.toFixed(5)),
    erlangCWaitHours: Number(theory.toFixed(5)),
    relativeError: Number(((result.meanWaitHours - theory) / theory).toFixed(4)),
  };
}

// ---------------------------------------------------------------------------------------------------
// (b) M/M/c on the public kernel API: an arrival handler and a departure handler, module-level functions
// that receive the model as payload (no closure per event), and a ring buffer of arrival times.

interface QueueModel {
  readonly simulation: Simulation;
  readonly arrivals: Rng;
  readonly service: Rng;
  readonly watch: HeapWatch;
  readonly departureTarget: number;
  busyServers: number;
  departures: number;
  waitSum: number;
  waitCount: number;
  counter: number;
  // The FIFO queue: arrival times in a ring buffer that doubles when full.
  queueTimes: Float64Array;
  queueHead: number;
  queueLength: number;
}

function arrive(model: QueueModel): void {
  const simulation = model.simulation;
  simulation.schedule(exponential(model.arrivals, ARRIVAL_RATE), arrive, model);
  if (model.busyServers < SERVERS) {
    model.busyServers++;
    model.waitCount++; // waited zero hours
    simulation.schedule(exponential(model.service, SERVICE_RATE), depart, model);
  } else {
    enqueue(model, simulation.now);
  }
  if ((++model.counter & HEAP_SAMPLE_MASK) === 0) sampleHeap(model.watch);
}

function depart(model: QueueModel): void {
  const simulation = model.simulation;
  if (model.queueLength > 0) {
    model.waitSum += simulation.now - dequeue(model);
    model.waitCount++;
    simulation.schedule(exponential(model.service, SERVICE_RATE), depart, model);
  } else {
    model.busyServers--;
  }
  if ((++model.counter & HEAP_SAMPLE_MASK) === 0) sampleHeap(model.watch);
  if (++model.departures === model.departureTarget) simulation.stop();
}

function enqueue(model: QueueModel, arrivalTime: number): void {
  if (model.queueLength === model.queueTimes.length) {
    const larger = new Float64Array(model.queueTimes.length * 2);
    for (let index = 0; index < model.queueLength; index++) {
      larger[index] = model.queueTimes[(model.queueHead + index) % model.queueTimes.length]!;
    }
    model.queueTimes = larger;
    model.queueHead = 0;
  }
  model.queueTimes[(model.queueHead + model.queueLength) % model.queueTimes.length] = arrivalTime;
  model.queueLength++;
}

function dequeue(model: QueueModel): number {
  const arrivalTime = model.queueTimes[model.queueHead]!; // the caller checked queueLength > 0
  model.queueHead = (model.queueHead + 1) % model.queueTimes.length;
  model.queueLength--;
  return arrivalTime;
}

function runKernelQueue(departureTarget: number, watch: HeapWatch): QueueResult {
  const simulation = new Simulation();
  const model: QueueModel = {
    simulation,
    arrivals: stream(SEED, 0, 'arrivals'),
    service: stream(SEED, 0, 'service'),
    watch,
    departureTarget,
    busyServers: 0,
    departures: 0,
    waitSum: 0,
    waitCount: 0,
    counter: 0,
    queueTimes: new Float64Array(64),
    queueHead: 0,
    queueLength: 0,
  };
  simulation.schedule(exponential(model.arrivals, ARRIVAL_RATE), arrive, model);
  simulation.run();
  return {
    events: simulation.eventsRun,
    pendingEvents: simulation.pendingEvents,
    meanWaitHours: model.waitSum / model.waitCount,
    departures: model.departures,
  };
}

// ---------------------------------------------------------------------------------------------------
// (c) The same M/M/c as a bare event loop: one function, a binary heap over typed arrays (time, event
// type), the ring buffer inline. No classes, no closures, no tie-break counter (times never tie here).

const ARRIVAL = 0;
const DEPARTURE = 1;

function runBareQueue(departureTarget: number, watch: HeapWatch): QueueResult {
  const arrivals = stream(SEED, 0, 'arrivals');
  const service = stream(SEED, 0, 'service');
  let heapTimes: Float64Array = new Float64Array(16);
  let heapTypes: Int8Array = new Int8Array(16);
  let heapSize = 0;
  let queueTimes: Float64Array = new Float64Array(64);
  let queueHead = 0;
  let queueLength = 0;
  let busyServers = 0;
  let departures = 0;
  let waitSum = 0;
  let waitCount = 0;
  let events = 0;
  let now = 0;

  heapPush(heapTimes, heapTypes, heapSize++, exponential(arrivals, ARRIVAL_RATE), ARRIVAL);
  while (departures < departureTarget && heapSize > 0) {
    now = heapTimes[0]!;
    const type = heapTypes[0]!;
    // Pop: move the last entry into the root's hole and sift it down.
    const lastTime = heapTimes[--heapSize]!;
    const lastType = heapTypes[heapSize]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= heapSize) break;
      if (child + 1 < heapSize && heapTimes[child + 1]! < heapTimes[child]!) child++;
      const childTime = heapTimes[child]!;
      if (lastTime <= childTime) break;
      heapTimes[hole] = childTime;
      heapTypes[hole] = heapTypes[child]!;
      hole = child;
    }
    heapTimes[hole] = lastTime;
    heapTypes[hole] = lastType;
    events++;

    if (type === ARRIVAL) {
      // At most one arrival and SERVERS departures are pending, so two free entries always suffice.
      if (heapSize + 2 > heapTimes.length) {
        heapTimes = growTypedArray(heapTimes);
        heapTypes = growTypedArray(heapTypes);
      }
      heapPush(heapTimes, heapTypes, heapSize++, now + exponential(arrivals, ARRIVAL_RATE), ARRIVAL);
      if (busyServers < SERVERS) {
        busyServers++;
        waitCount++;
        heapPush(heapTimes, heapTypes, heapSize++, now + exponential(service, SERVICE_RATE), DEPARTURE);
      } else {
        if (queueLength === queueTimes.length) {
          const larger = new Float64Array(queueLength * 2);
          for (let index = 0; index < queueLength; index++) {
            larger[index] = queueTimes[(queueHead + index) % queueTimes.length]!;
          }
          queueTimes = larger;
          queueHead = 0;
        }
        queueTimes[(queueHead + queueLength) % queueTimes.length] = now;
        queueLength++;
      }
    } else {
      if (queueLength > 0) {
        waitSum += now - queueTimes[queueHead]!;
        queueHead = (queueHead + 1) % queueTimes.length;
        queueLength--;
        waitCount++;
        // A departure pops one entry and pushes at most one, so there is room.
        heapPush(heapTimes, heapTypes, heapSize++, now + exponential(service, SERVICE_RATE), DEPARTURE);
      } else {
        busyServers--;
      }
      departures++;
    }
    if ((events & HEAP_SAMPLE_MASK) === 0) sampleHeap(watch);
  }
  return { events, pendingEvents: heapSize, meanWaitHours: waitSum / waitCount, departures };
}

// Inserts (time, type) at position `size` by moving the hole up: one write per level, no swaps.
function heapPush(times: Float64Array, types: Int8Array, size: number, time: number, type: number): void {
  let hole = size;
  while (hole > 0) {
    const parent = (hole - 1) >> 1;
    const parentTime = times[parent]!;
    if (parentTime <= time) break;
    times[hole] = parentTime;
    types[hole] = types[parent]!;
    hole = parent;
  }
  times[hole] = time;
  types[hole] = type;
}

// ---------------------------------------------------------------------------------------------------

const QUEUE_REPEATS = 5;

// Times the runner QUEUE_REPEATS times and keeps the median run: one 1 M-departure run lasts about a
// fifth of a second, short enough for a single timer reading to be noisy.
function benchQueue(
  name: string,
  runner: (departureTarget: number, watch: HeapWatch) => QueueResult,
  departureTarget: number,
): { timing: Timing; result: QueueResult } {
  timed((watch) => runner(300_000, watch)); // long enough for the optimising compiler to settle
  const runs: { timing: Timing; result: QueueResult }[] = [];
  for (let repeat = 0; repeat < QUEUE_REPEATS; repeat++) {
    let result: QueueResult | undefined;
    const timing = timed((watch) => {
      result = runner(departureTarget, watch);
      return result;
    });
    if (result === undefined) throw new Error(`${name} produced no result`);
    runs.push({ timing, result });
  }
  runs.sort((first, second) => first.timing.seconds - second.timing.seconds);
  const median = runs[Math.floor(runs.length / 2)]!; // runs is non-empty
  const peakHeapBytes = Math.max(...runs.map((run) => run.timing.peakHeapBytes));
  const rates = runs.map((run) => Math.round(run.timing.events / run.timing.seconds));
  print({
    case: name,
    ...queueFields(median.result, { ...median.timing, peakHeapBytes }),
    repeats: QUEUE_REPEATS,
    eventsPerSecondMin: Math.min(...rates),
    eventsPerSecondMax: Math.max(...rates),
    ...machine(),
  });
  return median;
}

/**
 * Times one run of the bare loop (1 M departures), for benchmarks that pair each of their runs with a
 * baseline measured just before it: on a shared machine the speed drifts by a third within minutes.
 * @returns the bare loop's events per second in this run
 */
export function timeBareLoop(): number {
  // Without the full collection `timed` starts with: a forced collection just before a service-desk run
  // made that run a third slower (the deopt trace shows V8 re-learning types and recompiling after it).
  const start = process.hrtime.bigint();
  const { events } = runBareQueue(1_000_000, { peakBytes: 0 });
  return events / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Runs every kernel case and prints its JSON lines. */
export function runKernelBenchmarks(): void {
  for (const pending of [10, 1_000, 100_000]) benchHold(pending);
  benchQueue('mmc-kernel-100k', runKernelQueue, 100_000);
  const kernel = benchQueue('mmc-kernel-1M', runKernelQueue, 1_000_000);
  const bare = benchQueue('mmc-bare-1M', runBareQueue, 1_000_000);
  const kernelRate = kernel.timing.events / kernel.timing.seconds;
  const bareRate = bare.timing.events / bare.timing.seconds;
  const ratio = kernelRate / bareRate;
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
