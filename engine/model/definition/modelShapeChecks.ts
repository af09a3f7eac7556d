// Checks the shape of a model definition before anything reads it: the top-level fields, the value
// streams and their steps, as untrusted data (a scenario file, a script's typo), so that a wrong type or
// a misspelt field name is reported by name instead of surfacing as a TypeError or being ignored.
import { _ruleProblem, _unknownFieldProblem, type ModelProblem, type ProblemPath } from './modelProblem.ts';
import { _describeValue, _hasMethod, _isRecord } from './untrustedValues.ts';

const MODEL_FIELDS = [
  'teams',
  'valueStreams',
  'workTypes',
  'calendars',
  'services',
  'priorityMatrix',
  'slaHours',
  'elastic',
  'parties',
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
  'onlyWhen',
  'handoffDelay',
  'rediagnosisEffort',
  'misrouting',
  'restoresValue',
];

/**
 * Every problem with the shape of a model definition: fields of the wrong type, unknown fields (a
 * misspelt `slaHour` would otherwise be ignored), policies and rules that are not the objects their
 * factories make. Values within a sound shape (probabilities, references between parts) are checked
 * by `checkModel` afterwards; it reports these first, as nothing else can be read safely without them.
 *
 * @param definition - the model as given
 * @returns the problems, each with the path of the field at fault; an empty list when the shape is sound
 * @example
 * modelShapeProblems({ teams: [], valueStreams: [], workTypes: [], slaHour: [4] })
 *   .map((problem) => problem.path);
 * // => [['slaHour'], ['queueOrder'], ['assignment']]
 */
