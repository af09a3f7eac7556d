// Reading a result measure that must have observations: results give null where a group saw nothing, and
// a test that needs a number fails with the measure's name rather than computing with null.

/**
 * The value of a measure that must have been observed.
 * @throws Error naming the measure when it is null
 * @example
 * observed(results.endToEnd.meanQueueTime, 'mean wait'); // => 0.42
 */
export function observed(value: number | null, measure: string): number {
  if (value === null) throw new Error(`${measure}: expected an observed value, got null (nothing observed)`);
  return value;
}
