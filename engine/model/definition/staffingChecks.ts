// The cross-reference checks about who does the work: names of teams and people used twice, calendars that
// are not defined, steps staffed by teams that do not exist or by nobody with the skill, or nobody who works.
import type { StepDefinition } from '../flow/valueStream.ts';
import type { PersonDefinition } from '../people/personDefinition.ts';
import { resolveLevel } from '../people/skillLevel.ts';
import { expandTeam } from '../people/teamDefinition.ts';
import type { WorkTypeDefinition } from '../work/workType.ts';
import type { ModelDefinition } from './modelDefinition.ts';
import type { ModelProblem, ProblemPath } from './modelProblem.ts';
import { _describeValue, _isRecord } from './untrustedValues.ts';

/**
 * The parts of a model that passed their own checks (decided before any cross-reference is checked):
 * only these are cross-checked, so that a broken part's problem is not followed by problems that are
 * its consequences (a step staffed by a broken team does not also report that nobody has the skill).
 * @example
 * const sound: _SoundParts = {
 *   teams: new Set([0]), streams: new Set([0]), workTypes: new Set([0]), priorityCount: 4,
 * };
 * sound.teams.has(0); // => true
 */
export interface _SoundParts {
  /** Indices of the teams without problems of their own. */
  readonly teams: ReadonlySet<number>;
  /** Indices of the value streams without problems of their own. */
  readonly streams: ReadonlySet<number>;
  /** Indices of the work types without problems of their own. */
  readonly workTypes: ReadonlySet<number>;
  /** Priorities of the model's matrix (of the default matrix when the model's has problems). */
  readonly priorityCount: number;
}

/**
 * A person of a sound team, with where their name and calendar come from in the definition (a listed
 * person's own fields, the preset's, or the team's calendar).
 * @example
 * const member: _Member = { person: { name: 'ana', skills: {} }, team: 0,
 *   namePath: ['teams', 0, 'people', 0, 'name'], calendarPath: ['teams', 0, 'calendar'] }; // => ana of team 0
 */
export interface _Member {
  readonly person: PersonDefinition;
  readonly team: number;
  readonly namePath: ProblemPath;
  readonly calendarPath: ProblemPath;
}

/**
 * A step of a sound value stream with what the cross-checks need: the teams it names that exist, whether
 * they are all there, sound and named by one team only, and the people of those teams who have the skill.
 * @example
 * const staffing: _StepStaffing = { stream: 0, position: 0, path: ['valueStreams', 0, 'steps', 0],
 *   step: { name: 'log', teams: ['desk'], skill: 'support' }, teams: [0], teamsSound: true, eligible: [] };
 * staffing.eligible.length; // => 0 (nobody has the skill)
 */
export interface _StepStaffing {
  readonly stream: number;
  readonly position: number;
  readonly path: ProblemPath;
  readonly step: StepDefinition;
  readonly teams: readonly number[];
  readonly teamsSound: boolean;
  readonly eligible: readonly _Member[];
}

/** The names of the model's teams by index; undefined for a team without a string name. */
function teamNamesOf(model: ModelDefinition): (string | undefined)[] {
  return model.teams.map((team: unknown) =>
    _isRecord(team) && typeof team.name === 'string' ? team.name : undefined,
  );
}

/**
 * The people of the model's sound teams, in team order (as compileModel numbers them).
 * @param model - the model, of a sound shape
 * @param sound - the parts that passed their own checks
 * @returns every member of a sound team, with the paths of their name and calendar
 * @example
 * _membersOf(model, sound).map((member) => member.person.name); // => ['ana', 'desk 1', 'desk 2']
 */
export function _membersOf(model: ModelDefinition, sound: _SoundParts): _Member[] {
  const members: _Member[] = [];
  model.teams.forEach((team, teamIndex) => {
    if (!sound.teams.has(teamIndex)) return;
    const teamPath = ['teams', teamIndex];
    const listedCount = team.people?.length ?? 0;
    expandTeam(team).forEach((person, index) => {
      const listed = index < listedCount;
      const source = listed ? [...teamPath, 'people', index] : [...teamPath, 'preset'];
      const namedBy = listed || team.preset?.namePrefix !== undefined;
      const namePath = namedBy ? [...source, listed ? 'name' : 'namePrefix'] : source;
      const ownCalendar = listed ? team.people?.[index]?.calendar : team.preset?.calendar;
      const calendarPath = ownCalendar === undefined ? [...teamPath, 'calendar'] : [...source, 'calendar'];
      members.push({ person, team: teamIndex, namePath, calendarPath });
    });
  });
  return members;
}

