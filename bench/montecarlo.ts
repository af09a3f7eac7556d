// Monte Carlo benchmark: batches of the desk-year scenario (bench/service-desk.yaml) on 1 and 2 worker
// threads (more where the machine has the cores): replications per second, parallel efficiency (the median
// of paired rounds), the time of 1 000 replications, the time to the first replications, and peak memory.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBatch, type ScenarioSource } from '../scenarios/index.ts';
import { machine, print } from './benchOutput.ts';

const DESK_SCENARIO = fileURLToPath(new URL('./service-desk.yaml', import.meta.url));
const SOURCE: ScenarioSource = { file: DESK_SCENARIO, overrides: [], changes: {} };
/**
 * Rounds of the efficiency measurement: a one-worker batch, then a two-worker batch of twice as many
 * replications, timed back to back; this host's speed drifts by a third within minutes, so each round
 * gives a ratio of its own and the summary takes the median.
 */
const EFFICIENCY_ROUNDS = 3;
/** Replications of each round's one-worker batch (about 8 s); the two-worker batch runs twice as many. */
const ROUND_REPLICATIONS = 24;
/** The batch the issue names: 1 000 replications of the desk-year. */
const LARGE_BATCH = 1_000;
/** The small batch whose peak memory the large one is compared with. */
const SMALL_BATCH = 10;
const TARGET_EFFICIENCY = 0.85;
const TARGET_SECONDS_FOR_LARGE_BATCH = 120;

/** One timed batch: wall time, the time to its first finished replication, steady rate, peak memory. */
interface TimedBatch {
  readonly replications: number;
  readonly workers: number;
  readonly seconds: number;
  readonly firstDoneSeconds: number;
  /** Replications per second from the first finished replication to the last (pool start-up left out). */
  readonly steadyRate: number;
  readonly peakHeapMB: number;
  readonly peakRssMB: number;
}

async function timeBatch(replications: number, workers: number): Promise<TimedBatch> {
  let peakHeap = 0;
  let peakRss = 0;
  const sample = (): void => {
    const memory = process.memoryUsage();
    peakHeap = Math.max(peakHeap, memory.heapUsed);
    peakRss = Math.max(peakRss, memory.rss);
  };
  const sampler = setInterval(sample, 100);
  const started = process.hrtime.bigint();
  const secondsNow = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  let firstDone = Number.NaN;
  const outcome = await runBatch({
    source: SOURCE,
    replications: Array.from({ length: replications }, (_, index) => index),
    workers,
    onProgress: (done) => {
      if (done === 1) firstDone = secondsNow();
    },
  });
  const seconds = secondsNow();
  clearInterval(sampler);
  sample();
  if (outcome.failures.length > 0)
    throw new Error(`the benchmark batch failed: ${outcome.failures[0]?.message}`);
  return {
    replications,
    workers,
    seconds,
    firstDoneSeconds: firstDone,
    steadyRate: replications > 1 ? (replications - 1) / (seconds - firstDone) : Number.NaN,
    peakHeapMB: peakHeap / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
  };
}

// The command as a user types it, for two replications on two workers: from the process's start to its
// output, which is the time to its first replications (they finish together).
function timeCommandToFirstReplications(): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [
      fileURLToPath(new URL('../cli/bin.mjs', import.meta.url)),
      'run',
      DESK_SCENARIO,
      '--reps',
      '2',
      '--workers',
      '2',
      '--quiet',
      '--json',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (result.status !== 0) throw new Error(`valueflow run failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const rounded = (value: number, digits = 3): number => Number(value.toFixed(digits));

/**
 * Times the batches and prints one JSON line each, and a summary line with the parallel efficiency of two
 * workers against one (the steady rates, pool start-up left out), the time of 1 000 replications on two
 * workers, and the peak memory of that batch against a 10-replication one.
 * @example
 * await runMonteCarloBenchmark(); // prints montecarlo-1w, montecarlo-2w, ... and montecarlo-summary
 */
export async function runMonteCarloBenchmark(): Promise<void> {
  const small = await timeBatch(SMALL_BATCH, 2);
  const rounds: { one: TimedBatch; two: TimedBatch; efficiency: number }[] = [];
  for (let round = 0; round < EFFICIENCY_ROUNDS; round++) {
    const one = await timeBatch(ROUND_REPLICATIONS, 1);
    const two = await timeBatch(2 * ROUND_REPLICATIONS, 2);
    rounds.push({ one, two, efficiency: two.steadyRate / (2 * one.steadyRate) });
  }
  rounds.sort((first, second) => first.efficiency - second.efficiency);
  const median = rounds[Math.floor(rounds.length / 2)]!; // EFFICIENCY_ROUNDS > 0
  const large = await timeBatch(LARGE_BATCH, 2);
  const more = availableParallelism() > 2 ? await timeBatch(LARGE_BATCH, availableParallelism()) : undefined;
  for (const batch of [small, median.one, median.two, large, ...(more === undefined ? [] : [more])]) {
    print({
      case: `montecarlo-${batch.workers}w-${batch.replications}`,
      replications: batch.replications,
      workers: batch.workers,
      seconds: rounded(batch.seconds),
      firstReplicationSeconds: rounded(batch.firstDoneSeconds),
      replicationsPerSecond: rounded(batch.replications / batch.seconds),
      steadyReplicationsPerSecond: rounded(batch.steadyRate),
      peakHeapMB: rounded(batch.peakHeapMB, 1),
      peakRssMB: rounded(batch.peakRssMB, 1),
      ...machine(),
    });
  }
  const efficiency = median.efficiency;
  print({
    case: 'montecarlo-summary',
    cores: availableParallelism(),
    parallelEfficiencyTwoWorkers: rounded(efficiency),
    efficiencyRoundsMin: rounded(rounds[0]!.efficiency),
    efficiencyRoundsMax: rounded(rounds[rounds.length - 1]!.efficiency),
    efficiencyTarget: TARGET_EFFICIENCY,
    meetsEfficiencyTarget: efficiency >= TARGET_EFFICIENCY,
    largeBatchSecondsTwoWorkers: rounded(large.seconds, 1),
    largeBatchTargetSeconds: TARGET_SECONDS_FOR_LARGE_BATCH,
    meetsLargeBatchTarget: large.seconds <= TARGET_SECONDS_FOR_LARGE_BATCH,
    secondsPerReplicationOneWorker: rounded(1 / median.one.steadyRate),
    commandToFirstReplicationsSeconds: rounded(timeCommandToFirstReplications()),
    // The summaries kept for aggregation are what a batch may grow by; nothing else should.
    peakHeapMBLargeBatch: rounded(large.peakHeapMB, 1),
    peakHeapMBSmallBatch: rounded(small.peakHeapMB, 1),
    heapPerReplicationKB: rounded(
      ((large.peakHeapMB - small.peakHeapMB) * 1024) / (LARGE_BATCH - SMALL_BATCH),
      1,
    ),
    ...machine(),
  });
}
