// The parameter checks the demand factories share; each failure throws DemandParameterError naming the
// factory, the field and the value. Internal to engine/model/demand, hence the `_` prefix on the exports.

import type { Distribution } from '../../random/index.ts';
import { constant } from '../../random/index.ts';
import { DemandParameterError } from './demandParameterError.ts';

/** A parameter object read field by field, each field `unknown` until a rule has checked it. */
export type _DemandFields = Readonly<Record<string, unknown>>;

/**
 * Checks that the parameters are a plain object and returns them for reading field by field.
 * @throws DemandParameterError when `parameters` is not an object
 * @example
 * _readDemandParameters('poissonArrivals', { ratePerHour: 2 }).ratePerHour; // => 2
 */
export function _readDemandParameters(factory: string, parameters: unknown): _DemandFields {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    throw new DemandParameterError(factory, 'parameters', 'an object', parameters);
  }
  return parameters as _DemandFields;
}

/**
 * Checks that a field is a finite number >= 0 (a rate, a delay, a multiplier).
 * @returns the value (a -0 is returned as 0)
 * @throws DemandParameterError when it is not a finite number or is negative
 * @example
 * _requireNonNegative('poissonArrivals', 'ratePerHour', 2); // => 2
 */
export function _requireNonNegative(factory: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new DemandParameterError(factory, field, 'a finite number >= 0', value);
  }
  return value + 0;
}

/**
 * Checks that a field is a finite number > 0 (a period, a cost multiplier).
 * @returns the value
 * @throws DemandParameterError when it is not a finite number or is <= 0
 * @example
 * _requirePositive('scheduledArrivals', 'every', 168); // => 168
 */
export function _requirePositive(factory: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    throw new DemandParameterError(factory, field, 'a finite number > 0', value);
  }
  return value;
}

/**
 * Checks that a field is a whole number >= `minimum` (a count, a queue length, a requester id).
 * @returns the value
 * @throws DemandParameterError when it is not a whole number or is below the minimum
 * @example
 * _requireWholeNumber('intakeLimit', 'perRequester', 2, 1); // => 2
 */
export function _requireWholeNumber(factory: string, field: string, value: unknown, minimum: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new DemandParameterError(factory, field, `a whole number >= ${minimum}`, value);
  }
  return value;
}

/**
 * Checks that a field is a number in [minimum, maximum], or in (minimum, maximum] when the minimum is
 * excluded (an hour of the day, a share).
 * @returns the value
 * @throws DemandParameterError when it is not a number in the range
 * @example
 * _requireInRange('automationRule', 'share', 0.3, 0, 1); // => 0.3
 */
export function _requireInRange(
  factory: string,
  field: string,
  value: unknown,
  minimum: number,
  maximum: number,
  excludeMinimum = false,
): number {
  const inRange =
    typeof value === 'number' && (excludeMinimum ? value > minimum : value >= minimum) && value <= maximum;
  if (!inRange) {
    throw new DemandParameterError(
      factory,
      field,
      `a number in ${excludeMinimum ? '(' : '['}${minimum}, ${maximum}]`,
      value,
    );
  }
  return value;
}

/**
 * Checks that a field is a distribution (an object with `sample` and a finite `mean`).
 * @returns the distribution
 * @throws DemandParameterError when it is not one
 * @example
 * _requireDistribution('burstArrivals', 'size', constant({ value: 3 })).mean; // => 3
 */
export function _requireDistribution(factory: string, field: string, value: unknown): Distribution {
  const candidate = value as Partial<Distribution> | null;
  const isDistribution =
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.sample === 'function' &&
    typeof candidate.mean === 'number' &&
    Number.isFinite(candidate.mean);
  if (!isDistribution) {
    throw new DemandParameterError(factory, field, 'a distribution with a finite mean', value);
  }
  return candidate as Distribution;
}

/**
 * Checks that a field is a distribution or a plain number >= 0, which stands for that constant value.
 * @returns the distribution (a number comes back as `constant({ value })`)
 * @throws DemandParameterError when it is neither
 * @example
 * _requireDistributionOrNumber('batchArrivals', 'batchSize', 4).mean; // => 4
 */
export function _requireDistributionOrNumber(factory: string, field: string, value: unknown): Distribution {
  if (typeof value === 'number') return constant({ value: _requireNonNegative(factory, field, value) });
  if (typeof value !== 'object' || value === null) {
    throw new DemandParameterError(factory, field, 'a distribution or a finite number >= 0', value);
  }
  return _requireDistribution(factory, field, value);
}

/**
 * Checks a count of items: a distribution (whose samples are rounded to whole numbers >= 1 when drawn)
 * or a whole number >= 1, which stands for that constant count.
 * @returns the distribution (a number comes back as `constant({ value })`)
 * @throws DemandParameterError when it is neither
 * @example
 * _requireCountDistribution('batchArrivals', 'batchSize', 5).mean; // => 5
 */
export function _requireCountDistribution(factory: string, field: string, value: unknown): Distribution {
  if (typeof value === 'number') return constant({ value: _requireWholeNumber(factory, field, value, 1) });
  if (typeof value !== 'object' || value === null) {
    throw new DemandParameterError(factory, field, 'a distribution or a whole number >= 1', value);
  }
  return _requireDistribution(factory, field, value);
}

/**
 * Checks a list of times in hours (each finite and >= 0) and returns a sorted copy.
 * @returns the times in increasing order, as a Float64Array
 * @throws DemandParameterError naming the first bad element, e.g. "triggers[2]"
 * @example
 * Array.from(_requireTimes('scheduledArrivals', 'times', [30, 6])); // => [6, 30]
 */
export function _requireTimes(factory: string, field: string, value: unknown): Float64Array {
  if (!Array.isArray(value)) {
    throw new DemandParameterError(factory, field, 'an array of times in hours', value);
  }
  const times = new Float64Array(value.length);
  // An indexed loop, not forEach, so that a hole in a sparse array is reported rather than skipped.
  for (let index = 0; index < value.length; index++) {
    times[index] = _requireNonNegative(factory, `${field}[${index}]`, value[index] as unknown);
  }
  return times.sort();
}

/**
 * Refuses fields that belong to another form of the parameters, so that `{ ratePerHour, weekly }` is
 * reported rather than half ignored.
 * @throws DemandParameterError naming the first stray field
 * @example
 * _refuseFields('burstArrivals', { triggers: [1] }, ['triggerRatePerHour'], 'absent when triggers is given');
 */
export function _refuseFields(
  factory: string,
  fields: _DemandFields,
  names: readonly string[],
  rule: string,
): void {
  for (const name of names) {
    if (fields[name] !== undefined) throw new DemandParameterError(factory, name, rule, fields[name]);
  }
}

/**
 * Rounds a sampled batch or storm size to a whole number of items, at least 1.
 * @example
 * [_wholeCountOf(0.2), _wholeCountOf(2.5), _wholeCountOf(3.4)]; // => [1, 3, 3]
 */
export function _wholeCountOf(sampled: number): number {
  const rounded = Math.round(sampled);
  // Not Math.max(rounded, 1): that passes NaN through, and a NaN count would poison every total.
  if (!(rounded >= 1)) return 1;
  return rounded;
}
