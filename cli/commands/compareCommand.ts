// `valueflow compare FILE [FILE...]`: a file's baseline against its variants, or several files' baselines
// against the first, each pair of runs compared replication by replication (common random numbers).
import type { Command } from 'commander';
import {
  compareRuns,
  formatComparison,
  loadScenarioFile,
  type PreparedScenario,
  runReplications,
} from '../../scenarios/index.ts';
import { exitWithError, UsageError } from '../commandErrors.ts';
import { collect, wholeNumber } from '../optionParsers.ts';
import { parseSettings, type RunOptionValues, withRunOptions } from './scenarioOptions.ts';

interface CompareCommandOptions extends RunOptionValues {
  readonly set: readonly string[];
  readonly json?: boolean;
}

/**
 * Adds `compare` to the program.
 * @example
 * registerCompareCommand(program); // valueflow compare scenarios/library/pooling.yaml --json
 */
export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description("compare a file's baseline with its variants, or several files, replication by replication")
    .argument('<files...>', 'one scenario file with variants, or several files (the first is the baseline)')
    .option('--reps <n>', 'number of replications (default: the first file says)', wholeNumber('--reps', 1))
    .option(
      '--seed <s>',
      'base seed for every scenario (default: the first file says)',
      wholeNumber('--seed', 0),
    )
    .option('--until-drained', 'stop each replication once its backlog is done')
    .option('--set <path=value>', 'change a value in every file (repeatable)', collect, [])
    .option('--json', 'print one JSON document instead of the summary')
    .action((files: string[], options: CompareCommandOptions) => {
      try {
        compareFiles(files, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

function compareFiles(files: readonly string[], options: CompareCommandOptions): void {
  const overrides = parseSettings(options.set);
  const loaded = files.map((file) => loadScenarioFile(file, { overrides }));
  const scenarios: PreparedScenario[] =
    loaded.length === 1
      ? [loaded[0]!.baseline, ...loaded[0]!.variants] // one file was loaded
      : loaded.map((file) => file.baseline);
  if (scenarios.length < 2) {
    throw new UsageError(
      `${files[0]} has no variants: give a file with variants, or several files to compare`,
    );
  }
  // Every scenario runs the first one's replications and seed, so replication i sees the same demand.
  const first = scenarios[0]!.settings; // at least two scenarios
  const common: RunOptionValues = {
    reps: options.reps ?? first.replications,
    seed: options.seed ?? first.seed,
    ...(options.untilDrained === undefined ? {} : { untilDrained: options.untilDrained }),
  };
  const runs = scenarios.map((prepared) => ({
    name: prepared.name,
    summaries: runReplications(withRunOptions(prepared, common)),
    serviceDesks: prepared.model.definition.serviceDesks ?? [],
  }));
  const document = compareRuns(runs);
  process.stdout.write(
    options.json ? `${JSON.stringify(document, null, 2)}\n` : `${formatComparison(document)}\n`,
  );
}
