// Parsed maps carry `undefined` for keys the file left out; engine definitions, typed with exact optional
// properties, want such keys absent. This copies a map without its undefined values.

/**
 * A map with its undefined values left out, typed so that each optional key keeps its `?` but loses the
 * `| undefined` (what `exactOptionalPropertyTypes` asks of engine definitions).
 * @example
 * const person: WithoutUndefined<{ name: string; maxInHand?: number | undefined }> = { name: 'ana' };
 */
export type WithoutUndefined<Value extends object> = { [Key in keyof Value]: Exclude<Value[Key], undefined> };

/**
 * Copies a map, leaving out keys whose value is undefined.
 * @param fields - a parsed map
 * @returns a shallow copy without undefined values
 * @example
 * definedFields({ name: 'ana', maxInHand: undefined }); // => { name: 'ana' }
 */
export function definedFields<Value extends object>(fields: Value): WithoutUndefined<Value> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as WithoutUndefined<Value>;
}
