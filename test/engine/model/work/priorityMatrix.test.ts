// Tests for the priority matrix: looking up a priority, the number of levels, and the matrix's problems,
// every row and cell at fault reported at once with its path under the model's priorityMatrix field.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_MATRIX,
  priorityLevels,
  priorityMatrixProblems,
  priorityOf,
} from '../../../../engine/model/work/priorityMatrix.ts';

describe('priorityOf', () => {
  it('reads the default matrix: P1 only when impact and urgency are both highest', () => {
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, 1, 1)).toBe(1);
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, 1, 2)).toBe(2);
    expect(priorityOf(DEFAULT_PRIORITY_MATRIX, 4, 4)).toBe(4);
    expect(priorityLevels(DEFAULT_PRIORITY_MATRIX)).toBe(4);
  });
});

describe('priorityMatrixProblems', () => {
  it('finds nothing wrong with the default matrix', () => {
    expect(priorityMatrixProblems(DEFAULT_PRIORITY_MATRIX)).toEqual([]);
  });

  it('reports every bad row and cell at once, each at its path', () => {
    expect(priorityMatrixProblems({ cells: [[1, 2], [2, 0], [3], [1.5, 2]] })).toEqual([
      {
        path: ['priorityMatrix', 'cells', 1, 1],
        message: 'priorityMatrix.cells[1][1] must be an integer priority >= 1, got 0',
        expected: 'an integer priority >= 1',
        received: '0',
      },
      {
        path: ['priorityMatrix', 'cells', 2],
        message: 'priorityMatrix.cells[2] has 1 columns; every row needs 2',
        expected: '2 columns',
        received: '1 columns',
      },
      {
        path: ['priorityMatrix', 'cells', 3, 0],
        message: 'priorityMatrix.cells[3][0] must be an integer priority >= 1, got 1.5',
        expected: 'an integer priority >= 1',
        received: '1.5',
      },
    ]);
  });

  it('refuses a matrix with no rows', () => {
    expect(priorityMatrixProblems({ cells: [] })).toEqual([
      {
        path: ['priorityMatrix', 'cells'],
        message: 'priorityMatrix.cells must have at least one row',
        expected: 'at least one row',
      },
    ]);
  });
});
