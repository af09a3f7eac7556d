// Turns a model definition into the flat, indexed form the simulation runs on: checkModel first (a bad
// model is refused with every problem), then a build that assumes a checked definition and checks nothing.

import { resolveLevel } from '../people/skillLevel.ts';
import { expandTeam } from '../people/teamDefinition.ts';
import { DEFAULT_PRIORITY_MATRIX, priorityLevels } from '../work/priorityMatrix.ts';
import { checkModel } from './checkModel.ts';
import type { CompiledModel, CompiledPerson, CompiledStep } from './compiledModel.ts';
import type { ModelDefinition } from './modelDefinition.ts';
import { ModelError } from './modelError.ts';

/**
 * Checks and compiles a model: every problem {@link checkModel} finds (unknown teams, calendars, value
 * streams and services, skills nobody in a step's teams has, steps whose people never work while demand
 * arrives, duplicate names, fields out of range...) is reported together; a sound model is compiled.
 * @param definition - the model
 * @returns the compiled model: people, steps, streams and work types by index
 * @throws ModelError listing every problem found (its `problems`, each with its path and message)
 * @example
 * compileModel(definition).steps.length; // => 7 for the user support stream alone
 */
export function compileModel(definition: ModelDefinition): CompiledModel {
  const problems = checkModel(definition);
  if (problems.length > 0) throw new ModelError(problems);
  // Skills are numbered in the order they are first met: people's, then steps', then work types' efforts.
  const skillIndex = new Map<string, number>();
  const skillOf = (name: string): number => {
    let index = skillIndex.get(name);
    if (index === undefined) {
      index = skillIndex.size;
      skillIndex.set(name, index);
    }
    return index;
  };
  const members = definition.teams.flatMap((team, teamIndex) =>
    expandTeam(team).map((person) => ({ person, team: teamIndex })),
  );
  for (const { person } of members) for (const skill of Object.keys(person.skills)) skillOf(skill);
  for (const stream of definition.valueStreams) for (const step of stream.steps) skillOf(step.skill);
  for (const type of definition.workTypes) for (const skill of Object.keys(type.effort ?? {})) skillOf(skill);

  const calendars = definition.calendars ?? {};
  const people = members.map(({ person, team }, index): CompiledPerson => {
    const levels = new Float64Array(skillIndex.size);
    const speeds = new Float64Array(skillIndex.size);
    const firstTimeSuccess = new Float64Array(skillIndex.size);
    for (const [skill, level] of Object.entries(person.skills)) {
      const resolved = resolveLevel(level, person.performance);
      const at = skillOf(skill);
      levels[at] = resolved.rank;
      speeds[at] = resolved.speed;
      firstTimeSuccess[at] = resolved.firstTimeSuccess;
    }
    return {
      index,
      name: person.name,
      team,
      definition: person,
      levels,
      speeds,
      firstTimeSuccess,
      calendar: person.calendar === undefined ? undefined : calendars[person.calendar],
      maxInHand: person.maxInHand ?? 1,
      contextSwitchPenalty: person.contextSwitchPenalty,
      costPerHour: person.costPerHour ?? 0,
      onCall: person.onCall ?? false,
    };
  });
  const teamNames = definition.teams.map((team) => team.name);
  const teams = teamNames.map((name, teamIndex) => ({
    name,
    people: people.filter((person) => person.team === teamIndex).map((person) => person.index),
  }));

  const steps: CompiledStep[] = [];
  const streams = definition.valueStreams.map((stream, streamIndex) => {
    const firstStep = steps.length;
    stream.steps.forEach((step, position) => {
      const stepTeams = step.teams.map((name) => teamNames.indexOf(name));
      const skill = skillOf(step.skill);
      steps.push({
        index: steps.length,
        stream: streamIndex,
        position,
        definition: step,
        skill,
        teams: stepTeams,
        eligible: people
          .filter((person) => stepTeams.includes(person.team) && person.levels[skill]! > 0)
          .map((person) => person.index),
        reworkTo:
          step.rework === undefined
            ? -1
            : firstStep + stream.steps.findIndex((other) => other.name === step.rework!.toStep),
        misrouteTo:
          step.misrouting === undefined
            ? []
            : stream.steps.flatMap((other, at) =>
                other !== step && other.onlyWhen !== undefined ? [firstStep + at] : [],
              ),
      });
    });
    return { name: stream.name, firstStep, stepCount: stream.steps.length };
  });

  const serviceNames = (definition.services ?? []).map((service) => service.name);
  const workTypes = definition.workTypes.map((type) => ({
    definition: type,
    stream: streams.findIndex((candidate) => candidate.name === type.valueStream),
    service: type.service === undefined ? -1 : serviceNames.indexOf(type.service.name),
  }));
  const priorityMatrix = definition.priorityMatrix ?? DEFAULT_PRIORITY_MATRIX;
  return {
    definition,
    skills: [...skillIndex.keys()],
    teams,
    people,
    steps,
    streams,
    workTypes,
    priorityMatrix,
    priorityCount: priorityLevels(priorityMatrix),
    elasticByTeam: teamNames.map((name) => definition.elastic?.[name]),
    partyOfTeam: Int32Array.from(definition.teams, (team) =>
      team.party === undefined ? -1 : Object.keys(definition.parties ?? {}).indexOf(team.party),
    ),
    partyDelays: Object.values(definition.parties ?? {}).map((party) => party.handoffDelay),
  };
}