/**
 * The steps of the model's sound value streams with their staffing, in stream and step order.
 * @param model - the model, of a sound shape
 * @param sound - the parts that passed their own checks
 * @param members - the people of the sound teams ({@link _membersOf})
 * @returns one entry per step of each sound stream
 * @example
 * _stepStaffing(model, sound, members)[0]?.eligible.map((member) => member.person.name); // => ['ana']
 */
export function _stepStaffing(
  model: ModelDefinition,
  sound: _SoundParts,
  members: readonly _Member[],
): _StepStaffing[] {
  const teamNames = teamNamesOf(model);
  // A name used by two teams has its own problem; which team a step meant cannot be told.
  const ambiguous = new Set(teamNames.filter((name, index) => teamNames.indexOf(name) !== index));
  const staffing: _StepStaffing[] = [];
  model.valueStreams.forEach((stream, streamIndex) => {
    if (!sound.streams.has(streamIndex)) return;
    stream.steps.forEach((step, position) => {
      const teams = step.teams.map((name) => teamNames.indexOf(name)).filter((index) => index >= 0);
      const eligible = members.filter(
        (member) => teams.includes(member.team) && hasSkill(member.person, step.skill),
      );
      staffing.push({
        stream: streamIndex,
        position,
        path: ['valueStreams', streamIndex, 'steps', position],
        step,
        teams,
        teamsSound:
          teams.length === step.teams.length &&
          teams.every((team) => sound.teams.has(team)) &&
          !step.teams.some((name) => ambiguous.has(name)),
        eligible,
      });
    });
  });
  return staffing;
}

// Whether a sound person can do work of a skill at all (a level above 'none').
function hasSkill(person: PersonDefinition, skill: string): boolean {
  const level = Object.hasOwn(person.skills, skill) ? person.skills[skill] : undefined;
  return level !== undefined && resolveLevel(level).rank > 0;
}

/**
 * Names used more than once among teams and people: one problem per name, at its second use.
 * @param model - the model, of a sound shape
 * @param members - the people of the sound teams (people of broken teams have their own problems)
 * @returns the problems, teams first
 * @example
 * _duplicateStaffNames(model, members).map((problem) => problem.message);
 * // => ['person name "ana" is used twice; person names must be unique']
 */
export function _duplicateStaffNames(model: ModelDefinition, members: readonly _Member[]): ModelProblem[] {
  const teams = teamNamesOf(model).map((name, index) => ({ name, path: ['teams', index, 'name'] }));
  const people = members.map((member) => ({ name: member.person.name, path: member.namePath }));
  return [..._duplicates(teams, 'team'), ..._duplicates(people, 'person')];
}

/**
 * One problem for each name used more than once, pointing at its second use.
 * @param entries - the names in definition order, each with the path of its name field
 * @param what - what is named, for the message (`team`, `work type`, ...)
 * @example
 * _duplicates([{ name: 'desk', path: ['teams', 0, 'name'] }, { name: 'desk', path: ['teams', 1, 'name'] }],
 *   'team');
 * // => [{ path: ['teams', 1, 'name'], message: 'team name "desk" is used twice; team names must be unique' }]
 */
export function _duplicates(
  entries: readonly { readonly name: string | undefined; readonly path: ProblemPath }[],
  what: string,
): ModelProblem[] {
  const seen = new Set<string>();
  const reported = new Map<string, ProblemPath>();
  for (const { name, path } of entries) {
    if (name === undefined) continue;
    if (seen.has(name) && !reported.has(name)) reported.set(name, path);
    seen.add(name);
  }
  return [...reported].map(([name, path]) => ({
    path,
    message: `${what} name "${name}" is used twice; ${what} names must be unique`,
  }));
}

/**
 * People whose calendar (their own, their preset's or their team's) is not one of the model's.
 * @param model - the model, of a sound shape
 * @param members - the people of the sound teams
 * @returns one problem per person, at the field that names the calendar
 * @example
 * _undefinedCalendars(model, members)[0]?.message;
 * // => 'team "desk", person "ana": calendar "office" is not defined (calendars: none)'
 */
