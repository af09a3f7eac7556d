// `valueflow sweep FILE --set path=v1,v2,...`: the baseline run at every point of a grid over one or more
// values of the file (the utilisation hockey stick, staffing levels), each point with its metrics.
import type { Command } from 'commander';
import type { ScenarioReplications } from '../../reports/index.ts';
import {
  type BatchOutcome,
  formatSweep,
  loadScenarioFile,
  runnable,
  selectScenario,
  sweepDocument,
} from '../../scenarios/index.ts';
import { exitWithError } from '../commandErrors.ts';
import { type BatchOptions, INTERRUPTED_EXIT_CODE, runInteractiveBatch } from '../interactiveBatch.ts';
import { collect, wholeNumber } from '../optionParsers.ts';
import { requireReportFolder, writeReportFolder } from '../reportFolder.ts';
import { batchNotes, reproducingCommand, withBatchNotes } from './batchNotes.ts';
import { parseSweepSettings, type RunOptionValues } from './scenarioOptions.ts';

interface SweepCommandOptions extends RunOptionValues, BatchOptions {
  readonly set: readonly string[];
  readonly json?: boolean;
  readonly out?: string;
}

/**
 * Adds `sweep` to the program.
 * @example
 * registerSweepCommand(program); // valueflow sweep utilisation.yaml --set workTypes.work.arrivals.0.poisson.rate=0.5/h,0.9/h
 */
export function registerSweepCommand(program: Command): void {
  program
    .command('sweep')
    .description('run the baseline at every combination of the values given with --set')
    .argument('<file>', 'the scenario file (YAML)')
    .requiredOption(
      '--set <path=v1,v2,...>',
      'a value of the file and the values to try (repeatable)',
      collect,
      [],
    )
    .option('--reps <n>', 'number of replications per point', wholeNumber('--reps', 1))
    .option('--seed <s>', 'base seed of every point', wholeNumber('--seed', 0))
    .option('--workers <w>', 'worker threads (default: one per core)', wholeNumber('--workers', 1))
    .option('--quiet', 'no progress bar')
    .option('--until-drained', 'stop each replication once its backlog and replayed items are done')
    .option('--json', 'print one JSON document instead of the table')
    .option('--out <dir>', 'write a report: index.html, charts (Vega-Lite, SVG, PNG), summary.json, CSVs')
    .action(async (file: string, options: SweepCommandOptions) => {
      try {
        process.exitCode = await sweepFile(file, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

// Runs the baseline at every point of the grid and prints the sweep; returns the exit code.
async function sweepFile(file: string, options: SweepCommandOptions): Promise<number> {
  const parameters = parseSweepSettings(options.set);
  if (options.out !== undefined) requireReportFolder(options.out);
  const grid = parameters.reduce<Record<string, unknown>[]>(
    (points, parameter) =>
      points.flatMap((point) => parameter.values.map((value) => ({ ...point, [parameter.path]: value }))),
    [{}],
  );
  const changes = {
    ...(options.reps === undefined ? {} : { replications: options.reps }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.untilDrained === true ? { untilDrained: true } : {}),
  };
  const points = [];
  const outcomes: BatchOutcome[] = [];
  let name = file;
  let question: string | undefined;
  const replications: ScenarioReplications[] = [];
  for (const set of grid) {
    const overrides = Object.entries(set).map(([path, value]) => ({ path, value }));
    // Loaded here first: a point whose values make the file invalid is refused before its batch starts.
    const loaded = loadScenarioFile(file, { overrides });
    question = loaded.question;
    const prepared = selectScenario(loaded, undefined);
    const scenario = runnable(prepared, changes);
    name = prepared.name;
    const indices = Array.from({ length: scenario.settings.replications }, (_, index) => index);
    const label = Object.values(set).map(String).join(', ');
    const source = { file, overrides, changes };
    const outcome = await runInteractiveBatch(label, source, indices, options);
    replications.push({ scenario: label, summaries: outcome.summaries });
    outcomes.push(outcome);
    for (const note of batchNotes(outcome, reproducingCommand(source))) process.stderr.write(`${note}\n`);
    if (outcome.summaries.length > 0) {
      points.push({
        set: set as Record<string, never>,
        summaries: outcome.summaries,
        serviceDesks: prepared.model.definition.serviceDesks ?? [],
      });
    }
    if (outcome.interrupted) break;
  }
  const whole: BatchOutcome = {
    summaries: outcomes.flatMap((outcome) => outcome.summaries),
    failures: outcomes.flatMap((outcome) => outcome.failures),
    interrupted: outcomes.some((outcome) => outcome.interrupted),
  };
  const document = sweepDocument({
    scenario: name,
    parameters: parameters.map((parameter) => parameter.path),
    points,
  });
  process.stdout.write(
    options.json
      ? `${JSON.stringify(withBatchNotes(document, whole), null, 2)}\n`
      : `${formatSweep(document)}\n`,
  );
  if (options.out !== undefined && document.points.length > 0) {
    // Loaded only for a report: vega, vega-lite and resvg would slow every other command's start.
    const { reportFiles } = await import('../../reports/index.ts');
    const files = await reportFiles(
      { kind: 'sweep', ...(question === undefined ? {} : { question }), runs: [], sweep: document },
      { document: withBatchNotes(document, whole), replications },
    );
    writeReportFolder(options.out, files);
  }
  if (whole.interrupted) return INTERRUPTED_EXIT_CODE;
  return whole.failures.length > 0 ? 1 : 0;
}
