// `valueflow run FILE`: a scenario's replications on worker threads, summarised as a table or one JSON
// document (or, for one shard of a batch, that shard's document), with the item records or the event log
// of one replication written to files on request.
import type { Command } from 'commander';
import type { ItemRecordsView, LiveReplication } from '../../engine/index.ts';
import type { ItemPoint } from '../../reports/index.ts';
import {
  aggregateRun,
  formatRunSummary,
  loadScenarioFile,
  type ReplicationSummary,
  runnable,
  runOneReplication,
  type ScenarioSource,
  SHARD_FORMAT,
  type Shard,
  type ShardDocument,
  scenarioFingerprint,
  selectScenario,
  shardReplications,
} from '../../scenarios/index.ts';
import { exitWithError, UsageError } from '../commandErrors.ts';
import { INTERRUPTED_EXIT_CODE, runInteractiveBatch } from '../interactiveBatch.ts';
import { itemCsv } from '../itemCsv.ts';
import { LineFile } from '../lineFile.ts';
import { collect, shardOption, wholeNumber } from '../optionParsers.ts';
import { requireOutputFolder } from '../outputFolder.ts';
import { requireReportFolder, writeReportFolder } from '../reportFolder.ts';
import { writeAtomically } from '../writeAtomically.ts';
import { batchNotes, reproducingCommand, withBatchNotes } from './batchNotes.ts';
import { drainWarnings } from './drainWarnings.ts';
import { overloadWarnings } from './overloadWarnings.ts';
import { parseSettings, type RunOptionValues } from './scenarioOptions.ts';

interface RunCommandOptions extends RunOptionValues {
  readonly variant?: string;
  readonly rep?: number;
  readonly shard?: Shard;
  readonly workers?: number;
  readonly quiet?: boolean;
  readonly set: readonly string[];
  readonly json?: boolean;
  readonly items?: string;
  readonly events?: string;
  readonly out?: string;
}

/**
 * Adds `run` to the program.
 * @example
 * registerRunCommand(program); // valueflow run scenarios/library/pooling.yaml --reps 5 --json
 */
