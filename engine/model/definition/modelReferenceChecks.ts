// The cross-reference checks of a model being compiled: each returns one message per problem it finds
// (a step nobody staffs, an effort nobody needs, a misspelt attribute, a ticket of an unknown type...),
// so that compileModel can report them all together.
import type { CompiledPerson, CompiledStep } from './compiledModel.ts';
import type { WorkTypeDefinition } from '../work/workType.ts';

/**
 * A step that demand reaches must have somebody who ever works (a team of zero people, or people whose
 * calendars have no working hours, would let the queue grow for ever).
 */
export function _unstaffedSteps(
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

/**
 * Every step a work type's items visit needs an effort: the type's for the step's skill, the step's own,
 * or (for a step without one) that of another step of the stream with the same skill. Without any, the
 * item's remaining effort is NaN and the person who takes it would hold it for ever.
 */
export function _stepsWithoutEffort(
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

/**
 * Efforts a work type gives for skills no step of its stream needs: most likely a misspelt skill, and
 * the steps it was meant for would silently use their own effort.
 */
export function _unusedEfforts(
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

/**
 * Attributes a step's exitWhen or skipWhen names that no work type of the stream draws: the test would
 * be false for every item, most likely a misspelt name. (A stream shared by several work types may test
 * an attribute only some of them draw: for the others the step is never skipped or exited.)
 */
export function _unknownAttributes(
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

/**
 * Work types and priorities that a source's data (replayed tickets) names but the model does not have,
 * one problem for each, naming the row.
 */
export function _unknownNamedDemand(
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

/**
 * One problem for each name used more than once.
 */
export function _duplicates(names: readonly string[], what: string): string[] {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) reported.add(name);
    seen.add(name);
  }
  return [...reported].map((name) => `${what} name "${name}" is used twice; ${what} names must be unique`);
}
