// Checks a work type definition field by field before the run, so that a probability of 2, a weight list
// that sums to 0 or an effort that is not a distribution is named up front, not met mid-run (or never).

import type { WorkTypeDefinition } from '../work/workType.ts';
import { _ruleProblem, _unknownFieldProblem, type ModelProblem, type ProblemPath } from './modelProblem.ts';
import { _describeValue, _hasMethod, _isRecord } from './untrustedValues.ts';

const CLASSES_OF_SERVICE = ['expedite', 'fixed-date', 'standard', 'intangible'];
const KNOWN_FIELDS = [
  'name',
  'category',
  'valueStream',
  'arrivals',
  'effort',
  'impactWeights',
  'urgencyWeights',
  'classOfServiceWeights',
  'entitlementWeights',
  'requesters',
  'valuePerHour',
  'costOfDelayPerHour',
  'valueLifeHours',
  'adoptionShortfall',
  'slaBreachPenalty',
  'reworkPenalty',
  'deadlineHours',
  'firstLineResolvable',
  'patience',
  'service',
  'attributes',
  'needs',
  'problems',
  'intake',
  'deferral',
  'automation',
];

/**
 * The size of the priority matrix: impact levels (rows) and urgency levels (columns).
 * @example
 * const size: MatrixSize = { impacts: 4, urgencies: 4 }; // => the default matrix
 */
export interface MatrixSize {
  readonly impacts: number;
  readonly urgencies: number;
}

/**
 * Every problem with a work type's own fields, each starting with `work type "<name>": ` and naming the
 * field, the rule and the value. Cross-references (its value stream, its service, the steps' attribute
 * names) are the model's to check.
 *
 * @param type - the definition as given (checked as untrusted data: it may come from a scenario file)
 * @param matrix - the priority matrix's size, which bounds the impact and urgency weight lists
 * @param path - where the work type sits in the model definition, e.g. `['workTypes', 2]`
 * @returns the problems, or an empty list for a sound work type
 * @example
 * workTypeProblems({ name: 'call', valueStream: 'support', arrivals: [], firstLineResolvable: 2 },
 *   { impacts: 4, urgencies: 4 }, ['workTypes', 0]);
 * // => [{ path: ['workTypes', 0, 'firstLineResolvable'], expected: 'a probability in [0, 1]', received: '2',
 * //       message: 'work type "call": firstLineResolvable must be a probability in [0, 1], got 2' }]
 */
