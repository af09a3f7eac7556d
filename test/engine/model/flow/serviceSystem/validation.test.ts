// Bad models are refused before any run, with a message naming the part at fault; a bad ticket file
// names its line; and an overloaded model run for a fixed horizon returns rather than hanging.
import { describe, expect, it } from 'vitest';
import { ZeroTimeLoopError } from '../../../../../engine/kernel/index.ts';
import {
  ModelError,
  parseTicketCsv,
  poissonArrivals,
  replayArrivals,
  type StepDefinition,
  scheduledArrivals,
  type TeamDefinition,
  TicketCsvError,
  WorkingCalendar,
  type WorkTypeDefinition,
} from '../../../../../engine/model/index.ts';
import {
  createServiceModel,
  runServiceReplication,
  type ServiceModelDefinition,
  startServiceReplication,
} from '../../../../../engine/runner/index.ts';
import { hours, SCENARIO_SEED } from './serviceScenario.ts';

// A valid model; each test breaks one thing.
const desk: TeamDefinition = { name: 'desk', people: [{ name: 'ana', skills: { support: 'expert' } }] };
const log: StepDefinition = { name: 'log', teams: ['desk'], skill: 'support', effort: hours(0.5) };
const resolve: StepDefinition = { name: 'resolve', teams: ['desk'], skill: 'support', effort: hours(1) };
const call: WorkTypeDefinition = {
  name: 'call',
  valueStream: 'support',
  arrivals: [scheduledArrivals({ every: 24, at: 9 })],
};
const valid = {
  teams: [desk],
  valueStreams: [{ name: 'support', steps: [log, resolve] }],
  workTypes: [call],
} satisfies ServiceModelDefinition;

describe('createServiceModel refuses bad models before the run', () => {
  it('accepts the valid model the other cases break', () => {
    expect(createServiceModel(valid).steps).toHaveLength(2);
  });

  it('names the step and the team when a step names a team that does not exist', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [{ name: 'resolve', teams: ['engineering'], skill: 'support', effort: hours(1) }],
        },
      ],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'value stream "support", step 1 ("resolve"): team "engineering" does not exist (teams: desk)',
    );
  });

  it('names the step, the team and the skill when nobody in the step’s teams has the skill', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [
        { name: 'support', steps: [{ name: 'fix', teams: ['desk'], skill: 'network', effort: hours(1) }] },
      ],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'value stream "support", step 1 ("fix"): nobody in team "desk" has skill "network"',
    );
  });

  it('names the team when it has no people', () => {
    const definition = { ...valid, teams: [{ name: 'desk', people: [] }] };
    expect(() => createServiceModel(definition)).toThrow('team "desk" has no people');
  });

  it('names the work type and the step when demand reaches a step whose people never work', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      calendars: { never: WorkingCalendar.weekly([]) },
      teams: [{ name: 'desk', calendar: 'never', people: [{ name: 'ana', skills: { support: 'expert' } }] }],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'work type "call" sends demand to step "log", but its team has no capacity there',
    );
  });

  it('names the work type when its value stream does not exist', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      workTypes: [{ name: 'call', valueStream: 'suport', arrivals: [] }],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'work type "call": value stream "suport" does not exist (value streams: support)',
    );
  });

  it('names the step when its rework target is not a step of the stream', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [log, { ...resolve, rework: { probability: 0.1, toStep: 'lgo' } }],
        },
      ],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'value stream "support", step 2 ("resolve"): rework.toStep "lgo" is not a step of this stream (steps: log, resolve)',
    );
  });

  it('names the team and the person when a calendar name is unknown', () => {
    const personCalendar: ServiceModelDefinition = {
      ...valid,
      teams: [{ name: 'desk', people: [{ name: 'ana', calendar: 'office', skills: { support: 'expert' } }] }],
    };
    expect(() => createServiceModel(personCalendar)).toThrow(
      'team "desk", person "ana": calendar "office" is not defined (calendars: none)',
    );
    const teamCalendar: ServiceModelDefinition = {
      ...valid,
      calendars: { nights: WorkingCalendar.businessHours({ start: 22, end: 30 }) },
      teams: [{ ...desk, calendar: 'office' }],
    };
    expect(() => createServiceModel(teamCalendar)).toThrow(
      'team "desk", person "ana": calendar "office" is not defined (calendars: nights)',
    );
  });

  it('names the work type and the step when a step has no effort from the work type or the step', () => {
    // Without an effort the person would hold the item for ever (its remaining effort is NaN).
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'work type "call": step "resolve" of value stream "support" has no effort',
    );
  });
});

