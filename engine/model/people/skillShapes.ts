// Skill-shape presets (003 "Generalist or T-shaped"): generate I, T, Pi, comb or generalist people from a
// short description, and classify any person's skill map back into one of those shapes.
import { ModelError } from '../definition/modelError.ts';
import type { PersonDefinition } from './personDefinition.ts';
import type { PerformanceTable, SkillLevel } from './skillLevel.ts';
import { _SHAPE_COMMON_FIELDS, shapedPeopleProblems } from './skillShapeChecks.ts';

/**
 * The skill shapes of 003 "Generalist or T-shaped": I (specialist: expert in one area only), T (expert
 * in one, knowledgeable in others), Pi (strong in two, knowledgeable in others), comb (strong in more
 * than two, knowledgeable in others), generalist (knowledgeable in many, expert in none).
 *
 * @example
 * const shape: SkillShape = 'T'; // => expert in one skill, knowledgeable in others
 */
export type SkillShape = 'I' | 'T' | 'Pi' | 'comb' | 'generalist';

/**
 * How Pi-shaped people's two expert skills are paired.
 *
 * 'chain' pairs neighbours in the cyclic skill order, (A,B), (B,C), (C,D), (D,A): the closed "long
 * chain" that Jordan & Graves (1995, "Principles on the benefits of manufacturing process flexibility",
 * Management Science 41(4)) found gives nearly all the benefit of full flexibility. 'spread' pairs each
 * skill with the one half way round the cycle, skills[(i + floor(n / 2)) mod n]: for 4 skills (A,C),
 * (B,D), (C,A), (D,B), separate pairs that are not chained, the configuration a chain is compared with.
 * For 2 or 3 skills the two arrangements give the same pairs.
 *
 * @example
 * const arrangement: PiArrangement = 'chain'; // => (A,B), (B,C), (C,D), (D,A)
 */
export type PiArrangement = 'chain' | 'spread';

/**
 * A short description of a group of people who share a skill shape.
 *
 * @example
 * const desk: ShapedPeopleOptions = { shape: 'T', skills: ['A', 'B', 'C'], count: 3, knowledgeableIn: 1 };
 */
export interface ShapedPeopleOptions {
  readonly shape: SkillShape;
  /** The team's skills, in the cyclic order the rules walk; non-empty, unique. */
  readonly skills: readonly string[];
  /** How many people (integer >= 0). */
  readonly count: number;
  /** Names are `${namePrefix}${i + 1}`; default 'person '. */
  readonly namePrefix?: string;
  /** T, Pi and comb: how many further skills they are knowledgeable in. Default: T all others, else 0. */
  readonly knowledgeableIn?: number;
  /** comb only: how many consecutive skills they are expert in (3 to the number of skills); default 3. */
  readonly expertIn?: number;
  /** Pi only: how the two expert skills are paired; default 'chain'. */
  readonly arrangement?: PiArrangement;
  /** generalist only: the level in every skill; default 'knowledgeable'. */
  readonly generalistLevel?: SkillLevel;
  /** Applied to every person generated (see PersonDefinition). */
  readonly performance?: PerformanceTable;
  readonly maxInHand?: number;
  readonly contextSwitchPenalty?: readonly number[];
  readonly calendar?: string;
  readonly costPerHour?: number;
  readonly onCall?: boolean;
}

/** A checked description, with every default filled in. */
interface ShapePlan {
  readonly shape: SkillShape;
  readonly skills: readonly string[];
  readonly count: number;
  readonly namePrefix: string;
  readonly knowledgeableIn: number;
  readonly expertIn: number;
  readonly arrangement: PiArrangement;
  readonly generalistLevel: SkillLevel;
  /** The common fields that were given, to copy onto each person. */
  readonly common: Readonly<Record<string, unknown>>;
}

