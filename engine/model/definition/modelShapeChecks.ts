// Checks the shape of a model definition before anything reads it: the top-level fields, the value
// streams and their steps, as untrusted data (a scenario file, a script's typo), so that a wrong type or
// a misspelt field name is reported by name instead of surfacing as a TypeError or being ignored.
import { _describeValue } from '../people/skillLevel.ts';
import { _describeGiven, _hasMethod, _isRecord } from './untrustedValues.ts';

const MODEL_FIELDS = [
  'teams',
  'valueStreams',
  'workTypes',
  'calendars',
  'services',
  'priorityMatrix',
  'slaHours',
  'elastic',
  'queueOrder',
  'assignment',
  'serviceDesks',
  'keepRecords',
  'sampleEveryHours',
];
const STEP_FIELDS = [
  'name',
  'teams',
  'skill',
  'effort',
  'rework',
  'wipLimit',
  'gate',
  'blocking',
  'exitProbability',
  'exitWhen',
  'exitDelivers',
  'skipWhen',
  'restoresValue',
];

/**
 * Every problem with the shape of a model definition: fields of the wrong type, unknown fields (a
 * misspelt `slaHour` would otherwise be ignored), policies and rules that are not the objects their
 * factories make. Values within a sound shape (probabilities, references between parts) are checked
 * by `compileModel` afterwards; it reports these first, as nothing else can be read safely without them.
 *
 * @param definition - the model as given
 * @returns the problems, or an empty list when the shape is sound
 * @example
 * modelShapeProblems({ teams: [], valueStreams: [], workTypes: [], slaHour: [4] });
 * // => ['model: unknown field "slaHour" (known: teams, valueStreams, ...)', 'model: queueOrder must be ...', ...]
 */
export function modelShapeProblems(definition: unknown): string[] {
  if (!_isRecord(definition)) return [`the model must be an object, got ${_describeGiven(definition)}`];
  const problems: string[] = [];
  const problem = (where: string, rule: string, value: unknown): void => {
    problems.push(`${where} must be ${rule}, got ${_describeGiven(value)}`);
  };
  for (const field of Object.keys(definition)) {
    if (!MODEL_FIELDS.includes(field)) {
      problems.push(`model: unknown field ${_describeValue(field)} (known: ${MODEL_FIELDS.join(', ')})`);
    }
  }
  for (const field of ['teams', 'workTypes']) {
    if (!Array.isArray(definition[field])) problem(field, 'a list', definition[field]);
  }
  if (Array.isArray(definition.workTypes)) {
    definition.workTypes.forEach((type: unknown, index) => {
      if (!_isRecord(type) || typeof type.name !== 'string') {
        problem(`workTypes[${index}]`, 'a work type with a name', type);
      }
    });
  }
  if (!Array.isArray(definition.valueStreams)) problem('valueStreams', 'a list', definition.valueStreams);
  else {
    definition.valueStreams.forEach((stream, index) => {
      problems.push(...streamShapeProblems(stream, index));
    });
  }
  checkRecordOf(
    definition.calendars,
    'calendars',
    'isWorking',
    'a working calendar (WorkingCalendar...)',
    problem,
  );
  checkRecordOf(
    definition.elastic,
    'elastic',
    'shouldJoin',
    'an elastic rule (elasticCapacityRule(...))',
    problem,
  );
  if (!_hasMethod(definition.queueOrder, 'rank')) {
    problem('queueOrder', 'a queue order (triage(), firstInFirstOut(), ...)', definition.queueOrder);
  }
  if (!_hasMethod(definition.assignment, 'choose')) {
    problem('assignment', 'an assignment policy (bestSkilled(), leastLoaded(), ...)', definition.assignment);
  }
  const services = definition.services;
  if (services !== undefined) {
    if (!Array.isArray(services)) problem('services', 'a list', services);
    else {
      services.forEach((service: unknown, index) => {
        if (!_isRecord(service) || typeof service.name !== 'string') {
          problem(`services[${index}]`, 'a service { name, valuePerHour }', service);
        } else if (!(isNumber(service.valuePerHour) && service.valuePerHour >= 0)) {
          problem(`service "${service.name}": valuePerHour`, 'a finite number >= 0', service.valuePerHour);
        }
      });
    }
  }
  const matrix = definition.priorityMatrix;
  if (
    matrix !== undefined &&
    !(_isRecord(matrix) && Array.isArray(matrix.cells) && matrix.cells.every(Array.isArray))
  ) {
    problem('priorityMatrix', '{ cells: rows of priorities by urgency }', matrix);
  }
  if (definition.slaHours !== undefined && !Array.isArray(definition.slaHours)) {
    problem('slaHours', 'a list of hours per priority', definition.slaHours);
  }
  const desks = definition.serviceDesks;
  if (desks !== undefined) {
    if (!Array.isArray(desks)) problem('serviceDesks', 'a list', desks);
    else {
      desks.forEach((desk: unknown, index) => {
        if (!_isRecord(desk) || typeof desk.valueStream !== 'string' || typeof desk.step !== 'string') {
          problem(`serviceDesks[${index}]`, '{ valueStream, step, answerTargetHours }', desk);
        }
      });
    }
  }
  if (definition.keepRecords !== undefined && typeof definition.keepRecords !== 'boolean') {
    problem('keepRecords', 'true or false', definition.keepRecords);
  }
  return problems;
}

