// The M/M/c queue the kernel benchmark times twice: on the public kernel API, and as a bare typed-array event
// loop (the baseline); both draw the same streams in the same event order, so their results agree exactly.
import { Simulation } from '../engine/kernel/index.ts';
import { type Rng, stream } from '../engine/random/index.ts';
import { type HeapWatch, sampleHeap } from './benchOutput.ts';
import { growTypedArray } from './growTypedArray.ts';

// Kept in this file rather than imported by the loops: tsx compiles an import into a property read on the
// module's namespace, a getter call at every use. In the loops' rare branches (a heap sample every 65 536
// events, a ring that grows) such a read has no type feedback when the loop is compiled, and the loop
// bailed out of optimised code there again and again: the helpers are bound once here instead.
const sampleHeapOf = sampleHeap;
const growStorage = growTypedArray;
const SEED = 20240601;
const HEAP_SAMPLE_MASK = 65_535; // sample the heap once every 65 536 events: a counter and a mask, cheap
/** Servers, customers per hour, and customers per hour per server. */
export const MMC = { servers: 5, arrivalRate: 4.5, serviceRate: 1 } as const;
const SERVERS = MMC.servers;
const ARRIVAL_RATE = MMC.arrivalRate;
const SERVICE_RATE = MMC.serviceRate;

/** What one M/M/c run did. */
export interface QueueResult {
  readonly events: number;
  readonly pendingEvents: number;
  readonly meanWaitHours: number;
  readonly departures: number;
}

/** Runs the M/M/c queue until `departureTarget` customers have left, sampling the heap into `watch`. */
export type QueueRunner = (departureTarget: number, watch: HeapWatch) => QueueResult;

function exponential(rng: Rng, rate: number): number {
  // Inverse transform; 1 - u is in (0, 1], so the logarithm is finite.
  return -Math.log(1 - rng()) / rate;
}

/**
 * Erlang C's mean wait in queue of an M/M/c queue, hours: Wq = C(c, a) / (c·μ − λ).
 * Formula: https://en.wikipedia.org/wiki/Erlang_(unit)#Erlang_C_formula
 * @example
 * erlangCMeanWait(1, 0.5, 1); // => 1 (M/M/1 at load 0.5: ρ / (μ − λ))
 */
export function erlangCMeanWait(servers: number, arrivalRate: number, serviceRate: number): number {
  const offeredLoad = arrivalRate / serviceRate;
  let term = 1; // a^k / k!, built up term by term to avoid factorial overflow
  let sumBelowServers = 0;
  for (let k = 0; k < servers; k++) {
    sumBelowServers += term;
    term *= offeredLoad / (k + 1);
  }
  const waitingTerm = term * (servers / (servers - offeredLoad));
  const probabilityOfWaiting = waitingTerm / (sumBelowServers + waitingTerm);
  return probabilityOfWaiting / (servers * serviceRate - arrivalRate);
}

// ---------------------------------------------------------------------------------------------------
// On the public kernel API: an arrival handler and a departure handler, module-level functions that
// receive the model as payload (no closure per event), and a ring buffer of arrival times.

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
  if ((++model.counter & HEAP_SAMPLE_MASK) === 0) sampleHeapOf(model.watch);
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
  if ((++model.counter & HEAP_SAMPLE_MASK) === 0) sampleHeapOf(model.watch);
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

/**
 * M/M/c on the kernel's Simulation.
 * @example
 * runKernelQueue(1_000, { peakBytes: 0 }).departures; // => 1000
 */
export function runKernelQueue(departureTarget: number, watch: HeapWatch): QueueResult {
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
// The same M/M/c as a bare event loop: one function, a binary heap over typed arrays (time, event
// type), the ring buffer inline. No classes, no closures, no tie-break counter (times never tie here).

const ARRIVAL = 0;
const DEPARTURE = 1;

/**
 * M/M/c as a bare typed-array event loop: the kernel benchmark's baseline.
 * @example
 * runBareQueue(1_000, { peakBytes: 0 }).meanWaitHours === runKernelQueue(1_000, { peakBytes: 0 }).meanWaitHours; // => true
 */
export function runBareQueue(departureTarget: number, watch: HeapWatch): QueueResult {
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
        heapTimes = growStorage(heapTimes);
        heapTypes = growStorage(heapTypes);
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
    if ((events & HEAP_SAMPLE_MASK) === 0) sampleHeapOf(watch);
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
