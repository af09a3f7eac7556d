// The commands that read scenario files without running them: `validate` (every problem, with file, line
// and column), `show` (a variant merged, every default written out), `schema` (the JSON Schema) and
// `list` (the library's scenarios and their questions).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  LIBRARY_FOLDER,
  loadScenarioFile,
  readScenarioQuestion,
  ScenarioError,
  scenarioJsonSchema,
  showScenario,
} from '../../scenarios/index.ts';
import { exitWithError } from '../commandErrors.ts';

/**
 * Adds `validate`, `show`, `schema` and `list` to the program.
 * @example
 * registerFileCommands(program); // valueflow validate scenarios/library/*.yaml
 */
export function registerFileCommands(program: Command): void {
  program
    .command('validate')
    .description('check scenario files and report every problem with its file, line and column')
    .argument('<files...>', 'scenario files (YAML)')
    .action((files: string[]) => {
      try {
        validateFiles(files);
      } catch (error) {
        exitWithError(error);
      }
    });
  program
    .command('show')
    .description('print the baseline or a variant merged, with every default written out')
    .argument('<file>', 'the scenario file (YAML)')
    .option('--variant <name>', 'show this variant instead of the baseline')
    .action((file: string, options: { readonly variant?: string }) => {
      try {
        process.stdout.write(showScenario(loadScenarioFile(file), options.variant));
      } catch (error) {
        exitWithError(error);
      }
    });
  program
    .command('schema')
    .description('print the JSON Schema of scenario files, for editors to complete and check them')
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
  program
    .command('list')
    .description('list the scenario library (or the scenarios of a folder) with the question each answers')
    .argument('[folder]', 'a folder of scenario files', LIBRARY_FOLDER)
    .action((folder: string) => {
      try {
        listScenarios(folder);
      } catch (error) {
        exitWithError(error);
      }
    });
}

function validateFiles(files: readonly string[]): void {
  let invalid = 0;
  for (const file of files) {
    try {
      const loaded = loadScenarioFile(file);
      const variants = loaded.variants.length;
      process.stdout.write(
        `${file}: valid (the baseline and ${variants} variant${variants === 1 ? '' : 's'})\n`,
      );
      for (const warning of loaded.warnings) process.stderr.write(`warning: ${file}: ${warning}\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      invalid++;
      process.stderr.write(`${error.message}\n`);
    }
  }
  if (invalid > 0) {
    process.stderr.write(
      `${invalid} of ${files.length} file${files.length === 1 ? '' : 's'} with problems\n`,
    );
    process.exit(1);
  }
}

function listScenarios(folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
  const rows = files.map((name) => [name, readScenarioQuestion(path.join(folder, name))] as const);
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  for (const [name, question] of rows) process.stdout.write(`${name.padEnd(width)}  ${question}\n`);
}
