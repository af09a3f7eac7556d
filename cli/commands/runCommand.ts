// `valueflow run FILE`: a scenario's replications, summarised as a table or one JSON document, with the
// item records or the event log of one replication written to files on request.
import type { Command } from 'commander';
import type { LiveReplication } from '../../engine/index.ts';
import {
  aggregateRun,
  formatRunSummary,
  loadScenarioFile,
  type RunDocument,
  runReplications,
  selectScenario,
} from '../../scenarios/index.ts';
import { exitWithError } from '../commandErrors.ts';
import { itemCsv } from '../itemCsv.ts';
import { LineFile } from '../lineFile.ts';
import { collect, wholeNumber } from '../optionParsers.ts';
import { requireOutputFolder } from '../outputFolder.ts';
import { writeAtomically } from '../writeAtomically.ts';
import { overloadWarnings } from './overloadWarnings.ts';
import { parseSettings, type RunOptionValues, withRunOptions } from './scenarioOptions.ts';

interface RunCommandOptions extends RunOptionValues {
  readonly variant?: string;
  readonly rep?: number;
  readonly set: readonly string[];
  readonly json?: boolean;
  readonly items?: string;
  readonly events?: string;
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
    .option('--until-drained', 'stop each replication once its backlog is done')
    .option('--set <path=value>', 'change a value of the file, e.g. run.length=26w (repeatable)', collect, [])
    .option('--json', 'print one JSON document instead of the summary')
    .option('--items <file.csv>', 'write one row per finished item of replication 0 (or --rep)')
    .option('--events <file.jsonl>', 'write the event log of replication 0 (or --rep)')
    .action((file: string, options: RunCommandOptions) => {
      try {
        runScenarioFile(file, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

function runScenarioFile(file: string, options: RunCommandOptions): void {
  if (options.items !== undefined) requireOutputFolder('--items', options.items);
  if (options.events !== undefined) requireOutputFolder('--events', options.events);
  const loaded = loadScenarioFile(file, { overrides: parseSettings(options.set) });
  const prepared = selectScenario(loaded, options.variant);
  const scenario = withRunOptions(prepared, options);
  const watched = options.rep ?? 0;
  const events = options.events === undefined ? undefined : new LineFile(options.events);
  let records: string | undefined;
  try {
    const summaries = runReplications(scenario, {
      ...(options.rep === undefined ? {} : { replications: [options.rep] }),
      watch: {
        replication: watched,
        before: (live: LiveReplication) => {
          if (events !== undefined) {
            live.simulation.events$.subscribe((event) => events.append(JSON.stringify(event)));
          }
        },
        after: (live: LiveReplication) => {
          if (options.items !== undefined && live.records !== undefined) {
            records = itemCsv(
              live.records,
              prepared.model.workTypes.map((type) => type.definition.name),
            );
          }
        },
      },
    });
    const document: RunDocument = aggregateRun({
      scenario: prepared.name,
      seed: scenario.settings.seed,
      summaries,
      serviceDesks: prepared.model.definition.serviceDesks ?? [],
    });
    if (options.items !== undefined) {
      if (records === undefined) {
        throw new Error('item records are off (run.recordItems: false): there are no items to write');
      }
      writeAtomically(options.items, records);
    }
    events?.commit();
    process.stdout.write(
      options.json ? `${JSON.stringify(document, null, 2)}\n` : `${formatRunSummary(document)}\n`,
    );
    for (const warning of overloadWarnings(document, scenario.settings.hours))
      process.stderr.write(`warning: ${warning}\n`);
  } catch (error) {
    events?.abort();
    throw error;
  }
}
