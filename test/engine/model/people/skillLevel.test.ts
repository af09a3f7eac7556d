// Tests for skill levels: the default performance table, overrides, numeric levels and the validation
// messages, which must name the field and the value received.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERFORMANCE,
  performanceTableProblems,
  resolveLevel,
  type SkillLevel,
  skillLevelProblems,
} from '../../../../engine/model/people/skillLevel.ts';

describe('resolveLevel', () => {
  it('ranks none, knowledgeable and expert 0, 1 and 2', () => {
    expect(resolveLevel('none')).toEqual({ rank: 0, speed: 0, firstTimeSuccess: 1 });
    expect(resolveLevel('knowledgeable')).toEqual({ rank: 1, speed: 0.5, firstTimeSuccess: 0.8 });
    expect(resolveLevel('expert')).toEqual({ rank: 2, speed: 1, firstTimeSuccess: 1 });
  });

  it('reads the default table for named levels', () => {
    expect(resolveLevel('knowledgeable').speed).toBe(DEFAULT_PERFORMANCE.knowledgeable.speed);
    expect(DEFAULT_PERFORMANCE.knowledgeable).toEqual({ speed: 0.5, firstTimeSuccess: 0.8 });
    expect(DEFAULT_PERFORMANCE.expert).toEqual({ speed: 1, firstTimeSuccess: 1 });
  });

  it('overrides named levels field by field', () => {
    expect(resolveLevel('knowledgeable', { knowledgeable: { speed: 0.6 } })).toEqual({
      rank: 1,
      speed: 0.6,
      firstTimeSuccess: 0.8,
    });
    expect(resolveLevel('expert', { expert: { firstTimeSuccess: 0.95 } })).toEqual({
      rank: 2,
      speed: 1,
      firstTimeSuccess: 0.95,
    });
    // An override of one level leaves the other at its default.
    expect(resolveLevel('expert', { knowledgeable: { speed: 0.2 } }).speed).toBe(1);
  });

  it('treats a numeric level as an expert-equivalent speed with no rework', () => {
    expect(resolveLevel(0.75)).toEqual({ rank: 0.75, speed: 0.75, firstTimeSuccess: 1 });
    expect(resolveLevel(1.5)).toEqual({ rank: 1.5, speed: 1.5, firstTimeSuccess: 1 });
    expect(resolveLevel(0)).toEqual(resolveLevel('none'));
  });

  it('uses a table entry under a numeric level when one is given', () => {
    expect(resolveLevel(0.75, { '0.75': { firstTimeSuccess: 0.9 } })).toEqual({
      rank: 0.75,
      speed: 0.75,
      firstTimeSuccess: 0.9,
    });
    expect(resolveLevel(0.75, { '0.75': { speed: 0.6 } }).speed).toBe(0.6);
    // Named-level overrides do not touch numeric levels.
    expect(resolveLevel(0.5, { knowledgeable: { speed: 0.1 } }).speed).toBe(0.5);
  });

  it('refuses an unknown level, naming the value (a caller mistake: models are checked first)', () => {
    expect(() => resolveLevel('guru' as SkillLevel)).toThrow(
      `skill level must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
    );
    expect(() => resolveLevel(-1)).toThrow('got -1');
    expect(() => resolveLevel(Number.NaN)).toThrow('got NaN');
  });
});

describe('skillLevelProblems', () => {
  const path = ['teams', 0, 'people', 2, 'skills', 'network'];

  it('accepts named levels and numbers >= 0', () => {
    for (const level of ['none', 'knowledgeable', 'expert', 0, 0.3, 2]) {
      expect(skillLevelProblems(level, 'skills.network', path)).toEqual([]);
    }
  });

  it('names the field, the rule and the value, at the given path', () => {
    expect(skillLevelProblems('Expert', 'skills.network', path)).toEqual([
      {
        path,
        message: `skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "Expert"`,
        expected: "'none', 'knowledgeable', 'expert' or a number >= 0",
        received: '"Expert"',
      },
    ]);
    for (const level of [-1, Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(skillLevelProblems(level, 'skills.network', path)).toHaveLength(1);
    }
  });
});

describe('performanceTableProblems', () => {
  const path = ['teams', 0, 'people', 0, 'performance'];
  const messagesOf = (table: unknown) =>
    performanceTableProblems(table, 'performance', path).map((problem) => problem.message);

  it('names the entry, the field and the value', () => {
    expect(messagesOf({ knowledgeable: { speed: 0 } })).toEqual([
      'performance.knowledgeable.speed must be a finite number > 0, got 0',
    ]);
    expect(messagesOf({ expert: { firstTimeSuccess: 1.2 } })).toEqual([
      'performance.expert.firstTimeSuccess must be a probability in (0, 1], got 1.2',
    ]);
    expect(messagesOf({ expert: { sped: 2 } })).toEqual([
      'performance.expert has an unknown field "sped" (known: speed, firstTimeSuccess)',
    ]);
    expect(messagesOf(5)).toEqual([
      'performance must be an object such as { knowledgeable: { speed: 0.5 } }, got 5',
    ]);
  });

  it('refuses keys that are neither named levels nor canonical numbers', () => {
    for (const key of ['novice', '.75', '0', '-1']) {
      expect(messagesOf({ [key]: { speed: 1 } })).toEqual([
        `performance keys must be 'expert', 'knowledgeable' or a numeric level > 0 written as a plain number, got ${JSON.stringify(key)}`,
      ]);
    }
    expect(messagesOf({ '0.75': { speed: 1 } })).toEqual([]);
  });

  it('reports every entry and field at fault, each with its path', () => {
    const problems = performanceTableProblems(
      { expert: { speed: -1, firstTimeSuccess: 0 }, novice: {}, knowledgeable: 3 },
      'performance',
      path,
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      [...path, 'expert', 'speed'],
      [...path, 'expert', 'firstTimeSuccess'],
      [...path, 'novice'],
      [...path, 'knowledgeable'],
    ]);
  });
});
