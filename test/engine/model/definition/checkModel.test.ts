// Tests for checkModel: a sound model has no problems; a bad one gives every problem at once, each with the
// path of the field at fault; shape problems come alone; follow-on problems of a broken part are left out.
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../../../engine/model/definition/checkModel.ts';
import type { ModelDefinition } from '../../../../engine/model/definition/modelDefinition.ts';
import type { ProblemPath } from '../../../../engine/model/definition/modelProblem.ts';
import {
  elasticCapacityRule,
  parseTicketCsv,
  poissonArrivals,
  replayArrivals,
  WorkingCalendar,
} from '../../../../engine/model/index.ts';
import { bestSkilled, triage } from '../../../../engine/policies/index.ts';
import { exponential } from '../../../../engine/random/index.ts';

const hours = (mean: number) => exponential({ mean });

/** A sound model with two teams, two streams and two work types; each test breaks it. */
function soundModel(): ModelDefinition {
  return {
    teams: [
      {
        name: 'desk',
        calendar: 'office',
        people: [{ name: 'ana', skills: { triage: 'expert' } }],
        preset: { shape: 'T', skills: ['triage', 'apps'], count: 2 },
      },
      { name: 'apps', people: [{ name: 'bo', skills: { apps: 'expert', db: 'knowledgeable' } }] },
    ],
    calendars: { office: WorkingCalendar.businessHours() },
    valueStreams: [
      {
        name: 'support',
        steps: [
          {
            name: 'log',
            teams: ['desk'],
            skill: 'triage',
            effort: hours(0.2),
            exitWhen: 'firstLineResolvable',
          },
          { name: 'fix', teams: ['apps'], skill: 'apps', effort: hours(1) },
        ],
      },
      { name: 'change', steps: [{ name: 'build', teams: ['apps'], skill: 'db' }] },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [poissonArrivals({ ratePerHour: 1 })],
        firstLineResolvable: 0.3,
        service: { name: 'mail', impact: 0.5 },
      },
      {
        name: 'rfc',
        valueStream: 'change',
        arrivals: [poissonArrivals({ ratePerHour: 0.1 })],
        effort: { db: hours(3) },
      },
    ],
    services: [{ name: 'mail', valuePerHour: 10 }],
    slaHours: [4, 8, 24, 72],
    elastic: { apps: elasticCapacityRule({ queueAbove: 5 }) },
    serviceDesks: [{ valueStream: 'support', step: 'log', answerTargetHours: 0.1 }],
    queueOrder: triage(),
    assignment: bestSkilled(),
  };
}

/** A change to a definition: the value to put at a path (`undefined` removes the field). */
type Change = readonly [path: ProblemPath, value: unknown];

/** `value` with `replacement` at `path`, copying only the objects along the path. */
function withChange(value: unknown, path: ProblemPath, replacement: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  const changed = withChange(copy[key], rest, replacement);
  if (changed === undefined) delete copy[key];
  else copy[key] = changed;
  return copy;
}

/** The sound model with these changes, checked: each problem as [path, message]. */
function found(...changes: readonly Change[]): [ProblemPath, string][] {
  const model = changes.reduce<unknown>(
    (changed, [path, value]) => withChange(changed, path, value),
    soundModel(),
  );
  return checkModel(model).map((problem) => [problem.path, problem.message]);
}

