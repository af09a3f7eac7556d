// Skill levels (none, knowledgeable, expert, or a numeric proficiency), what each means for a person's speed
// and first-time success, and the problems a level or performance table can have; resolved once at compile.
import { _ruleProblem, type ModelProblem, type ProblemPath } from '../definition/modelProblem.ts';
import { _describeValue } from '../definition/untrustedValues.ts';

/**
 * How well a person knows one skill: a named level, or a numeric proficiency >= 0 (0 means none).
 *
 * Named levels follow 003 "Generalist or T-shaped" (expert in an area, knowledgeable of others). A
 * numeric level is for scenarios that want a finer scale: it is an expert-equivalent speed, so 1 works
 * as fast as an expert and 0.5 half as fast (see {@link resolveLevel}).
 *
 * @example
 * const level: SkillLevel = 'knowledgeable'; // => a T-shaped person's secondary skills
 * const proficiency: SkillLevel = 0.75;      // => three quarters of an expert's speed
 */
export type SkillLevel = 'none' | 'knowledgeable' | 'expert' | number;

/**
 * What working at one skill level means: speed and first-time success.
 *
 * @example
 * const junior: LevelPerformance = { speed: 0.5, firstTimeSuccess: 0.8 }; // => the knowledgeable default
 */
export interface LevelPerformance {
  /** Work done per working hour, relative to an expert at speed 1 (so 0.5 takes twice as long). */
  readonly speed: number;
  /** Probability in (0, 1] that a piece of work done at this level needs no rework. */
  readonly firstTimeSuccess: number;
}

/**
 * Overrides of {@link DEFAULT_PERFORMANCE}, field by field, per named level; a numeric level may also
 * have an entry under its number written as a string in canonical form (`'0.75'`, not `'.75'`).
 *
 * @example
 * const slowJuniors: PerformanceTable = { knowledgeable: { speed: 0.4 } }; // => firstTimeSuccess stays 0.8
 * const scale: PerformanceTable = { '0.75': { firstTimeSuccess: 0.9 } };    // => for numeric level 0.75
 */
export type PerformanceTable = Readonly<
  Partial<Record<'expert' | 'knowledgeable' | `${number}`, Readonly<Partial<LevelPerformance>>>>
>;

/**
 * The performance of the two named working levels when a person or scenario overrides nothing.
 *
 * An expert is the reference (speed 1, no rework). Knowledgeable people work at half an expert's speed,
 * and 0.8 first-time success (one piece in five needs rework) is this project's default, not a figure
 * from the source documents; override it per person with `performance` (see {@link PerformanceTable}).
 *
 * @example
 * DEFAULT_PERFORMANCE.knowledgeable.speed; // => 0.5
 */
export const DEFAULT_PERFORMANCE: Readonly<Record<'expert' | 'knowledgeable', LevelPerformance>> =
  Object.freeze({
    expert: Object.freeze({ speed: 1, firstTimeSuccess: 1 }),
    knowledgeable: Object.freeze({ speed: 0.5, firstTimeSuccess: 0.8 }),
  });

/**
 * A skill level turned into numbers: its rank (for ordering people by skill) and its performance.
 *
 * @example
 * const resolved: ResolvedLevel = { rank: 2, speed: 1, firstTimeSuccess: 1 }; // => an expert
 */
export interface ResolvedLevel extends LevelPerformance {
  /** none 0, knowledgeable 1, expert 2; a numeric level n has rank n. */
  readonly rank: number;
}

const NAMED_RANKS: Readonly<Record<'none' | 'knowledgeable' | 'expert', number>> = Object.freeze({
  none: 0,
  knowledgeable: 1,
  expert: 2,
});

const LEVEL_RULE = "'none', 'knowledgeable', 'expert' or a number >= 0";

/**
 * The problems with a value given as a skill level: none, or one naming the rule and the value.
 * @param level - the value to check
 * @param where - the field in words, e.g. `team "desk": person 3 ("ana"): skills.network`
 * @param path - where the value sits in the model definition
 * @returns the problems, or an empty list when `level` is a skill level
 * @example
 * skillLevelProblems('guru', 'skills.network', ['teams', 0, 'people', 0, 'skills', 'network'])[0]?.message;
 * // => `skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`
 */
export function skillLevelProblems(level: unknown, where: string, path: ProblemPath): ModelProblem[] {
  return isSkillLevel(level) ? [] : [_ruleProblem(path, where, LEVEL_RULE, level)];
}

function isSkillLevel(level: unknown): level is SkillLevel {
  return (
    level === 'none' ||
    level === 'knowledgeable' ||
    level === 'expert' ||
    (typeof level === 'number' && Number.isFinite(level) && level >= 0)
  );
}

