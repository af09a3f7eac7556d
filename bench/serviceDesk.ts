// Service-desk benchmark: 3 teams, 30 people, 5 skills and a year of demand (about 100 000 items) through
// the engine, against the same organisation hand-coded on typed arrays (handCodedServiceDesk.ts, same seed,
// same items, same results) and the bare M/M/c loop, all timed in interleaved pairs in the same run.
import { BYTES_PER_ITEM_RECORD } from '../engine/model/index.ts';
import { startServiceReplication } from '../engine/runner/index.ts';
import { machine, print } from './benchOutput.ts';
import { runHandCodedServiceDesk } from './handCodedServiceDesk.ts';
import { type QueueRun, timeBareLoop } from './queueTiming.ts';
import { serviceDeskModel } from './serviceDeskModel.ts';

const HOURS_PER_YEAR = 24 * 365;
const WARM_UP_HOURS = 168;
const SEED = 20240601;
const collectGarbage = (globalThis as { gc?: () => void }).gc;
/** The headline: the engine should need at most twice the hand-coded desk's time. */
const HAND_CODED_TO_ENGINE_TARGET = 0.5;
const DOMAIN_TO_BARE_TARGET = 0.25;
/** Paired runs in the summary: each a bare loop, then one year of each desk. */
const PAIRED_RUNS = 5;
/** Relative difference within which the two desks' mean lead times count as the same (rounding only). */
const SAME_RESULTS_TOLERANCE = 1e-9;

/** One timed year of either desk, with the results compared between them. */
interface DeskRun {
  readonly seconds: number;
  readonly events: number;
  readonly offered: number;
  /** Whole run, as conservation counts it. */
  readonly completed: number;
  readonly completedAfterWarmUp: number;
  readonly meanLeadTime: number;
}

const replicationOptions = (years: number, recordItems = false) => ({
  seed: SEED,
  replication: 0,
  hours: HOURS_PER_YEAR * years,
  warmUpHours: WARM_UP_HOURS,
  recordItems,
});

function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

// Both desks are timed with their setup: the engine builds its system (startServiceReplication: streams,
// workers, first arrivals) and runs; the twin builds its tables, streams and first arrivals and runs. The
// engine's summary (results(), which also selects the items' percentiles) is read after the clock
// stops; the twin's takes microseconds (a few sums), so it stays inside its call. The model definition is
// compiled before the clock starts, as the twin's organisation is its code. The headline compares the
// same work, so the engine keeps no item records there (the twin keeps none); the engine's default, with
// records, is timed in the same pairs and reported beside it.
function timeEngine(years: number, recordItems = false): DeskRun {
  const model = serviceDeskModel();
  const started = process.hrtime.bigint();
  const system = startServiceReplication(model, replicationOptions(years, recordItems));
  system.run(HOURS_PER_YEAR * years);
  const seconds = secondsSince(started);
  const results = system.results();
  return {
    seconds,
    events: system.simulation.eventsRun,
    offered: results.conservation.offered,
    completed: results.conservation.completed,
    completedAfterWarmUp: results.endToEnd.count,
    meanLeadTime: results.endToEnd.meanLeadTime ?? Number.NaN, // the engine's mean is null when nothing completed
  };
}

function timeHandCoded(years: number): DeskRun {
  const started = process.hrtime.bigint();
  const results = runHandCodedServiceDesk(replicationOptions(years));
  const seconds = secondsSince(started);
  return {
    seconds,
    events: results.events,
    offered: results.offered,
    completed: results.completed,
    completedAfterWarmUp: results.endToEnd.count,
    meanLeadTime: results.endToEnd.meanLeadTime,
  };
}

function sameResults(engine: DeskRun, handCoded: DeskRun): boolean {
  return (
    engine.offered === handCoded.offered &&
    engine.completed === handCoded.completed &&
    engine.completedAfterWarmUp === handCoded.completedAfterWarmUp &&
    Math.abs(engine.meanLeadTime - handCoded.meanLeadTime) <=
      SAME_RESULTS_TOLERANCE * Math.abs(engine.meanLeadTime)
  );
}

/**
 * Runs `years` of the engine's desk once for its memory, apart from the timed runs: the heap is sampled
 * once a simulated week (reading it is not free), and after the run, with --expose-gc, garbage is
 * collected and what the finished run still holds is read (the system is alive there): the measure of
 * memory that grows with the run, free of the collector's timing.
 */
