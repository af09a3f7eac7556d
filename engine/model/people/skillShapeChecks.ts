// The problems a skill-shape preset can have (an unknown shape, a count below 0, too few skills for Pi or
// comb, an option the shape does not use, a bad field copied onto every person), all of them at once.
import { _ruleProblem, type ModelProblem, type ProblemPath } from '../definition/modelProblem.ts';
import { _describeValue } from '../definition/untrustedValues.ts';
import { personProblems } from './personDefinition.ts';
import { skillLevelProblems } from './skillLevel.ts';
import type { SkillShape } from './skillShapes.ts';

const SHAPES: readonly SkillShape[] = ['I', 'T', 'Pi', 'comb', 'generalist'];

/**
 * Fields copied unchanged onto every person a preset generates (they are a person's fields).
 * @example
 * _SHAPE_COMMON_FIELDS.includes('maxInHand'); // => true
 */
export const _SHAPE_COMMON_FIELDS: readonly string[] = [
  'performance',
  'maxInHand',
  'contextSwitchPenalty',
  'calendar',
  'costPerHour',
  'onCall',
];

/** Options every shape accepts, and the extra options only some shapes accept. */
const GENERAL_OPTIONS = ['shape', 'skills', 'count', 'namePrefix', ..._SHAPE_COMMON_FIELDS];
const SHAPE_OPTIONS: Readonly<Record<string, readonly SkillShape[]>> = {
  knowledgeableIn: ['T', 'Pi', 'comb'],
  expertIn: ['comb'],
  arrangement: ['Pi'],
  generalistLevel: ['generalist'],
};

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown, minimum: number, maximum: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= maximum;
}

function countProblem(
  path: ProblemPath,
  where: string,
  field: string,
  value: unknown,
  minimum: number,
  maximum: number,
): ModelProblem {
  const range = maximum === Number.POSITIVE_INFINITY ? `>= ${minimum}` : `from ${minimum} to ${maximum}`;
  return _ruleProblem([...path, field], `${where}: ${field}`, `an integer ${range}`, value);
}

/** The problems of the skill list; the list itself when it is sound. */
function skillListProblems(
  skills: unknown,
  where: string,
  path: ProblemPath,
): { readonly problems: ModelProblem[]; readonly sound: readonly string[] | undefined } {
  const skillsPath = [...path, 'skills'];
  if (!Array.isArray(skills) || skills.length === 0) {
    const rule = 'a non-empty list of skill names';
    return { problems: [_ruleProblem(skillsPath, `${where}: skills`, rule, skills)], sound: undefined };
  }
  const problems: ModelProblem[] = [];
  const seen = new Map<string, number>();
  skills.forEach((skill: unknown, index) => {
    if (typeof skill !== 'string' || skill.trim() === '') {
      problems.push(
        _ruleProblem([...skillsPath, index], `${where}: skills[${index}]`, 'a non-empty string', skill),
      );
      return;
    }
    const earlier = seen.get(skill);
    if (earlier !== undefined) {
      problems.push({
        path: [...skillsPath, index],
        message: `${where}: skills[${earlier}] and skills[${index}] are both ${_describeValue(skill)}`,
      });
    } else seen.set(skill, index);
  });
  return { problems, sound: problems.length === 0 ? (skills as readonly string[]) : undefined };
}

/**
 * The problems with a skill-shape preset ({@link ShapedPeopleOptions}), all of them: an unknown shape or
 * option, a count that is not an integer >= 0, skills empty or repeated, Pi with < 2 skills, comb with
 * < 3, `knowledgeableIn` or `expertIn` out of range, an option the shape does not use, or a bad common
 * field (checked as a person's field, so reported even when count is 0). A problem that follows from
 * another (the range of `knowledgeableIn` when the skill list is broken) is left out.
 *
 * @param options - the preset as given
 * @param where - the preset in words, prefixed to each message, e.g. `team "desk": preset`
 * @param path - where the preset sits in the model definition, e.g. `['teams', 0, 'preset']`
 * @returns the problems, or an empty list for a sound preset
 * @example
 * shapedPeopleProblems({ shape: 'T', skills: ['A'], count: -1 }, 'team "desk": preset',
 *   ['teams', 0, 'preset']).map((problem) => problem.message);
 * // => ['team "desk": preset: count must be an integer >= 0, got -1']
 */
