// One problem with a model definition, as data: where the field at fault sits in the definition (its path
// of keys and list indices), the readable message, and what was expected and received where a rule applies.
import { _describeValue } from './untrustedValues.ts';

/**
 * Where a field sits in a model definition: keys and list indices from the root, e.g.
 * `['teams', 2, 'people', 0, 'skills', 'apps']`; `[]` is the model itself.
 *
 * A scenario loader maps a path to the line and column of the user's file.
 *
 * @example
 * const path: ProblemPath = ['valueStreams', 0, 'steps', 3, 'rework', 'toStep']; // => the fourth step's rework target
 */
export type ProblemPath = readonly (string | number)[];

/**
 * One problem with a model definition (STYLE.md rule 13: bad input reported as data).
 *
 * `message` is the sentence users read, naming the part at fault in words (`team "desk": person 3 ("ana")`);
 * `path` points at the same field in the definition object; `expected` and `received` are given where the
 * problem is a value breaking a rule, and left out where they would say nothing (a duplicate name).
 *
 * @example
 * const problem: ModelProblem = {
 *   path: ['teams', 0, 'people', 2, 'skills', 'apps'],
 *   message: `team "desk": person 3 ("ana"): skills.apps must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
 *   expected: "'none', 'knowledgeable', 'expert' or a number >= 0",
 *   received: '"guru"',
 * }; // => what personProblems reports for that skill level
 */
export interface ModelProblem {
  /** The field at fault, from the definition's root. */
  readonly path: ProblemPath;
  /** The readable sentence: the part, the field, the rule and the value. */
  readonly message: string;
  /** What would be right, e.g. `an integer >= 1`. */
  readonly expected?: string;
  /** The value found, as the message shows it, e.g. `0` or `"guru"`. */
  readonly received?: string;
}

/**
 * A value that breaks a rule, worded `<subject> must be <rule>, got <value>`.
 * @param path - where the value sits
 * @param subject - the field in words, with its location, e.g. `team "desk": calendar`
 * @param rule - what the value must be, also the problem's `expected`
 * @param value - the value found; the message and `received` describe it
 * @example
 * _ruleProblem(['sampleEveryHours'], 'sampleEveryHours', 'a finite number of hours > 0', 0).message;
 * // => 'sampleEveryHours must be a finite number of hours > 0, got 0'
 */
export function _ruleProblem(path: ProblemPath, subject: string, rule: string, value: unknown): ModelProblem {
  const received = _describeValue(value);
  return { path, message: `${subject} must be ${rule}, got ${received}`, expected: rule, received };
}

/**
 * A field the definition does not know (most likely misspelt), worded `<where>: unknown field "<field>"
 * (known: ...)`; its path ends with the field's key.
 * @param path - where the object holding the field sits
 * @param where - that object in words, e.g. `team "desk"`
 * @param field - the unknown key
 * @param known - the keys the object may have
 * @example
 * _unknownFieldProblem(['teams', 0], 'team "desk"', 'colour', ['name', 'people']).path; // => ['teams', 0, 'colour']
 */
export function _unknownFieldProblem(
  path: ProblemPath,
  where: string,
  field: string,
  known: readonly string[],
): ModelProblem {
  return {
    path: [...path, field],
    message: `${where}: unknown field ${_describeValue(field)} (known: ${known.join(', ')})`,
    expected: `one of ${known.join(', ')}`,
    received: _describeValue(field),
  };
}
