// The impact x urgency matrix that turns a work item's impact and urgency into its priority (P1..Pn),
// as service desks triage; the default is the common 4 x 4 ITIL-style matrix with four priorities.

/**
 * A priority matrix: `cells[impact - 1][urgency - 1]` is the priority (1 = P1, most urgent) of an item
 * with that impact and urgency (1 = highest).
 */
export interface PriorityMatrix {
  readonly cells: readonly (readonly number[])[];
}

/**
 * The default 4 x 4 matrix (impact rows, urgency columns; 1 = highest): priority = clamp(impact +
 * urgency - 1, 1..4) — P1 only when both are highest, P4 when both are lowest or one is lowest and the
 * other low.
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
 * Checks a matrix: non-empty, rectangular, integer priorities >= 1.
 * @throws Error naming the cell at fault
 */
export function validatePriorityMatrix(matrix: PriorityMatrix): void {
  const rows = matrix.cells;
  if (rows.length === 0) throw new Error('priorityMatrix.cells must have at least one row');
  const width = rows[0]!.length;
  rows.forEach((row, impact) => {
    if (row.length !== width) {
      throw new Error(`priorityMatrix.cells[${impact}] has ${row.length} columns; every row needs ${width}`);
    }
    row.forEach((priority, urgency) => {
      if (!Number.isInteger(priority) || priority < 1) {
        throw new Error(
          `priorityMatrix.cells[${impact}][${urgency}] must be an integer priority >= 1, got ${priority}`,
        );
      }
    });
  });
}

/** Largest priority number in the matrix (the number of priority levels). */
export function priorityLevels(matrix: PriorityMatrix): number {
  return Math.max(...matrix.cells.flat());
}
