// A refactoring guard, not a check against theory: the digests of the results that every service model of
// the README, the desk benchmark and test/validation/serviceModel/ gives for a fixed seed, recorded before
// the service runtime was reorganised (dispatch in its own class, the model folder by concept). A change
// that keeps results must keep every digest. Remove or re-record this guard when a deliberate change of
// results lands, and say so in that commit.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceDeskModel } from '../../bench/serviceDeskModel.ts';
import type { CompiledModel } from '../../engine/model/index.ts';
import { lastInFirstOut, roundRobin, shortestFirst } from '../../engine/policies/index.ts';
import { stream } from '../../engine/random/index.ts';
import { createServiceModel, runServiceReplication } from '../../engine/runner/index.ts';
import { richModel, twoTypeModel } from '../validation/serviceModel/determinismModels.ts';
import {
  flowControlsModel,
  reworkLoopModel,
  wipLimitModel,
} from '../validation/serviceModel/littlesLawModels.ts';
import { randomModel } from '../validation/serviceModel/randomModel.ts';
import { skillPoolModel } from '../validation/serviceModel/skillPoolModel.ts';
import { staffedDeskModel } from '../validation/serviceModel/staffedDeskModel.ts';

/**
 * A field kept in the digest: a leaf (`true`), an object of fields, or a list of one element shape. A leaf
 * marked 'null was 0' is a measure with no observations that the results gave as 0 when the digests were
 * recorded and give as null since (results say null where nothing was observed): read back as 0.
 */
type FieldTemplate =
  | true
  | 'null was 0'
  | { readonly [field: string]: FieldTemplate }
  | readonly [FieldTemplate];

const FLOW: FieldTemplate = {
  count: true,
  meanLeadTime: true,
  maxLeadTime: 'null was 0',
  meanQueueTime: true,
  meanTouchTime: true,
  meanBlockedTime: true,
  flowEfficiency: true,
  meanHandoffs: true,
  slaAttainment: true,
};

/** The fields `ServiceResults` had when the digests were recorded; fields added since are left out. */
const TODAYS_FIELDS: FieldTemplate = {
  measuredHours: true,
  conservation: {
    offered: true,
    refused: true,
    admitted: true,
    automated: true,
    completed: true,
    abandoned: true,
    open: true,
    holds: true,
  },
  endToEnd: FLOW,
  byType: [{ type: true, throughputPerWeek: true, flow: FLOW, byPriority: [{ priority: true, flow: FLOW }] }],
  bySteps: [
    {
      valueStream: true,
      step: true,
      flow: FLOW,
      meanQueueLength: true,
      meanWip: true,
      throughputPerWeek: true,
    },
  ],
  meanWip: true,
  people: [
    {
      name: true,
      team: true,
      busyHours: true,
      availableHours: true,
      utilisation: 'null was 0',
      idleHours: true,
      offShiftHours: true,
      onCallHours: true,
    },
  ],
  teams: [{ name: true, busyHours: true, availableHours: true, utilisation: 'null was 0' }],
  desks: [
    {
      valueStream: true,
      step: true,
      answered: true,
      serviceLevel: true,
      averageSpeedOfAnswerHours: true,
      probabilityOfWaiting: true,
      occupancy: 'null was 0',
      byHourOfDay: [{ hour: true, answered: true, serviceLevel: true, averageSpeedOfAnswerHours: true }],
    },
  ],
  openItems: { count: true, meanAgeHours: 'null was 0', maxAgeHours: 'null was 0' },
};

/** The value with only the template's fields, in the template's order. */
function project(value: unknown, template: FieldTemplate): unknown {
  if (template === true) return value;
  if (template === 'null was 0') return value ?? 0;
  if (Array.isArray(template)) {
    return (value as unknown[]).map((element) => project(element, template[0] as FieldTemplate));
  }
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(template as Record<string, FieldTemplate>).map(([field, inner]) => [
      field,
      project(record[field], inner),
    ]),
  );
}

/** The first 16 hex digits of the SHA-256 of the results' JSON over today's fields (NaN writes as null). */
function digest(results: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(project(results, TODAYS_FIELDS)))
    .digest('hex')
    .slice(0, 16);
}

