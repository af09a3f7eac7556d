// How the command reports what went wrong: a user's mistake (a scenario with problems, a bad option) as
// its message alone on stderr with exit code 1; anything else as a bug, with its stack for the report.

/** A mistake in what the user asked for (an option, a file name): reported as its message, no stack. */
export class UsageError extends Error {
  /**
   * @param message - what is wrong and what would be right
   * @example
   * throw new UsageError('--reps must be a whole number >= 1, got "many"');
   */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Names of the errors that come from user input: their message says all there is to say. */
const USER_ERRORS = new Set([
  'UsageError',
  'ScenarioError',
  'ModelError',
  'TicketCsvError',
  'DurationError',
  'ZeroTimeLoopError',
  'ShardError',
  'ExportError',
]);

/**
 * Reports an error on stderr and ends the process: exit 1 with the message alone for a user's mistake
 * (a scenario's problems are listed with file, line and column), exit 70 with the stack for a bug.
 * @example
 * exitWithError(new UsageError('no such file: desk.yaml')); // stderr "error: no such file: desk.yaml", exit 1
 */
export function exitWithError(error: unknown): never {
  if (error instanceof Error && (USER_ERRORS.has(error.name) || isFileError(error))) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `valueflow failed unexpectedly; this is a bug, please report it with the lines below:\n${
      error instanceof Error ? (error.stack ?? error.message) : String(error)
    }\n`,
  );
  process.exit(70);
}

// A missing file or folder, or one the user may not read or write: the user's to fix, said plainly.
function isFileError(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (
    code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST'
  );
}
