// The error a model that cannot run is refused with: every problem found, one message each.

/**
 * A model that cannot run, with every problem found: each names the part at fault and what would be
 * right. The message lists them all, one per line, so a user fixes a scenario in one pass.
 */
export class ModelError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? problems[0]!
        : `the model has ${problems.length} problems:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.name = 'ModelError';
    this.problems = problems;
  }
}
