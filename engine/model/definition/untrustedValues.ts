// Small tests for reading definitions as untrusted data (a scenario file, a script's typo), shared by the
// model's checks, and how a message shows the value it refuses.

/**
 * True for a non-null object that is not an array (a record of fields).
 * @example
 * _isRecord({ a: 1 }); // => true
 */
export function _isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for an object with a function under `method` (own or inherited): how a policy, rule, calendar
 * or distribution made by its factory is recognised.
 * @example
 * _hasMethod(exponential({ mean: 1 }), 'sample'); // => true
 */
export function _hasMethod(value: unknown, method: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)[method] === 'function'
  );
}

/**
 * A refused value as a message shows it: strings quoted, lists and plain objects item by item, a
 * function by its kind, anything else as `String(value)`.
 * @param value - the offending value
 * @returns a short, readable rendering, e.g. `"guru"`, `-2` or `a function`
 * @example
 * _describeValue('guru'); // => '"guru"'
 * _describeValue(() => 1); // => 'a function'
 */
export function _describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return `[${value.map(_describeValue).join(', ')}]`;
  const prototype: unknown = _isRecord(value) ? Object.getPrototypeOf(value) : undefined;
  if (prototype === Object.prototype || prototype === null) {
    const fields = Object.entries(value as object).map(
      ([name, field]) => `${name}: ${_describeValue(field)}`,
    );
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  try {
    return String(value);
  } catch {
    // An object whose conversion to text throws is still shown, by its kind.
    return Object.prototype.toString.call(value);
  }
}
