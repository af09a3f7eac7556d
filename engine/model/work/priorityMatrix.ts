// The impact x urgency matrix that turns a work item's impact and urgency into its priority (P1..Pn),
// as service desks triage; the default is the common 4 x 4 ITIL-style matrix with four priorities.
import { _ruleProblem, type ModelProblem } from '../definition/modelProblem.ts';

/**
 * A priority matrix: `cells[impact - 1][urgency - 1]` is the priority (1 = P1, most urgent) of an item
 * with that impact and urgency (1 = highest).
 * @example
 * const twoByTwo: PriorityMatrix = { cells: [[1, 2], [2, 3]] }; // => P1 only for impact 1 and urgency 1
 */
export interface PriorityMatrix {
  readonly cells: readonly (readonly number[])[];
}

/**
 * The default 4 x 4 matrix (impact rows, urgency columns; 1 = highest): priority = clamp(impact +
 * urgency - 1, 1..4) — P1 only when both are highest, P4 when both are lowest or one is lowest and the
 * other low.
 * @example
 * DEFAULT_PRIORITY_MATRIX.cells[0]; // => [1, 2, 3, 4] (impact 1, urgency 1 to 4)
 */
export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = {
  cells: [
    [1, 2, 3, 4],
    [2, 3, 4, 4],
    [3, 4, 4, 4],
    [4, 4, 4, 4],
  ],
};

/**
 * Looks up the priority of an impact and urgency.
 * @throws RangeError when the impact or urgency is outside the matrix
 * @example
 * priorityOf(DEFAULT_PRIORITY_MATRIX, 1, 2); // => 2 (P2)
 */
export function priorityOf(matrix: PriorityMatrix, impact: number, urgency: number): number {
  const priority = matrix.cells[impact - 1]?.[urgency - 1];
  if (priority === undefined) {
    throw new RangeError(
      `impact ${impact} and urgency ${urgency} are outside the ${matrix.cells.length} x ${matrix.cells[0]?.length ?? 0} priority matrix`,
    );
  }
  return priority;
}

/**
 * Every problem with a model's priority matrix: it must have at least one row, rows of equal length, and
 * integer priorities >= 1 in every cell. Paths start at the model's `priorityMatrix` field.
 * @param matrix - the matrix, of a sound shape (cells a list of lists)
 * @returns the problems, one per row or cell at fault; empty for a sound matrix
 * @example
 * priorityMatrixProblems({ cells: [[1, 2], [2, 0]] }).map((problem) => problem.path);
 * // => [['priorityMatrix', 'cells', 1, 1]]
 */
export function priorityMatrixProblems(matrix: PriorityMatrix): ModelProblem[] {
  const rows = matrix.cells;
  const path = ['priorityMatrix', 'cells'];
  if (rows.length === 0) {
    return [
      { path, message: 'priorityMatrix.cells must have at least one row', expected: 'at least one row' },
    ];
  }
  const problems: ModelProblem[] = [];
  const width = rows[0]!.length;
  rows.forEach((row, impact) => {
    if (row.length !== width) {
      problems.push({
        path: [...path, impact],
        message: `priorityMatrix.cells[${impact}] has ${row.length} columns; every row needs ${width}`,
        expected: `${width} columns`,
        received: `${row.length} columns`,
      });
    }
    row.forEach((priority, urgency) => {
      if (!Number.isInteger(priority) || priority < 1) {
        const subject = `priorityMatrix.cells[${impact}][${urgency}]`;
        problems.push(
          _ruleProblem([...path, impact, urgency], subject, 'an integer priority >= 1', priority),
        );
      }
    });
  });
  return problems;
}

/**
 * Largest priority number in the matrix (the number of priority levels).
 * @example
 * priorityLevels(DEFAULT_PRIORITY_MATRIX); // => 4
 */
export function priorityLevels(matrix: PriorityMatrix): number {
  return Math.max(...matrix.cells.flat());
}
