// What "the same compiled model" means for round-trip tests: the same people with the same skill levels,
// the same steps staffed by the same people, and the same work types with the same demand.
import type { ServiceModel } from '../../../engine/index.ts';

/**
 * The parts of a compiled model a scenario file decides, as plain data to compare with `toEqual`.
 * @example
 * expect(modelFacts(again)).toEqual(modelFacts(original));
 */
export function modelFacts(model: ServiceModel): unknown {
  return {
    skills: model.skills,
    people: model.people.map((person) => ({
      name: person.name,
      team: person.team,
      levels: Array.from(person.levels),
      speeds: Array.from(person.speeds),
      onCall: person.onCall,
      calendarHoursPerWeek: person.calendar?.hoursPerWeek,
    })),
    steps: model.steps.map((step) => ({
      name: step.definition.name,
      skill: step.skill,
      teams: step.teams,
      eligible: step.eligible,
      reworkTo: step.reworkTo,
      gate: step.definition.gate,
    })),
    workTypes: model.workTypes.map((type) => ({
      name: type.definition.name,
      stream: type.stream,
      arrivals: type.definition.arrivals.map((source) => [source.kind, source.meanRatePerHour]),
      efforts: Object.entries(type.definition.effort ?? {}).map(([skill, effort]) => [
        skill,
        effort.kind,
        effort.mean,
      ]),
    })),
    priorityMatrix: model.priorityMatrix,
    slaHours: model.definition.slaHours,
    queueOrder: model.definition.queueOrder.kind,
  };
}
