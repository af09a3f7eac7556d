// Monte Carlo benchmark: batches of the desk-year scenario (bench/service-desk.yaml) on 1 and 2 worker
// threads (more where the machine has the cores): replications per second, parallel efficiency, the time of
// 1 000 replications, the time from the command's start to its first replications, and peak memory.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runBatch, type ScenarioSource } from '../scenarios/index.ts';
import { machine, print } from './benchOutput.ts';

const DESK_SCENARIO = fileURLToPath(new URL('./service-desk.yaml', import.meta.url));
const SOURCE: ScenarioSource = { file: DESK_SCENARIO, overrides: [], changes: {} };
/** Replications of the one-worker batch: tens of seconds at about 0.3 s each. */
const ONE_WORKER_REPLICATIONS = 60;
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
  const one = await timeBatch(ONE_WORKER_REPLICATIONS, 1);
  const two = await timeBatch(LARGE_BATCH, 2);
  const more = availableParallelism() > 2 ? await timeBatch(LARGE_BATCH, availableParallelism()) : undefined;
  for (const batch of [small, one, two, ...(more === undefined ? [] : [more])]) {
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
  const efficiency = two.steadyRate / (2 * one.steadyRate);
  print({
    case: 'montecarlo-summary',
    cores: availableParallelism(),
    parallelEfficiencyTwoWorkers: rounded(efficiency),
    efficiencyTarget: TARGET_EFFICIENCY,
    meetsEfficiencyTarget: efficiency >= TARGET_EFFICIENCY,
    largeBatchSecondsTwoWorkers: rounded(two.seconds, 1),
    largeBatchTargetSeconds: TARGET_SECONDS_FOR_LARGE_BATCH,
    meetsLargeBatchTarget: two.seconds <= TARGET_SECONDS_FOR_LARGE_BATCH,
    secondsPerReplicationOneWorker: rounded(1 / one.steadyRate),
    commandToFirstReplicationsSeconds: rounded(timeCommandToFirstReplications()),
    // The summaries kept for aggregation are what a batch may grow by; nothing else should.
    peakHeapMBLargeBatch: rounded(two.peakHeapMB, 1),
    peakHeapMBSmallBatch: rounded(small.peakHeapMB, 1),
    heapPerReplicationKB: rounded(
      ((two.peakHeapMB - small.peakHeapMB) * 1024) / (LARGE_BATCH - SMALL_BATCH),
      1,
    ),
    ...machine(),
  });
}
