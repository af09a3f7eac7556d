// The checks of a work type's own fields: each rule broken on its own gives one problem naming the work
// type, the field (in words and as a path), the rule and the value; a sound work type gives none.
import { describe, expect, it } from 'vitest';
import { workTypeProblems } from '../../../../engine/model/definition/workTypeChecks.ts';
import { poissonArrivals } from '../../../../engine/model/index.ts';
import type { WorkTypeDefinition } from '../../../../engine/model/work/workType.ts';
import { exponential } from '../../../../engine/random/index.ts';

const MATRIX = { impacts: 4, urgencies: 4 };
const sound: WorkTypeDefinition = {
  name: 'call',
  category: 'incident',
  valueStream: 'support',
  arrivals: [poissonArrivals({ ratePerHour: 2 })],
  effort: { support: exponential({ mean: 1 }) },
  impactWeights: [1, 2, 3, 4],
  urgencyWeights: [0, 1],
  classOfServiceWeights: { expedite: 1, standard: 9 },
  entitlementWeights: [1, 9],
  requesters: 50,
  valuePerHour: 10,
  costOfDelayPerHour: exponential({ mean: 5 }),
  deadlineHours: 48,
  firstLineResolvable: 0.6,
  patience: exponential({ mean: 0.2 }),
  service: { name: 'mail', impact: 0.5 },
  attributes: { vip: 0.1 },
};

const PATH = ['workTypes', 3];

/** The problems of the sound work type with one field replaced (as untrusted data would have it). */
function problemsOf(field: string, value: unknown) {
  return workTypeProblems({ ...sound, [field]: value } as unknown as WorkTypeDefinition, MATRIX, PATH);
}

/** Their messages. */
function problemsWith(field: string, value: unknown): string[] {
  return problemsOf(field, value).map((problem) => problem.message);
}

