// Tests for teams and the people in them: expansion of listed and preset people with calendars, and a
// team's own problems, all at once, each naming team, person, field and value and pointing at its path.
import { describe, expect, it } from 'vitest';
import {
  expandTeam,
  type TeamDefinition,
  teamProblems,
} from '../../../../engine/model/people/teamDefinition.ts';

describe('expandTeam', () => {
  it('lists the named people, then the preset people named after the team', () => {
    const team: TeamDefinition = {
      name: 'desk',
      people: [{ name: 'ana', skills: { network: 'expert' } }],
      preset: { shape: 'T', skills: ['network', 'database'], count: 2 },
    };
    expect(expandTeam(team)).toEqual([
      { name: 'ana', skills: { network: 'expert' } },
      { name: 'desk 1', skills: { network: 'expert', database: 'knowledgeable' } },
      { name: 'desk 2', skills: { database: 'expert', network: 'knowledgeable' } },
    ]);
  });

  it("keeps a preset's own name prefix", () => {
    const people = expandTeam({
      name: 'desk',
      preset: { shape: 'I', skills: ['A'], count: 1, namePrefix: 'agent ' },
    });
    expect(people.map((person) => person.name)).toEqual(['agent 1']);
  });

  it('gives the team calendar to people without their own', () => {
    const people = expandTeam({
      name: 'desk',
      calendar: 'office',
      people: [
        { name: 'ana', skills: { A: 'expert' }, calendar: 'night' },
        { name: 'bo', skills: { A: 'expert' } },
      ],
      preset: { shape: 'I', skills: ['A'], count: 1 },
    });
    expect(people.map((person) => person.calendar)).toEqual(['night', 'office', 'office']);
  });

  it('leaves the calendar unset (24x7) when neither the team nor the person has one', () => {
    const [person] = expandTeam({ name: 'desk', people: [{ name: 'ana', skills: { A: 'expert' } }] });
    expect(person).toEqual({ name: 'ana', skills: { A: 'expert' } });
  });
});

