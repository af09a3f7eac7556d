// The cross-reference checks of a model whose parts passed their own checks: names used twice, what work
// types refer to (streams, services, efforts, attributes, replayed tickets), service desks, sample and SLAs.

import type { WorkTypeDefinition } from '../work/workType.ts';
import type { ModelDefinition } from './modelDefinition.ts';
import { _ruleProblem, type ModelProblem } from './modelProblem.ts';
import {
  _duplicateStaffNames,
  _duplicates,
  _membersOf,
  type _SoundParts,
  type _StepStaffing,
  _stepStaffing,
  _stepStaffingProblems,
  _undefinedCalendars,
  _unknownElasticTeams,
  _unstaffedSteps,
} from './staffingChecks.ts';
import { _describeValue, _isRecord } from './untrustedValues.ts';

/**
 * Every cross-reference problem of a model, checked only between parts that passed their own checks
 * (`sound`), so that no problem here is a consequence of one already reported: duplicate names, calendars,
 * step staffing, work types' streams, services, efforts and attributes, elastic teams, service desks,
 * sampleEveryHours, slaHours, and the work types and priorities replayed tickets name.
 * @param model - the model, of a sound shape
 * @param sound - the parts that passed their own checks
 * @returns the problems, in that order
 * @example
 * _referenceProblems(model, sound).map((problem) => problem.path);
 * // => [['valueStreams', 0, 'steps', 0, 'teams', 0], ['workTypes', 1, 'valueStream'], ['slaHours', 1]]
 */
export function _referenceProblems(model: ModelDefinition, sound: _SoundParts): ModelProblem[] {
  const members = _membersOf(model, sound);
  const staffing = _stepStaffing(model, sound, members);
  // One problem per name used twice in a list of the model, at the second use's name field.
  const duplicates = (names: readonly string[], field: string, what: string): ModelProblem[] =>
    _duplicates(
      names.map((name, index) => ({ name, path: [field, index, 'name'] })),
      what,
    );
  return [
    ..._duplicateStaffNames(model, members),
    ...duplicates(
      model.valueStreams.map((stream) => stream.name),
      'valueStreams',
      'value stream',
    ),
    ...duplicates(
      (model.services ?? []).map((service) => service.name),
      'services',
      'service',
    ),
    ...duplicates(
      model.workTypes.map((type) => type.name),
      'workTypes',
      'work type',
    ),
    ..._undefinedCalendars(model, members),
    ..._stepStaffingProblems(model, staffing),
    ...model.workTypes.flatMap((type, index) => workTypeReferences(model, sound, staffing, type, index)),
    ...unknownAttributes(model, sound, staffing),
    ..._unknownElasticTeams(model),
    ...undeclaredParties(model),
    ...serviceDeskProblems(model, sound),
    ...modelNumberProblems(model),
    ...model.workTypes.flatMap((type, index) =>
      sound.workTypes.has(index) ? unknownNamedDemand(model, type, index, sound.priorityCount) : [],
    ),
  ];
}

/** Teams naming a party the model does not declare in `parties`. */
function undeclaredParties(model: ModelDefinition): ModelProblem[] {
  const declared = Object.keys(model.parties ?? {});
  const listed = declared.join(', ') || 'none';
  return model.teams.flatMap((team, index): ModelProblem[] =>
    typeof team.party === 'string' && !declared.includes(team.party)
      ? [
          {
            path: ['teams', index, 'party'],
            message: `team "${team.name}": party "${team.party}" is not one of the model's parties (parties: ${listed})`,
            expected: `a party of the model (${listed})`,
            received: _describeValue(team.party),
          },
        ]
      : [],
  );
}

/**
 * What one work type refers to: its value stream and service must exist; and, for a sound type on a
 * sound stream, the steps its demand reaches must be staffed, every step must have an effort, and every
 * effort it gives must be for a skill a step needs (else most likely a misspelt skill).
 */