describe('checkModel', () => {
  it('finds nothing wrong with a sound model', () => {
    expect(checkModel(soundModel())).toEqual([]);
  });

  it('returns problems instead of throwing, whatever it is given', () => {
    for (const given of [null, 5, 'model', [], {}, { teams: [null], valueStreams: [], workTypes: [] }]) {
      expect(() => checkModel(given)).not.toThrow();
      expect(checkModel(given).length).toBeGreaterThan(0);
    }
    const everything = found(
      [['teams', 0], 7],
      [['teams', 1, 'people', 0], null],
      [['valueStreams', 0, 'steps', 1, 'gate'], { every: -1, at: 0 }],
      [['workTypes', 0, 'service'], 'mail'],
      [['priorityMatrix'], { cells: [[]] }],
    );
    expect(everything.length).toBeGreaterThan(0);
  });

  it('reports shape problems alone, as nothing else can be read safely', () => {
    expect(found([['slaHour'], [4]], [['teams', 0, 'colour'], 'red'])).toEqual([
      [['slaHour'], expect.stringMatching(/^model: unknown field "slaHour"/)],
    ]);
  });

  it('reports problems of teams, value streams and work types together, each at its path', () => {
    expect(
      found(
        [['teams', 1, 'people', 0, 'maxInHand'], 0],
        [['valueStreams', 0, 'steps', 1, 'wipLimit'], 0],
        [['workTypes', 1, 'requesters'], 0.5],
        [['sampleEveryHours'], 0],
      ),
    ).toEqual([
      [
        ['teams', 1, 'people', 0, 'maxInHand'],
        'team "apps": person 1 ("bo"): maxInHand must be an integer >= 1, got 0',
      ],
      [
        ['valueStreams', 0, 'steps', 1, 'wipLimit'],
        'value stream "support", step 2 ("fix"): wipLimit must be an integer >= 1, got 0',
      ],
      [['workTypes', 1, 'requesters'], 'work type "rfc": requesters must be a whole number >= 1, got 0.5'],
      [['sampleEveryHours'], 'sampleEveryHours must be a finite number of hours > 0, got 0'],
    ]);
  });

  it('points a duplicate name at its second use', () => {
    // Steps naming "desk" cannot tell which team they mean: that follows from the duplicate, and is left out.
    expect(
      found(
        [['teams', 1, 'name'], 'desk'],
        [['valueStreams', 0, 'steps', 1, 'teams'], ['desk']],
        [['valueStreams', 1, 'steps', 0, 'teams'], ['desk']],
        [['elastic'], {}],
      ),
    ).toEqual([[['teams', 1, 'name'], 'team name "desk" is used twice; team names must be unique']]);
    expect(found([['teams', 1, 'people', 1], { name: 'ana', skills: {} }])).toEqual([
      [['teams', 1, 'people', 1, 'name'], 'person name "ana" is used twice; person names must be unique'],
    ]);
    expect(found([['services', 1], { name: 'mail', valuePerHour: 1 }])).toEqual([
      [['services', 1, 'name'], 'service name "mail" is used twice; service names must be unique'],
    ]);
  });

  it('points an undefined calendar at the field that names it: the person, the preset or the team', () => {
    const message = (person: string) =>
      `team "desk", person "${person}": calendar "night" is not defined (calendars: office)`;
    expect(found([['teams', 0, 'people', 0, 'calendar'], 'night'])).toEqual([
      [['teams', 0, 'people', 0, 'calendar'], message('ana')],
    ]);
    expect(found([['teams', 0, 'preset', 'calendar'], 'night'])).toEqual([
      [['teams', 0, 'preset', 'calendar'], message('desk 1')],
      [['teams', 0, 'preset', 'calendar'], message('desk 2')],
    ]);
    expect(checkModel({ ...soundModel(), calendars: {} })[0]).toEqual({
      path: ['teams', 0, 'calendar'],
      message: 'team "desk", person "ana": calendar "office" is not defined (calendars: none)',
      expected: 'a calendar of the model (none)',
      received: '"office"',
    });
  });

  it('checks what steps refer to: teams that exist, and somebody with the skill', () => {
    expect(
      found([
        ['valueStreams', 0, 'steps', 1, 'teams'],
        ['apps', 'engineering'],
      ]),
    ).toEqual([
      [
        ['valueStreams', 0, 'steps', 1, 'teams', 1],
        'value stream "support", step 2 ("fix"): team "engineering" does not exist (teams: desk, apps)',
      ],
    ]);
    expect(found([['valueStreams', 0, 'steps', 1, 'skill'], 'network'])).toEqual([
      [
        ['valueStreams', 0, 'steps', 1, 'skill'],
        'value stream "support", step 2 ("fix"): nobody in team "apps" has skill "network"',
      ],
    ]);
  });

  it('leaves out what follows from a broken part', () => {
    // A step staffed by a broken team: nobody would have the skill, but the team is what to fix.
    expect(
      found(
        [['teams', 1, 'people', 0, 'onCall'], 'no'],
        [['valueStreams', 0, 'steps', 1, 'skill'], 'network'],
      ),
    ).toEqual([
      [
        ['teams', 1, 'people', 0, 'onCall'],
        'team "apps": person 1 ("bo"): onCall must be true or false, got "no"',
      ],
    ]);
    // A work type on a broken stream: its efforts and service desk are not judged against the broken steps.
    expect(
      found(
        [['valueStreams', 1, 'steps', 0, 'gate'], { every: 0, at: 0 }],
        [['workTypes', 1, 'effort'], { database: hours(1) }],
        [['serviceDesks', 0], { valueStream: 'change', step: 'build', answerTargetHours: 0 }],
      ),
    ).toEqual([
      [
        ['valueStreams', 1, 'steps', 0, 'gate', 'every'],
        'value stream "change", step 1 ("build"): gate.every must be a period in hours > 0, got 0',
      ],
    ]);
    // A broken work type: the attributes it would draw are not judged.
    expect(
      found(
        [['workTypes', 0, 'firstLineResolvable'], 2],
        [['valueStreams', 0, 'steps', 0, 'skipWhen'], 'vip'],
      ),
    ).toEqual([
      [
        ['workTypes', 0, 'firstLineResolvable'],
        'work type "incident": firstLineResolvable must be a probability in [0, 1], got 2',
      ],
    ]);
  });

  it('checks what work types refer to, each at its field', () => {
    expect(
      found([['workTypes', 0, 'service', 'name'], 'mial'], [['workTypes', 1, 'valueStream'], 'chnage']),
    ).toEqual([
      [
        ['workTypes', 0, 'service', 'name'],
        'work type "incident": service "mial" does not exist (services: mail)',
      ],
      [
        ['workTypes', 1, 'valueStream'],
        'work type "rfc": value stream "chnage" does not exist (value streams: support, change)',
      ],
    ]);
    expect(found([['workTypes', 1, 'effort', 'bd'], hours(1)])).toEqual([
      [
        ['workTypes', 1, 'effort', 'bd'],
        'work type "rfc": effort names skill "bd", which no step of value stream "change" needs (skills there: db)',
      ],
    ]);
    expect(found([['workTypes', 1, 'effort'], undefined])).toEqual([
      [
        ['workTypes', 1],
        'work type "rfc": step "build" of value stream "change" has no effort: give the step an effort, or the work type an effort for skill "db"',
      ],
    ]);
    expect(found([['valueStreams', 0, 'steps', 0, 'skipWhen'], 'vip'])).toEqual([
      [
        ['valueStreams', 0, 'steps', 0, 'skipWhen'],
        'value stream "support", step 1 ("log"): skipWhen names attribute "vip", which no work type of the stream draws (attributes: firstLineResolvable)',
      ],
    ]);
  });

  it('points a replayed ticket of an unknown type at its arrival source, the line in the message', () => {
    const tickets = parseTicketCsv('timestamp,type\n1,incident\n2,incdent\n');
    const model = withChange(soundModel(), ['workTypes', 0, 'arrivals', 1], replayArrivals(tickets.rows));
    expect(checkModel(model)).toEqual([
      {
        path: ['workTypes', 0, 'arrivals', 1],
        message:
          'work type "incident", arrivals[1] (replay), line 3: work type "incdent" does not exist (work types: incident, rfc)',
        expected: 'a work type of the model (incident, rfc)',
        received: '"incdent"',
      },
    ]);
  });

  it("checks the model's own references and numbers, each at its field", () => {
    expect(
      found(
        [['elastic'], { contractors: elasticCapacityRule({ queueAbove: 5 }) }],
        [
          ['serviceDesks'],
          [
            { valueStream: 'support', step: 'triage', answerTargetHours: -1 },
            { valueStream: 'suport', step: 'log', answerTargetHours: 0 },
          ],
        ],
        [['sampleEveryHours'], Number.POSITIVE_INFINITY],
        [['slaHours'], [4, 0]],
        [
          ['priorityMatrix'],
          {
            cells: [
              [1, 2],
              [2, 0],
            ],
          },
        ],
      ),
    ).toEqual([
      [
        ['priorityMatrix', 'cells', 1, 1],
        'priorityMatrix.cells[1][1] must be an integer priority >= 1, got 0',
      ],
      [['elastic', 'contractors'], 'elastic: team "contractors" does not exist (teams: desk, apps)'],
      [['serviceDesks', 0, 'step'], 'serviceDesks: step "triage" of value stream "support" does not exist'],
      [
        ['serviceDesks', 0, 'answerTargetHours'],
        'serviceDesks: answerTargetHours must be a number of hours >= 0, got -1',
      ],
      [
        ['serviceDesks', 1, 'valueStream'],
        'serviceDesks: step "log" of value stream "suport" does not exist',
      ],
      [['sampleEveryHours'], 'sampleEveryHours must be a finite number of hours > 0, got Infinity'],
      [['slaHours', 1], 'slaHours[1] (P2) must be a number of hours > 0, got 0'],
    ]);
  });

  it('points a duplicate name of a preset-generated person at the preset', () => {
    expect(found([['teams', 1, 'people', 0, 'name'], 'desk 2'])).toEqual([
      [['teams', 1, 'people', 0, 'name'], 'person name "desk 2" is used twice; person names must be unique'],
    ]);
    const appsFirst = withChange(soundModel(), ['teams'], [...soundModel().teams].reverse());
    expect(checkModel(withChange(appsFirst, ['teams', 0, 'people', 0, 'name'], 'desk 2'))[0]?.path).toEqual([
      'teams',
      1,
      'preset',
    ]);
    expect(
      checkModel(withChange(appsFirst, ['teams', 1, 'preset', 'namePrefix'], 'bo')).map(
        (problem) => problem.path,
      ),
    ).toEqual([]);
    expect(
      checkModel(
        withChange(
          withChange(appsFirst, ['teams', 1, 'preset', 'namePrefix'], 'bo'),
          ['teams', 0, 'people', 0, 'name'],
          'bo1',
        ),
      ).map((problem) => [problem.path, problem.message]),
    ).toEqual([
      [['teams', 1, 'preset', 'namePrefix'], 'person name "bo1" is used twice; person names must be unique'],
    ]);
  });
});