export function workTypeProblems(
  type: WorkTypeDefinition,
  matrix: MatrixSize,
  path: ProblemPath,
): ModelProblem[] {
  const given = type as unknown as Record<string, unknown>;
  const where = `work type ${_describeValue(given.name)}`;
  const problems: ModelProblem[] = [];
  // `field` is the path below the work type; the message writes it as JavaScript would (`effort.network`,
  // `impactWeights[1]`).
  const problem = (field: ProblemPath, rule: string, value: unknown): void => {
    problems.push(_ruleProblem([...path, ...field], `${where}: ${fieldName(field)}`, rule, value));
  };
  if (typeof given.name !== 'string' || given.name.trim() === '')
    problem(['name'], 'a non-empty string', given.name);
  for (const field of Object.keys(given)) {
    if (!KNOWN_FIELDS.includes(field)) problems.push(_unknownFieldProblem(path, where, field, KNOWN_FIELDS));
  }
  // Whether the stream exists is the model's to check; that it is a name is the work type's.
  if (typeof given.valueStream !== 'string') {
    problem(['valueStream'], 'the name of a value stream of the model', given.valueStream);
  }
  if (given.category !== undefined && (typeof given.category !== 'string' || given.category === '')) {
    problem(['category'], 'a non-empty string', given.category);
  }
  if (!Array.isArray(given.arrivals)) {
    problem(
      ['arrivals'],
      'a list of arrival sources (e.g. [poissonArrivals({ ratePerHour: 2 })])',
      given.arrivals,
    );
  } else {
    given.arrivals.forEach((source: unknown, index) => {
      if (!_hasMethod(source, 'start')) problem(['arrivals', index], 'an arrival source', source);
    });
  }
  if (given.effort !== undefined) {
    if (!_isRecord(given.effort)) problem(['effort'], 'an object of distributions by skill', given.effort);
    else {
      for (const [skill, effort] of Object.entries(given.effort)) {
        if (!isDistribution(effort))
          problem(['effort', skill], 'a distribution (e.g. exponential({ mean: 2 }))', effort);
      }
    }
  }
  checkWeights(given.impactWeights, 'impactWeights', matrix.impacts, problem);
  checkWeights(given.urgencyWeights, 'urgencyWeights', matrix.urgencies, problem);
  checkWeights(given.entitlementWeights, 'entitlementWeights', Number.POSITIVE_INFINITY, problem);
  const classWeights = given.classOfServiceWeights;
  if (classWeights !== undefined) {
    if (!_isRecord(classWeights))
      problem(['classOfServiceWeights'], 'an object of weights by class', classWeights);
    else {
      let total = 0;
      let unknownClass = false;
      for (const [name, weight] of Object.entries(classWeights)) {
        if (!CLASSES_OF_SERVICE.includes(name)) {
          unknownClass = true;
          problems.push({
            path: [...path, 'classOfServiceWeights', name],
            message: `${where}: classOfServiceWeights names class ${_describeValue(name)} (classes: ${CLASSES_OF_SERVICE.join(', ')})`,
            expected: `one of ${CLASSES_OF_SERVICE.join(', ')}`,
            received: _describeValue(name),
          });
        } else if (!isNonNegative(weight)) {
          problem(['classOfServiceWeights', name], 'a finite number >= 0', weight);
        } else total += weight;
      }
      // With a misspelt class, the sum of the rest is a follow-on problem: fixing the name may fix it.
      if (total <= 0 && !unknownClass) {
        problem(['classOfServiceWeights'], 'weights with a sum > 0', classWeights);
      }
    }
  }
  if (
    given.requesters !== undefined &&
    !(Number.isInteger(given.requesters) && (given.requesters as number) >= 1)
  ) {
    problem(['requesters'], 'a whole number >= 1', given.requesters);
  }
  for (const field of ['valuePerHour', 'costOfDelayPerHour']) {
    const value = given[field];
    if (value !== undefined && !isNonNegative(value) && !isDistribution(value)) {
      problem([field], 'a finite number >= 0 or a distribution', value);
    }
  }
  const valueLife = given.valueLifeHours;
  if (valueLife !== undefined && !(isNonNegative(valueLife) && valueLife > 0)) {
    problem(['valueLifeHours'], 'a finite number of hours > 0', valueLife);
  }
  if (given.adoptionShortfall !== undefined && !isProbability(given.adoptionShortfall)) {
    problem(['adoptionShortfall'], 'a share of delivered value in [0, 1]', given.adoptionShortfall);
  }
  for (const field of ['slaBreachPenalty', 'reworkPenalty']) {
    const value = given[field];
    if (value !== undefined && !isNonNegative(value)) problem([field], 'a finite number >= 0', value);
  }
  const deadline = given.deadlineHours;
  if (deadline !== undefined && !(isNonNegative(deadline) && deadline > 0) && !isDistribution(deadline)) {
    problem(['deadlineHours'], 'a finite number of hours > 0 or a distribution', deadline);
  }
  if (given.firstLineResolvable !== undefined && !isProbability(given.firstLineResolvable)) {
    problem(['firstLineResolvable'], 'a probability in [0, 1]', given.firstLineResolvable);
  }
  if (given.patience !== undefined && !isDistribution(given.patience)) {
    problem(['patience'], 'a distribution of hours (e.g. exponential({ mean: 0.1 }))', given.patience);
  }
  const service = given.service;
  if (service !== undefined) {
    if (!_isRecord(service) || typeof service.name !== 'string') {
      problem(['service'], '{ name, impact } naming a service', service);
    } else if (!isProbability(service.impact) && !isDistribution(service.impact)) {
      problem(['service', 'impact'], 'a share of the value rate in [0, 1] or a distribution', service.impact);
    }
  }
  if (given.attributes !== undefined) {
    if (!_isRecord(given.attributes))
      problem(['attributes'], 'an object of probabilities by name', given.attributes);
    else {
      for (const [name, probability] of Object.entries(given.attributes)) {
        if (!isProbability(probability))
          problem(['attributes', name], 'a probability in [0, 1]', probability);
      }
    }
  }
  if (given.needs !== undefined) {
    if (!_isRecord(given.needs)) problem(['needs'], 'an object of shares by group name', given.needs);
    else {
      let total = 0;
      for (const [name, share] of Object.entries(given.needs)) {
        if (!isProbability(share)) problem(['needs', name], 'a share in [0, 1]', share);
        else total += share;
        if (_isRecord(given.attributes) && name in given.attributes) {
          problem(['needs', name], "a name that is not also one of the type's attributes", name);
        }
      }
      if (total > 1 + 1e-12) problem(['needs'], 'shares adding up to at most 1', total);
      if (given.firstLineResolvable !== undefined) {
        problem(
          ['firstLineResolvable'],
          'absent when needs is given (an item needing no group is resolvable at first line)',
          given.firstLineResolvable,
        );
      }
    }
  }
  if (given.problems !== undefined) {
    const rule = given.problems;
    if (!_isRecord(rule)) problem(['problems'], '{ raiseAfter, problemType, knownErrorEffect }', rule);
    else {
      if (!(Number.isInteger(rule.raiseAfter) && (rule.raiseAfter as number) >= 1)) {
        problem(['problems', 'raiseAfter'], 'a whole number of incidents >= 1', rule.raiseAfter);
      }
      if (typeof rule.problemType !== 'string' || rule.problemType === given.name) {
        problem(['problems', 'problemType'], 'the name of another work type (the problem)', rule.problemType);
      }
      if (!isProbability(rule.knownErrorEffect)) {
        problem(
          ['problems', 'knownErrorEffect'],
          'a share of the escalations in [0, 1]',
          rule.knownErrorEffect,
        );
      }
    }
  }
  if (given.intake !== undefined && !_hasMethod(given.intake, 'admit')) {
    problem(['intake'], 'an intake rule (intakeLimit(...))', given.intake);
  }
  if (given.deferral !== undefined && !_hasMethod(given.deferral, 'releaseTime')) {
    problem(['deferral'], 'a deferral rule (deferralRule(...))', given.deferral);
  }
  if (given.automation !== undefined && !_hasMethod(given.automation, 'decide')) {
    problem(['automation'], 'an automation rule (automationRule(...))', given.automation);
  }
  return problems;
}

