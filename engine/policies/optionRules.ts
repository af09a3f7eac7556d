// The option checks the policy factories share; each failure throws PolicyOptionError.
// Internal to engine/policies (index.ts does not re-export them), hence the `_` prefix on the exports.

import type { QueueOrder } from '../model/index.ts';
import { PolicyOptionError } from './policyOptionError.ts';

/**
 * An options object read field by field, each field `unknown` until a rule has checked it.
 * @example
 * const fields: _OptionFields = { thresholdHours: 4 }; // fields.thresholdHours => 4 (typed unknown)
 */
export type _OptionFields = Readonly<Record<string, unknown>>;

/**
 * Checks that the options are a plain object with no unknown names (a misspelt option is refused, not
 * ignored) and returns them for reading field by field.
 * @param policy - the policy named in the error, e.g. "ageing"
 * @param options - what the caller passed to the factory
 * @param known - the option names the policy accepts
 * @returns the same object, typed for field-by-field checks
 * @throws PolicyOptionError when `options` is not an object or holds an unknown name
 * @example
 * _readOptions('ageing', { thresholdHours: 4 }, ['thresholdHours', 'levelsPerThreshold']).thresholdHours; // => 4
 */
export function _readOptions(policy: string, options: unknown, known: readonly string[]): _OptionFields {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new PolicyOptionError(policy, 'options', 'an object', options);
  }
  for (const name of Object.keys(options)) {
    if (!known.includes(name)) {
      throw new PolicyOptionError(policy, name, `one of the known options (${known.join(', ')})`, name);
    }
  }
  return options as _OptionFields;
}

/**
 * Checks that an option is a finite number > 0 (a threshold in hours, a step size).
 * @returns the value, typed as a number
 * @throws PolicyOptionError when it is not a number, or is NaN, ±Infinity or <= 0
 * @example
 * _requirePositiveOption('ageing', 'thresholdHours', 4); // => 4
 */
export function _requirePositiveOption(policy: string, option: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    throw new PolicyOptionError(policy, option, 'a finite number > 0', value);
  }
  return value;
}

/**
 * Checks that an option is a boolean.
 * @returns the value, typed as a boolean
 * @throws PolicyOptionError when it is anything else (a string "true" included)
 * @example
 * _requireBooleanOption('closest-to-sla-breach', 'expediteFirst', true); // => true
 */
export function _requireBooleanOption(policy: string, option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new PolicyOptionError(policy, option, 'true or false', value);
  return value;
}

/**
 * Checks that an argument looks like a {@link QueueOrder}: an object with a string `kind`, a boolean
 * `dynamic` and a `rank` method.
 * @returns the value, typed as a queue order
 * @throws PolicyOptionError naming the argument when it does not
 * @example
 * _requireQueueOrder('then-by', 'first', triage()).kind; // => 'triage'
 */
export function _requireQueueOrder(policy: string, argument: string, value: unknown): QueueOrder {
  const candidate = value as Partial<QueueOrder> | null;
  if (
    typeof value !== 'object' ||
    candidate === null ||
    typeof candidate.kind !== 'string' ||
    typeof candidate.dynamic !== 'boolean' ||
    typeof candidate.rank !== 'function'
  ) {
    throw new PolicyOptionError(policy, argument, 'a queue order ({ kind, dynamic, rank })', value);
  }
  return value as QueueOrder;
}