describe('createServiceModel reports every problem at once', () => {
  it('lists each problem, one per line, and keeps them in ModelError.problems', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [
            { name: 'log', teams: ['engineering'], skill: 'support', effort: hours(1) },
            { name: 'fix', teams: ['desk'], skill: 'network', effort: hours(1) },
          ],
        },
      ],
      workTypes: [
        { name: 'call', valueStream: 'support', arrivals: [] },
        { name: 'change', valueStream: 'changes', arrivals: [] },
      ],
      slaHours: [4, 0],
    };
    let error: unknown;
    try {
      createServiceModel(definition);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ModelError);
    const problems = (error as ModelError).problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      'value stream "support", step 1 ("log"): team "engineering" does not exist (teams: desk)',
      'value stream "support", step 2 ("fix"): nobody in team "desk" has skill "network"',
      'work type "change": value stream "changes" does not exist (value streams: support)',
      'slaHours[1] (P2) must be a number of hours > 0, got 0',
    ]);
    expect(problems.map((problem) => problem.path)).toEqual([
      ['valueStreams', 0, 'steps', 0, 'teams', 0],
      ['valueStreams', 0, 'steps', 1, 'skill'],
      ['workTypes', 1, 'valueStream'],
      ['slaHours', 1],
    ]);
    expect(problems[0]).toMatchObject({ expected: 'a team of the model (desk)', received: '"engineering"' });
    expect(problems[3]).toMatchObject({ expected: 'a number of hours > 0', received: '0' });
    expect((error as ModelError).message).toBe(
      `the model has 4 problems:\n${problems.map((problem) => `- ${problem.message}`).join('\n')}`,
    );
  });

  it('refuses replayed tickets of a work type or priority the model does not have, naming the line', () => {
    const tickets = parseTicketCsv('timestamp,type,priority\n1,call,2\n2,cal,1\n3,call,7\n5,cal,1\n');
    const definition: ServiceModelDefinition = {
      ...valid,
      workTypes: [{ name: 'call', valueStream: 'support', arrivals: [replayArrivals(tickets.rows)] }],
    };
    expect(() => createServiceModel(definition)).toThrow(ModelError);
    expect(() => createServiceModel(definition)).toThrow(
      [
        'the model has 2 problems:',
        '- work type "call", arrivals[0] (replay), line 3: work type "cal" does not exist (work types: call)',
        '- work type "call", arrivals[0] (replay), line 4: priority 7 is not one of the model\'s priorities 1 to 4',
      ].join('\n'),
    );
  });
});

describe('createServiceModel refuses a model of the wrong shape', () => {
  it('names a misspelt field instead of ignoring it, and a policy that is not one', () => {
    const definition = { ...valid, slaHour: [4, 8], assignment: 'best' } as unknown as ServiceModelDefinition;
    expect(() => createServiceModel(definition)).toThrow(ModelError);
    expect(() => createServiceModel(definition)).toThrow(
      /unknown field "slaHour"[\s\S]*assignment must be an assignment policy/,
    );
  });
});

