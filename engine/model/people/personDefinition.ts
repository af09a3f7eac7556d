// A person as the scenario describes them: skills at levels, how they perform, how many items they hold,
// their calendar and cost; plain data, its problems found here, compiled into arrays by compileModel.
import {
  _ruleProblem,
  _unknownFieldProblem,
  type ModelProblem,
  type ProblemPath,
} from '../definition/modelProblem.ts';
import { contextSwitchTableProblems } from './contextSwitching.ts';
import {
  type PerformanceTable,
  performanceTableProblems,
  type SkillLevel,
  skillLevelProblems,
} from './skillLevel.ts';

/**
 * One person in a team.
 *
 * Skills not listed are 'none'. Times are in hours; money is in the scenario's currency.
 *
 * @example
 * const ana: PersonDefinition = { name: 'ana', skills: { network: 'expert', database: 'knowledgeable' } };
 * ana.maxInHand ?? 1; // => 1 (one item at a time unless multitasking is opted into)
 */
export interface PersonDefinition {
  /** Unique across the whole model (reports and item records name people by it). */
  readonly name: string;
  /** Level per skill name; a missing skill is 'none'. */
  readonly skills: Readonly<Record<string, SkillLevel>>;
  /** Overrides of the default speed and first-time success per level (see resolveLevel). */
  readonly performance?: PerformanceTable;
  /** Most items held at once (integer >= 1). Default 1; k > 1 opts into multitasking up to k items. */
  readonly maxInHand?: number;
  /** Share of time lost with 1, 2, 3, ... items in hand; default WEINBERG_CONTEXT_SWITCH_LOSS. */
  readonly contextSwitchPenalty?: readonly number[];
  /** Name of a calendar defined in the model; default the team's calendar, else 24x7. */
  readonly calendar?: string;
  /** Cost of one working hour, >= 0, in the scenario's currency. */
  readonly costPerHour?: number;
  /** Whether the person can be called out outside their calendar's working hours. */
  readonly onCall?: boolean;
}

const KNOWN_FIELDS: readonly string[] = [
  'name',
  'skills',
  'performance',
  'maxInHand',
  'contextSwitchPenalty',
  'calendar',
  'costPerHour',
  'onCall',
];

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The problems with a person's definition, field by field, all of them.
 *
 * Unknown fields are refused, so a misspelt field ("skils") is reported rather than ignored.
 *
 * @param person - the value to check
 * @param where - where the person sits, prefixed to each message, e.g. `team "desk": person 3 ("ana")`
 * @param path - where the person sits in the model definition, e.g. `['teams', 0, 'people', 2]`
 * @returns the problems, each naming `where`, the field, the rule and the value; empty for a sound person
 * @example
 * personProblems({ name: 'ana', skills: { network: 'guru' } }, 'team "desk": person 3 ("ana")',
 *   ['teams', 0, 'people', 2]).map((problem) => problem.path);
 * // => [['teams', 0, 'people', 2, 'skills', 'network']]
 */
export function personProblems(person: unknown, where: string, path: ProblemPath): ModelProblem[] {
  if (!isPlainObject(person)) {
    return [_ruleProblem(path, where, 'an object with a name and skills', person)];
  }
  const problems: ModelProblem[] = [];
  const rule = (field: string, expected: string): void => {
    problems.push(_ruleProblem([...path, field], `${where}: ${field}`, expected, person[field]));
  };
  for (const field of Object.keys(person)) {
    if (!KNOWN_FIELDS.includes(field)) problems.push(_unknownFieldProblem(path, where, field, KNOWN_FIELDS));
  }
  const { name, skills } = person;
  if (typeof name !== 'string' || name.trim() === '') rule('name', 'a non-empty string');
  if (!isPlainObject(skills)) {
    rule('skills', "an object of skill name to level, such as { network: 'expert' }");
  } else {
    for (const [skill, level] of Object.entries(skills)) {
      const skillPath = [...path, 'skills', skill];
      if (skill.trim() === '') {
        problems.push({ path: skillPath, message: `${where}: skills has an empty skill name` });
      } else problems.push(...skillLevelProblems(level, `${where}: skills.${skill}`, skillPath));
    }
  }
  if (person.performance !== undefined) {
    problems.push(
      ...performanceTableProblems(person.performance, `${where}: performance`, [...path, 'performance']),
    );
  }
  const { maxInHand } = person;
  if (
    maxInHand !== undefined &&
    (typeof maxInHand !== 'number' || !Number.isInteger(maxInHand) || maxInHand < 1)
  ) {
    rule('maxInHand', 'an integer >= 1');
  }
  if (person.contextSwitchPenalty !== undefined) {
    const penaltyPath = [...path, 'contextSwitchPenalty'];
    problems.push(
      ...contextSwitchTableProblems(
        person.contextSwitchPenalty,
        `${where}: contextSwitchPenalty`,
        penaltyPath,
      ),
    );
  }
  const { calendar } = person;
  if (calendar !== undefined && (typeof calendar !== 'string' || calendar.trim() === '')) {
    rule('calendar', 'the name of a calendar in the model');
  }
  const { costPerHour } = person;
  if (
    costPerHour !== undefined &&
    (typeof costPerHour !== 'number' || !Number.isFinite(costPerHour) || costPerHour < 0)
  ) {
    rule('costPerHour', 'a finite number >= 0');
  }
  if (person.onCall !== undefined && typeof person.onCall !== 'boolean') rule('onCall', 'true or false');
  return problems;
}
