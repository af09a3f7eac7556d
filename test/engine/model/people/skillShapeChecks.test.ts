// Tests for the problems of a skill-shape preset: every problem at once, each message prefixed with where
// the preset sits and each path pointing at the preset's field, and no problem that follows from another.
import { describe, expect, it } from 'vitest';
import { shapedPeopleProblems } from '../../../../engine/model/people/skillShapeChecks.ts';

const PRESET = ['teams', 1, 'preset'];

/** The problems of a preset of team "desk", as [path below the preset, message]. */
function found(options: unknown): [readonly (string | number)[], string][] {
  return shapedPeopleProblems(options, 'team "desk": preset', PRESET).map((problem) => [
    problem.path.slice(PRESET.length),
    problem.message,
  ]);
}

describe('shapedPeopleProblems', () => {
  it('finds nothing wrong with a sound preset of each shape', () => {
    expect(found({ shape: 'I', skills: ['A'], count: 0 })).toEqual([]);
    expect(found({ shape: 'T', skills: ['A', 'B', 'C'], count: 3, knowledgeableIn: 1 })).toEqual([]);
    expect(found({ shape: 'Pi', skills: ['A', 'B'], count: 2, arrangement: 'spread' })).toEqual([]);
    expect(found({ shape: 'comb', skills: ['A', 'B', 'C', 'D'], count: 1, expertIn: 4 })).toEqual([]);
    expect(found({ shape: 'generalist', skills: ['A', 'B'], count: 2, generalistLevel: 'expert' })).toEqual(
      [],
    );
  });

  it('prefixes messages with where the preset sits and points at its field', () => {
    expect(
      shapedPeopleProblems({ shape: 'I', skills: ['A'], count: -1 }, 'team "desk": preset', PRESET),
    ).toEqual([
      {
        path: [...PRESET, 'count'],
        message: 'team "desk": preset: count must be an integer >= 0, got -1',
        expected: 'an integer >= 0',
        received: '-1',
      },
    ]);
  });

  it('reports every problem of one preset, each at its field', () => {
    const options = {
      shape: 'T',
      skills: ['A', '', 'A'],
      count: 1.5,
      colour: 'red',
      arrangement: 'chain',
      namePrefix: 7,
      costPerHour: -1,
      performance: { expert: { speed: 0 } },
    };
    expect(found(options)).toEqual([
      [['colour'], expect.stringMatching(/^team "desk": preset: unknown option "colour" \(known: shape, /)],
      [['arrangement'], `team "desk": preset: arrangement applies only to shape 'Pi', not 'T'`],
      [['skills', 1], 'team "desk": preset: skills[1] must be a non-empty string, got ""'],
      [['skills', 2], 'team "desk": preset: skills[0] and skills[2] are both "A"'],
      [['count'], 'team "desk": preset: count must be an integer >= 0, got 1.5'],
      [['namePrefix'], 'team "desk": preset: namePrefix must be a string, got 7'],
      [
        ['performance', 'expert', 'speed'],
        'team "desk": preset: performance.expert.speed must be a finite number > 0, got 0',
      ],
      [['costPerHour'], 'team "desk": preset: costPerHour must be a finite number >= 0, got -1'],
    ]);
  });

  it('leaves out what follows from another problem', () => {
    // Too few skills for Pi: knowledgeableIn cannot be judged (0 to -1 would be refused too).
    expect(found({ shape: 'Pi', skills: ['A'], count: 1 })).toEqual([
      [['skills'], `team "desk": preset: shape 'Pi' needs at least 2 skills, got ["A"]`],
    ]);
    // An unknown shape: which options apply, and their ranges, cannot be judged.
    expect(found({ shape: 'X', skills: ['A'], count: 1, knowledgeableIn: 9, arrangement: 'ring' })).toEqual([
      [['shape'], `team "desk": preset: shape must be one of 'I', 'T', 'Pi', 'comb', 'generalist', got "X"`],
    ]);
    // expertIn out of range: knowledgeableIn is measured against the skills expertIn leaves.
    expect(
      found({ shape: 'comb', skills: ['A', 'B', 'C'], count: 1, expertIn: 5, knowledgeableIn: 2 }),
    ).toEqual([[['expertIn'], 'team "desk": preset: expertIn must be an integer from 3 to 3, got 5']]);
    // An option for another shape is reported as such, not also for its value.
    expect(found({ shape: 'T', skills: ['A', 'B'], count: 1, generalistLevel: 'guru' })).toEqual([
      [
        ['generalistLevel'],
        `team "desk": preset: generalistLevel applies only to shape 'generalist', not 'T'`,
      ],
    ]);
  });

  it('refuses a preset that is not an object', () => {
    expect(found(3)).toEqual([
      [[], 'team "desk": preset must be an object with shape, skills and count, got 3'],
    ]);
  });
});
