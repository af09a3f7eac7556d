// The parameter checks every distribution factory shares; each failure throws DistributionParameterError.
// Internal to engine/random (index.ts does not re-export them), hence the `_` prefix on the exports.
import { DistributionParameterError } from './distribution.ts';

/** A parameter object read field by field, each field `unknown` until a rule has checked it. */
export type _ParameterFields = Readonly<Record<string, unknown>>;

/**
 * Checks that the parameters are a plain object and returns them for reading field by field.
 * @param distribution - the family named in the error, e.g. "gamma"
 * @param parameters - what the caller passed to the factory
 * @returns the same object, typed for field-by-field checks
 * @throws DistributionParameterError when `parameters` is not an object
 * @example
 * _readParameters('gamma', { shape: 2, scale: 1 }).shape; // => 2
 */
export function _readParameters(distribution: string, parameters: unknown): _ParameterFields {
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    throw new DistributionParameterError(distribution, 'parameters', 'an object', parameters);
  }
  return parameters as _ParameterFields;
}

/**
 * Decides which of a distribution's parameter sets the caller used: exactly one set must be complete,
 * and no field of another set may be given beside it (so `{ rate, mean }` is refused, not guessed).
 * @param distribution - the family named in the error
 * @param fields - the parameters, from {@link _readParameters}
 * @param forms - each parameter set's name and its field names, e.g. `{ byRate: ['rate'], byMean: ['mean'] }`
 * @returns the name of the set used
 * @throws DistributionParameterError naming every accepted set when none or several match
 * @example
 * _chooseParameterization('exponential', { mean: 2 }, { byRate: ['rate'], byMean: ['mean'] }); // => 'byMean'
 */
export function _chooseParameterization<Form extends string>(
  distribution: string,
  fields: _ParameterFields,
  forms: Readonly<Record<Form, readonly string[]>>,
): Form {
  const names = Object.keys(forms) as Form[];
  const given = (field: string): boolean => fields[field] !== undefined;
  const complete = names.filter((name) => forms[name].every(given));
  const chosen = complete.length === 1 ? complete[0] : undefined;
  if (chosen !== undefined) {
    const allowed = new Set(forms[chosen]);
    const mixed = names.some((name) => forms[name].some((field) => given(field) && !allowed.has(field)));
    if (!mixed) return chosen;
  }
  const accepted = names.map((name) => `{ ${forms[name].join(', ')} }`).join(' or ');
  throw new DistributionParameterError(distribution, 'parameters', `either ${accepted}`, fields);
}

/**
 * Checks that a parameter is a finite number (any sign).
 * @returns the value, typed as a number
 * @throws DistributionParameterError when it is not a number, or is NaN or ±Infinity
 * @example
 * _requireFinite('lognormal', 'mu', -1.5); // => -1.5
 */
export function _requireFinite(distribution: string, parameter: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new DistributionParameterError(distribution, parameter, 'a number', value);
  }
  if (!Number.isFinite(value)) {
    throw new DistributionParameterError(distribution, parameter, 'a finite number', value);
  }
  return value;
}

/**
 * Checks that a parameter is a finite number > 0 (a rate, a scale, a shape, a spread).
 * @returns the value, typed as a number
 * @throws DistributionParameterError when it is not a finite number, or is <= 0
 * @example
 * _requirePositive('exponential', 'rate', 4); // => 4
 */
export function _requirePositive(distribution: string, parameter: string, value: unknown): number {
  const checked = _requireFinite(distribution, parameter, value);
  if (!(checked > 0)) throw new DistributionParameterError(distribution, parameter, '> 0', value);
  return checked;
}

/**
 * Checks that a parameter is a finite number >= 0: a bound, a mode or a value of a duration or effort,
 * which is never negative.
 * @returns the value, typed as a number (a -0 is returned as 0)
 * @throws DistributionParameterError when it is not a finite number, or is < 0
 * @example
 * _requireNonNegative('uniform', 'min', 0); // => 0
 */
export function _requireNonNegative(distribution: string, parameter: string, value: unknown): number {
  const checked = _requireFinite(distribution, parameter, value);
  if (!(checked >= 0)) {
    throw new DistributionParameterError(
      distribution,
      parameter,
      '>= 0 (durations and efforts are never negative)',
      value,
    );
  }
  return checked + 0;
}

/**
 * Checks that a parameter is a whole number >= 1 (an Erlang shape: a count of phases).
 * @returns the value, typed as a number
 * @throws DistributionParameterError when it is not a finite number, not a whole number, or < 1
 * @example
 * _requirePositiveInteger('erlang', 'shape', 3); // => 3
 */
export function _requirePositiveInteger(distribution: string, parameter: string, value: unknown): number {
  const checked = _requireFinite(distribution, parameter, value);
  if (!Number.isInteger(checked) || checked < 1) {
    throw new DistributionParameterError(distribution, parameter, 'a whole number >= 1', value);
  }
  return checked;
}

/**
 * Checks that a quantity derived from a parameter (a rate from a mean, a shape from a CV) is a finite
 * number > 0, and blames the parameter if not: 1 / 1e-320 overflows and 1 / (1e200)² underflows to 0,
 * and a distribution built on either would sample only 0, Infinity or NaN.
 * @param derivedName - how the message names the derived quantity, e.g. "rate = 1 / mean"
 * @param derived - its value
 * @param value - the parameter it came from, reported as received
 * @returns the derived value, once checked
 * @throws DistributionParameterError naming the parameter when the derived value is not finite and > 0
 * @example
 * _requirePositiveDerived('exponential', 'mean', 0.25, 'rate = 1 / mean', 4); // => 4
 */
export function _requirePositiveDerived(
  distribution: string,
  parameter: string,
  value: number,
  derivedName: string,
  derived: number,
): number {
  if (!(Number.isFinite(derived) && derived > 0)) {
    throw new DistributionParameterError(
      distribution,
      parameter,
      `such that ${derivedName} is finite and > 0`,
      value,
    );
  }
  return derived;
}