/** One replication of a model, as the guard runs it. */
interface GuardedRun {
  readonly name: string;
  readonly model: () => CompiledModel;
  readonly seed: number;
  readonly replication?: number;
  readonly hours: number;
  readonly warmUpHours: number;
}

const noTimes = () => ({ incident: [] as number[], change: [] as number[] });
const poolRun = (name: string, options: Parameters<typeof skillPoolModel>[0], seed: number): GuardedRun => ({
  name,
  model: () => skillPoolModel(options),
  seed,
  hours: 3_000,
  warmUpHours: 200,
});
const HALF_SPEED_T = { knowledgeable: { speed: 0.5, firstTimeSuccess: 1 } } as const;

const RUNS: readonly GuardedRun[] = [
  { name: 'desk benchmark', model: serviceDeskModel, seed: 20_240_601, hours: 24 * 365, warmUpHours: 168 },
  { name: 'rework loop', model: reworkLoopModel, seed: 3_030, hours: 5_000, warmUpHours: 200 },
  { name: 'flow controls', model: flowControlsModel, seed: 3_031, hours: 5_000, warmUpHours: 200 },
  { name: 'WIP limit', model: wipLimitModel, seed: 3_032, hours: 5_000, warmUpHours: 100 },
  { name: 'rich', model: () => richModel(), seed: 7_117, replication: 3, hours: 3_000, warmUpHours: 100 },
  {
    name: 'rich, round robin',
    model: () => richModel({ assignment: roundRobin() }),
    seed: 7_117,
    hours: 2_000,
    warmUpHours: 100,
  },
  {
    name: 'two types, specialists',
    model: () => twoTypeModel({ shape: 'I', count: 4 }, noTimes()),
    seed: 7_117,
    hours: 2_000,
    warmUpHours: 50,
  },
  {
    name: 'two types, T-shaped',
    model: () => twoTypeModel({ shape: 'T', count: 4 }, noTimes()),
    seed: 7_117,
    hours: 2_000,
    warmUpHours: 50,
  },
  {
    name: 'two types, LIFO',
    model: () => twoTypeModel({ shape: 'I', count: 4 }, noTimes(), lastInFirstOut()),
    seed: 7_117,
    hours: 2_000,
    warmUpHours: 50,
  },
  {
    name: 'two types, shortest first',
    model: () => twoTypeModel({ shape: 'I', count: 4 }, noTimes(), shortestFirst()),
    seed: 7_117,
    hours: 2_000,
    warmUpHours: 50,
  },
  ...Array.from(
    { length: 12 },
    (_, index): GuardedRun => ({
      name: `random model ${index}`,
      model: () => createServiceModel(randomModel(stream(60_606, index, 'conservation model'))),
      seed: 60_606,
      replication: index,
      hours: 2_000,
      warmUpHours: 200,
    }),
  ),
  { name: '27 agents', model: () => staffedDeskModel(27), seed: 250_330, hours: 40, warmUpHours: 4 },
  { name: '28 agents', model: () => staffedDeskModel(28), seed: 250_330, hours: 40, warmUpHours: 4 },
  poolRun(
    'pool, I-shaped',
    { skills: ['A', 'B'], ratePerSkill: 2.4, people: { shape: 'I', count: 6 } },
    8_024,
  ),
  poolRun(
    'pool, generalists',
    {
      skills: ['A', 'B'],
      ratePerSkill: 2.4,
      people: { shape: 'generalist', count: 6, generalistLevel: 'expert' },
    },
    8_024,
  ),
  poolRun(
    'pool, T-shaped at 0.8',
    { skills: ['A', 'B'], ratePerSkill: 2.4, people: { shape: 'T', count: 6, performance: HALF_SPEED_T } },
    8_024,
  ),
  poolRun(
    'pool, T-shaped at 0.5',
    { skills: ['A', 'B'], ratePerSkill: 1.5, people: { shape: 'T', count: 6, performance: HALF_SPEED_T } },
    5_024,
  ),
  poolRun(
    'chain, I-shaped',
    { skills: ['A', 'B', 'C', 'D'], ratePerSkill: 1.7, people: { shape: 'I', count: 8 } },
    4_085,
  ),
  poolRun(
    'chain, Pi chain',
    {
      skills: ['A', 'B', 'C', 'D'],
      ratePerSkill: 1.7,
      people: { shape: 'Pi', count: 8, arrangement: 'chain' },
    },
    4_085,
  ),
  poolRun(
    'chain, Pi spread',
    {
      skills: ['A', 'B', 'C', 'D'],
      ratePerSkill: 1.7,
      people: { shape: 'Pi', count: 8, arrangement: 'spread' },
    },
    4_085,
  ),
  poolRun(
    'chain, generalists',
    {
      skills: ['A', 'B', 'C', 'D'],
      ratePerSkill: 1.7,
      people: { shape: 'generalist', count: 8, generalistLevel: 'expert' },
    },
    4_085,
  ),
];

