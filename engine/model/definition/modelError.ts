// The error a model that cannot run is refused with: every problem found, each with the path of the field
// at fault, and one readable message listing them all.
import type { ModelProblem } from './modelProblem.ts';

/**
 * A model (or a part of one built in code, such as a skill-shape preset) that cannot be used, with every
 * problem found: each names the part at fault and what would be right, and carries the path of the field
 * in the definition. The message lists them all, one per line, so a user fixes a scenario in one pass.
 *
 * @example
 * new ModelError([{ path: ['sampleEveryHours'], message: 'sampleEveryHours must be ..., got 0' }]).message;
 * // => 'sampleEveryHours must be ..., got 0'
 */
export class ModelError extends Error {
  /** Every problem found, in the order the checks found them. */
  readonly problems: readonly ModelProblem[];

  /**
   * @param problems - the problems, at least one
   */
  constructor(problems: readonly ModelProblem[]) {
    super(
      problems.length === 1
        ? problems[0]!.message
        : `the model has ${problems.length} problems:\n${problems.map((problem) => `- ${problem.message}`).join('\n')}`,
    );
    this.name = 'ModelError';
    this.problems = problems;
  }
}