describe('createServiceModel cross-checks names a work type uses', () => {
  it('names an effort given for a skill no step of the stream needs (a misspelt skill)', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      workTypes: [{ ...call, effort: { suport: hours(1) } }],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'work type "call": effort names skill "suport", which no step of value stream "support" needs (skills there: support)',
    );
  });

  it('names an exitWhen or skipWhen attribute that no work type of the stream draws', () => {
    const definition: ServiceModelDefinition = {
      ...valid,
      valueStreams: [{ name: 'support', steps: [{ ...log, exitWhen: 'firstLineResolvabel' }, resolve] }],
    };
    expect(() => createServiceModel(definition)).toThrow(
      'value stream "support", step 1 ("log"): exitWhen names attribute "firstLineResolvabel", which no work type of the stream draws (attributes: firstLineResolvable)',
    );
    // One work type of a shared stream drawing the attribute is enough: for the other it is never true.
    const shared: ServiceModelDefinition = {
      ...valid,
      valueStreams: [{ name: 'support', steps: [{ ...log, skipWhen: 'preApproved' }, resolve] }],
      workTypes: [
        call,
        { name: 'request', valueStream: 'support', arrivals: [], attributes: { preApproved: 0.5 } },
      ],
    };
    expect(createServiceModel(shared).workTypes).toHaveLength(2);
  });

  it('names a step effort that is not a distribution, and a work type field out of range', () => {
    const definition = {
      ...valid,
      valueStreams: [{ name: 'support', steps: [{ ...log, effort: 0.5 }, resolve] }],
      workTypes: [{ ...call, firstLineResolvable: 1.5 }],
    } as unknown as ServiceModelDefinition;
    expect(() => createServiceModel(definition)).toThrow(
      [
        'the model has 2 problems:',
        '- value stream "support", step 1 ("log"): effort must be a distribution (e.g. exponential({ mean: 2 })), got 0.5',
        '- work type "call": firstLineResolvable must be a probability in [0, 1], got 1.5',
      ].join('\n'),
    );
  });
});

describe('parseTicketCsv refuses a bad timestamp', () => {
  it('names the file, the line and the column', () => {
    const text = 'timestamp,type\n1.5,incident\nsoon,incident\n3,incident\n';
    expect(() => parseTicketCsv(text, { source: 'tickets.csv' })).toThrow(TicketCsvError);
    expect(() => parseTicketCsv(text, { source: 'tickets.csv' })).toThrow(
      'tickets.csv line 3, column "timestamp"',
    );
  });
});

describe('ServiceSystem never hangs', () => {
  it('returns at the horizon from an overloaded model whose queue grows without bound', () => {
    // Two arrivals an hour for one expert who serves one an hour: utilisation 2, the queue grows.
    const model = createServiceModel({
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [{ name: 'resolve', teams: ['desk'], skill: 'support', effort: hours(1) }],
        },
      ],
      workTypes: [{ name: 'call', valueStream: 'support', arrivals: [poissonArrivals({ ratePerHour: 2 })] }],
    });
    const results = runServiceReplication(model, { seed: SCENARIO_SEED, replication: 0, hours: 4 * 168 });
    expect(results.measuredHours).toBe(4 * 168);
    expect(results.conservation.holds).toBe(true);
    // One expert completes at most one an hour (at most 672); the rest stay open.
    expect(results.conservation.completed).toBeLessThanOrEqual(4 * 168);
    expect(results.conservation.open).toBeGreaterThan(0);
  });

  it('returns at the horizon from a stream that loops for ever (rework probability 1)', () => {
    const model = createServiceModel({
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [log, { ...resolve, rework: { probability: 1, toStep: 'log' } }],
        },
      ],
    });
    const results = runServiceReplication(model, { seed: SCENARIO_SEED, replication: 0, hours: 168 });
    // Daily arrivals at 09:00 from day 0 to 6: seven items, none ever completes.
    expect(results.conservation).toMatchObject({ offered: 7, completed: 0, open: 7, holds: true });
  });

  it('stops a loop that takes no time (rework probability 1 between zero-effort steps) with an error', () => {
    const model = createServiceModel({
      ...valid,
      valueStreams: [
        {
          name: 'support',
          steps: [
            { ...log, effort: hours(0) },
            { ...resolve, effort: hours(0), rework: { probability: 1, toStep: 'log' } },
          ],
        },
      ],
    });
    // The default limit (a million events at one instant) is reached in about a second; a smaller one
    // keeps the test quick and shows the limit is the simulation's to set.
    const system = startServiceReplication(model, { seed: SCENARIO_SEED, replication: 0, hours: 168 });
    system.simulation.maxEventsAtOneTime = 10_000;
    expect(() => system.run(168)).toThrow(ZeroTimeLoopError);
    // The first item arrives at 09:00 and never gets past that instant.
    expect(system.simulation.now).toBe(9);
  });
});
