// Turns a model definition into the flat, indexed form the simulation runs on, checking every
// cross-reference first, so that a bad model is refused before the run with a message naming the part.
import type { ElasticRule, ModelDefinition } from './modelDefinition.ts';
import { ModelError } from './modelError.ts';
import {
  _duplicates,
  _stepsWithoutEffort,
  _unknownAttributes,
  _unknownNamedDemand,
  _unstaffedSteps,
  _unusedEfforts,
} from './modelReferenceChecks.ts';
import { modelShapeProblems } from './modelShapeChecks.ts';
import type { PersonDefinition } from '../people/personDefinition.ts';
import {
  DEFAULT_PRIORITY_MATRIX,
  type PriorityMatrix,
  priorityLevels,
  validatePriorityMatrix,
} from '../work/priorityMatrix.ts';
import { resolveLevel } from '../people/skillLevel.ts';
import { expandTeam } from '../people/teamDefinition.ts';
import { type StepDefinition, validateValueStream } from '../flow/valueStream.ts';
import type { WorkingCalendar } from '../people/workingCalendar.ts';
import type { WorkTypeDefinition } from '../work/workType.ts';
import { workTypeProblems } from './workTypeChecks.ts';

/** A person, compiled: per-skill arrays indexed by skill index. */
export interface CompiledPerson {
  readonly index: number;
  readonly name: string;
  readonly team: number;
  readonly definition: PersonDefinition;
  /** Level rank per skill (0 none). */
  readonly levels: Float64Array;
  readonly speeds: Float64Array;
  readonly firstTimeSuccess: Float64Array;
  /** Working calendar, or undefined for 24x7. */
  readonly calendar: WorkingCalendar | undefined;
  readonly maxInHand: number;
  readonly contextSwitchPenalty: readonly number[] | undefined;
  readonly costPerHour: number;
  readonly onCall: boolean;
}

/** A step, compiled: its global index, stream, skill index and the people who can do it. */
export interface CompiledStep {
  readonly index: number;
  readonly stream: number;
  readonly position: number;
  readonly definition: StepDefinition;
  readonly skill: number;
  readonly teams: readonly number[];
  /** People of the step's teams with the skill, in person order. */
  readonly eligible: readonly number[];
  /** Global index of the rework target step, or -1. */
  readonly reworkTo: number;
}

/** A model ready to run. */
export interface CompiledModel {
  readonly definition: ModelDefinition;
  readonly skills: readonly string[];
  readonly teams: readonly { readonly name: string; readonly people: readonly number[] }[];
  readonly people: readonly CompiledPerson[];
  readonly steps: readonly CompiledStep[];
  /** First global step index of each value stream, and its step count. */
  readonly streams: readonly {
    readonly name: string;
    readonly firstStep: number;
    readonly stepCount: number;
  }[];
  readonly workTypes: readonly {
    readonly definition: WorkTypeDefinition;
    readonly stream: number;
    readonly service: number;
  }[];
  readonly priorityMatrix: PriorityMatrix;
  readonly priorityCount: number;
  readonly elasticByTeam: readonly (ElasticRule | undefined)[];
}

/**
 * Compiles and checks a model: unknown teams, calendars, value streams and services, skills nobody in a
 * step's teams has, steps whose people never work while demand arrives, duplicate names. Checks go on
 * past a problem wherever the rest can still be checked, and all problems are reported together.
 * @throws ModelError listing every problem found (its `problems`, one message each)
 * @example
 * compileModel(definition).steps.length; // => 7 for the user support stream alone
 */
