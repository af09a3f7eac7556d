// `valueflow compare FILE [FILE...]`: a file's baseline against its variants, or several files' baselines
// against the first, each pair of runs compared replication by replication (common random numbers).
import type { Command } from 'commander';
import {
  aggregateRun,
  type BatchOutcome,
  compareRuns,
  formatComparison,
  loadScenarioFile,
  type PreparedScenario,
  type ScenarioOverride,
  type ScenarioSource,
  selectScenario,
} from '../../scenarios/index.ts';
import { exitWithError, UsageError } from '../commandErrors.ts';
import { type BatchOptions, INTERRUPTED_EXIT_CODE, runInteractiveBatch } from '../interactiveBatch.ts';
import { collect, wholeNumber } from '../optionParsers.ts';
import { requireReportFolder, writeReportFolder } from '../reportFolder.ts';
import { batchNotes, reproducingCommand, withBatchNotes } from './batchNotes.ts';
import { parseSettings, type RunOptionValues } from './scenarioOptions.ts';

interface CompareCommandOptions extends RunOptionValues, BatchOptions {
  readonly set: readonly string[];
  readonly json?: boolean;
  readonly out?: string;
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
    .option('--workers <w>', 'worker threads (default: one per core)', wholeNumber('--workers', 1))
    .option('--quiet', 'no progress bar')
    .option('--until-drained', 'stop each replication once its backlog and replayed items are done')
    .option('--set <path=value>', 'change a value in every file (repeatable)', collect, [])
    .option('--json', 'print one JSON document instead of the summary')
    .option('--out <dir>', 'write a report: index.html, charts (Vega-Lite, SVG, PNG), summary.json, CSVs')
    .action(async (files: string[], options: CompareCommandOptions) => {
      try {
        process.exitCode = await compareFiles(files, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

/** One scenario of a comparison: where it comes from, and its name and desks. */
interface Compared {
  readonly source: ScenarioSource;
  readonly prepared: PreparedScenario;
}

// Runs every scenario's batch, compares them paired by replication, prints; returns the exit code.
async function compareFiles(files: readonly string[], options: CompareCommandOptions): Promise<number> {
  const overrides = parseSettings(options.set);
  if (options.out !== undefined) requireReportFolder(options.out);
  const loaded = files.map((file) => ({ file, scenario: loadScenarioFile(file, { overrides }) }));
  const compared: Compared[] =
    loaded.length === 1
      ? [undefined, ...loaded[0]!.scenario.variants.map((variant) => variant.name)].map((variant) => ({
          // one file was loaded
          source: sourceOf(loaded[0]!.file, overrides, variant),
          prepared: selectScenario(loaded[0]!.scenario, variant),
        }))
      : loaded.map(({ file, scenario }) => ({
          source: sourceOf(file, overrides, undefined),
          prepared: scenario.baseline,
        }));
  if (compared.length < 2) {
    throw new UsageError(
      `${files[0]} has no variants: give a file with variants, or several files to compare`,
    );
  }
  // Every scenario runs the first one's replications and seed, so replication i sees the same demand.
  const first = compared[0]!.prepared.settings; // at least two scenarios
  const changes = {
    replications: options.reps ?? first.replications,
    seed: options.seed ?? first.seed,
    ...(options.untilDrained === true ? { untilDrained: true } : {}),
  };
  const replications = Array.from({ length: changes.replications }, (_, index) => index);
  const outcomes: { readonly entry: Compared; readonly outcome: BatchOutcome }[] = [];
  for (const entry of compared) {
    const source = { ...entry.source, changes };
    const outcome = await runInteractiveBatch(entry.prepared.name, source, replications, options);
    outcomes.push({ entry, outcome });
    if (outcome.interrupted) break;
  }
  // Differences are paired by replication: only replications every scenario finished are compared.
  const finishedEverywhere = replications.filter((replication) =>
    outcomes.every(({ outcome }) => outcome.summaries.some((summary) => summary.replication === replication)),
  );
  const whole: BatchOutcome = {
    summaries: outcomes.flatMap(({ outcome }) => outcome.summaries),
    failures: outcomes.flatMap(({ outcome }) => outcome.failures),
    interrupted: outcomes.some(({ outcome }) => outcome.interrupted),
  };
  for (const { entry, outcome } of outcomes) {
    for (const note of batchNotes(outcome, reproducingCommand(entry.source)))
      process.stderr.write(`${note}\n`);
  }
  if (outcomes.length < 2 || finishedEverywhere.length === 0) {
    process.stderr.write('nothing to compare: no replication finished in two scenarios\n');
    return whole.interrupted ? INTERRUPTED_EXIT_CODE : 1;
  }
  const runs = outcomes.map(({ entry, outcome }) => ({
    name: entry.prepared.name,
    summaries: outcome.summaries.filter((summary) => finishedEverywhere.includes(summary.replication)),
    serviceDesks: entry.prepared.model.definition.serviceDesks ?? [],
  }));
  const document = compareRuns(runs);
  process.stdout.write(
    options.json
      ? `${JSON.stringify(withBatchNotes(document, whole), null, 2)}\n`
      : `${formatComparison(document)}\n`,
  );
  if (options.out !== undefined) {
    // Loaded only for a report: vega, vega-lite and resvg would slow every other command's start.
    const { reportFiles } = await import('../../reports/index.ts');
    const files = await reportFiles(
      {
        kind: 'compare',
        question: loaded[0]!.scenario.question, // at least one file was loaded
        runs: runs.map((run) =>
          aggregateRun({
            scenario: run.name,
            seed: changes.seed,
            summaries: run.summaries,
            serviceDesks: run.serviceDesks,
          }),
        ),
        compare: document,
      },
      {
        document: withBatchNotes(document, whole),
        replications: runs.map((run) => ({ scenario: run.name, summaries: run.summaries })),
      },
    );
    writeReportFolder(options.out, files);
  }
  if (whole.interrupted) return INTERRUPTED_EXIT_CODE;
  return whole.failures.length > 0 ? 1 : 0;
}

function sourceOf(
  file: string,
  overrides: readonly ScenarioOverride[],
  variant: string | undefined,
): ScenarioSource {
  return { file, overrides, ...(variant === undefined ? {} : { variant }), changes: {} };
}