export function _undefinedCalendars(model: ModelDefinition, members: readonly _Member[]): ModelProblem[] {
  const calendars = model.calendars ?? {};
  const known = Object.keys(calendars).join(', ') || 'none';
  const problems: ModelProblem[] = [];
  for (const { person, team, calendarPath } of members) {
    if (person.calendar === undefined || Object.hasOwn(calendars, person.calendar)) continue;
    problems.push({
      path: calendarPath,
      message: `team "${model.teams[team]!.name}", person "${person.name}": calendar "${person.calendar}" is not defined (calendars: ${known})`,
      expected: `a calendar of the model (${known})`,
      received: _describeValue(person.calendar),
    });
  }
  return problems;
}

/**
 * Steps that name a team the model does not have, and steps whose (existing, sound) teams have nobody
 * with the step's skill. With an unknown or broken team, that problem is the one to fix first, so the
 * skill is not checked.
 * @param model - the model, of a sound shape
 * @param staffing - the steps of the sound streams ({@link _stepStaffing})
 * @returns the problems, in step order
 * @example
 * _stepStaffingProblems(model, staffing)[0]?.message;
 * // => 'value stream "support", step 1 ("fix"): nobody in team "desk" has skill "network"'
 */
export function _stepStaffingProblems(
  model: ModelDefinition,
  staffing: readonly _StepStaffing[],
): ModelProblem[] {
  const teamNames = teamNamesOf(model);
  const listed = teamNames.join(', ');
  const problems: ModelProblem[] = [];
  for (const { stream, position, path, step, teamsSound, eligible } of staffing) {
    const where = `value stream "${model.valueStreams[stream]!.name}", step ${position + 1} ("${step.name}")`;
    step.teams.forEach((name, index) => {
      if (teamNames.includes(name)) return;
      problems.push({
        path: [...path, 'teams', index],
        message: `${where}: team "${name}" does not exist (teams: ${listed})`,
        expected: `a team of the model (${listed})`,
        received: _describeValue(name),
      });
    });
    if (eligible.length === 0 && teamsSound) {
      const teams = step.teams.map((name) => `"${name}"`).join(', ');
      problems.push({
        path: [...path, 'skill'],
        message: `${where}: nobody in team${step.teams.length > 1 ? 's' : ''} ${teams} has skill "${step.skill}"`,
        expected: `a skill somebody in ${teams} has`,
        received: _describeValue(step.skill),
      });
    }
  }
  return problems;
}

/**
 * A step that a work type's demand reaches must have somebody who ever works (a team of zero people, or
 * people whose calendars have no working hours, would let the queue grow for ever). A step with nobody
 * eligible at all has its own problem (nobody has the skill).
 * @param model - the model, of a sound shape
 * @param type - a sound work type whose value stream is sound
 * @param staffing - the steps of that stream ({@link _stepStaffing})
 * @returns one problem per step nobody works at, pointed at the step's teams
 * @example
 * _unstaffedSteps(model, call, supportSteps)[0]?.message;
 * // => 'work type "call" sends demand to step "log", but its team has no capacity there: ...'
 */
export function _unstaffedSteps(
  model: ModelDefinition,
  type: WorkTypeDefinition,
  staffing: readonly _StepStaffing[],
): ModelProblem[] {
  if (type.arrivals.length === 0) return [];
  const calendars = model.calendars ?? {};
  const problems: ModelProblem[] = [];
  for (const { path, step, eligible } of staffing) {
    const working = eligible.filter(({ person }) => {
      const named = person.calendar;
      const calendar = named !== undefined && Object.hasOwn(calendars, named) ? calendars[named] : undefined;
      return !person.onCall && (calendar === undefined || calendar.hoursPerWeek > 0);
    });
    if (working.length === 0 && eligible.length > 0) {
      problems.push({
        path: [...path, 'teams'],
        message: `work type "${type.name}" sends demand to step "${step.name}", but its team has no capacity there: nobody with skill "${step.skill}" ever works (add people, or give them working hours)`,
      });
    }
  }
  return problems;
}

/**
 * Elastic rules given for teams the model does not have (most likely a misspelt team name).
 * @param model - the model, of a sound shape
 * @returns one problem per unknown team, at its key under `elastic`
 * @example
 * _unknownElasticTeams({ ...model, elastic: { dsk: rule } })[0]?.path; // => ['elastic', 'dsk']
 */
export function _unknownElasticTeams(model: ModelDefinition): ModelProblem[] {
  const teamNames = teamNamesOf(model);
  const listed = teamNames.join(', ');
  return Object.keys(model.elastic ?? {})
    .filter((name) => !teamNames.includes(name))
    .map((name) => ({
      path: ['elastic', name],
      message: `elastic: team "${name}" does not exist (teams: ${listed})`,
      expected: `a team of the model (${listed})`,
      received: _describeValue(name),
    }));
}
