// A person as the scenario describes them: skills at levels, how they perform, how many items they hold,
// their calendar and cost; plain data, checked here and compiled into arrays by the model runtime.
import { validateContextSwitchTable } from './contextSwitching.ts';
import {
  _describeValue,
  type PerformanceTable,
  type SkillLevel,
  validatePerformanceTable,
  validateSkillLevel,
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
 * Checks a person's definition field by field, stopping at the first problem.
 *
 * Unknown fields are refused, so a misspelt field ("skils") is reported rather than ignored.
 *
 * @param person - the value to check
 * @param where - where the person sits, prefixed to the message, e.g. `team "desk": person 3 ("ana")`
 * @throws Error naming `where`, the field, the rule and the value
 * @example
 * validatePersonDefinition({ name: 'ana', skills: { network: 'guru' } }, 'team "desk": person 3 ("ana")');
 * // => throws: team "desk": person 3 ("ana"): skills.network must be 'none', 'knowledgeable',
 * //    'expert' or a number >= 0, got "guru"
 */
export function validatePersonDefinition(person: unknown, where: string): asserts person is PersonDefinition {
  if (!isPlainObject(person)) {
    throw new Error(`${where} must be an object with a name and skills, got ${_describeValue(person)}`);
  }
  for (const field of Object.keys(person)) {
    if (!KNOWN_FIELDS.includes(field)) {
      throw new Error(`${where}: unknown field ${_describeValue(field)} (known: ${KNOWN_FIELDS.join(', ')})`);
    }
  }
  const { name, skills } = person;
  if (typeof name !== 'string' || name.trim() === '') {
    throw new Error(`${where}: name must be a non-empty string, got ${_describeValue(name)}`);
  }
  if (!isPlainObject(skills)) {
    throw new Error(
      `${where}: skills must be an object of skill name to level, such as { network: 'expert' }, got ${_describeValue(skills)}`,
    );
  }
  for (const [skill, level] of Object.entries(skills)) {
    if (skill.trim() === '') throw new Error(`${where}: skills has an empty skill name`);
    validateSkillLevel(level, `${where}: skills.${skill}`);
  }
  if (person.performance !== undefined) {
    validatePerformanceTable(person.performance, `${where}: performance`);
  }
  const { maxInHand } = person;
  if (
    maxInHand !== undefined &&
    (typeof maxInHand !== 'number' || !Number.isInteger(maxInHand) || maxInHand < 1)
  ) {
    throw new Error(`${where}: maxInHand must be an integer >= 1, got ${_describeValue(maxInHand)}`);
  }
  if (person.contextSwitchPenalty !== undefined) {
    validateContextSwitchTable(person.contextSwitchPenalty, `${where}: contextSwitchPenalty`);
  }
  const { calendar } = person;
  if (calendar !== undefined && (typeof calendar !== 'string' || calendar.trim() === '')) {
    throw new Error(
      `${where}: calendar must be the name of a calendar in the model, got ${_describeValue(calendar)}`,
    );
  }
  const { costPerHour } = person;
  if (
    costPerHour !== undefined &&
    (typeof costPerHour !== 'number' || !Number.isFinite(costPerHour) || costPerHour < 0)
  ) {
    throw new Error(`${where}: costPerHour must be a finite number >= 0, got ${_describeValue(costPerHour)}`);
  }
  if (person.onCall !== undefined && typeof person.onCall !== 'boolean') {
    throw new Error(`${where}: onCall must be true or false, got ${_describeValue(person.onCall)}`);
  }
}
