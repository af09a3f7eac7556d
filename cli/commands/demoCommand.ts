// `valueflow demo`: the M/M/c queue against Erlang C, on the kernel and resources alone (no scenario file).
import type { Command } from 'commander';
import { type DemoMeasure, runMmcDemo } from '../mmcDemo.ts';
import { positiveNumber, wholeNumber } from '../optionParsers.ts';

/**
 * Adds `demo` to the program.
 * @example
 * registerDemoCommand(program); // valueflow demo --servers 6
 */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('run an M/M/c queue over seeded replications and compare it with Erlang C')
    .option('--servers <c>', 'number of servers', wholeNumber('--servers', 1), 5)
    .option('--arrival-rate <lambda>', 'arrivals per hour', positiveNumber('--arrival-rate'), 4.5)
    .option('--service-rate <mu>', 'services per hour per server', positiveNumber('--service-rate'), 1)
    .option('--replications <n>', 'independent seeded runs', wholeNumber('--replications', 2), 20)
    .option('--hours <h>', 'measured hours per replication', positiveNumber('--hours'), 50_000)
    .option('--seed <seed>', 'base seed', wholeNumber('--seed', 0), 1)
    .action(
      (options: {
        servers: number;
        arrivalRate: number;
        serviceRate: number;
        replications: number;
        hours: number;
        seed: number;
      }) => {
        if (options.arrivalRate >= options.servers * options.serviceRate) {
          program.error(
            `error: the queue is unstable: arrival rate ${options.arrivalRate}/h must be below servers x service rate (${options.servers * options.serviceRate}/h)`,
          );
        }
        const warmUp = Math.min(options.hours / 10, 1_000);
        process.stdout.write(
          `M/M/${options.servers}: arrivals ${options.arrivalRate}/h, service ${options.serviceRate}/h per server, ` +
            `${options.replications} replications of ${options.hours} h after a ${warmUp} h warm-up, seed ${options.seed}\n\n`,
        );
        process.stdout.write(`${formatTable(runMmcDemo({ ...options, warmUp }))}\n`);
      },
    );
}

function formatTable(measures: readonly DemoMeasure[]): string {
  const rows = measures.map((row) => [
    row.measure,
    row.textbook.toFixed(4),
    row.simulated.toFixed(4),
    `[${row.lower.toFixed(4)}, ${row.upper.toFixed(4)}]`,
    row.lower <= row.textbook && row.textbook <= row.upper ? 'yes' : 'no',
  ]);
  const header = ['measure', 'textbook', 'simulated', '95% interval', 'inside?'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
