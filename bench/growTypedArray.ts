// Doubling a typed array's storage, for the hand-written loops that the benchmarks compare with.

/**
 * A copy of `from` in storage twice its length (the new half is zero).
 * @example
 * growTypedArray(new Float64Array([1, 2])); // => Float64Array [1, 2, 0, 0]
 */
export function growTypedArray<Array extends Float64Array | Int32Array | Int8Array>(from: Array): Array {
  const to = new (from.constructor as new (length: number) => Array)(from.length * 2);
  to.set(from);
  return to;
}
