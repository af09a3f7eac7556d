// The shape checks of a model definition: each wrong type or unknown field gives one message naming
// where it is, the rule and the value; a sound model gives none.
import { describe, expect, it } from 'vitest';
import { bestSkilled, triage } from '../../../../engine/index.ts';
import { modelShapeProblems } from '../../../../engine/model/definition/modelShapeChecks.ts';
import { WorkingCalendar } from '../../../../engine/model/people/workingCalendar.ts';

const step = { name: 'fix', teams: ['desk'], skill: 'support' };
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
    expect(modelShapeProblems(null)).toEqual(['the model must be an object, got null']);
  });

  it.each([
    ['teams', 5, 'teams must be a list, got 5'],
    ['valueStreams', undefined, 'valueStreams must be a list, got undefined'],
    ['workTypes', [3], 'workTypes[0] must be a work type with a name, got 3'],
    ['queueOrder', 'fifo', 'queueOrder must be a queue order (triage(), firstInFirstOut(), ...), got "fifo"'],
    ['assignment', {}, 'assignment must be an assignment policy (bestSkilled(), leastLoaded(), ...), got {}'],
    ['calendars', { office: 5 }, 'calendars.office must be a working calendar (WorkingCalendar...), got 5'],
    ['elastic', { desk: 1 }, 'elastic.desk must be an elastic rule (elasticCapacityRule(...)), got 1'],
    [
      'services',
      [{ name: 'mail', valuePerHour: -1 }],
      'service "mail": valuePerHour must be a finite number >= 0, got -1',
    ],
    [
      'priorityMatrix',
      { cells: 4 },
      'priorityMatrix must be { cells: rows of priorities by urgency }, got { cells: 4 }',
    ],
    ['slaHours', 4, 'slaHours must be a list of hours per priority, got 4'],
    [
      'serviceDesks',
      [{ step: 'fix' }],
      'serviceDesks[0] must be { valueStream, step, answerTargetHours }, got { step: "fix" }',
    ],
    ['keepRecords', 'yes', 'keepRecords must be true or false, got "yes"'],
  ])('refuses %s = %j', (field, value, message) => {
    expect(modelShapeProblems({ ...sound, [field]: value })).toEqual([message]);
  });

  it('names an unknown field of the model and of a step (a misspelt name would be ignored)', () => {
    expect(modelShapeProblems({ ...sound, slaHour: [4] })).toEqual([
      expect.stringMatching(/^model: unknown field "slaHour" \(known: teams, valueStreams, /),
    ]);
    const stream = { name: 'support', steps: [{ ...step, exitwhen: 'vip' }] };
    expect(modelShapeProblems({ ...sound, valueStreams: [stream] })).toEqual([
      expect.stringMatching(
        /^value stream "support", step 1 \("fix"\): unknown field "exitwhen" \(known: name, /,
      ),
    ]);
  });

  it.each([
    [{ steps: 3 }, 'value stream "support": steps must be a list, got 3'],
    [
      { steps: [{ ...step, teams: 'desk' }] },
      'value stream "support", step 1 ("fix"): teams must be a list of team names, got "desk"',
    ],
    [
      { steps: [{ ...step, skill: 2 }] },
      'value stream "support", step 1 ("fix"): skill must be a skill name, got 2',
    ],
    [
      { steps: [{ ...step, restoresValue: 'yes' }] },
      'value stream "support", step 1 ("fix"): restoresValue must be true or false, got "yes"',
    ],
    [
      { steps: [{ ...step, rework: 0.2 }] },
      'value stream "support", step 1 ("fix"): rework must be { probability, toStep }, got 0.2',
    ],
    [
      { steps: [{ ...step, gate: { every: 168 } }] },
      'value stream "support", step 1 ("fix"): gate must be { every, at } in hours, got { every: 168 }',
    ],
  ])('refuses a step of the wrong shape: %j', (patch, message) => {
    expect(modelShapeProblems({ ...sound, valueStreams: [{ name: 'support', ...patch }] })).toEqual([
      message,
    ]);
  });
});