export function shapedPeopleProblems(options: unknown, where: string, path: ProblemPath): ModelProblem[] {
  if (!isPlainObject(options)) {
    return [_ruleProblem(path, where, 'an object with shape, skills and count', options)];
  }
  const problems: ModelProblem[] = [];
  const shape = SHAPES.find((known) => known === options.shape);
  if (shape === undefined) {
    const rule = `one of ${SHAPES.map((known) => `'${known}'`).join(', ')}`;
    problems.push(_ruleProblem([...path, 'shape'], `${where}: shape`, rule, options.shape));
  }
  // Options for other shapes are reported as such; with an unknown shape, nobody can tell.
  const applies = (field: string): boolean => shape !== undefined && SHAPE_OPTIONS[field]!.includes(shape);
  for (const [field, value] of Object.entries(options)) {
    if (value === undefined || GENERAL_OPTIONS.includes(field)) continue;
    if (!Object.hasOwn(SHAPE_OPTIONS, field)) {
      const known = [...GENERAL_OPTIONS, ...Object.keys(SHAPE_OPTIONS)].join(', ');
      problems.push({
        path: [...path, field],
        message: `${where}: unknown option ${_describeValue(field)} (known: ${known})`,
        expected: `one of ${known}`,
        received: _describeValue(field),
      });
    } else if (shape !== undefined && !applies(field)) {
      const shapes = SHAPE_OPTIONS[field]!.map((known) => `'${known}'`).join(' or ');
      problems.push({
        path: [...path, field],
        message: `${where}: ${field} applies only to shape ${shapes}, not '${shape}'`,
      });
    }
  }
  const skills = skillListProblems(options.skills, where, path);
  problems.push(...skills.problems);
  if (!isCount(options.count, 0, Number.POSITIVE_INFINITY)) {
    problems.push(countProblem(path, where, 'count', options.count, 0, Number.POSITIVE_INFINITY));
  }
  if (shape !== undefined && skills.sound !== undefined) {
    problems.push(...shapeSizeProblems(options, shape, skills.sound, where, path));
  }
  if (applies('arrangement') && options.arrangement !== undefined) {
    const { arrangement } = options;
    if (arrangement !== 'chain' && arrangement !== 'spread') {
      const rule = "'chain' or 'spread'";
      problems.push(_ruleProblem([...path, 'arrangement'], `${where}: arrangement`, rule, arrangement));
    }
  }
  if (applies('generalistLevel')) {
    const level = options.generalistLevel ?? 'knowledgeable';
    const levelPath = [...path, 'generalistLevel'];
    const levelProblems = skillLevelProblems(level, `${where}: generalistLevel`, levelPath);
    problems.push(...levelProblems);
    if (levelProblems.length === 0 && (level === 'none' || level === 0)) {
      problems.push(_ruleProblem(levelPath, `${where}: generalistLevel`, "above 'none'", level));
    }
  }
  if (options.namePrefix !== undefined && typeof options.namePrefix !== 'string') {
    problems.push(
      _ruleProblem([...path, 'namePrefix'], `${where}: namePrefix`, 'a string', options.namePrefix),
    );
  }
  // Checked once on a stand-in person, so that bad common fields are reported even when count is 0; the
  // stand-in's fields are the preset's, so the paths point at the preset's own fields.
  const common: Record<string, unknown> = {};
  for (const field of _SHAPE_COMMON_FIELDS) {
    if (options[field] !== undefined) common[field] = options[field];
  }
  problems.push(...personProblems({ name: 'person', skills: {}, ...common }, where, path));
  return problems;
}

/** Pi and comb need enough skills; then expertIn and knowledgeableIn must fit the skills left. */
function shapeSizeProblems(
  options: Readonly<Record<string, unknown>>,
  shape: SkillShape,
  skills: readonly string[],
  where: string,
  path: ProblemPath,
): ModelProblem[] {
  const skillCount = skills.length;
  const needed = shape === 'Pi' ? 2 : shape === 'comb' ? 3 : 1;
  if (skillCount < needed) {
    return [
      {
        path: [...path, 'skills'],
        message: `${where}: shape '${shape}' needs at least ${needed} skills, got ${_describeValue(skills)}`,
        expected: `at least ${needed} skills`,
        received: _describeValue(skills),
      },
    ];
  }
  let expertCount = shape === 'Pi' ? 2 : shape === 'generalist' ? 0 : 1;
  if (shape === 'comb') {
    const expertIn = options.expertIn ?? 3;
    if (!isCount(expertIn, 3, skillCount))
      return [countProblem(path, where, 'expertIn', expertIn, 3, skillCount)];
    expertCount = expertIn;
  }
  if (shape === 'I' || shape === 'generalist') return [];
  const othersLeft = skillCount - expertCount;
  const knowledgeableIn = options.knowledgeableIn ?? (shape === 'T' ? othersLeft : 0);
  return isCount(knowledgeableIn, 0, othersLeft)
    ? []
    : [countProblem(path, where, 'knowledgeableIn', knowledgeableIn, 0, othersLeft)];
}
