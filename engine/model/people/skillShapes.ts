// Skill-shape presets (003 "Generalist or T-shaped"): generate I, T, Pi, comb or generalist people from a
// short description, and classify any person's skill map back into one of those shapes.
import { type PersonDefinition, validatePersonDefinition } from './personDefinition.ts';
import { _describeValue, type PerformanceTable, type SkillLevel, validateSkillLevel } from './skillLevel.ts';

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

const SHAPES: readonly SkillShape[] = ['I', 'T', 'Pi', 'comb', 'generalist'];

/** Fields copied unchanged onto every generated person. */
const COMMON_FIELDS = [
  'performance',
  'maxInHand',
  'contextSwitchPenalty',
  'calendar',
  'costPerHour',
  'onCall',
];

/** Options every shape accepts, and the extra options only some shapes accept. */
const GENERAL_OPTIONS = ['shape', 'skills', 'count', 'namePrefix', ...COMMON_FIELDS];
const SHAPE_OPTIONS: Readonly<Record<string, readonly SkillShape[]>> = {
  knowledgeableIn: ['T', 'Pi', 'comb'],
  expertIn: ['comb'],
  arrangement: ['Pi'],
  generalistLevel: ['generalist'],
};

function checkCount(value: unknown, field: string, minimum: number, maximum: number, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
    const range = maximum === Number.POSITIVE_INFINITY ? `>= ${minimum}` : `from ${minimum} to ${maximum}`;
    throw new Error(`${where}: ${field} must be an integer ${range}, got ${_describeValue(value)}`);
  }
  return value;
}

function checkSkills(skills: unknown, where: string): readonly string[] {
  if (!Array.isArray(skills) || skills.length === 0) {
    throw new Error(
      `${where}: skills must be a non-empty list of skill names, got ${_describeValue(skills)}`,
    );
  }
  const seen = new Map<string, number>();
  skills.forEach((skill: unknown, index) => {
    if (typeof skill !== 'string' || skill.trim() === '') {
      throw new Error(`${where}: skills[${index}] must be a non-empty string, got ${_describeValue(skill)}`);
    }
    const earlier = seen.get(skill);
    if (earlier !== undefined) {
      throw new Error(`${where}: skills[${earlier}] and skills[${index}] are both ${_describeValue(skill)}`);
    }
    seen.set(skill, index);
  });
  return skills as readonly string[];
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

/** Checks the options one by one (the first problem is reported) and fills in the defaults. */
function readShapeOptions(options: ShapedPeopleOptions, where: string): ShapePlan {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new Error(
      `${where} must be an object with shape, skills and count, got ${_describeValue(options)}`,
    );
  }
  const { shape } = options;
  if (!SHAPES.includes(shape)) {
    throw new Error(
      `${where}: shape must be one of ${SHAPES.map((known) => `'${known}'`).join(', ')}, got ${_describeValue(shape)}`,
    );
  }
  for (const [field, value] of Object.entries(options)) {
    if (value === undefined || GENERAL_OPTIONS.includes(field)) continue;
    const shapes = SHAPE_OPTIONS[field];
    if (shapes === undefined) {
      throw new Error(
        `${where}: unknown option ${_describeValue(field)} (known: ${[...GENERAL_OPTIONS, ...Object.keys(SHAPE_OPTIONS)].join(', ')})`,
      );
    }
    if (!shapes.includes(shape)) {
      throw new Error(
        `${where}: ${field} applies only to shape ${shapes.map((known) => `'${known}'`).join(' or ')}, not '${shape}'`,
      );
    }
  }
  const skills = checkSkills(options.skills, where);
  const skillCount = skills.length;
  const count = checkCount(options.count, 'count', 0, Number.POSITIVE_INFINITY, where);
  if (shape === 'Pi' && skillCount < 2) {
    throw new Error(`${where}: shape 'Pi' needs at least 2 skills, got ${_describeValue(skills)}`);
  }
  if (shape === 'comb' && skillCount < 3) {
    throw new Error(`${where}: shape 'comb' needs at least 3 skills, got ${_describeValue(skills)}`);
  }
  const expertIn = shape === 'comb' ? checkCount(options.expertIn ?? 3, 'expertIn', 3, skillCount, where) : 0;
  const expertCount = shape === 'comb' ? expertIn : shape === 'Pi' ? 2 : shape === 'generalist' ? 0 : 1;
  const othersLeft = skillCount - expertCount;
  const knowledgeableIn = checkCount(
    options.knowledgeableIn ?? (shape === 'T' ? othersLeft : 0),
    'knowledgeableIn',
    0,
    othersLeft,
    where,
  );
  if (
    options.arrangement !== undefined &&
    options.arrangement !== 'chain' &&
    options.arrangement !== 'spread'
  ) {
    throw new Error(
      `${where}: arrangement must be 'chain' or 'spread', got ${_describeValue(options.arrangement)}`,
    );
  }
  const generalistLevel = options.generalistLevel ?? 'knowledgeable';
  validateSkillLevel(generalistLevel, `${where}: generalistLevel`);
  if (generalistLevel === 'none' || generalistLevel === 0) {
    throw new Error(`${where}: generalistLevel must be above 'none', got ${_describeValue(generalistLevel)}`);
  }
  const namePrefix = options.namePrefix ?? 'person ';
  if (typeof namePrefix !== 'string') {
    throw new Error(`${where}: namePrefix must be a string, got ${_describeValue(namePrefix)}`);
  }
  const common: Record<string, unknown> = {};
  for (const field of COMMON_FIELDS) {
    const value: unknown = options[field as keyof ShapedPeopleOptions];
    if (value !== undefined) common[field] = value;
  }
  // Checked once on a stand-in person, so that bad common fields are reported even when count is 0.
  validatePersonDefinition({ name: namePrefix || 'person', skills: {}, ...common }, where);
  const arrangement = options.arrangement ?? 'chain';
  return {
    shape,
    skills,
    count,
    namePrefix,
    knowledgeableIn,
    expertIn,
    arrangement,
    generalistLevel,
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
 * @param where - prefixed to error messages, e.g. `team "desk": preset`
 * @returns `count` people named `${namePrefix}${i + 1}`
 * @throws Error naming the option and the value: count not an integer >= 0, skills empty or repeated,
 *   unknown shape, Pi with < 2 skills, comb with < 3 skills, k greater than the skills left, an option
 *   the shape does not use, or an invalid common field
 * @example
 * shapedPeople({ shape: 'T', skills: ['A', 'B', 'C'], count: 3, knowledgeableIn: 1 }).map((p) => p.skills);
 * // => [{ A: 'expert', B: 'knowledgeable' }, { B: 'expert', C: 'knowledgeable' },
 * //     { C: 'expert', A: 'knowledgeable' }]
 */
export function shapedPeople(options: ShapedPeopleOptions, where = 'shapedPeople'): PersonDefinition[] {
  const plan = readShapeOptions(options, where);
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
