// A problem in a scenario file, located (file, line, column, path in the YAML document), and the error that
// carries every problem of a file at once, one per line in the form editors and terminals link to.
import type { DocumentPath } from '../schema/index.ts';

/**
 * One problem in a scenario file: where (the file, the 1-based line and column of the YAML node at
 * fault, its path in the YAML document) and what (a statement, what was expected, what was found, the
 * name most likely meant).
 *
 * @example
 * const problem: ScenarioProblem = {
 *   file: 'pooling.yaml', line: 4, column: 17, path: ['run', 'warmup'], message: 'unknown key',
 *   expected: 'one of length, warmUp, ...', received: '"warmup"', suggestion: 'warmUp',
 * }; // => shown as pooling.yaml:4:17: run.warmup: unknown key (expected ..., found "warmup"; did you mean "warmUp"?)
 */
export interface ScenarioProblem {
  /** The file as given to the loader. */
  readonly file: string;
  /** 1-based line of the node at fault (of its nearest existing ancestor, for a missing key). */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The path in the YAML document, e.g. `['variants', 1, 'teams', 0, 'preset', 'count']`. */
  readonly path: DocumentPath;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
  readonly suggestion?: string;
}

/**
 * Writes a path as the messages and `--set` do: keys and indices joined by dots, `teams.0.preset.count`.
 * @param path - a document path
 * @returns the dotted path, or '' for the root
 * @example
 * formatPath(['variants', 1, 'teams', 0, 'preset']); // => 'variants.1.teams.0.preset'
 */
export function formatPath(path: DocumentPath): string {
  return path.map(String).join('.');
}

/**
 * Writes one problem as one line: `file:line:column: path: message (expected X, found Y; did you mean
 * "Z"?)`, leaving out what the problem does not have.
 * @param problem - the problem
 * @returns the line
 * @example
 * formatScenarioProblem({ file: 'a.yaml', line: 3, column: 5, path: ['run', 'length'], message: 'too small',
 *   expected: 'a duration', received: '"0s"' }); // => 'a.yaml:3:5: run.length: too small (expected a duration, found "0s")'
 */
export function formatScenarioProblem(problem: ScenarioProblem): string {
  const facts = [
    ...(problem.expected === undefined ? [] : [`expected ${problem.expected}`]),
    ...(problem.received === undefined ? [] : [`found ${problem.received}`]),
  ].join(', ');
  const hint = problem.suggestion === undefined ? '' : `did you mean "${problem.suggestion}"?`;
  const detail = [facts, hint].filter((part) => part !== '').join('; ');
  const where = problem.path.length === 0 ? '' : `${formatPath(problem.path)}: `;
  return `${problem.file}:${problem.line}:${problem.column}: ${where}${problem.message}${detail === '' ? '' : ` (${detail})`}`;
}

/**
 * Every problem of a scenario file, thrown together so that a user fixes the file in one pass. The
 * message lists them one per line ({@link formatScenarioProblem}), in the order of the file.
 *
 * @example
 * try {
 *   loadScenarioFile('broken.yaml');
 * } catch (error) {
 *   if (error instanceof ScenarioError) console.error(error.message); // => broken.yaml:4:17: run.warmup: ...
 * }
 */
export class ScenarioError extends Error {
  /** Every problem, sorted by file, line and column. */
  readonly problems: readonly ScenarioProblem[];

  /**
   * @param problems - the problems, at least one
   */
  constructor(problems: readonly ScenarioProblem[]) {
    const sorted = [...problems].sort(
      (first, second) =>
        first.file.localeCompare(second.file) || first.line - second.line || first.column - second.column,
    );
    super(sorted.map(formatScenarioProblem).join('\n'));
    this.name = 'ScenarioError';
    this.problems = Object.freeze(sorted);
  }
}
