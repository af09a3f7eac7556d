// The `valueflow` command: parses arguments with commander and runs the requested job.
// For now one job, the M/M/c demonstration against Erlang C; later issues add scenarios and reports.
import { Command, InvalidArgumentError } from 'commander';
import { type DemoMeasure, runMmcDemo } from './mmcDemo.ts';

function positiveNumber(name: string, integer: boolean) {
  return (text: string): number => {
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      throw new InvalidArgumentError(
        `${name} must be a ${integer ? 'positive integer' : 'number > 0'}, got "${text}"`,
      );
    }
    return value;
  };
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
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const program = new Command()
  .name('valueflow')
  .description('Discrete-event simulation of how IT organisations turn demand into value')
  .version('0.1.0');

program
  .command('demo', { isDefault: true })
  .description('run an M/M/c queue over seeded replications and compare it with Erlang C')
  .option('--servers <c>', 'number of servers', positiveNumber('--servers', true), 5)
  .option('--arrival-rate <lambda>', 'arrivals per hour', positiveNumber('--arrival-rate', false), 4.5)
  .option('--service-rate <mu>', 'services per hour per server', positiveNumber('--service-rate', false), 1)
  .option('--replications <n>', 'independent seeded runs', positiveNumber('--replications', true), 20)
  .option('--hours <h>', 'measured hours per replication', positiveNumber('--hours', false), 50_000)
  .option('--seed <seed>', 'base seed', positiveNumber('--seed', true), 1)
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
      if (options.replications < 2)
        program.error('error: --replications must be at least 2 for a confidence interval');
      const warmUp = Math.min(options.hours / 10, 1_000);
      console.log(
        `M/M/${options.servers}: arrivals ${options.arrivalRate}/h, service ${options.serviceRate}/h per server, ` +
          `${options.replications} replications of ${options.hours} h after a ${warmUp} h warm-up, seed ${options.seed}\n`,
      );
      console.log(formatTable(runMmcDemo({ ...options, warmUp })));
    },
  );

program.parse();