/**
 * The problems with a performance table, one per entry or field at fault: keys are 'expert',
 * 'knowledgeable' or a canonical number > 0, speeds are finite and > 0, first-time successes in (0, 1].
 * @param table - the value to check
 * @param where - the table in words, e.g. `team "desk": person 1 ("ana"): performance`
 * @param path - where the table sits in the model definition
 * @returns the problems, or an empty list for a sound table
 * @example
 * performanceTableProblems({ knowledgeable: { speed: 0 } }, 'performance', ['performance'])[0]?.message;
 * // => 'performance.knowledgeable.speed must be a finite number > 0, got 0'
 */
export function performanceTableProblems(table: unknown, where: string, path: ProblemPath): ModelProblem[] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    return [_ruleProblem(path, where, 'an object such as { knowledgeable: { speed: 0.5 } }', table)];
  }
  const problems: ModelProblem[] = [];
  for (const [key, entry] of Object.entries(table)) {
    const numericKey = Number(key);
    const validKey =
      key === 'expert' ||
      key === 'knowledgeable' ||
      (key.trim() !== '' && Number.isFinite(numericKey) && numericKey > 0 && String(numericKey) === key);
    const entryPath = [...path, key];
    if (!validKey) {
      const rule = "'expert', 'knowledgeable' or a numeric level > 0 written as a plain number";
      problems.push(_ruleProblem(entryPath, `${where} keys`, rule, key));
      continue;
    }
    const entryWhere = `${where}.${key}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(
        _ruleProblem(entryPath, entryWhere, 'an object with speed and/or firstTimeSuccess', entry),
      );
      continue;
    }
    for (const [field, value] of Object.entries(entry)) {
      const fieldPath = [...entryPath, field];
      if (field === 'speed') {
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
          problems.push(_ruleProblem(fieldPath, `${entryWhere}.speed`, 'a finite number > 0', value));
        }
      } else if (field === 'firstTimeSuccess') {
        if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
          const subject = `${entryWhere}.firstTimeSuccess`;
          problems.push(_ruleProblem(fieldPath, subject, 'a probability in (0, 1]', value));
        }
      } else {
        problems.push({
          path: fieldPath,
          message: `${entryWhere} has an unknown field ${_describeValue(field)} (known: speed, firstTimeSuccess)`,
          expected: 'one of speed, firstTimeSuccess',
          received: _describeValue(field),
        });
      }
    }
  }
  return problems;
}

/**
 * Turns a skill level into its rank, speed and first-time success.
 *
 * Named levels read the performance table, falling back field by field to {@link DEFAULT_PERFORMANCE}.
 * A numeric level n > 0 works at speed n (expert-equivalent: 1 is an expert's speed) with first-time
 * success 1, unless the table has an entry under that number (`'0.75'`), which overrides field by field.
 * 'none' and 0 resolve to speed 0: the person cannot do the work. Their firstTimeSuccess is 1, a neutral
 * value never used, so every resolved firstTimeSuccess stays in (0, 1].
 *
 * Ranks order people by skill (none 0 < knowledgeable 1 < expert 2); a numeric level n has rank n, so
 * mixing named and numeric levels in one scenario compares, say, 1.5 between knowledgeable and expert.
 *
 * @param level - the level to resolve
 * @param performance - the person's overrides, if any
 * @returns rank, speed (work per working hour, expert = 1) and firstTimeSuccess
 * @throws RangeError when the level or the table is invalid (see {@link skillLevelProblems} and
 *   {@link performanceTableProblems}, which a model's check runs first), naming the value
 * @example
 * resolveLevel('knowledgeable');                              // => { rank: 1, speed: 0.5, firstTimeSuccess: 0.8 }
 * resolveLevel('knowledgeable', { knowledgeable: { speed: 0.6 } }); // => { rank: 1, speed: 0.6, firstTimeSuccess: 0.8 }
 * resolveLevel(0.75);                                         // => { rank: 0.75, speed: 0.75, firstTimeSuccess: 1 }
 */
export function resolveLevel(level: SkillLevel, performance?: PerformanceTable): ResolvedLevel {
  // Called on checked definitions (compileModel) and by users' own code: a bad value here is a caller's
  // mistake, refused at once rather than resolved into nonsense.
  const problems = [
    ...skillLevelProblems(level, 'skill level', []),
    ...(performance === undefined ? [] : performanceTableProblems(performance, 'performance', [])),
  ];
  if (problems.length > 0) throw new RangeError(problems.map((problem) => problem.message).join('; '));
  if (level === 'none' || level === 0) return { rank: 0, speed: 0, firstTimeSuccess: 1 };
  if (level === 'expert' || level === 'knowledgeable') {
    const override = performance?.[level];
    const fallback = DEFAULT_PERFORMANCE[level];
    return {
      rank: NAMED_RANKS[level],
      speed: override?.speed ?? fallback.speed,
      firstTimeSuccess: override?.firstTimeSuccess ?? fallback.firstTimeSuccess,
    };
  }
  const override = performance?.[`${level}`];
  return {
    rank: level,
    speed: override?.speed ?? level,
    firstTimeSuccess: override?.firstTimeSuccess ?? 1,
  };
}