export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description("run a scenario's seeded replications and print a summary")
    .argument('<file>', 'the scenario file (YAML)')
    .option('--variant <name>', 'run this variant instead of the baseline')
    .option(
      '--reps <n>',
      'number of replications (default: the file says, else 20)',
      wholeNumber('--reps', 1),
    )
    .option('--seed <s>', 'base seed (default: the file says, else 1)', wholeNumber('--seed', 0))
    .option('--rep <i>', 'run replication i alone, to reproduce it', wholeNumber('--rep', 0))
    .option('--shard <k/n>', 'run shard k of n: the replications whose index is k-1 modulo n', shardOption)
    .option('--workers <w>', 'worker threads (default: one per core)', wholeNumber('--workers', 1))
    .option('--quiet', 'no progress bar')
    .option(
      '--until-drained',
      'stop each replication once its backlog and replayed items are done (at most run.length)',
    )
    .option('--set <path=value>', 'change a value of the file, e.g. run.length=26w (repeatable)', collect, [])
    .option('--json', "print one JSON document instead of the summary (with --shard, the shard's document)")
    .option('--items <file.csv>', 'write one row per finished item of replication 0 (or --rep)')
    .option('--events <file.jsonl>', 'write the event log of replication 0 (or --rep)')
    .option('--out <dir>', 'write a report: index.html, charts (Vega-Lite, SVG, PNG), summary.json, CSVs')
    .action(async (file: string, options: RunCommandOptions) => {
      try {
        process.exitCode = await runScenarioFile(file, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

// Runs the file as the options say and prints the result; returns the exit code.
async function runScenarioFile(file: string, options: RunCommandOptions): Promise<number> {
  if (options.items !== undefined) requireOutputFolder('--items', options.items);
  if (options.events !== undefined) requireOutputFolder('--events', options.events);
  if (options.out !== undefined) {
    if (options.shard !== undefined)
      throw new UsageError('--out needs the whole batch: leave out --shard, or merge the shards first');
    requireReportFolder(options.out);
  }
  const source: ScenarioSource = {
    file,
    overrides: parseSettings(options.set),
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    changes: {
      ...(options.reps === undefined ? {} : { replications: options.reps }),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.untilDrained === true ? { untilDrained: true } : {}),
    },
  };
  // Loaded here first: a file with problems is refused before any worker starts.
  const loaded = loadScenarioFile(file, { overrides: source.overrides });
  for (const warning of loaded.warnings) process.stderr.write(`warning: ${warning}\n`);
  const prepared = selectScenario(loaded, source.variant);
  const scenario = runnable(prepared, source.changes);
  const total = scenario.settings.replications;
  const all = Array.from({ length: total }, (_, index) => index);
  const wanted =
    options.rep !== undefined
      ? [options.rep]
      : options.shard === undefined
        ? all
        : shardReplications(total, options.shard);
  // The replication whose items or events are written runs here, watched; the others on the workers.
  const watched =
    options.items !== undefined || options.events !== undefined || options.out !== undefined
      ? (options.rep ?? 0)
      : undefined;
  const watchedRun = watched === undefined ? undefined : runWatched(scenario, watched, options);
  const watchedSummary = watchedRun?.summary;
  const rest = wanted.filter((replication) => replication !== watched);
  const outcome = await runInteractiveBatch(prepared.name, source, rest, options);
  const summaries: ReplicationSummary[] = [...outcome.summaries];
  if (watchedSummary !== undefined && wanted.includes(watched ?? -1)) summaries.push(watchedSummary);
  summaries.sort((first, second) => first.replication - second.replication);
  const serviceDesks = prepared.model.definition.serviceDesks ?? [];
  if (options.shard !== undefined && options.json) {
    const shard: ShardDocument = {
      format: SHARD_FORMAT,
      scenario: prepared.name,
      fingerprint: scenarioFingerprint(source),
      seed: scenario.settings.seed,
      reps: total,
      shard: options.shard,
      serviceDesks,
      replications: summaries,
      ...(prepared.history === undefined ? {} : { history: prepared.history }),
    };
    process.stdout.write(`${JSON.stringify(withBatchNotes(shard, outcome))}\n`);
    return exitCodeOf(outcome);
  }
  if (summaries.length === 0) {
    process.stderr.write(batchNotes(outcome, reproducingCommand(source)).join('\n'));
    return exitCodeOf(outcome) || 1;
  }
  const document = aggregateRun({
    scenario: prepared.name,
    seed: scenario.settings.seed,
    summaries,
    serviceDesks,
    history: prepared.history,
  });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(withBatchNotes(document, outcome), null, 2)}\n`
      : `${formatRunSummary(document)}\n`,
  );
  if (options.out !== undefined) {
    // Loaded only for a report: vega, vega-lite and resvg would slow every other command's start.
    const { reportFiles } = await import('../../reports/index.ts');
    const files = await reportFiles(
      {
        kind: 'run',
        question: loaded.question,
        runs: [document],
        ...(watchedRun?.items === undefined
          ? {}
          : { items: watchedRun.items, itemsReplication: watched ?? 0 }),
      },
      {
        document: withBatchNotes(document, outcome),
        replications: [{ scenario: prepared.name, summaries }],
        ...(options.items === undefined || watchedRun?.itemsCsv === undefined
          ? {}
          : { itemsCsv: watchedRun.itemsCsv }),
      },
    );
    writeReportFolder(options.out, files);
  }
  for (const note of batchNotes(outcome, reproducingCommand(source))) process.stderr.write(`${note}\n`);
  for (const warning of drainWarnings(summaries, scenario.settings))
    process.stderr.write(`warning: ${warning}\n`);
  for (const warning of overloadWarnings(document, scenario.settings.hours)) {
    process.stderr.write(`warning: ${warning}\n`);
  }
  return exitCodeOf(outcome);
}

/** One replication run here: its summary, and its finished items for a report and as CSV. */
interface WatchedRun {
  readonly summary: ReplicationSummary;
  readonly items: ItemPoint[] | undefined;
  readonly itemsCsv: string | undefined;
}

// Runs one replication in this thread, writing its event log and items as it goes and after.
function runWatched(
  scenario: ReturnType<typeof runnable>,
  replication: number,
  options: RunCommandOptions,
): WatchedRun {
  const events = options.events === undefined ? undefined : new LineFile(options.events);
  try {
    let records: string | undefined;
    let items: ItemPoint[] | undefined;
    const summary = runOneReplication(scenario, scenario.settings.seed, replication, {
      replication,
      before: (live: LiveReplication) => {
        if (events !== undefined) {
          live.simulation.events$.subscribe((event) => events.append(JSON.stringify(event)));
        }
      },
      after: (live: LiveReplication) => {
        const typeNames = scenario.model.workTypes.map((type) => type.definition.name);
        if (live.records !== undefined) {
          records = itemCsv(live.records, typeNames);
          items = itemPoints(live.records, typeNames);
        }
      },
    });
    if (options.items !== undefined) {
      if (records === undefined) {
        throw new Error('item records are off (run.recordItems: false): there are no items to write');
      }
      writeAtomically(options.items, records);
    }
    events?.commit();
    return { summary, items, itemsCsv: records };
  } catch (error) {
    events?.abort();
    throw error;
  }
}

// The delivered items of a replication's records, for the report's control chart.
function itemPoints(records: ItemRecordsView, typeNames: readonly string[]): ItemPoint[] {
  const points: ItemPoint[] = [];
  for (let position = 0; position < records.count; position++) {
    if (records.outcome(position) !== 'delivered') continue;
    const record = records.at(position);
    if (!Number.isFinite(record.finish)) continue;
    points.push({
      workType: typeNames[record.typeIndex] ?? String(record.typeIndex),
      finishHours: record.finish,
      leadTimeHours: record.finish - record.arrival,
    });
  }
  return points;
}

function exitCodeOf(outcome: {
  readonly interrupted: boolean;
  readonly failures: readonly unknown[];
}): number {
  if (outcome.interrupted) return INTERRUPTED_EXIT_CODE;
  return outcome.failures.length > 0 ? 1 : 0;
}