describe('teamProblems', () => {
  const PATH = ['teams', 0];
  /** The problems of a team at index 0, as [path, message]. */
  const found = (team: unknown) =>
    teamProblems(team, PATH).map((problem): [readonly (string | number)[], string] => [
      problem.path,
      problem.message,
    ]);

  it('finds nothing wrong with a sound team', () => {
    expect(
      teamProblems(
        {
          name: 'desk',
          calendar: 'office',
          handoverAtShiftEnd: true,
          people: [{ name: 'ana', skills: { A: 'expert' } }],
          preset: { shape: 'T', skills: ['A', 'B'], count: 2 },
        },
        PATH,
      ),
    ).toEqual([]);
  });

  it('reports an unknown field, a bad skill level and a bad preset count together, each at its path', () => {
    const team = {
      name: 'desk',
      colour: 'red',
      people: [{ name: 'ana', skills: { apps: 'guru' } }],
      preset: { shape: 'I', skills: ['apps'], count: -1 },
    };
    expect(teamProblems(team, PATH)).toEqual([
      {
        path: ['teams', 0, 'colour'],
        message:
          'team "desk": unknown field "colour" (known: name, people, preset, calendar, handoverAtShiftEnd, costPerTicket, party)',
        expected: 'one of name, people, preset, calendar, handoverAtShiftEnd, costPerTicket, party',
        received: '"colour"',
      },
      {
        path: ['teams', 0, 'people', 0, 'skills', 'apps'],
        message: `team "desk": person 1 ("ana"): skills.apps must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
        expected: "'none', 'knowledgeable', 'expert' or a number >= 0",
        received: '"guru"',
      },
      {
        path: ['teams', 0, 'preset', 'count'],
        message: 'team "desk": preset: count must be an integer >= 0, got -1',
        expected: 'an integer >= 0',
        received: '-1',
      },
    ]);
  });

  it('reports every bad person of a team, not only the first', () => {
    const team = {
      name: 'desk',
      people: [
        { name: 'bo', skills: {} },
        { name: 'cy', skills: { network: 'guru' } },
        { name: 'ana', skills: {}, maxInHand: 0 },
        { name: 'di', skills: {}, costPerHour: -5 },
      ],
    };
    expect(found(team)).toEqual([
      [
        ['teams', 0, 'people', 1, 'skills', 'network'],
        `team "desk": person 2 ("cy"): skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
      ],
      [
        ['teams', 0, 'people', 2, 'maxInHand'],
        'team "desk": person 3 ("ana"): maxInHand must be an integer >= 1, got 0',
      ],
      [
        ['teams', 0, 'people', 3, 'costPerHour'],
        'team "desk": person 4 ("di"): costPerHour must be a finite number >= 0, got -5',
      ],
    ]);
  });

  it("names the team, the field and the value of the team's own fields", () => {
    expect(found({ name: '', people: [{ name: 'a', skills: {} }] })).toEqual([
      [['teams', 0, 'name'], 'team: name must be a non-empty string, got ""'],
    ]);
    expect(found({ name: 'desk', calendar: '', people: [{ name: 'a', skills: {} }] })).toEqual([
      [['teams', 0, 'calendar'], 'team "desk": calendar must be the name of a calendar in the model, got ""'],
    ]);
    expect(found({ name: 'desk', handoverAtShiftEnd: 'yes', people: [{ name: 'a', skills: {} }] })).toEqual([
      [
        ['teams', 0, 'handoverAtShiftEnd'],
        'team "desk": handoverAtShiftEnd must be true or false, got "yes"',
      ],
    ]);
    expect(found({ name: 'desk', people: 'ana' })).toEqual([
      [['teams', 0, 'people'], 'team "desk": people must be a list of people, got "ana"'],
    ]);
    expect(found({ name: 'desk', preset: 3 })).toEqual([
      [['teams', 0, 'preset'], 'team "desk": preset must be an object with shape, skills and count, got 3'],
    ]);
    expect(found(7)).toEqual([
      [['teams', 0], 'team must be an object with a name and people or a preset, got 7'],
    ]);
  });

  it('refuses a team with no people, pointing at what would give it some', () => {
    const message = 'team "desk" has no people: give people, a preset with count >= 1, or both';
    expect(found({ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 0 } })).toEqual([
      [['teams', 0, 'preset', 'count'], message],
    ]);
    expect(found({ name: 'desk', people: [] })).toEqual([[['teams', 0, 'people'], message]]);
    expect(found({ name: 'desk' })).toEqual([[['teams', 0], message]]);
    // A list or preset that cannot be read has its own problem; "no people" would follow from it.
    expect(found({ name: 'desk', people: 'x' })).toHaveLength(1);
    expect(found({ name: 'desk', preset: { shape: 'I', skills: ['A'], count: -1 } })).toHaveLength(1);
  });

  it('refuses two people with the same name, naming both positions, at the later one', () => {
    expect(
      found({
        name: 'desk',
        people: [{ name: 'desk 1', skills: { A: 'expert' } }],
        preset: { shape: 'I', skills: ['A'], count: 2 },
      }),
    ).toEqual([
      [
        ['teams', 0, 'preset'],
        'team "desk": person 1 and person 2 are both named "desk 1"; names must be unique across the model',
      ],
    ]);
    expect(
      found({
        name: 'desk',
        people: [
          { name: 'ana', skills: {} },
          { name: 'bo', skills: {} },
          { name: 'ana', skills: {} },
        ],
      }),
    ).toEqual([
      [
        ['teams', 0, 'people', 2, 'name'],
        'team "desk": person 1 and person 3 are both named "ana"; names must be unique across the model',
      ],
    ]);
  });

  it('points a problem of the people a preset would generate at the preset', () => {
    expect(found({ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 2, maxInHand: 0 } })).toEqual([
      [['teams', 0, 'preset', 'maxInHand'], 'team "desk": preset: maxInHand must be an integer >= 1, got 0'],
    ]);
  });
});
