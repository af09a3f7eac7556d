// Turns a model definition into the flat, indexed form the simulation runs on, checking every
// cross-reference first, so that a bad model is refused before the run with a message naming the part.
import type { ElasticRule, ModelDefinition } from './modelDefinition.ts';
import { modelShapeProblems } from './modelShapeChecks.ts';
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
 * A model that cannot run, with every problem found: each names the part at fault and what would be
 * right. The message lists them all, one per line, so a user fixes a scenario in one pass.
 */
export class ModelError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? problems[0]!
        : `the model has ${problems.length} problems:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
    this.name = 'ModelError';
    this.problems = problems;
  }
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
  problems.push(...duplicates(teamNames, 'team'));
  const definitions: { person: PersonDefinition; team: number }[] = [];
  // Teams that failed their own checks: steps they staff are not checked for skills (nobody would have any).
  const invalidTeams = new Set<number>();
  definition.teams.forEach((team, teamIndex) => {
    const members = attempt(() => expandTeam(team));
    if (members === undefined) invalidTeams.add(teamIndex);
    for (const person of members ?? []) definitions.push({ person, team: teamIndex });
  });
  problems.push(
    ...duplicates(
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
    ...duplicates(
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
  problems.push(...duplicates(serviceNames, 'service'));
  problems.push(
    ...duplicates(
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
      problems.push(...unstaffedSteps(type, streams[stream]!, steps, people));
      problems.push(...stepsWithoutEffort(type, streams[stream]!, steps));
      problems.push(...unusedEfforts(type, streams[stream]!, steps, [...skillIndex.keys()]));
    }
    return { definition: type, stream, service };
  });

  streams.forEach((stream, streamIndex) => {
    if (invalidStreams.has(stream.name)) return;
    const types = definition.workTypes.filter(
      (type, typeIndex) => !unsoundTypes.has(type) && workTypes[typeIndex]!.stream === streamIndex,
    );
    problems.push(...unknownAttributes(types, stream, steps));
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
    if (!unsoundTypes.has(type)) problems.push(...unknownNamedDemand(type, typeNames, priorityCount));
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

// A step that demand reaches must have somebody who ever works (a team of zero people, or people whose
// calendars have no working hours, would let the queue grow for ever).
function unstaffedSteps(
  type: WorkTypeDefinition,
  stream: { readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
  people: readonly CompiledPerson[],
): string[] {
  const problems: string[] = [];
  if (type.arrivals.length === 0) return problems;
  for (let index = stream.firstStep; index < stream.firstStep + stream.stepCount; index++) {
    const step = steps[index]!;
    const working = step.eligible.filter((person) => {
      const calendar = people[person]!.calendar;
      return !people[person]!.onCall && (calendar === undefined || calendar.hoursPerWeek > 0);
    });
    // A step with no eligible people at all has its own problem (nobody has the skill).
    if (working.length === 0 && step.eligible.length > 0) {
      problems.push(
        `work type "${type.name}" sends demand to step "${step.definition.name}", but its team has no capacity there: nobody with skill "${step.definition.skill}" ever works (add people, or give them working hours)`,
      );
    }
  }
  return problems;
}

// Every step a work type's items visit needs an effort: the type's for the step's skill, the step's own,
// or (for a step without one) that of another step of the stream with the same skill. Without any, the
// item's remaining effort is NaN and the person who takes it would hold it for ever.
function stepsWithoutEffort(
  type: WorkTypeDefinition,
  stream: { readonly name: string; readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
): string[] {
  const problems: string[] = [];
  const streamSteps = steps.slice(stream.firstStep, stream.firstStep + stream.stepCount);
  for (const step of streamSteps) {
    if (Object.hasOwn(type.effort ?? {}, step.definition.skill)) continue;
    if (streamSteps.some((other) => other.skill === step.skill && other.definition.effort !== undefined))
      continue;
    problems.push(
      `work type "${type.name}": step "${step.definition.name}" of value stream "${stream.name}" has no effort: give the step an effort, or the work type an effort for skill "${step.definition.skill}"`,
    );
  }
  return problems;
}

// Efforts a work type gives for skills no step of its stream needs: most likely a misspelt skill, and
// the steps it was meant for would silently use their own effort.
function unusedEfforts(
  type: WorkTypeDefinition,
  stream: { readonly name: string; readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
  skills: readonly string[],
): string[] {
  const needed = new Set(
    steps.slice(stream.firstStep, stream.firstStep + stream.stepCount).map((step) => skills[step.skill]!),
  );
  return Object.keys(type.effort ?? {})
    .filter((skill) => !needed.has(skill))
    .map(
      (skill) =>
        `work type "${type.name}": effort names skill "${skill}", which no step of value stream "${stream.name}" needs (skills there: ${[...needed].join(', ')})`,
    );
}

// Attributes a step's exitWhen or skipWhen names that no work type of the stream draws: the test would
// be false for every item, most likely a misspelt name. (A stream shared by several work types may test
// an attribute only some of them draw: for the others the step is never skipped or exited.)
function unknownAttributes(
  types: readonly WorkTypeDefinition[],
  stream: { readonly name: string; readonly firstStep: number; readonly stepCount: number },
  steps: readonly CompiledStep[],
): string[] {
  if (types.length === 0) return [];
  const drawn = new Set(['firstLineResolvable']);
  for (const type of types) for (const name of Object.keys(type.attributes ?? {})) drawn.add(name);
  const problems: string[] = [];
  for (const step of steps.slice(stream.firstStep, stream.firstStep + stream.stepCount)) {
    for (const field of ['exitWhen', 'skipWhen'] as const) {
      const name = step.definition[field];
      if (name !== undefined && !drawn.has(name)) {
        problems.push(
          `value stream "${stream.name}", step ${step.position + 1} ("${step.definition.name}"): ${field} names attribute "${name}", which no work type of the stream draws (attributes: ${[...drawn].join(', ')})`,
        );
      }
    }
  }
  return problems;
}

// Work types and priorities that a source's data (replayed tickets) names but the model does not have,
// one problem for each, naming the row.
function unknownNamedDemand(
  type: WorkTypeDefinition,
  typeNames: readonly string[],
  priorityCount: number,
): string[] {
  const problems: string[] = [];
  type.arrivals.forEach((source, sourceIndex) => {
    for (const named of source.namedDemand ?? []) {
      const at = `work type "${type.name}", arrivals[${sourceIndex}] (${source.kind}), ${named.where}`;
      if (!typeNames.includes(named.typeName)) {
        problems.push(
          `${at}: work type "${named.typeName}" does not exist (work types: ${typeNames.join(', ')})`,
        );
      }
      if (named.priority !== undefined && named.priority > priorityCount) {
        problems.push(
          `${at}: priority ${named.priority} is not one of the model's priorities 1 to ${priorityCount}`,
        );
      }
    }
  });
  return problems;
}

// One problem for each name used more than once.
function duplicates(names: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) reported.add(name);
    seen.add(name);
  }
  return [...reported].map((name) => `${what} name "${name}" is used twice; ${what} names must be unique`);
}
