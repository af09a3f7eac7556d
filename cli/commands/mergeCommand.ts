// `valueflow merge SHARD.json...`: the documents of a batch's shards (run --shard k/n --json) checked to
// belong together and aggregated exactly as one unsharded run would have been.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  aggregateRun,
  formatRunSummary,
  mergeShards,
  type ShardDocument,
  ShardError,
} from '../../scenarios/index.ts';
import { exitWithError } from '../commandErrors.ts';

/**
 * Adds `merge` to the program.
 * @example
 * registerMergeCommand(program); // valueflow merge shard-1.json shard-2.json --json
 */
export function registerMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('aggregate the shard documents of one batch (run --shard k/n --json) as one run')
    .argument('<files...>', 'the shard documents, one per shard, in any order')
    .option('--json', 'print one JSON document (as run --json would) instead of the summary')
    .action((files: string[], options: { readonly json?: boolean }) => {
      try {
        const merged = mergeShards(files.map(readShard));
        const document = aggregateRun(merged);
        process.stdout.write(
          options.json ? `${JSON.stringify(document, null, 2)}\n` : `${formatRunSummary(document)}\n`,
        );
      } catch (error) {
        exitWithError(error);
      }
    });
}

function readShard(file: string): ShardDocument {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as ShardDocument;
  } catch (error) {
    throw new ShardError(
      `${file} is not a JSON document: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
