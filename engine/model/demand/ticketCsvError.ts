// The error parseTicketCsv throws when a ticket file has problems: every problem found, each with its
// line and column, as data (issues) and as one readable message listing them all.

/** One problem in a ticket file: where it is and what is wrong. */
export interface TicketCsvIssue {
  /** The line of the file (from 1) where the problem is; 1 for the header. */
  readonly line: number;
  /** The column at fault, by its canonical name ("timestamp", "type", "priority", "effort"), if any. */
  readonly column?: string;
  /** What is wrong, e.g. `"2024-13-45" is not a valid ISO 8601 time or number of hours`. */
  readonly message: string;
}

/**
 * Thrown by parseTicketCsv with every problem of the file at once, so a user fixes the file in one go.
 * The message has one line per issue, in line order, e.g.
 * `tickets.csv line 7, column "timestamp": "2024-13-45" is not a valid ISO 8601 time or number of hours`.
 *
 * @example
 * try {
 *   parseTicketCsv('timestamp,type\nsoon,incident', { source: 'tickets.csv' });
 * } catch (error) {
 *   (error as TicketCsvError).issues; // => [{ line: 2, column: 'timestamp', message: '"soon" is not ...' }]
 * }
 */
export class TicketCsvError extends Error {
  /** The file name used in the message, e.g. "tickets.csv". */
  readonly source: string;
  /** Every problem found, in line order. */
  readonly issues: readonly TicketCsvIssue[];

  /**
   * @param source - the file name for the message
   * @param issues - the problems, at least one
   */
  constructor(source: string, issues: readonly TicketCsvIssue[]) {
    const sorted = [...issues].sort((first, second) => first.line - second.line);
    const problems = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(
      [`${source} has ${problems}:`, ...sorted.map((issue) => formatTicketCsvIssue(source, issue))].join(
        '\n',
      ),
    );
    this.name = 'TicketCsvError';
    this.source = source;
    this.issues = Object.freeze(sorted);
  }
}

/**
 * Writes one issue as a line of the error message: the file, the line, the column if any, the problem.
 * @param source - the file name, e.g. "tickets.csv"
 * @param issue - the problem
 * @returns e.g. `tickets.csv line 3, column "priority": "high" is not a priority; ...`
 * @example
 * formatTicketCsvIssue('tickets.csv', { line: 4, message: 'has 2 fields but the header has 3' });
 * // => 'tickets.csv line 4: has 2 fields but the header has 3'
 */
export function formatTicketCsvIssue(source: string, issue: TicketCsvIssue): string {
  const column = issue.column === undefined ? '' : `, column "${issue.column}"`;
  return `${source} line ${issue.line}${column}: ${issue.message}`;
}
