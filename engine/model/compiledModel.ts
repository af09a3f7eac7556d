// Turns a model definition into the flat, indexed form the simulation runs on, checking every
// cross-reference first, so that a bad model is refused before the run with a message naming the part.
import type { ElasticRule, ModelDefinition } from './modelDefinition.ts';
import type { PersonDefinition } from './personDefinition.ts';
import {
  DEFAULT_PRIORITY_MATRIX,
  type PriorityMatrix,
  priorityLevels,
  validatePriorityMatrix,
} from './priorityMatrix.ts';
import { resolveLevel } from './skillLevel.ts';
import { expandTeam } from './teamDefinition.ts';
import { type StepDefinition, validateValueStream } from './valueStream.ts';
import type { WorkingCalendar } from './workingCalendar.ts';
import type { WorkTypeDefinition } from './workType.ts';

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
 * step's teams has, steps whose people never work while demand arrives, duplicate names.
 * @throws Error naming the part at fault and what would be right
 * @example
 * compileModel(definition).steps.length; // => 7 for the user support stream alone
 */
export function compileModel(definition: ModelDefinition): CompiledModel {
  const calendars = definition.calendars ?? {};
  const priorityMatrix = definition.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX;
  validatePriorityMatrix(priorityMatrix);
  const teamNames = definition.teams.map((team) => team.name);
  assertUnique(teamNames, 'team');
  const definitions: { person: PersonDefinition; team: number }[] = [];
  definition.teams.forEach((team, teamIndex) => {
    for (const person of expandTeam(team)) definitions.push({ person, team: teamIndex });
  });
  assertUnique(
    definitions.map(({ person }) => person.name),
    'person',
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
      const resolved = resolveLevel(level, person.performance);
      const at = skillOf(skill);
      levels[at] = resolved.rank;
      speeds[at] = resolved.speed;
      firstTimeSuccess[at] = resolved.firstTimeSuccess;
    }
    let calendar: WorkingCalendar | undefined;
    if (person.calendar !== undefined) {
      calendar = calendars[person.calendar];
      if (calendar === undefined) {
        throw new Error(
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

  assertUnique(
    definition.valueStreams.map((stream) => stream.name),
    'value stream',
  );
  const steps: CompiledStep[] = [];
  const streams = definition.valueStreams.map((stream, streamIndex) => {
    validateValueStream(stream);
    const firstStep = steps.length;
    stream.steps.forEach((step, position) => {
      const where = `value stream "${stream.name}", step ${position + 1} ("${step.name}")`;
      const stepTeams = step.teams.map((name) => {
        const index = teamNames.indexOf(name);
        if (index < 0)
          throw new Error(`${where}: team "${name}" does not exist (teams: ${teamNames.join(', ')})`);
        return index;
      });
      const skill = skillOf(step.skill);
      const eligible = people
        .filter((person) => stepTeams.includes(person.team) && person.levels[skill]! > 0)
        .map((person) => person.index);
      if (eligible.length === 0) {
        throw new Error(
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
  assertUnique(serviceNames, 'service');
  assertUnique(
    definition.workTypes.map((type) => type.name),
    'work type',
  );
  const workTypes = definition.workTypes.map((type) => {
    const stream = streams.findIndex((candidate) => candidate.name === type.valueStream);
    if (stream < 0) {
      throw new Error(
        `work type "${type.name}": value stream "${type.valueStream}" does not exist (value streams: ${streams.map((s) => s.name).join(', ')})`,
      );
    }
    const service = type.service === undefined ? -1 : serviceNames.indexOf(type.service.name);
    if (type.service !== undefined && service < 0) {
      throw new Error(
        `work type "${type.name}": service "${type.service.name}" does not exist (services: ${serviceNames.join(', ') || 'none'})`,
      );
    }
    checkStaffedWhenDemanded(type, streams[stream]!, steps, people);
    checkEffortGiven(type, streams[stream]!, steps);
    return { definition: type, stream, service };
  });

  const elasticByTeam = teamNames.map((name) => definition.elastic?.[name]);
  for (const name of Object.keys(definition.elastic ?? {})) {
    if (!teamNames.includes(name))
      throw new Error(`elastic: team "${name}" does not exist (teams: ${teamNames.join(', ')})`);
  }
  for (const desk of definition.serviceDesks ?? []) {
    const stream = streams.find((candidate) => candidate.name === desk.valueStream);
    const found =
      stream !== undefined &&
      steps.some((step) => step.stream === streams.indexOf(stream) && step.definition.name === desk.step);
    if (!found)
      throw new Error(
        `serviceDesks: step "${desk.step}" of value stream "${desk.valueStream}" does not exist`,
      );
    if (!(desk.answerTargetHours >= 0)) {
      throw new Error(
        `serviceDesks: answerTargetHours must be a number of hours >= 0, got ${desk.answerTargetHours}`,
      );
    }
  }
  const sampleEvery = definition.sampleEveryHours;
  if (sampleEvery !== undefined && !(sampleEvery > 0 && Number.isFinite(sampleEvery))) {
    throw new Error(`sampleEveryHours must be a finite number of hours > 0, got ${sampleEvery}`);
  }
  (definition.slaHours ?? []).forEach((hours, index) => {
    if (!(hours > 0))
      throw new Error(`slaHours[${index}] (P${index + 1}) must be a number of hours > 0, got ${hours}`);
  });
  const priorityCount = priorityLevels(priorityMatrix);
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

// A step that demand reaches must have somebody who ever works (a team of zero people, or people whose
// calendars have no working hours, would let the queue grow for ever).
function checkStaffedWhenDemanded(
  type: WorkTypeDefinition,
  stream: { readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
  people: readonly CompiledPerson[],
): void {
  if (type.arrivals.length === 0) return;
  for (let index = stream.firstStep; index < stream.firstStep + stream.stepCount; index++) {
    const step = steps[index]!;
    const working = step.eligible.filter((person) => {
      const calendar = people[person]!.calendar;
      return !people[person]!.onCall && (calendar === undefined || calendar.hoursPerWeek > 0);
    });
    if (working.length === 0) {
      throw new Error(
        `work type "${type.name}" sends demand to step "${step.definition.name}", but its team has no capacity there: nobody with skill "${step.definition.skill}" ever works (add people, or give them working hours)`,
      );
    }
  }
}

// Every step a work type's items visit needs an effort: the type's for the step's skill, the step's own,
// or (for a step without one) that of another step of the stream with the same skill. Without any, the
// item's remaining effort is NaN and the person who takes it would hold it for ever.
function checkEffortGiven(
  type: WorkTypeDefinition,
  stream: { readonly name: string; readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
): void {
  const streamSteps = steps.slice(stream.firstStep, stream.firstStep + stream.stepCount);
  for (const step of streamSteps) {
    if (Object.hasOwn(type.effort ?? {}, step.definition.skill)) continue;
    if (streamSteps.some((other) => other.skill === step.skill && other.definition.effort !== undefined))
      continue;
    throw new Error(
      `work type "${type.name}": step "${step.definition.name}" of value stream "${stream.name}" has no effort: give the step an effort, or the work type an effort for skill "${step.definition.skill}"`,
    );
  }
}

function assertUnique(names: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`${what} name "${name}" is used twice; ${what} names must be unique`);
    seen.add(name);
  }
}
