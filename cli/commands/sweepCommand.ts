// `valueflow sweep FILE --set path=v1,v2,...`: the baseline run at every point of a grid over one or more
// values of the file (the utilisation hockey stick, staffing levels), each point with its metrics.
import type { Command } from 'commander';
import { formatSweep, loadScenarioFile, runReplications, sweepDocument } from '../../scenarios/index.ts';
import { exitWithError } from '../commandErrors.ts';
import { collect, wholeNumber } from '../optionParsers.ts';
import { parseSweepSettings, type RunOptionValues, withRunOptions } from './scenarioOptions.ts';

interface SweepCommandOptions extends RunOptionValues {
  readonly set: readonly string[];
  readonly json?: boolean;
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
    .option('--until-drained', 'stop each replication once its backlog is done')
    .option('--json', 'print one JSON document instead of the table')
    .action((file: string, options: SweepCommandOptions) => {
      try {
        sweepFile(file, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

function sweepFile(file: string, options: SweepCommandOptions): void {
  const parameters = parseSweepSettings(options.set);
  const grid = parameters.reduce<Record<string, unknown>[]>(
    (points, parameter) =>
      points.flatMap((point) => parameter.values.map((value) => ({ ...point, [parameter.path]: value }))),
    [{}],
  );
  const points = grid.map((set) => {
    const loaded = loadScenarioFile(file, {
      overrides: Object.entries(set).map(([path, value]) => ({ path, value })),
    });
    return {
      set: set as Record<string, never>,
      summaries: runReplications(withRunOptions(loaded.baseline, options)),
      serviceDesks: loaded.baseline.model.definition.serviceDesks ?? [],
    };
  });
  const name = points.length > 0 ? loadScenarioFile(file).name : file;
  const document = sweepDocument({
    scenario: name,
    parameters: parameters.map((parameter) => parameter.path),
    points,
  });
  process.stdout.write(
    options.json ? `${JSON.stringify(document, null, 2)}\n` : `${formatSweep(document)}\n`,
  );
}