function workTypeReferences(
  model: ModelDefinition,
  sound: _SoundParts,
  staffing: readonly _StepStaffing[],
  type: WorkTypeDefinition,
  typeIndex: number,
): ModelProblem[] {
  const path = ['workTypes', typeIndex];
  const problems: ModelProblem[] = [];
  const streamNames = model.valueStreams.map((stream) => stream.name);
  const stream = streamNames.indexOf(type.valueStream);
  // A valueStream that is not a name has its own problem (workTypeProblems).
  if (stream < 0 && typeof type.valueStream === 'string') {
    const listed = streamNames.join(', ');
    problems.push({
      path: [...path, 'valueStream'],
      message: `work type "${type.name}": value stream "${type.valueStream}" does not exist (value streams: ${listed})`,
      expected: `a value stream of the model (${listed})`,
      received: _describeValue(type.valueStream),
    });
  }
  const service: unknown = type.service;
  const serviceNames = (model.services ?? []).map((candidate) => candidate.name);
  // A service of the wrong shape has its own problem (workTypeProblems).
  if (_isRecord(service) && typeof service.name === 'string' && !serviceNames.includes(service.name)) {
    const listed = serviceNames.join(', ') || 'none';
    problems.push({
      path: [...path, 'service', 'name'],
      message: `work type "${type.name}": service "${service.name}" does not exist (services: ${listed})`,
      expected: `a service of the model (${listed})`,
      received: _describeValue(service.name),
    });
  }
  const problemType: unknown = (type.problems as { problemType?: unknown } | undefined)?.problemType;
  const typeNames = model.workTypes.map((candidate) => candidate.name);
  if (typeof problemType === 'string' && problemType !== type.name && !typeNames.includes(problemType)) {
    const listed = typeNames.join(', ');
    problems.push({
      path: [...path, 'problems', 'problemType'],
      message: `work type "${type.name}": problems.problemType "${problemType}" is not a work type (work types: ${listed})`,
      expected: `a work type of the model (${listed})`,
      received: _describeValue(problemType),
    });
  }
  if (stream < 0 || !sound.streams.has(stream) || !sound.workTypes.has(typeIndex)) return problems;
  const streamSteps = staffing.filter((entry) => entry.stream === stream);
  const streamName = `value stream "${type.valueStream}"`;
  problems.push(..._unstaffedSteps(model, type, streamSteps));
  const efforts = type.effort ?? {};
  const effortPath = type.effort === undefined ? path : [...path, 'effort'];
  for (const { step } of streamSteps) {
    if (Object.hasOwn(efforts, step.skill)) continue;
    if (streamSteps.some((other) => other.step.skill === step.skill && other.step.effort !== undefined))
      continue;
    problems.push({
      path: effortPath,
      message: `work type "${type.name}": step "${step.name}" of ${streamName} has no effort: give the step an effort, or the work type an effort for skill "${step.skill}"`,
    });
  }
  const needed = [...new Set(streamSteps.map(({ step }) => step.skill))].join(', ');
  for (const skill of Object.keys(efforts)) {
    if (streamSteps.some(({ step }) => step.skill === skill)) continue;
    problems.push({
      path: [...path, 'effort', skill],
      message: `work type "${type.name}": effort names skill "${skill}", which no step of ${streamName} needs (skills there: ${needed})`,
      expected: `a skill a step of ${streamName} needs (${needed})`,
      received: _describeValue(skill),
    });
  }
  return problems;
}

/**
 * Attributes a step's exitWhen or skipWhen names that no sound work type of the stream draws: the test
 * would be false for every item, most likely a misspelt name. (A stream shared by several work types may
 * test an attribute only some of them draw: for the others the step is never skipped or exited.)
 */
function unknownAttributes(
  model: ModelDefinition,
  sound: _SoundParts,
  staffing: readonly _StepStaffing[],
): ModelProblem[] {
  const streamNames = model.valueStreams.map((stream) => stream.name);
  const problems: ModelProblem[] = [];
  model.valueStreams.forEach((stream, streamIndex) => {
    if (!sound.streams.has(streamIndex)) return;
    const types = model.workTypes.filter(
      (type, typeIndex) =>
        sound.workTypes.has(typeIndex) && streamNames.indexOf(type.valueStream) === streamIndex,
    );
    if (types.length === 0) return;
    const drawn = new Set(['firstLineResolvable']);
    for (const type of types) {
      for (const name of [...Object.keys(type.attributes ?? {}), ...Object.keys(type.needs ?? {})])
        drawn.add(name);
    }
    const listed = [...drawn].join(', ');
    for (const { path, position, step } of staffing.filter((entry) => entry.stream === streamIndex)) {
      for (const field of ['exitWhen', 'skipWhen', 'onlyWhen'] as const) {
        const name = step[field];
        if (name === undefined || drawn.has(name)) continue;
        problems.push({
          path: [...path, field],
          message: `value stream "${stream.name}", step ${position + 1} ("${step.name}"): ${field} names attribute "${name}", which no work type of the stream draws (attributes: ${listed})`,
          expected: `an attribute a work type of the stream draws (${listed})`,
          received: _describeValue(name),
        });
      }
    }
  });
  return problems;
}