// A weight list: finite numbers >= 0 with a positive sum, at most `longest` of them.
function checkWeights(
  weights: unknown,
  field: string,
  longest: number,
  problem: (field: ProblemPath, rule: string, value: unknown) => void,
): void {
  if (weights === undefined) return;
  if (!Array.isArray(weights) || weights.length === 0) {
    problem([field], 'a non-empty list of weights', weights);
    return;
  }
  if (weights.length > longest) {
    problem(
      [field],
      `a list of at most ${longest} weights (the priority matrix has ${longest} levels)`,
      weights,
    );
  }
  weights.forEach((weight: unknown, index) => {
    if (!isNonNegative(weight)) problem([field, index], 'a finite number >= 0', weight);
  });
  if (weights.every(isNonNegative) && weights.reduce((sum: number, weight: number) => sum + weight, 0) <= 0) {
    problem([field], 'weights with a sum > 0', weights);
  }
}

// A path below a work type as a message writes it: keys joined by dots, list indices in brackets.
function fieldName(field: ProblemPath): string {
  let name = '';
  for (const key of field) {
    if (typeof key === 'number') name += `[${key}]`;
    else name += name === '' ? key : `.${key}`;
  }
  return name;
}

function isDistribution(value: unknown): boolean {
  return _hasMethod(value, 'sample');
}

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isProbability(value: unknown): value is number {
  return isNonNegative(value) && value <= 1;
}
