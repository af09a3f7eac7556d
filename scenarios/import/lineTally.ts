// The same problem on many lines, gathered: one message with how many lines and the first few of them,
// so that an export with a thousand bad dates says so in one line rather than a thousand.

/** How many line numbers a gathered message names before "and N more". */
const FIRST_LINES = 5;

/**
 * Gathers problems by what they say, keeping each one's count and first lines in the order first met.
 * @example
 * const tally = new LineTally();
 * tally.add('column "opened_at": not a date', 4);
 * tally.add('column "opened_at": not a date', 9);
 * tally.messages(); // => ['column "opened_at": not a date (2 lines: 4, 9)']
 */
export class LineTally {
  private readonly groups = new Map<string, { count: number; lines: number[] }>();

  /** Counts one line with this problem. */
  add(message: string, line: number): void {
    let group = this.groups.get(message);
    if (group === undefined) {
      group = { count: 0, lines: [] };
      this.groups.set(message, group);
    }
    group.count++;
    if (group.lines.length < FIRST_LINES) group.lines.push(line);
  }

  /** Whether nothing was added. */
  get empty(): boolean {
    return this.groups.size === 0;
  }

  /** Each problem once: "line 7: ..." for one line, else the count and the first lines. */
  messages(): string[] {
    return [...this.groups].map(([message, { count, lines }]) => {
      if (count === 1) return `line ${lines[0]}: ${message}`;
      const more = count > lines.length ? ` and ${count - lines.length} more` : '';
      return `${message} (${count} lines: ${lines.join(', ')}${more})`;
    });
  }
}