/**
 * Service desks measured at a step that does not exist, or with a negative answer target. A desk on a
 * stream with problems of its own is not looked up (its steps may be what is wrong).
 */
function serviceDeskProblems(model: ModelDefinition, sound: _SoundParts): ModelProblem[] {
  const problems: ModelProblem[] = [];
  (model.serviceDesks ?? []).forEach((desk, index) => {
    const path = ['serviceDesks', index];
    const streamIndex = model.valueStreams.findIndex((stream) => stream.name === desk.valueStream);
    const stream = model.valueStreams[streamIndex];
    const message = `serviceDesks: step "${desk.step}" of value stream "${desk.valueStream}" does not exist`;
    if (stream === undefined) {
      const listed = model.valueStreams.map((candidate) => candidate.name).join(', ');
      problems.push({
        path: [...path, 'valueStream'],
        message,
        expected: `a value stream of the model (${listed})`,
        received: _describeValue(desk.valueStream),
      });
    } else if (sound.streams.has(streamIndex) && !stream.steps.some((step) => step.name === desk.step)) {
      const listed = stream.steps.map((step) => step.name).join(', ');
      problems.push({
        path: [...path, 'step'],
        message,
        expected: `a step of value stream "${stream.name}" (${listed})`,
        received: _describeValue(desk.step),
      });
    }
    if (!(desk.answerTargetHours >= 0)) {
      const subject = 'serviceDesks: answerTargetHours';
      problems.push(
        _ruleProblem(
          [...path, 'answerTargetHours'],
          subject,
          'a number of hours >= 0',
          desk.answerTargetHours,
        ),
      );
    }
  });
  return problems;
}

/** The model's own numbers: the sampling interval and the resolution target of each priority. */
function modelNumberProblems(model: ModelDefinition): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const sampleEvery = model.sampleEveryHours;
  if (sampleEvery !== undefined && !(sampleEvery > 0 && Number.isFinite(sampleEvery))) {
    const rule = 'a finite number of hours > 0';
    problems.push(_ruleProblem(['sampleEveryHours'], 'sampleEveryHours', rule, sampleEvery));
  }
  (model.slaHours ?? []).forEach((hours, index) => {
    if (!(hours > 0)) {
      const subject = `slaHours[${index}] (P${index + 1})`;
      problems.push(_ruleProblem(['slaHours', index], subject, 'a number of hours > 0', hours));
    }
  });
  return problems;
}

/**
 * Work types and priorities that a source's data (replayed tickets) names but the model does not have,
 * one problem for each, naming the row (the CSV line stays in the message; the path is the source).
 */
function unknownNamedDemand(
  model: ModelDefinition,
  type: WorkTypeDefinition,
  typeIndex: number,
  priorityCount: number,
): ModelProblem[] {
  const typeNames = model.workTypes.map((candidate) => candidate.name);
  const problems: ModelProblem[] = [];
  type.arrivals.forEach((source, sourceIndex) => {
    const path = ['workTypes', typeIndex, 'arrivals', sourceIndex];
    for (const named of source.namedDemand ?? []) {
      const at = `work type "${type.name}", arrivals[${sourceIndex}] (${source.kind}), ${named.where}`;
      if (!typeNames.includes(named.typeName)) {
        const listed = typeNames.join(', ');
        problems.push({
          path,
          message: `${at}: work type "${named.typeName}" does not exist (work types: ${listed})`,
          expected: `a work type of the model (${listed})`,
          received: _describeValue(named.typeName),
        });
      }
      if (named.priority !== undefined && named.priority > priorityCount) {
        problems.push({
          path,
          message: `${at}: priority ${named.priority} is not one of the model's priorities 1 to ${priorityCount}`,
          expected: `a priority from 1 to ${priorityCount}`,
          received: String(named.priority),
        });
      }
    }
  });
  return problems;
}
