// Shards of a batch for a cluster: shard k of n runs the replications whose index is k-1 modulo n and
// writes a document of their summaries; merging the n documents gives exactly the batch's result.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { HistoryBlock } from '../import/exportHistory.ts';
import type { ReplicationSummary } from '../results/index.ts';
import type { ScenarioSource } from './replicationTask.ts';

/**
 * A shard option or a set of shard documents that cannot be used, said in one sentence.
 * @example
 * throw new ShardError('shard document 2 comes from another batch: ...');
 */
export class ShardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShardError';
  }
}

/** Shard `index` (1 to count) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The format's name and version, the first key of every shard document. Version 2: each replication's
 * summary carries its value account (`value`), which version 1's did not, so the two do not merge.
 */
export const SHARD_FORMAT = 'valueflow-shard/2';

/** What one shard ran: enough to check that shards belong together, and their replications' summaries. */
export interface ShardDocument {
  readonly format: typeof SHARD_FORMAT;
  /** The scenario's (or variant's) name. */
  readonly scenario: string;
  /** A digest of the scenario file's text, the overrides, the variant and the run settings. */
  readonly fingerprint: string;
  readonly seed: number;
  /** Replications of the whole batch, over every shard. */
  readonly reps: number;
  readonly shard: Shard;
  /** The service desks measured (for the service-level target of the merged document). */
  readonly serviceDesks: readonly {
    readonly valueStream: string;
    readonly step: string;
    readonly answerTargetHours: number;
  }[];
  /** This shard's replications, in index order. */
  readonly replications: readonly ReplicationSummary[];
  /** The replayed export's history (the same in every shard), for the merged document. */
  readonly history?: HistoryBlock;
}

/**
 * Reads `k/n` (as `--shard 2/4` gives it).
 * @throws ShardError unless k and n are whole numbers with 1 <= k <= n
 * @example
 * parseShard('2/4'); // => { index: 2, count: 4 }
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1 && index >= 1 && index <= count)) {
    throw new ShardError(`--shard must be k/n with 1 <= k <= n, e.g. 2/4, got "${text}"`);
  }
  return { index, count };
}

/**
 * The replication indices of a shard: those whose index is k-1 modulo n.
 * @example
 * shardReplications(10, { index: 2, count: 4 }); // => [1, 5, 9]
 */
export function shardReplications(total: number, shard: Shard): number[] {
  return Array.from({ length: total }, (_, index) => index).filter(
    (index) => index % shard.count === shard.index - 1,
  );
}

/**
 * A digest of everything that decides a batch's results except the replication indices: the scenario
 * file's text, the overrides, the variant and the run-setting changes.
 * @example
 * scenarioFingerprint(source); // => '3f2a...' (64 hex digits)
 */
export function scenarioFingerprint(source: ScenarioSource): string {
  return createHash('sha256')
    .update(readFileSync(source.file))
    .update(JSON.stringify([source.overrides, source.variant ?? null, source.changes]))
    .digest('hex');
}

/**
 * Checks that shard documents belong to one batch (same format, scenario, fingerprint, seed, replication
 * count and shard count) with every shard present exactly once, and returns their summaries in
 * replication order, ready to aggregate as one run would.
 * @throws ShardError naming the first shard that does not fit, or the missing or repeated shards
 * @example
 * mergeShards([shard1, shard2]).summaries.length; // => the batch's replication count
 */
export function mergeShards(documents: readonly ShardDocument[]): {
  readonly scenario: string;
  readonly seed: number;
  readonly serviceDesks: ShardDocument['serviceDesks'];
  readonly summaries: readonly ReplicationSummary[];
} {
  const [first] = documents;
  if (first === undefined) throw new ShardError('merge needs at least one shard document');
  documents.forEach((document, position) => {
    const at = `shard document ${position + 1}`;
    if (document.format !== SHARD_FORMAT) {
      throw new ShardError(`${at} is not a valueflow shard (expected format "${SHARD_FORMAT}")`);
    }
    for (const key of ['scenario', 'fingerprint', 'seed', 'reps'] as const) {
      if (document[key] !== first[key]) {
        throw new ShardError(
          `${at} comes from another batch: its ${key} is ${JSON.stringify(document[key])}, the first's ${JSON.stringify(first[key])}`,
        );
      }
    }
    if (document.shard.count !== first.shard.count) {
      throw new ShardError(
        `${at} is shard ${document.shard.index}/${document.shard.count}, the first of /${first.shard.count}`,
      );
    }
  });
  const seen = documents.map((document) => document.shard.index);
  const repeated = seen.filter((index, position) => seen.indexOf(index) !== position);
  const missing = Array.from({ length: first.shard.count }, (_, index) => index + 1).filter(
    (index) => !seen.includes(index),
  );
  if (repeated.length > 0 || missing.length > 0) {
    throw new ShardError(
      `the shards of a batch of ${first.shard.count} must each be given once: ${[
        missing.length > 0
          ? `missing ${missing.map((index) => `${index}/${first.shard.count}`).join(', ')}`
          : '',
        repeated.length > 0
          ? `repeated ${repeated.map((index) => `${index}/${first.shard.count}`).join(', ')}`
          : '',
      ]
        .filter((part) => part !== '')
        .join('; ')}`,
    );
  }
  const summaries = documents
    .flatMap((document) => document.replications)
    .sort((one, other) => one.replication - other.replication);
  if (summaries.length !== first.reps) {
    throw new ShardError(`the shards hold ${summaries.length} replications, the batch ${first.reps}`);
  }
  return {
    scenario: first.scenario,
    seed: first.seed,
    serviceDesks: first.serviceDesks,
    summaries,
    ...(first.history === undefined ? {} : { history: first.history }),
  };
}
