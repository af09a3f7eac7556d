// `valueflow import FILE --map ...`: reads a ticket export through a column mapping, prints what it found
// (tickets, date range, columns, the history's figures, warnings) and writes the scenario block that
// replays it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import {
  DATE_ORDERS,
  type DateOrder,
  type ExportMapping,
  formatHistory,
  formatImportFindings,
  importReport,
  MAPPED_FIELDS,
  type MappedField,
  readExport,
  replayBlock,
} from '../../scenarios/index.ts';
import { exitWithError, UsageError } from '../commandErrors.ts';
import { collect } from '../optionParsers.ts';
import { requireOutputFolder } from '../outputFolder.ts';
import { writeAtomically } from '../writeAtomically.ts';

interface ImportCommandOptions {
  readonly map: readonly string[];
  readonly dates?: string;
  readonly eventLog?: boolean;
  readonly priority: readonly string[];
  readonly type: readonly string[];
  readonly out?: string;
  readonly json?: boolean;
}

/**
 * Adds `import` to the program.
 * @example
 * registerImportCommand(program); // valueflow import incidents.csv --map id=number,opened=opened_at --event-log
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'read a ticket export through a column mapping: what it holds, and the scenario block that replays it',
    )
    .argument('<file>', 'the export (CSV)')
    .option(
      '--map <field=column,...>',
      `which column holds each field (${MAPPED_FIELDS.join(', ')}); opened is required (repeatable)`,
      collect,
      [],
    )
    .option('--dates <order>', `how dates are written: ${DATE_ORDERS.join(', ')} (default: the file decides)`)
    .option('--event-log', 'rows are updates of tickets: group them by id')
    .option(
      '--priority <value=n>',
      'a priority as written and its number, e.g. "1 - Critical=1" (repeatable)',
      collect,
      [],
    )
    .option(
      '--type <value=workType>',
      'a type as written and its work type, e.g. Network=incident (repeatable)',
      collect,
      [],
    )
    .option('--out <file.yaml>', 'write the scenario block to this file (default: print it)')
    .option('--json', 'print what was found as one JSON document')
    .action((file: string, options: ImportCommandOptions) => {
      try {
        importFile(file, options);
      } catch (error) {
        exitWithError(error);
      }
    });
}

function importFile(file: string, options: ImportCommandOptions): void {
  const mapping = mappingOf(options);
  if (options.out !== undefined) requireOutputFolder('--out', options.out);
  const reading = readExport(readFileSync(file, 'utf8'), mapping, file);
  const report = importReport(reading);
  // The scenario names the export relative to its own folder.
  const named = options.out === undefined ? file : path.relative(path.dirname(options.out), file);
  const block = replayBlock(named.split(path.sep).join('/'), { ...mapping, dates: reading.dateOrder });
  if (options.out !== undefined) writeAtomically(options.out, block);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...report, block }, null, 2)}\n`);
  } else {
    const lines = [...formatImportFindings(report), '', ...formatHistory(report.history)];
    if (report.warnings.length > 0)
      lines.push('', ...report.warnings.map((warning) => `warning: ${warning}`));
    lines.push(
      '',
      options.out === undefined ? block.trimEnd() : `Wrote the scenario block to ${options.out}.`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

// The mapping the options give, every mistake said at once.
function mappingOf(options: ImportCommandOptions): ExportMapping {
  const problems: string[] = [];
  const columns: Partial<Record<MappedField, string>> = {};
  for (const entry of options.map.flatMap((text) => text.split(','))) {
    const [field, column] = splitPair(entry);
    if (!MAPPED_FIELDS.includes(field as MappedField) || column === '') {
      problems.push(
        `--map takes field=column with a field among ${MAPPED_FIELDS.join(', ')}, got "${entry}"`,
      );
    } else columns[field as MappedField] = column;
  }
  const opened = columns.opened;
  if (opened === undefined) problems.push('--map must name the opened column, e.g. --map opened=opened_at');
  const dates = options.dates;
  if (dates !== undefined && !DATE_ORDERS.includes(dates as DateOrder)) {
    problems.push(`--dates must be one of ${DATE_ORDERS.join(', ')}, got "${dates}"`);
  }
  if (options.eventLog === true && columns.id === undefined) {
    problems.push('--event-log groups rows by ticket id: name the id column, e.g. --map id=number');
  }
  const priorities: Record<string, number> = {};
  for (const entry of options.priority) {
    const [written, number] = splitPair(entry);
    const priority = Number(number);
    if (written === '' || !(Number.isSafeInteger(priority) && priority >= 1)) {
      problems.push(`--priority takes value=n with n a whole number >= 1, got "${entry}"`);
    } else priorities[written] = priority;
  }
  const types: Record<string, string> = {};
  for (const entry of options.type) {
    const [written, workType] = splitPair(entry);
    if (written === '' || workType === '') problems.push(`--type takes value=workType, got "${entry}"`);
    else types[written] = workType;
  }
  if (problems.length > 0 || opened === undefined) throw new UsageError(problems.join('\n'));
  return {
    columns: { ...columns, opened },
    ...(dates === undefined ? {} : { dates: dates as DateOrder }),
    ...(options.eventLog === true ? { eventLog: true } : {}),
    ...(options.priority.length === 0 ? {} : { priorities }),
    ...(options.type.length === 0 ? {} : { types }),
  };
}

// "a=b" as ['a', 'b'], splitting at the last "=" (a value as written may hold one); trimmed.
function splitPair(entry: string): [string, string] {
  const at = entry.lastIndexOf('=');
  return at < 0 ? [entry.trim(), ''] : [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}
