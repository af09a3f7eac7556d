// The `valueflow` command: scenario files run, compared, swept, checked, shown and listed, and the M/M/c
// demonstration; commander parses the arguments and refuses bad ones with a one-line message and exit 1.
import { Command } from 'commander';
import { registerCompareCommand } from './commands/compareCommand.ts';
import { registerDemoCommand } from './commands/demoCommand.ts';
import { registerFileCommands } from './commands/fileCommands.ts';
import { registerImportCommand } from './commands/importCommand.ts';
import { registerMergeCommand } from './commands/mergeCommand.ts';
import { registerRunCommand } from './commands/runCommand.ts';
import { registerSweepCommand } from './commands/sweepCommand.ts';

const program = new Command()
  .name('valueflow')
  .description('Discrete-event simulation of how IT organisations turn demand into value')
  .version('0.1.0')
  .showHelpAfterError('(run valueflow --help for the commands)');

registerRunCommand(program);
registerCompareCommand(program);
registerSweepCommand(program);
registerMergeCommand(program);
registerFileCommands(program);
registerImportCommand(program);
registerDemoCommand(program);

// With no command at all, say what there is rather than nothing.
if (process.argv.length <= 2) program.help();
program.parse();