/** The digests recorded before the reorganisation, by run name. */
const RECORDED: Readonly<Record<string, string>> = {
  '27 agents': '07ab168c17d248ac',
  '28 agents': 'c5528a23a4e8f84e',
  'WIP limit': '657df40e2bb13e4c',
  'chain, I-shaped': '9ce4f7b7c68147a0',
  'chain, Pi chain': '825bd850831ce121',
  'chain, Pi spread': '35169065953a8915',
  'chain, generalists': '8fd77848a2a456ba',
  'desk benchmark': 'aaf6687be6ddddf6',
  'flow controls': '8f8bf3e1325bd8cb',
  'pool, I-shaped': 'ef5145bc3df06f94',
  'pool, T-shaped at 0.5': 'c4a1e65fb7346ef3',
  'pool, T-shaped at 0.8': '77b91023f8013903',
  'pool, generalists': 'b97bdfec11427f1a',
  'random model 0': 'f82739fc070652b7',
  'random model 1': 'd0bf9f7e64d620ec',
  'random model 10': 'd98855c966fc4230',
  'random model 11': 'd17ac5b629b41752',
  'random model 2': 'd62a35b146f039a8',
  'random model 3': '41a9ca7d8dd9af5c',
  'random model 4': '224d4a9767eaad93',
  'random model 5': 'f7f180cff3e386a9',
  'random model 6': '4e943f0a112d5a65',
  'random model 7': 'c183b8ee2cc51c78',
  'random model 8': '3d53ff3263e69fad',
  'random model 9': '99a5b1895010991d',
  'rework loop': '6dea526bf6da507c',
  rich: '7e0ea9dd0aa50963',
  'rich, round robin': '1373a13c5f32f6cc',
  'two types, LIFO': '3123c13c1cfd3b5b',
  'two types, T-shaped': '5058779b8cc21f18',
  'two types, shortest first': 'a5755c9ec87b7f7d',
  'two types, specialists': '8587c2bada473cac',
  README: 'eeb5989ec4875b24',
};

/** The README's service-organisation example, run as a newcomer would, printing its results as JSON. */
function readmeResults(): unknown {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const example = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1]!)
    .find((code) => code.includes('createServiceModel'));
  if (example === undefined) throw new Error('README: no example with createServiceModel');
  const code = example.replace(/console\.log\([\s\S]*\);\s*$/, 'console.log(JSON.stringify(results));');
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', code], {
    cwd: new URL('../..', import.meta.url),
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

describe('service results (refactoring guard)', () => {
  for (const run of RUNS) {
    it(`keeps the recorded digest of "${run.name}"`, () => {
      const results = runServiceReplication(run.model(), {
        seed: run.seed,
        replication: run.replication ?? 0,
        hours: run.hours,
        warmUpHours: run.warmUpHours,
      });
      expect(results.conservation.holds).toBe(true);
      expect(digest(results)).toBe(RECORDED[run.name]);
    });
  }

  it('keeps the recorded digest of the README example', { timeout: 60_000 }, () => {
    expect(digest(readmeResults())).toBe(RECORDED.README);
  });
});