function measureMemory(
  years: number,
  recordItems: boolean,
): DeskRun & { peakHeapMB: number; liveHeapMB: number; arrayBuffersMB: number } {
  const hours = HOURS_PER_YEAR * years;
  const system = startServiceReplication(serviceDeskModel(), replicationOptions(years, recordItems));
  let peakHeap = 0;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    system.simulation.schedule(168, sampleHeap);
  };
  system.simulation.schedule(168, sampleHeap);
  const started = process.hrtime.bigint();
  system.run(hours);
  const seconds = secondsSince(started);
  collectGarbage?.();
  const memory = process.memoryUsage();
  const liveHeapMB = memory.heapUsed / 2 ** 20;
  // Typed arrays (the item records) live outside the heap.
  const arrayBuffersMB = memory.arrayBuffers / 2 ** 20;
  // Read after the heap, so that the system is still alive when it is measured.
  const results = system.results();
  return {
    seconds,
    // The heap samples are calendar events of the benchmark, not of the model: leave them out.
    events: system.simulation.eventsRun - Math.floor(hours / 168),
    offered: results.conservation.offered,
    completed: results.conservation.completed,
    completedAfterWarmUp: results.endToEnd.count,
    meanLeadTime: results.endToEnd.meanLeadTime ?? Number.NaN,
    peakHeapMB: peakHeap / 2 ** 20,
    liveHeapMB,
    arrayBuffersMB,
  };
}

/** One pair: the bare loop, then a year of each desk, the first desk alternating between pairs. */
interface Pair {
  readonly bare: QueueRun;
  /** The engine without item records: the same work as the twin. */
  readonly engine: DeskRun;
  /** The engine as it runs by default, keeping item records. */
  readonly engineWithRecords: DeskRun;
  readonly handCoded: DeskRun;
  /** Events per second, engine over bare loop. */
  readonly domainToBare: number;
  /** Seconds for the same items, hand-coded over engine. */
  readonly handCodedToEngine: number;
  /** The same, over the engine keeping item records. */
  readonly handCodedToEngineWithRecords: number;
}

function timePair(index: number): Pair {
  const bare = timeBareLoop();
  // Neither desk always runs right after the bare loop (or after the other desk's garbage).
  const handCodedFirst = index % 2 === 0;
  const early = handCodedFirst ? timeHandCoded(1) : timeEngine(1);
  const late = handCodedFirst ? timeEngine(1) : timeHandCoded(1);
  const engine = handCodedFirst ? late : early;
  const handCoded = handCodedFirst ? early : late;
  const engineWithRecords = timeEngine(1, true);
  return {
    bare,
    engine,
    engineWithRecords,
    handCoded,
    domainToBare: engine.events / engine.seconds / bare.eventsPerSecond,
    handCodedToEngine: handCoded.seconds / engine.seconds,
    handCodedToEngineWithRecords: handCoded.seconds / engineWithRecords.seconds,
  };
}

// The median of `values` by `key` (sorted copies; PAIRED_RUNS > 0), with the smallest and largest key.
function spread<Value>(values: readonly Value[], key: (value: Value) => number) {
  const sorted = [...values].sort((first, second) => key(first) - key(second));
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { median, value: key(median), min: key(sorted[0]!), max: key(sorted[sorted.length - 1]!) };
}

const rounded = (value: number): number => Number(value.toFixed(3));

/**
 * Times the service desk and prints its JSON lines: a one-year and a two-year line, and a summary with
 * the hand-coded desk's time over the engine's for the same seed and items (the headline) and the ratios
 * to the bare loop. The machine's speed drifts (by a third within minutes on a shared host), so every
 * ratio is the median of PAIRED_RUNS pairs, each pair's runs timed back to back.
 * @example
 * runServiceDeskBenchmark(); // prints service-desk-1y, service-desk-2y and service-desk-summary lines
 */
