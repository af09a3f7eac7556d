// Tests for the skill-shape presets (003 "Generalist or T-shaped"): each preset's skill maps worked out
// by hand from the round-robin rules, describeShape round trips, and the validation messages.
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../../engine/model/definition/modelError.ts';
import {
  describeShape,
  type ShapedPeopleOptions,
  shapedPeople,
} from '../../../../engine/model/people/skillShapes.ts';

const skillMaps = (options: ShapedPeopleOptions) => shapedPeople(options).map((person) => person.skills);

describe('shapedPeople', () => {
  it('makes I-shaped people experts in one skill each, round robin', () => {
    expect(skillMaps({ shape: 'I', skills: ['A', 'B'], count: 3 })).toEqual([
      { A: 'expert' },
      { B: 'expert' },
      { A: 'expert' },
    ]);
  });

  it('makes T-shaped people expert in one and knowledgeable in the next k skills, cyclically', () => {
    expect(skillMaps({ shape: 'T', skills: ['A', 'B', 'C'], count: 3, knowledgeableIn: 1 })).toEqual([
      { A: 'expert', B: 'knowledgeable' },
      { B: 'expert', C: 'knowledgeable' },
      { C: 'expert', A: 'knowledgeable' },
    ]);
  });

  it('makes T-shaped people knowledgeable in all other skills by default', () => {
    expect(skillMaps({ shape: 'T', skills: ['A', 'B', 'C'], count: 1 })).toEqual([
      { A: 'expert', B: 'knowledgeable', C: 'knowledgeable' },
    ]);
  });

  it('chains Pi-shaped people (A,B), (B,C), (C,D), (D,A)', () => {
    expect(skillMaps({ shape: 'Pi', skills: ['A', 'B', 'C', 'D'], count: 4 })).toEqual([
      { A: 'expert', B: 'expert' },
      { B: 'expert', C: 'expert' },
      { C: 'expert', D: 'expert' },
      { D: 'expert', A: 'expert' },
    ]);
  });

  it('spreads Pi-shaped pairs half way round the cycle: (A,C), (B,D), (C,A), (D,B)', () => {
    expect(skillMaps({ shape: 'Pi', skills: ['A', 'B', 'C', 'D'], count: 4, arrangement: 'spread' })).toEqual(
      [
        { A: 'expert', C: 'expert' },
        { B: 'expert', D: 'expert' },
        { C: 'expert', A: 'expert' },
        { D: 'expert', B: 'expert' },
      ],
    );
  });

  it('makes Pi-shaped people knowledgeable in the next skills they are not expert in', () => {
    // Person 1: expert A, B; the next others in cyclic order from A are C, then D.
    expect(skillMaps({ shape: 'Pi', skills: ['A', 'B', 'C', 'D'], count: 1, knowledgeableIn: 1 })).toEqual([
      { A: 'expert', B: 'expert', C: 'knowledgeable' },
    ]);
  });

  it('makes comb-shaped people expert in three consecutive skills by default', () => {
    expect(skillMaps({ shape: 'comb', skills: ['A', 'B', 'C', 'D', 'E'], count: 2 })).toEqual([
      { A: 'expert', B: 'expert', C: 'expert' },
      { B: 'expert', C: 'expert', D: 'expert' },
    ]);
    // expertIn 4 from person 5's primary E wraps round: E, A, B, C; then knowledgeable in D.
    expect(
      skillMaps({
        shape: 'comb',
        skills: ['A', 'B', 'C', 'D', 'E'],
        count: 5,
        expertIn: 4,
        knowledgeableIn: 1,
      })[4],
    ).toEqual({ E: 'expert', A: 'expert', B: 'expert', C: 'expert', D: 'knowledgeable' });
  });

  it('makes generalists knowledgeable in every skill, or at the level asked for', () => {
    expect(skillMaps({ shape: 'generalist', skills: ['A', 'B'], count: 2 })).toEqual([
      { A: 'knowledgeable', B: 'knowledgeable' },
      { A: 'knowledgeable', B: 'knowledgeable' },
    ]);
    // The pooling test: generalists with an expert's level and speed in both skills.
    expect(
      skillMaps({ shape: 'generalist', skills: ['A', 'B'], count: 1, generalistLevel: 'expert' }),
    ).toEqual([{ A: 'expert', B: 'expert' }]);
  });

  it('names people by prefix and number and copies the common fields onto each', () => {
    const people = shapedPeople({
      shape: 'I',
      skills: ['A'],
      count: 2,
      namePrefix: 'desk-',
      maxInHand: 2,
      calendar: 'office',
      costPerHour: 60,
      performance: { expert: { speed: 1.2 } },
    });
    expect(people).toEqual([
      {
        name: 'desk-1',
        skills: { A: 'expert' },
        maxInHand: 2,
        calendar: 'office',
        costPerHour: 60,
        performance: { expert: { speed: 1.2 } },
      },
      {
        name: 'desk-2',
        skills: { A: 'expert' },
        maxInHand: 2,
        calendar: 'office',
        costPerHour: 60,
        performance: { expert: { speed: 1.2 } },
      },
    ]);
    expect(shapedPeople({ shape: 'I', skills: ['A'], count: 1 })[0]).toEqual({
      name: 'person 1',
      skills: { A: 'expert' },
    });
  });

  it('makes no people for count 0', () => {
    expect(shapedPeople({ shape: 'T', skills: ['A', 'B'], count: 0 })).toEqual([]);
  });

  it('names the option and the value when the description is invalid', () => {
    const cases: [ShapedPeopleOptions, string][] = [
      [{ shape: 'T', skills: ['A'], count: -1 }, 'shapedPeople: count must be an integer >= 0, got -1'],
      [{ shape: 'T', skills: ['A'], count: 1.5 }, 'shapedPeople: count must be an integer >= 0, got 1.5'],
      [
        { shape: 'T', skills: [], count: 1 },
        'shapedPeople: skills must be a non-empty list of skill names, got []',
      ],
      [
        { shape: 'T', skills: ['A', 'B', 'A'], count: 1 },
        'shapedPeople: skills[0] and skills[2] are both "A"',
      ],
      [
        { shape: 'X' as 'T', skills: ['A'], count: 1 },
        `shapedPeople: shape must be one of 'I', 'T', 'Pi', 'comb', 'generalist', got "X"`,
      ],
      [
        { shape: 'Pi', skills: ['A'], count: 1 },
        `shapedPeople: shape 'Pi' needs at least 2 skills, got ["A"]`,
      ],
      [
        { shape: 'comb', skills: ['A', 'B'], count: 1 },
        `shapedPeople: shape 'comb' needs at least 3 skills, got ["A", "B"]`,
      ],
      [
        { shape: 'T', skills: ['A', 'B', 'C'], count: 1, knowledgeableIn: 3 },
        'shapedPeople: knowledgeableIn must be an integer from 0 to 2, got 3',
      ],
      [
        { shape: 'Pi', skills: ['A', 'B', 'C'], count: 1, knowledgeableIn: 2 },
        'shapedPeople: knowledgeableIn must be an integer from 0 to 1, got 2',
      ],
      [
        { shape: 'comb', skills: ['A', 'B', 'C'], count: 1, expertIn: 4 },
        'shapedPeople: expertIn must be an integer from 3 to 3, got 4',
      ],
      [
        { shape: 'comb', skills: ['A', 'B', 'C', 'D'], count: 1, expertIn: 2 },
        'shapedPeople: expertIn must be an integer from 3 to 4, got 2',
      ],
      [
        { shape: 'I', skills: ['A', 'B'], count: 1, knowledgeableIn: 1 },
        `shapedPeople: knowledgeableIn applies only to shape 'T' or 'Pi' or 'comb', not 'I'`,
      ],
      [
        { shape: 'T', skills: ['A', 'B'], count: 1, arrangement: 'chain' },
        `shapedPeople: arrangement applies only to shape 'Pi', not 'T'`,
      ],
      [
        { shape: 'Pi', skills: ['A', 'B'], count: 1, arrangement: 'ring' as 'chain' },
        `shapedPeople: arrangement must be 'chain' or 'spread', got "ring"`,
      ],
      [
        { shape: 'generalist', skills: ['A', 'B'], count: 1, generalistLevel: 'none' },
        `shapedPeople: generalistLevel must be above 'none', got "none"`,
      ],
      [
        { shape: 'I', skills: ['A'], count: 0, maxInHand: 0 },
        'shapedPeople: maxInHand must be an integer >= 1, got 0',
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => shapedPeople(options)).toThrow(ModelError);
      expect(() => shapedPeople(options)).toThrow(message);
    }
  });

  it('throws every problem of the options at once, with paths from the options', () => {
    let error: unknown;
    try {
      shapedPeople({ shape: 'T', skills: ['A', 'A'], count: -1, maxInHand: 0 });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).problems.map((problem) => problem.path)).toEqual([
      ['skills', 1],
      ['count'],
      ['maxInHand'],
    ]);
  });
});

