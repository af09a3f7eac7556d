// The shape checks of a model definition: each wrong type or unknown field gives one problem naming
// where it is (in words and as a path), the rule and the value; a sound model gives none.
import { describe, expect, it } from 'vitest';
import { bestSkilled, triage } from '../../../../engine/index.ts';
import { modelShapeProblems } from '../../../../engine/model/definition/modelShapeChecks.ts';
import { WorkingCalendar } from '../../../../engine/model/people/workingCalendar.ts';

const step = { name: 'fix', teams: ['desk'], skill: 'support' };
/** The messages and paths of the problems found, for comparing with a table. */
function found(definition: unknown): [string, readonly (string | number)[]][] {
  return modelShapeProblems(definition).map((problem) => [problem.message, problem.path]);
}

const sound = {
  teams: [],
  valueStreams: [{ name: 'support', steps: [step] }],
  workTypes: [{ name: 'call', valueStream: 'support', arrivals: [] }],
  calendars: { office: WorkingCalendar.businessHours() },
  queueOrder: triage(),
  assignment: bestSkilled(),
  slaHours: [4, 8],
  keepRecords: false,
};

describe('modelShapeProblems', () => {
  it('finds nothing wrong with a sound shape', () => {
    expect(modelShapeProblems(sound)).toEqual([]);
  });

  it('refuses something that is not an object', () => {
    expect(modelShapeProblems(null)).toEqual([
      { path: [], message: 'the model must be an object, got null', expected: 'an object', received: 'null' },
    ]);
  });

  it.each([
    ['teams', 5, 'teams must be a list, got 5', ['teams']],
    ['valueStreams', undefined, 'valueStreams must be a list, got undefined', ['valueStreams']],
    ['workTypes', [3], 'workTypes[0] must be a work type with a name, got 3', ['workTypes', 0]],
    [
      'queueOrder',
      'fifo',
      'queueOrder must be a queue order (triage(), firstInFirstOut(), ...), got "fifo"',
      ['queueOrder'],
    ],
    [
      'assignment',
      {},
      'assignment must be an assignment policy (bestSkilled(), leastLoaded(), ...), got {}',
      ['assignment'],
    ],
    [
      'calendars',
      { office: 5 },
      'calendars.office must be a working calendar (WorkingCalendar...), got 5',
      ['calendars', 'office'],
    ],
    [
      'elastic',
      { desk: 1 },
      'elastic.desk must be an elastic rule (elasticCapacityRule(...)), got 1',
      ['elastic', 'desk'],
    ],
    [
      'services',
      [{ name: 'mail', valuePerHour: -1 }],
      'service "mail": valuePerHour must be a finite number >= 0, got -1',
      ['services', 0, 'valuePerHour'],
    ],
    [
      'priorityMatrix',
      { cells: 4 },
      'priorityMatrix must be { cells: rows of priorities by urgency }, got { cells: 4 }',
      ['priorityMatrix'],
    ],
    ['slaHours', 4, 'slaHours must be a list of hours per priority, got 4', ['slaHours']],
    [
      'serviceDesks',
      [{ step: 'fix' }],
      'serviceDesks[0] must be { valueStream, step, answerTargetHours }, got { step: "fix" }',
      ['serviceDesks', 0],
    ],
    ['keepRecords', 'yes', 'keepRecords must be true or false, got "yes"', ['keepRecords']],
  ])('refuses %s = %j', (field, value, message, path) => {
    expect(found({ ...sound, [field]: value })).toEqual([[message, path]]);
  });

  it('says what was expected and what was received', () => {
    expect(modelShapeProblems({ ...sound, keepRecords: 'yes' })).toEqual([
      {
        path: ['keepRecords'],
        message: 'keepRecords must be true or false, got "yes"',
        expected: 'true or false',
        received: '"yes"',
      },
    ]);
  });

  it('describes a function given where data belongs by its kind, not its source text', () => {
    expect(found({ ...sound, slaHours: () => [4] })).toEqual([
      ['slaHours must be a list of hours per priority, got a function', ['slaHours']],
    ]);
  });

  it('names an unknown field of the model and of a step (a misspelt name would be ignored)', () => {
    expect(found({ ...sound, slaHour: [4] })).toEqual([
      [expect.stringMatching(/^model: unknown field "slaHour" \(known: teams, valueStreams, /), ['slaHour']],
    ]);
    const stream = { name: 'support', steps: [{ ...step, exitwhen: 'vip' }] };
    expect(found({ ...sound, valueStreams: [stream] })).toEqual([
      [
        expect.stringMatching(
          /^value stream "support", step 1 \("fix"\): unknown field "exitwhen" \(known: name, /,
        ),
        ['valueStreams', 0, 'steps', 0, 'exitwhen'],
      ],
    ]);
  });

  const stepPath = ['valueStreams', 0, 'steps', 0];
  it.each([
    [{ steps: 3 }, 'value stream "support": steps must be a list, got 3', ['valueStreams', 0, 'steps']],
    [
      { steps: [{ ...step, teams: 'desk' }] },
      'value stream "support", step 1 ("fix"): teams must be a list of team names, got "desk"',
      [...stepPath, 'teams'],
    ],
    [
      { steps: [{ ...step, skill: 2 }] },
      'value stream "support", step 1 ("fix"): skill must be a skill name, got 2',
      [...stepPath, 'skill'],
    ],
    [
      { steps: [{ ...step, restoresValue: 'yes' }] },
      'value stream "support", step 1 ("fix"): restoresValue must be true or false, got "yes"',
      [...stepPath, 'restoresValue'],
    ],
    [
      { steps: [{ ...step, rework: 0.2 }] },
      'value stream "support", step 1 ("fix"): rework must be { probability, toStep }, got 0.2',
      [...stepPath, 'rework'],
    ],
    [
      { steps: [{ ...step, gate: { every: 168 } }] },
      'value stream "support", step 1 ("fix"): gate must be { every, at } in hours, got { every: 168 }',
      [...stepPath, 'gate'],
    ],
    [{ steps: [7] }, 'value stream "support", step 1 must be a step, got 7', stepPath],
  ])('refuses a step of the wrong shape: %j', (patch, message, path) => {
    expect(found({ ...sound, valueStreams: [{ name: 'support', ...patch }] })).toEqual([[message, path]]);
  });

  it('reports every shape problem of a definition together, each with its path', () => {
    const broken = { ...sound, teams: 5, queueOrder: undefined, services: [{ name: 'mail' }] };
    expect(modelShapeProblems(broken).map((problem) => problem.path)).toEqual([
      ['teams'],
      ['queueOrder'],
      ['services', 0, 'valuePerHour'],
    ]);
  });
});
