// Tests for teams and the people in them: expansion of listed and preset people, calendars, unique names
// within a team and across the model, and validation messages naming team, person, field and value.
import { describe, expect, it } from 'vitest';
import { validatePersonDefinition } from '../../../../engine/model/people/personDefinition.ts';
import { expandTeam, type TeamDefinition, validateTeams } from '../../../../engine/model/people/teamDefinition.ts';

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

  it('refuses two people with the same name, naming both positions', () => {
    expect(() =>
      expandTeam({
        name: 'desk',
        people: [{ name: 'desk 1', skills: { A: 'expert' } }],
        preset: { shape: 'I', skills: ['A'], count: 2 },
      }),
    ).toThrow(
      'team "desk": person 1 and person 2 are both named "desk 1"; names must be unique across the model',
    );
  });

  it("names the team, the person's position and name, the field and the value", () => {
    expect(() =>
      expandTeam({
        name: 'desk',
        people: [
          { name: 'bo', skills: {} },
          { name: 'cy', skills: {} },
          { name: 'ana', skills: { network: 'guru' as 'expert' } },
        ],
      }),
    ).toThrow(
      `team "desk": person 3 ("ana"): skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
    );
    expect(() => expandTeam({ name: 'desk', preset: { shape: 'T', skills: ['A'], count: -2 } })).toThrow(
      'team "desk": preset: count must be an integer >= 0, got -2',
    );
    expect(() => expandTeam({ name: '', people: [] })).toThrow(
      'team: name must be a non-empty string, got ""',
    );
    expect(() => expandTeam({ name: 'desk', calendar: '' })).toThrow(
      'team "desk": calendar must be the name of a calendar in the model, got ""',
    );
    expect(() =>
      expandTeam({
        name: 'desk',
        handoverAtShiftEnd: 'yes' as unknown as boolean,
        people: [{ name: 'a', skills: {} }],
      }),
    ).toThrow('team "desk": handoverAtShiftEnd must be true or false, got "yes"');
    expect(() => expandTeam({ name: 'desk', staff: [] } as unknown as TeamDefinition)).toThrow(
      'team "desk": unknown field "staff"',
    );
  });

  it('refuses a team with no people', () => {
    expect(() => expandTeam({ name: 'desk', preset: { shape: 'I', skills: ['A'], count: 0 } })).toThrow(
      'team "desk" has no people: give people, a preset with count >= 1, or both',
    );
  });
});

describe('validateTeams', () => {
  const calendars = new Set(['office', 'night']);

  it("returns each team's people in team order", () => {
    const people = validateTeams(
      [
        { name: 'desk', calendar: 'office', preset: { shape: 'I', skills: ['A'], count: 1 } },
        { name: 'network', people: [{ name: 'ana', skills: { B: 'expert' }, calendar: 'night' }] },
      ],
      calendars,
    );
    expect(people).toEqual([
      [{ name: 'desk 1', skills: { A: 'expert' }, calendar: 'office' }],
      [{ name: 'ana', skills: { B: 'expert' }, calendar: 'night' }],
    ]);
  });

  it('refuses an unknown calendar, naming the team or the person', () => {
    expect(() =>
      validateTeams(
        [{ name: 'desk', calendar: 'weekend', preset: { shape: 'I', skills: ['A'], count: 1 } }],
        calendars,
      ),
    ).toThrow('team "desk": calendar "weekend" is not defined in the model (known: "office", "night")');
    expect(() =>
      validateTeams(
        [
          {
            name: 'desk',
            people: [
              { name: 'bo', skills: {} },
              { name: 'ana', skills: {}, calendar: 'weekend' },
            ],
          },
        ],
        calendars,
      ),
    ).toThrow('team "desk": person 2 ("ana"): calendar "weekend" is not defined in the model');
  });

  it('refuses two teams with the same name', () => {
    const team: TeamDefinition = {
      name: 'desk',
      preset: { shape: 'I', skills: ['A'], count: 1, namePrefix: 'x' },
    };
    expect(() =>
      validateTeams([team, { ...team, preset: { shape: 'I', skills: ['A'], count: 1 } }], calendars),
    ).toThrow('teams[0] and teams[1] are both named "desk"');
  });

  it('refuses the same person name in two teams', () => {
    expect(() =>
      validateTeams(
        [
          { name: 'desk', people: [{ name: 'ana', skills: { A: 'expert' } }] },
          {
            name: 'network',
            people: [
              { name: 'bo', skills: {} },
              { name: 'ana', skills: { B: 'expert' } },
            ],
          },
        ],
        calendars,
      ),
    ).toThrow(
      'team "network": person 2 ("ana") has the same name as team "desk": person 1 ("ana"); person names must be unique across the model',
    );
  });

  it('names an unnamed team by its position', () => {
    expect(() =>
      validateTeams([{ name: 'desk', people: [{ name: 'a', skills: {} }] }, { name: ' ' }], calendars),
    ).toThrow('teams[1]: name must be a non-empty string, got " "');
  });
});

describe('validatePersonDefinition', () => {
  const where = 'team "desk": person 3 ("ana")';

  it('accepts a complete, valid person', () => {
    expect(() =>
      validatePersonDefinition(
        {
          name: 'ana',
          skills: { network: 'expert', database: 0.5 },
          performance: { knowledgeable: { speed: 0.4 } },
          maxInHand: 3,
          contextSwitchPenalty: [0, 0.1],
          calendar: 'office',
          costPerHour: 80,
          onCall: true,
        },
        where,
      ),
    ).not.toThrow();
  });

  it('names the team, the person, the field and the value', () => {
    expect(() => validatePersonDefinition({ name: 'ana', skills: { network: 'guru' } }, where)).toThrow(
      `team "desk": person 3 ("ana"): skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
    );
    expect(() => validatePersonDefinition({ name: 'ana', skills: {}, maxInHand: 0 }, where)).toThrow(
      `${where}: maxInHand must be an integer >= 1, got 0`,
    );
    expect(() => validatePersonDefinition({ name: 'ana', skills: {}, costPerHour: -5 }, where)).toThrow(
      `${where}: costPerHour must be a finite number >= 0, got -5`,
    );
    expect(() => validatePersonDefinition({ name: 'ana', skills: {}, onCall: 'yes' }, where)).toThrow(
      `${where}: onCall must be true or false, got "yes"`,
    );
    expect(() => validatePersonDefinition({ name: '', skills: {} }, where)).toThrow(
      `${where}: name must be a non-empty string, got ""`,
    );
    expect(() => validatePersonDefinition({ name: 'ana', skills: ['network'] }, where)).toThrow(
      `${where}: skills must be an object`,
    );
    expect(() =>
      validatePersonDefinition({ name: 'ana', skills: {}, contextSwitchPenalty: [0.1] }, where),
    ).toThrow(`${where}: contextSwitchPenalty[0] (one item in hand) must be 0, got 0.1`);
    expect(() =>
      validatePersonDefinition({ name: 'ana', skills: {}, performance: { expert: { speed: -1 } } }, where),
    ).toThrow(`${where}: performance.expert.speed must be a finite number > 0, got -1`);
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(() => validatePersonDefinition({ name: 'ana', skils: {} }, where)).toThrow(
      `${where}: unknown field "skils"`,
    );
  });
});