export function compileModel(definition: ModelDefinition): CompiledModel {
  // Nothing below can be read safely from a model of the wrong shape: those problems come alone.
  const shape = modelShapeProblems(definition);
  if (shape.length > 0) throw new ModelError(shape);
  const problems: string[] = [];
  // Runs a check that throws its own message (the shared validators), recording the message instead.
  const attempt = <Result>(check: () => Result): Result | undefined => {
    try {
      return check();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const passes = (check: () => void): boolean =>
    attempt(() => {
      check();
      return true;
    }) === true;
  const calendars = definition.calendars ?? {};
  const givenMatrix = definition.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX;
  const priorityMatrix = passes(() => validatePriorityMatrix(givenMatrix))
    ? givenMatrix
    : DEFAULT_PRIORITY_MATRIX;
  const teamNames = definition.teams.map((team) => team.name);
  problems.push(..._duplicates(teamNames, 'team'));
  const definitions: { person: PersonDefinition; team: number }[] = [];
  // Teams that failed their own checks: steps they staff are not checked for skills (nobody would have any).
  const invalidTeams = new Set<number>();
  definition.teams.forEach((team, teamIndex) => {
    const members = attempt(() => expandTeam(team));
    if (members === undefined) invalidTeams.add(teamIndex);
    for (const person of members ?? []) definitions.push({ person, team: teamIndex });
  });
  problems.push(
    ..._duplicates(
      definitions.map(({ person }) => person.name),
      'person',
    ),
  );
  const skillIndex = new Map<string, number>();
  const skillOf = (name: string): number => {
    let index = skillIndex.get(name);
    if (index === undefined) {
      index = skillIndex.size;
      skillIndex.set(name, index);
    }
    return index;
  };
  for (const { person } of definitions) for (const skill of Object.keys(person.skills)) skillOf(skill);
  for (const stream of definition.valueStreams) for (const step of stream.steps) skillOf(step.skill);
  for (const type of definition.workTypes) for (const skill of Object.keys(type.effort ?? {})) skillOf(skill);
  const skillCount = skillIndex.size;

  const people: CompiledPerson[] = definitions.map(({ person, team }, index) => {
    const levels = new Float64Array(skillCount);
    const speeds = new Float64Array(skillCount);
    const firstTimeSuccess = new Float64Array(skillCount);
    for (const [skill, level] of Object.entries(person.skills)) {
      const resolved = attempt(() => resolveLevel(level, person.performance));
      if (resolved === undefined) continue;
      const at = skillOf(skill);
      levels[at] = resolved.rank;
      speeds[at] = resolved.speed;
      firstTimeSuccess[at] = resolved.firstTimeSuccess;
    }
    let calendar: WorkingCalendar | undefined;
    if (person.calendar !== undefined) {
      calendar = calendars[person.calendar];
      if (calendar === undefined) {
        problems.push(
          `team "${teamNames[team]}", person "${person.name}": calendar "${person.calendar}" is not defined (calendars: ${Object.keys(calendars).join(', ') || 'none'})`,
        );
      }
    }
    return {
      index,
      name: person.name,
      team,
      definition: person,
      levels,
      speeds,
      firstTimeSuccess,
      calendar,
      maxInHand: person.maxInHand ?? 1,
      contextSwitchPenalty: person.contextSwitchPenalty,
      costPerHour: person.costPerHour ?? 0,
      onCall: person.onCall ?? false,
    };
  });
  const teams = teamNames.map((name, teamIndex) => ({
    name,
    people: people.filter((person) => person.team === teamIndex).map((person) => person.index),
  }));

  problems.push(
    ..._duplicates(
      definition.valueStreams.map((stream) => stream.name),
      'value stream',
    ),
  );
  const steps: CompiledStep[] = [];
  // Streams that failed their own checks: work types that use them are not checked further (what else
  // would be reported follows from the stream's own problem).
  const invalidStreams = new Set<string>();
  const streams = definition.valueStreams.map((stream, streamIndex) => {
    const firstStep = steps.length;
    if (!passes(() => validateValueStream(stream))) {
      invalidStreams.add(stream.name);
      return { name: stream.name, firstStep, stepCount: 0 };
    }
    stream.steps.forEach((step, position) => {
      const where = `value stream "${stream.name}", step ${position + 1} ("${step.name}")`;
      const stepTeams: number[] = [];
      for (const name of step.teams) {
        const index = teamNames.indexOf(name);
        if (index < 0)
          problems.push(`${where}: team "${name}" does not exist (teams: ${teamNames.join(', ')})`);
        else stepTeams.push(index);
      }
      const skill = skillOf(step.skill);
      const eligible = people
        .filter((person) => stepTeams.includes(person.team) && person.levels[skill]! > 0)
        .map((person) => person.index);
      // With an unknown or broken team, that problem is the one to fix first; this one would follow.
      const teamsSound =
        stepTeams.length === step.teams.length && stepTeams.every((team) => !invalidTeams.has(team));
      if (eligible.length === 0 && teamsSound) {
        problems.push(
          `${where}: nobody in team${stepTeams.length > 1 ? 's' : ''} ${step.teams.map((name) => `"${name}"`).join(', ')} has skill "${step.skill}"`,
        );
      }
      const reworkTo =
        step.rework === undefined
          ? -1
          : firstStep + stream.steps.findIndex((other) => other.name === step.rework!.toStep);
      steps.push({
        index: steps.length,
        stream: streamIndex,
        position,
        definition: step,
        skill,
        teams: stepTeams,
        eligible,
        reworkTo,
      });
    });
    return { name: stream.name, firstStep, stepCount: stream.steps.length };
  });

  const serviceNames = (definition.services ?? []).map((service) => service.name);
  problems.push(..._duplicates(serviceNames, 'service'));
  problems.push(
    ..._duplicates(
      definition.workTypes.map((type) => type.name),
      'work type',
    ),
  );
  const matrixSize = { impacts: priorityMatrix.cells.length, urgencies: priorityMatrix.cells[0]!.length };
  // Work types with problems in their own fields: their cross-references are not checked further.
  const unsoundTypes = new Set<WorkTypeDefinition>();
  for (const type of definition.workTypes) {
    const own = workTypeProblems(type, matrixSize);
    if (own.length > 0) unsoundTypes.add(type);
    problems.push(...own);
  }
  const workTypes = definition.workTypes.map((type) => {
    const stream = streams.findIndex((candidate) => candidate.name === type.valueStream);
    if (stream < 0) {
      problems.push(
        `work type "${type.name}": value stream "${type.valueStream}" does not exist (value streams: ${streams.map((s) => s.name).join(', ')})`,
      );
    }
    const service = type.service === undefined ? -1 : serviceNames.indexOf(type.service.name);
    if (type.service !== undefined && service < 0) {
      problems.push(
        `work type "${type.name}": service "${type.service.name}" does not exist (services: ${serviceNames.join(', ') || 'none'})`,
      );
    }
    if (stream >= 0 && !invalidStreams.has(type.valueStream) && !unsoundTypes.has(type)) {
      problems.push(..._unstaffedSteps(type, streams[stream]!, steps, people));
      problems.push(..._stepsWithoutEffort(type, streams[stream]!, steps));
      problems.push(..._unusedEfforts(type, streams[stream]!, steps, [...skillIndex.keys()]));
    }
    return { definition: type, stream, service };
  });

  streams.forEach((stream, streamIndex) => {
    if (invalidStreams.has(stream.name)) return;
    const types = definition.workTypes.filter(
      (type, typeIndex) => !unsoundTypes.has(type) && workTypes[typeIndex]!.stream === streamIndex,
    );
    problems.push(..._unknownAttributes(types, stream, steps));
  });

  const elasticByTeam = teamNames.map((name) => definition.elastic?.[name]);
  for (const name of Object.keys(definition.elastic ?? {})) {
    if (!teamNames.includes(name))
      problems.push(`elastic: team "${name}" does not exist (teams: ${teamNames.join(', ')})`);
  }
  for (const desk of definition.serviceDesks ?? []) {
    const stream = streams.find((candidate) => candidate.name === desk.valueStream);
    const found =
      stream !== undefined &&
      steps.some((step) => step.stream === streams.indexOf(stream) && step.definition.name === desk.step);
    if (!found) {
      problems.push(`serviceDesks: step "${desk.step}" of value stream "${desk.valueStream}" does not exist`);
    }
    if (!(desk.answerTargetHours >= 0)) {
      problems.push(
        `serviceDesks: answerTargetHours must be a number of hours >= 0, got ${desk.answerTargetHours}`,
      );
    }
  }
  const sampleEvery = definition.sampleEveryHours;
  if (sampleEvery !== undefined && !(sampleEvery > 0 && Number.isFinite(sampleEvery))) {
    problems.push(`sampleEveryHours must be a finite number of hours > 0, got ${sampleEvery}`);
  }
  (definition.slaHours ?? []).forEach((hours, index) => {
    if (!(hours > 0))
      problems.push(`slaHours[${index}] (P${index + 1}) must be a number of hours > 0, got ${hours}`);
  });
  const priorityCount = priorityLevels(priorityMatrix);
  const typeNames = definition.workTypes.map((type) => type.name);
  for (const type of definition.workTypes) {
    if (!unsoundTypes.has(type)) problems.push(..._unknownNamedDemand(type, typeNames, priorityCount));
  }
  if (problems.length > 0) throw new ModelError(problems);
  return {
    definition,
    skills: [...skillIndex.keys()],
    teams,
    people,
    steps,
    streams,
    workTypes,
    priorityMatrix,
    priorityCount,
    elasticByTeam,
  };
}
