// Writing a parsed map back in the file's notation while keeping the order of its keys: each key that holds
// units gets its own writer; the others are copied as they are.

/**
 * Writers for the keys of one map whose values need writing back in the file's notation.
 * @example
 * const writers: FieldWriters = { length: (hours) => `${hours}h` };
 */
export type FieldWriters = Readonly<Record<string, (value: never) => unknown>>;

/**
 * Copies a parsed map key by key, in its order, passing the values of keys that have a writer through it
 * and leaving out keys whose value is undefined.
 *
 * @param fields - the parsed map
 * @param writers - writers by key
 * @returns a new map, as a file would write it
 * @example
 * writeFields({ name: 'fix', effort: 0.5 }, { effort: (hours: number) => `${hours * 60}m` });
 * // => { name: 'fix', effort: '30m' }
 */
export function writeFields(fields: object, writers: FieldWriters): Record<string, unknown> {
  const written: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const writer = Object.hasOwn(writers, key) ? writers[key] : undefined;
    written[key] = writer === undefined ? value : writer(value as never);
  }
  return written;
}