/** Fills in the defaults of options that {@link shapedPeopleProblems} found sound. */
function planOf(options: ShapedPeopleOptions): ShapePlan {
  const { shape, skills } = options;
  const expertIn = shape === 'comb' ? (options.expertIn ?? 3) : 0;
  const expertCount = shape === 'comb' ? expertIn : shape === 'Pi' ? 2 : shape === 'generalist' ? 0 : 1;
  const othersLeft = skills.length - expertCount;
  const common: Record<string, unknown> = {};
  for (const field of _SHAPE_COMMON_FIELDS) {
    const value: unknown = options[field as keyof ShapedPeopleOptions];
    if (value !== undefined) common[field] = value;
  }
  return {
    shape,
    skills,
    count: options.count,
    namePrefix: options.namePrefix ?? 'person ',
    knowledgeableIn: options.knowledgeableIn ?? (shape === 'T' ? othersLeft : 0),
    expertIn,
    arrangement: options.arrangement ?? 'chain',
    generalistLevel: options.generalistLevel ?? 'knowledgeable',
    common,
  };
}

/** Indices into the skill list a person is expert in; `primary` is their round-robin skill. */
function expertIndices(plan: ShapePlan, primary: number): number[] {
  const skillCount = plan.skills.length;
  switch (plan.shape) {
    case 'I':
    case 'T':
      return [primary];
    case 'Pi': {
      const distance = plan.arrangement === 'spread' ? Math.floor(skillCount / 2) : 1;
      return [primary, (primary + distance) % skillCount];
    }
    case 'comb':
      return Array.from({ length: plan.expertIn }, (_, offset) => (primary + offset) % skillCount);
    case 'generalist':
      return [];
  }
}

/** The skill map of person `index` (0-based) under the plan; 'none' skills are left out. */
function skillMapOf(plan: ShapePlan, index: number): Record<string, SkillLevel> {
  const { skills } = plan;
  const skillMap: Record<string, SkillLevel> = {};
  if (plan.shape === 'generalist') {
    for (const skill of skills) skillMap[skill] = plan.generalistLevel;
    return skillMap;
  }
  const primary = index % skills.length;
  const experts = expertIndices(plan, primary);
  for (const expert of experts) skillMap[skills[expert] ?? ''] = 'expert';
  let added = 0;
  for (let offset = 1; offset < skills.length && added < plan.knowledgeableIn; offset += 1) {
    const other = (primary + offset) % skills.length;
    if (experts.includes(other)) continue;
    skillMap[skills[other] ?? ''] = 'knowledgeable';
    added += 1;
  }
  return skillMap;
}

/**
 * Generates people of one skill shape for a team.
 *
 * Rules, for n skills and person i (0-based):
 * - primaries go round robin so experts spread evenly: person i's primary skill is skills[i mod n];
 * - I: expert in the primary only;
 * - T: expert in the primary, knowledgeable in the next k skills in cyclic order (default k = n - 1);
 * - Pi: expert in two (chain: skills[i mod n] and skills[(i + 1) mod n]; spread: see {@link PiArrangement}),
 *   knowledgeable in the next k skills after the primary that they are not expert in (default 0);
 * - comb: expert in `expertIn` (>= 3, default 3) consecutive skills from the primary, cyclically,
 *   knowledgeable in the next k others (default 0);
 * - generalist: `generalistLevel` (default 'knowledgeable') in every skill, expert in none. The pooling
 *   test sets generalistLevel 'expert' ("same level and speed in both skills") to compare M/M/c per skill
 *   with one M/M/2c pool; such people are experts in all skills, and {@link describeShape} names them by
 *   their number of expert skills, not 'generalist'.
 * Skills at 'none' are left out of the map. Common fields (performance, maxInHand, contextSwitchPenalty,
 * calendar, costPerHour, onCall) are copied onto every person.
 *
 * @param options - the shape, the team's skills, the count and the shape's options
 * @returns `count` people named `${namePrefix}${i + 1}`
 * @throws ModelError listing every problem with the options ({@link shapedPeopleProblems}, paths from
 *   the options' root), each message starting `shapedPeople: `: count not an integer >= 0, skills empty
 *   or repeated, unknown shape, Pi with < 2 skills, comb with < 3 skills, k greater than the skills left,
 *   an option the shape does not use, or an invalid common field
 * @example
 * shapedPeople({ shape: 'T', skills: ['A', 'B', 'C'], count: 3, knowledgeableIn: 1 }).map((p) => p.skills);
 * // => [{ A: 'expert', B: 'knowledgeable' }, { B: 'expert', C: 'knowledgeable' },
 * //     { C: 'expert', A: 'knowledgeable' }]
 */
