// Tests for a person's problems: every field at fault is reported, each message naming the team, the
// person, the field and the value, and each path pointing at the field in the model definition.
import { describe, expect, it } from 'vitest';
import { personProblems } from '../../../../engine/model/people/personDefinition.ts';

const where = 'team "desk": person 3 ("ana")';
const PATH = ['teams', 0, 'people', 2];

/** The messages of a person's problems. */
const messagesOf = (person: unknown) => personProblems(person, where, PATH).map((problem) => problem.message);

describe('personProblems', () => {
  it('finds nothing wrong with a complete, valid person', () => {
    const person = {
      name: 'ana',
      skills: { network: 'expert', database: 0.5 },
      performance: { knowledgeable: { speed: 0.4 } },
      maxInHand: 3,
      contextSwitchPenalty: [0, 0.1],
      calendar: 'office',
      costPerHour: 80,
      onCall: true,
    };
    expect(personProblems(person, where, PATH)).toEqual([]);
  });

  it('names the team, the person, the field and the value', () => {
    expect(messagesOf({ name: 'ana', skills: { network: 'guru' } })).toEqual([
      `team "desk": person 3 ("ana"): skills.network must be 'none', 'knowledgeable', 'expert' or a number >= 0, got "guru"`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, maxInHand: 0 })).toEqual([
      `${where}: maxInHand must be an integer >= 1, got 0`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, costPerHour: -5 })).toEqual([
      `${where}: costPerHour must be a finite number >= 0, got -5`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, onCall: 'yes' })).toEqual([
      `${where}: onCall must be true or false, got "yes"`,
    ]);
    expect(messagesOf({ name: '', skills: {} })).toEqual([
      `${where}: name must be a non-empty string, got ""`,
    ]);
    expect(messagesOf({ name: 'ana', skills: ['network'] })).toEqual([
      `${where}: skills must be an object of skill name to level, such as { network: 'expert' }, got ["network"]`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, contextSwitchPenalty: [0.1] })).toEqual([
      `${where}: contextSwitchPenalty[0] (one item in hand) must be 0, got 0.1`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, performance: { expert: { speed: -1 } } })).toEqual([
      `${where}: performance.expert.speed must be a finite number > 0, got -1`,
    ]);
    expect(messagesOf({ name: 'ana', skills: {}, calendar: 3 })).toEqual([
      `${where}: calendar must be the name of a calendar in the model, got 3`,
    ]);
    expect(messagesOf({ name: 'ana', skills: { '': 'expert' } })).toEqual([
      `${where}: skills has an empty skill name`,
    ]);
    expect(messagesOf('ana')).toEqual([`${where} must be an object with a name and skills, got "ana"`]);
  });

  it('refuses a misspelt field rather than ignoring it', () => {
    expect(personProblems({ name: 'ana', skills: {}, skils: {} }, where, PATH)).toEqual([
      {
        path: [...PATH, 'skils'],
        message: `${where}: unknown field "skils" (known: name, skills, performance, maxInHand, contextSwitchPenalty, calendar, costPerHour, onCall)`,
        expected:
          'one of name, skills, performance, maxInHand, contextSwitchPenalty, calendar, costPerHour, onCall',
        received: '"skils"',
      },
    ]);
  });

  it('reports every field at fault, each at its path', () => {
    const person = {
      name: 'ana',
      skills: { network: 'guru', apps: -1 },
      maxInHand: 1.5,
      performance: { expert: { firstTimeSuccess: 2 } },
      contextSwitchPenalty: [0, 0.5, 0.2],
      onCall: 1,
    };
    expect(personProblems(person, where, PATH).map((problem) => problem.path)).toEqual([
      [...PATH, 'skills', 'network'],
      [...PATH, 'skills', 'apps'],
      [...PATH, 'performance', 'expert', 'firstTimeSuccess'],
      [...PATH, 'maxInHand'],
      [...PATH, 'contextSwitchPenalty', 2],
      [...PATH, 'onCall'],
    ]);
  });
});