describe('describeShape', () => {
  const skills = ['A', 'B', 'C', 'D', 'E'];

  it('round-trips every preset', () => {
    const presets: ShapedPeopleOptions[] = [
      { shape: 'I', skills, count: 5 },
      { shape: 'T', skills, count: 5 },
      { shape: 'T', skills, count: 5, knowledgeableIn: 1 },
      { shape: 'Pi', skills, count: 5 },
      { shape: 'Pi', skills, count: 5, arrangement: 'spread', knowledgeableIn: 3 },
      { shape: 'comb', skills, count: 5 },
      { shape: 'comb', skills, count: 5, expertIn: 5 },
      { shape: 'generalist', skills, count: 5 },
    ];
    for (const preset of presets) {
      const shapes = shapedPeople(preset).map((person) => describeShape(person, skills));
      expect(shapes, JSON.stringify(preset)).toEqual(Array(5).fill(preset.shape));
    }
  });

  it('names expert-level generalists by their expert count', () => {
    const [person] = shapedPeople({
      shape: 'generalist',
      skills: ['A', 'B'],
      count: 1,
      generalistLevel: 'expert',
    });
    expect(person && describeShape(person, ['A', 'B'])).toBe('Pi');
  });

  it('counts numeric levels from 1 as expert and below 1 as knowledgeable', () => {
    expect(describeShape({ name: 'x', skills: { A: 1, B: 0.5 } }, ['A', 'B'])).toBe('T');
    expect(describeShape({ name: 'x', skills: { A: 0.5, B: 0.5 } }, ['A', 'B'])).toBe('generalist');
    expect(describeShape({ name: 'x', skills: { A: 1.2, B: 0 } }, ['A', 'B'])).toBe('I');
  });

  it('says other for no skills or one knowledgeable skill, and ignores unlisted skills', () => {
    expect(describeShape({ name: 'x', skills: {} }, ['A'])).toBe('other');
    expect(describeShape({ name: 'x', skills: { A: 'knowledgeable' } }, ['A', 'B'])).toBe('other');
    expect(describeShape({ name: 'x', skills: { A: 'expert', Z: 'expert' } }, ['A', 'B'])).toBe('I');
    expect(describeShape({ name: 'x', skills: { A: 'expert' } }, ['A', 'constructor'])).toBe('I');
  });
});