export function runServiceDeskBenchmark(): void {
  // Untimed years first: the optimising compiler settles on the first system, and once more when a
  // second system is built (code specialised to the first one's objects is thrown away then).
  timeEngine(1);
  timeEngine(1, true);
  timeHandCoded(1);
  timeHandCoded(1);
  timeBareLoop();
  const pairs = Array.from({ length: PAIRED_RUNS }, (_, index) => timePair(index));
  const domain = spread(pairs, (pair) => pair.domainToBare);
  const handCodedToEngine = spread(pairs, (pair) => pair.handCodedToEngine);
  const withRecords = spread(pairs, (pair) => pair.handCodedToEngineWithRecords);
  const median = (key: (pair: Pair) => number): number => spread(pairs, key).value;
  const handCodedEventsPerSecond = (pair: Pair): number => pair.handCoded.events / pair.handCoded.seconds;
  const compared = handCodedToEngine.median;
  // Memory, after the timed runs: a finished one-year and a finished two-year run, each collected, without
  // item records (memory must stay flat in run length), and with them (64 bytes an item, outside the heap).
  const oneYear = domain.median.engine;
  const oneYearHeld = measureMemory(1, false);
  const twoYears = measureMemory(2, false);
  const oneYearRecorded = measureMemory(1, true);
  const twoYearsRecorded = measureMemory(2, true);
  for (const [name, run, memory] of [
    ['service-desk-1y', oneYear, oneYearHeld],
    ['service-desk-2y', twoYears, twoYears],
  ] as const) {
    print({
      case: name,
      teams: 3,
      people: 30,
      skills: 5,
      items: run.offered,
      completed: run.completed,
      seconds: Number(run.seconds.toFixed(3)),
      itemsPerSecond: Math.round(run.offered / run.seconds),
      eventsPerItem: Number((run.events / run.offered).toFixed(2)),
      eventsPerSecond: Math.round(run.events / run.seconds),
      peakHeapMB: Number(memory.peakHeapMB.toFixed(1)),
      liveHeapMBAtEnd: Number(memory.liveHeapMB.toFixed(1)),
      ...machine(),
    });
  }
  print({
    case: 'service-desk-summary',
    // The headline: the same seed and the same items through both, setup and run timed for each.
    handCodedToEngineTimeRatio: rounded(handCodedToEngine.value),
    handCodedToEngineRatioMin: rounded(handCodedToEngine.min),
    handCodedToEngineRatioMax: rounded(handCodedToEngine.max),
    handCodedToEngineTarget: HAND_CODED_TO_ENGINE_TARGET,
    meetsHandCodedTarget: handCodedToEngine.value >= HAND_CODED_TO_ENGINE_TARGET,
    handCodedToEngineWithRecordsTimeRatio: rounded(withRecords.value),
    handCodedToEngineWithRecordsRatioMin: rounded(withRecords.min),
    handCodedToEngineWithRecordsRatioMax: rounded(withRecords.max),
    engineSeconds: rounded(compared.engine.seconds),
    engineWithRecordsSeconds: rounded(compared.engineWithRecords.seconds),
    handCodedSeconds: rounded(compared.handCoded.seconds),
    timedWithSetup: true,
    engineCompleted: compared.engine.completed,
    handCodedCompleted: compared.handCoded.completed,
    engineCompletedAfterWarmUp: compared.engine.completedAfterWarmUp,
    handCodedCompletedAfterWarmUp: compared.handCoded.completedAfterWarmUp,
    engineMeanLeadTime: compared.engine.meanLeadTime,
    handCodedMeanLeadTime: compared.handCoded.meanLeadTime,
    sameResults: pairs.every((pair) => sameResults(pair.engine, pair.handCoded)),
    domainToBareRatio: rounded(domain.value),
    ratioMin: rounded(domain.min),
    ratioMax: rounded(domain.max),
    bareEventsPerSecond: Math.round(median((pair) => pair.bare.eventsPerSecond)),
    handCodedEventsPerSecond: Math.round(median(handCodedEventsPerSecond)),
    handCodedToBareRatio: rounded(
      median((pair) => handCodedEventsPerSecond(pair) / pair.bare.eventsPerSecond),
    ),
    domainToHandCodedRatio: rounded(
      median((pair) => pair.engine.events / pair.engine.seconds / handCodedEventsPerSecond(pair)),
    ),
    pairedRuns: PAIRED_RUNS,
    domainToBareTarget: DOMAIN_TO_BARE_TARGET,
    meetsDomainToBareTarget: domain.value >= DOMAIN_TO_BARE_TARGET,
    // Memory is flat when a finished two-year run holds no more than a one-year run (needs --expose-gc).
    liveHeapTwoYearsOverOne: Number((twoYears.liveHeapMB / oneYearHeld.liveHeapMB).toFixed(2)),
    // With records: what the second year's records add outside the heap, per item recorded in it.
    recordBytesPerItemMeasured: Math.round(
      ((twoYearsRecorded.arrayBuffersMB - oneYearRecorded.arrayBuffersMB) * 2 ** 20) /
        (twoYearsRecorded.completed - oneYearRecorded.completed),
    ),
    recordBytesPerItemStated: BYTES_PER_ITEM_RECORD,
    gcExposed: collectGarbage !== undefined,
    ...machine(),
  });
}