export function shapedPeople(options: ShapedPeopleOptions): PersonDefinition[] {
  const problems = shapedPeopleProblems(options, 'shapedPeople', []);
  if (problems.length > 0) throw new ModelError(problems);
  return _generateShapedPeople(options);
}

/**
 * The people a preset describes, for options already found sound (a team's preset, checked with the
 * model): what {@link shapedPeople} returns, without the check.
 * @param options - sound options (see {@link shapedPeopleProblems})
 * @returns `count` people named `${namePrefix}${i + 1}`
 * @example
 * _generateShapedPeople({ shape: 'I', skills: ['A', 'B'], count: 2, namePrefix: 'desk ' }).map((p) => p.name);
 * // => ['desk 1', 'desk 2']
 */
export function _generateShapedPeople(options: ShapedPeopleOptions): PersonDefinition[] {
  const plan = planOf(options);
  return Array.from(
    { length: plan.count },
    (_, index) =>
      ({
        ...plan.common,
        name: `${plan.namePrefix}${index + 1}`,
        skills: skillMapOf(plan, index),
      }) as PersonDefinition,
  );
}

/** Counts a level as expert-class, knowledgeable-class or none; numeric levels >= 1 work at expert speed. */
function levelClass(level: SkillLevel | undefined): 'expert' | 'knowledgeable' | 'none' {
  if (level === undefined || level === 'none' || level === 0) return 'none';
  if (typeof level === 'number') return level >= 1 ? 'expert' : 'knowledgeable';
  return level;
}

/**
 * Classifies a person's skill map over the team's skills, for reports and tests.
 *
 * Only the listed skills count. Numeric levels count as expert from 1 (an expert's speed) and as
 * knowledgeable between 0 and 1. With E expert and K knowledgeable skills: E = 0 and K >= 2 is
 * 'generalist'; E = 1 is 'I' when K = 0, else 'T'; E = 2 is 'Pi'; E >= 3 is 'comb'; anything else
 * (no skills, or knowledgeable in one only) is 'other'. So every preset round-trips, except generalists
 * built with generalistLevel 'expert', who are named by their expert count ('Pi' for 2 skills).
 *
 * @param person - the person to classify
 * @param skills - the team's skill list
 * @returns the shape, or 'other'
 * @example
 * describeShape({ name: 'ana', skills: { A: 'expert', B: 'knowledgeable' } }, ['A', 'B', 'C']); // => 'T'
 */
export function describeShape(person: PersonDefinition, skills: readonly string[]): SkillShape | 'other' {
  let experts = 0;
  let knowledgeable = 0;
  for (const skill of skills) {
    // hasOwn, so that a skill called "constructor" is not read from Object.prototype.
    const levelClassOfSkill = levelClass(
      Object.hasOwn(person.skills, skill) ? person.skills[skill] : undefined,
    );
    if (levelClassOfSkill === 'expert') experts += 1;
    else if (levelClassOfSkill === 'knowledgeable') knowledgeable += 1;
  }
  if (experts === 0) return knowledgeable >= 2 ? 'generalist' : 'other';
  if (experts === 1) return knowledgeable === 0 ? 'I' : 'T';
  return experts === 2 ? 'Pi' : 'comb';
}
