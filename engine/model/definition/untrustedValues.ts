// Small tests for reading definitions as untrusted data (a scenario file, a script's typo), shared by the
// model's checks, and how a message shows the value it refuses.
import { _describeValue } from '../people/skillLevel.ts';

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
 * A refused value as a message shows it: plain data as written, a function by its kind.
 * @example
 * _describeGiven(() => 1); // => 'a function'
 */
export function _describeGiven(value: unknown): string {
  return typeof value === 'function' ? 'a function' : _describeValue(value);
}