// The shape of one value stream and its steps.
function streamShapeProblems(stream: unknown, index: number): string[] {
  if (!_isRecord(stream) || typeof stream.name !== 'string') {
    return [`valueStreams[${index}] must be a value stream with a name, got ${_describeGiven(stream)}`];
  }
  const where = `value stream "${stream.name}"`;
  if (!Array.isArray(stream.steps))
    return [`${where}: steps must be a list, got ${_describeGiven(stream.steps)}`];
  const problems: string[] = [];
  stream.steps.forEach((step: unknown, position) => {
    if (!_isRecord(step)) {
      problems.push(`${where}, step ${position + 1} must be a step, got ${_describeGiven(step)}`);
      return;
    }
    const at = `${where}, step ${position + 1} (${_describeValue(step.name)})`;
    const problem = (field: string, rule: string, value: unknown): void => {
      problems.push(`${at}: ${field} must be ${rule}, got ${_describeGiven(value)}`);
    };
    for (const field of Object.keys(step)) {
      if (!STEP_FIELDS.includes(field)) {
        problems.push(`${at}: unknown field ${_describeValue(field)} (known: ${STEP_FIELDS.join(', ')})`);
      }
    }
    if (typeof step.name !== 'string') problem('name', 'a string', step.name);
    if (!(Array.isArray(step.teams) && step.teams.every((team) => typeof team === 'string'))) {
      problem('teams', 'a list of team names', step.teams);
    }
    if (typeof step.skill !== 'string') problem('skill', 'a skill name', step.skill);
    for (const field of ['exitWhen', 'skipWhen']) {
      if (step[field] !== undefined && typeof step[field] !== 'string')
        problem(field, 'an attribute name', step[field]);
    }
    for (const field of ['exitDelivers', 'restoresValue']) {
      if (step[field] !== undefined && typeof step[field] !== 'boolean')
        problem(field, 'true or false', step[field]);
    }
    for (const field of ['exitProbability', 'wipLimit']) {
      if (step[field] !== undefined && !isNumber(step[field])) problem(field, 'a number', step[field]);
    }
    const rework = step.rework;
    if (
      rework !== undefined &&
      !(_isRecord(rework) && isNumber(rework.probability) && typeof rework.toStep === 'string')
    ) {
      problem('rework', '{ probability, toStep }', rework);
    }
    const gate = step.gate;
    if (gate !== undefined && !(_isRecord(gate) && isNumber(gate.every) && isNumber(gate.at))) {
      problem('gate', '{ every, at } in hours', gate);
    }
    const blocking = step.blocking;
    if (blocking !== undefined && !(_isRecord(blocking) && isNumber(blocking.probability))) {
      problem('blocking', '{ probability, duration }', blocking);
    }
  });
  return problems;
}

// An optional object whose every value has `method` (calendars, elastic rules).
function checkRecordOf(
  value: unknown,
  field: string,
  method: string,
  rule: string,
  problem: (where: string, rule: string, value: unknown) => void,
): void {
  if (value === undefined) return;
  if (!_isRecord(value)) {
    problem(field, 'an object by name', value);
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    if (!_hasMethod(entry, method)) problem(`${field}.${name}`, rule, entry);
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}