export function modelShapeProblems(definition: unknown): ModelProblem[] {
  if (!_isRecord(definition)) return [_ruleProblem([], 'the model', 'an object', definition)];
  const problems: ModelProblem[] = [];
  // `where` is the message's wording of the field at `path`.
  const problem = (path: ProblemPath, where: string, rule: string, value: unknown): void => {
    problems.push(_ruleProblem(path, where, rule, value));
  };
  for (const field of Object.keys(definition)) {
    if (!MODEL_FIELDS.includes(field)) problems.push(_unknownFieldProblem([], 'model', field, MODEL_FIELDS));
  }
  for (const field of ['teams', 'workTypes']) {
    if (!Array.isArray(definition[field])) problem([field], field, 'a list', definition[field]);
  }
  if (Array.isArray(definition.workTypes)) {
    definition.workTypes.forEach((type: unknown, index) => {
      if (!_isRecord(type) || typeof type.name !== 'string') {
        problem(['workTypes', index], `workTypes[${index}]`, 'a work type with a name', type);
      }
    });
  }
  if (!Array.isArray(definition.valueStreams)) {
    problem(['valueStreams'], 'valueStreams', 'a list', definition.valueStreams);
  } else {
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
  if (definition.parties !== undefined) {
    if (!_isRecord(definition.parties))
      problem(['parties'], 'parties', 'an object of parties by name', definition.parties);
    else {
      for (const [name, party] of Object.entries(definition.parties)) {
        const delay = _isRecord(party) ? party.handoffDelay : undefined;
        if (!_isRecord(party)) problem(['parties', name], `parties.${name}`, '{ handoffDelay? }', party);
        else if (delay !== undefined && !_hasMethod(delay, 'sample')) {
          problem(
            ['parties', name, 'handoffDelay'],
            `parties.${name}.handoffDelay`,
            'a distribution of hours',
            delay,
          );
        }
      }
    }
  }
  if (!_hasMethod(definition.queueOrder, 'rank')) {
    const rule = 'a queue order (triage(), firstInFirstOut(), ...)';
    problem(['queueOrder'], 'queueOrder', rule, definition.queueOrder);
  }
  if (!_hasMethod(definition.assignment, 'choose')) {
    const rule = 'an assignment policy (bestSkilled(), leastLoaded(), ...)';
    problem(['assignment'], 'assignment', rule, definition.assignment);
  }
  const services = definition.services;
  if (services !== undefined) {
    if (!Array.isArray(services)) problem(['services'], 'services', 'a list', services);
    else {
      services.forEach((service: unknown, index) => {
        if (!_isRecord(service) || typeof service.name !== 'string') {
          problem(['services', index], `services[${index}]`, 'a service { name, valuePerHour }', service);
        } else if (!(isNumber(service.valuePerHour) && service.valuePerHour >= 0)) {
          const where = `service "${service.name}": valuePerHour`;
          problem(['services', index, 'valuePerHour'], where, 'a finite number >= 0', service.valuePerHour);
        }
      });
    }
  }
  const matrix = definition.priorityMatrix;
  if (
    matrix !== undefined &&
    !(_isRecord(matrix) && Array.isArray(matrix.cells) && matrix.cells.every(Array.isArray))
  ) {
    problem(['priorityMatrix'], 'priorityMatrix', '{ cells: rows of priorities by urgency }', matrix);
  }
  if (definition.slaHours !== undefined && !Array.isArray(definition.slaHours)) {
    problem(['slaHours'], 'slaHours', 'a list of hours per priority', definition.slaHours);
  }
  const desks = definition.serviceDesks;
  if (desks !== undefined) {
    if (!Array.isArray(desks)) problem(['serviceDesks'], 'serviceDesks', 'a list', desks);
    else {
      desks.forEach((desk: unknown, index) => {
        if (!_isRecord(desk) || typeof desk.valueStream !== 'string' || typeof desk.step !== 'string') {
          const rule = '{ valueStream, step, answerTargetHours }';
          problem(['serviceDesks', index], `serviceDesks[${index}]`, rule, desk);
        }
      });
    }
  }
  if (definition.keepRecords !== undefined && typeof definition.keepRecords !== 'boolean') {
    problem(['keepRecords'], 'keepRecords', 'true or false', definition.keepRecords);
  }
  return problems;
}

// The shape of one value stream and its steps.
function streamShapeProblems(stream: unknown, index: number): ModelProblem[] {
  const path = ['valueStreams', index];
  if (!_isRecord(stream) || typeof stream.name !== 'string') {
    return [_ruleProblem(path, `valueStreams[${index}]`, 'a value stream with a name', stream)];
  }
  const where = `value stream "${stream.name}"`;
  if (!Array.isArray(stream.steps)) {
    return [_ruleProblem([...path, 'steps'], `${where}: steps`, 'a list', stream.steps)];
  }
  const problems: ModelProblem[] = [];
  stream.steps.forEach((step: unknown, position) => {
    const stepPath = [...path, 'steps', position];
    if (!_isRecord(step)) {
      problems.push(_ruleProblem(stepPath, `${where}, step ${position + 1}`, 'a step', step));
      return;
    }
    const at = `${where}, step ${position + 1} (${_describeValue(step.name)})`;
    const problem = (field: string, rule: string, value: unknown): void => {
      problems.push(_ruleProblem([...stepPath, field], `${at}: ${field}`, rule, value));
    };
    for (const field of Object.keys(step)) {
      if (!STEP_FIELDS.includes(field)) problems.push(_unknownFieldProblem(stepPath, at, field, STEP_FIELDS));
    }
    if (typeof step.name !== 'string') problem('name', 'a string', step.name);
    if (!(Array.isArray(step.teams) && step.teams.every((team) => typeof team === 'string'))) {
      problem('teams', 'a list of team names', step.teams);
    }
    if (typeof step.skill !== 'string') problem('skill', 'a skill name', step.skill);
    for (const field of ['exitWhen', 'skipWhen', 'onlyWhen']) {
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
    const misrouting = step.misrouting;
    if (misrouting !== undefined && !(_isRecord(misrouting) && isNumber(misrouting.probability))) {
      problem('misrouting', '{ probability, bounceEffort }', misrouting);
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
  problem: (path: ProblemPath, where: string, rule: string, value: unknown) => void,
): void {
  if (value === undefined) return;
  if (!_isRecord(value)) {
    problem([field], field, 'an object by name', value);
    return;
  }
  for (const [name, entry] of Object.entries(value)) {
    if (!_hasMethod(entry, method)) problem([field, name], `${field}.${name}`, rule, entry);
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number';
}