describe('workTypeProblems', () => {
  it('finds nothing wrong with a sound work type, or with one that gives only the required fields', () => {
    expect(workTypeProblems(sound, MATRIX, PATH)).toEqual([]);
    expect(workTypeProblems({ name: 'call', valueStream: 'support', arrivals: [] }, MATRIX, PATH)).toEqual(
      [],
    );
  });

  it.each([
    ['name', '', 'name must be a non-empty string, got ""'],
    [
      'arrivals',
      5,
      'arrivals must be a list of arrival sources (e.g. [poissonArrivals({ ratePerHour: 2 })]), got 5',
    ],
    ['arrivals', [{}], 'arrivals[0] must be an arrival source, got {}'],
    [
      'effort',
      { support: 2 },
      'effort.support must be a distribution (e.g. exponential({ mean: 2 })), got 2',
    ],
    ['impactWeights', [0, 0, 0, 0], 'impactWeights must be weights with a sum > 0, got [0, 0, 0, 0]'],
    ['impactWeights', [1, -1], 'impactWeights[1] must be a finite number >= 0, got -1'],
    [
      'urgencyWeights',
      [1, 1, 1, 1, 1],
      'urgencyWeights must be a list of at most 4 weights (the priority matrix has 4 levels), got [1, 1, 1, 1, 1]',
    ],
    ['entitlementWeights', [], 'entitlementWeights must be a non-empty list of weights, got []'],
    [
      'classOfServiceWeights',
      { standard: 0 },
      'classOfServiceWeights must be weights with a sum > 0, got { standard: 0 }',
    ],
    [
      'classOfServiceWeights',
      { standard: -1, expedite: 1 },
      'classOfServiceWeights.standard must be a finite number >= 0, got -1',
    ],
    ['requesters', 2.5, 'requesters must be a whole number >= 1, got 2.5'],
    ['requesters', 0, 'requesters must be a whole number >= 1, got 0'],
    ['valuePerHour', Number.NaN, 'valuePerHour must be a finite number >= 0 or a distribution, got NaN'],
    ['costOfDelayPerHour', -3, 'costOfDelayPerHour must be a finite number >= 0 or a distribution, got -3'],
    ['deadlineHours', 0, 'deadlineHours must be a finite number of hours > 0 or a distribution, got 0'],
    ['firstLineResolvable', 2, 'firstLineResolvable must be a probability in [0, 1], got 2'],
    ['patience', 3, 'patience must be a distribution of hours (e.g. exponential({ mean: 0.1 })), got 3'],
    [
      'service',
      { name: 'mail', impact: 1.5 },
      'service.impact must be a share of the value rate in [0, 1] or a distribution, got 1.5',
    ],
    ['attributes', { vip: -0.5 }, 'attributes.vip must be a probability in [0, 1], got -0.5'],
    ['intake', {}, 'intake must be an intake rule (intakeLimit(...)), got {}'],
    ['deferral', 'after 11', 'deferral must be a deferral rule (deferralRule(...)), got "after 11"'],
    ['automation', 0.5, 'automation must be an automation rule (automationRule(...)), got 0.5'],
  ])('refuses %s = %j', (field, value, message) => {
    const name = field === 'name' ? '""' : '"call"';
    expect(problemsWith(field, value)).toEqual([`work type ${name}: ${message}`]);
  });

  it.each([
    ['name', '', ['name']],
    ['arrivals', [poissonArrivals({ ratePerHour: 1 }), {}], ['arrivals', 1]],
    ['effort', { support: 2 }, ['effort', 'support']],
    ['impactWeights', [1, -1], ['impactWeights', 1]],
    ['urgencyWeights', [1, 1, 1, 1, 1], ['urgencyWeights']],
    ['classOfServiceWeights', { standard: -1, expedite: 1 }, ['classOfServiceWeights', 'standard']],
    ['classOfServiceWeights', { urgent: 1 }, ['classOfServiceWeights', 'urgent']],
    ['firstLineResolvable', 2, ['firstLineResolvable']],
    ['service', { name: 'mail', impact: 1.5 }, ['service', 'impact']],
    ['attributes', { vip: -0.5 }, ['attributes', 'vip']],
    ['priority', 1, ['priority']],
  ])('points at %s = %j by its path from the model', (field, value, below) => {
    expect(problemsOf(field, value).map((problem) => problem.path)).toEqual([[...PATH, ...below]]);
  });

  it('says what was expected and what was received', () => {
    expect(problemsOf('firstLineResolvable', 2)).toEqual([
      {
        path: [...PATH, 'firstLineResolvable'],
        message: 'work type "call": firstLineResolvable must be a probability in [0, 1], got 2',
        expected: 'a probability in [0, 1]',
        received: '2',
      },
    ]);
    expect(problemsOf('classOfServiceWeights', { urgent: 1 })[0]).toMatchObject({
      expected: 'one of expedite, fixed-date, standard, intangible',
      received: '"urgent"',
    });
  });

  it('names a class of service that does not exist, and a field it does not know', () => {
    expect(problemsWith('classOfServiceWeights', { urgent: 1 })).toEqual([
      'work type "call": classOfServiceWeights names class "urgent" (classes: expedite, fixed-date, standard, intangible)',
    ]);
    expect(problemsWith('priority', 1)).toEqual([
      expect.stringMatching(/^work type "call": unknown field "priority" \(known: name, category, /),
    ]);
  });

  it('reports every broken field of one work type', () => {
    const broken = { ...sound, firstLineResolvable: 2, requesters: 0, colour: 'red' } as WorkTypeDefinition;
    expect(workTypeProblems(broken, MATRIX, PATH).map((problem) => problem.path)).toEqual([
      [...PATH, 'colour'],
      [...PATH, 'requesters'],
      [...PATH, 'firstLineResolvable'],
    ]);
  });
});

describe('workTypeProblems on the value stream', () => {
  it('refuses a valueStream that is not a name (whether the stream exists is the model’s to check)', () => {
    expect(problemsWith('valueStream', undefined)).toEqual([
      'work type "call": valueStream must be the name of a value stream of the model, got undefined',
    ]);
    expect(problemsWith('valueStream', 'no such stream')).toEqual([]);
  });
});
