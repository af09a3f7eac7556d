// Shared by the results tests: small service models built in code, a loop that runs their replications
// into summaries (with a backlog when asked), and a scan that every number of a document is finite.
import {
  constant,
  createServiceModel,
  exponential,
  poissonArrivals,
  type ServiceModel,
  startServiceReplication,
} from '../../../engine/index.ts';
import { stopWhenBacklogDone } from '../../../scenarios/results/backlogForecast.ts';
import {
  type ReplicationSummary,
  summarizeReplication,
} from '../../../scenarios/results/replicationSummary.ts';

/** How the replications of a test run. */
export interface TestPlan {
  readonly seed: number;
  readonly replications: number;
  readonly hours: number;
  readonly warmUpHours?: number;
  readonly recordItems?: boolean;
  /** Items of `type` offered at time 0; with `drain`, each replication stops once they have all left. */
  readonly backlog?: {
    readonly type: string;
    readonly count: number;
    readonly doneByHours: readonly number[];
    readonly drain: boolean;
  };
}

/** The summaries of a plan's replications, and every completed item's lead time and wait, read record by record. */
export interface TestRuns {
  readonly summaries: ReplicationSummary[];
  readonly leadTimes: number[][];
  readonly waits: number[][];
  /** The time each replication stopped at. */
  readonly endTimes: number[];
}

/** Runs a plan's replications of a model, one summary each, and reads the items' times straight off the records. */
export function runReplications(model: ServiceModel, plan: TestPlan): TestRuns {
  const runs: TestRuns = { summaries: [], leadTimes: [], waits: [], endTimes: [] };
  for (let replication = 0; replication < plan.replications; replication++) {
    const live = startServiceReplication(model, {
      seed: plan.seed,
      replication,
      hours: plan.hours,
      ...(plan.warmUpHours === undefined ? {} : { warmUpHours: plan.warmUpHours }),
      ...(plan.recordItems === undefined ? {} : { recordItems: plan.recordItems }),
    });
    const backlog = plan.backlog;
    const items = backlog === undefined ? [] : live.offerByName(backlog.type, { count: backlog.count });
    live.run(plan.hours, backlog?.drain ? stopWhenBacklogDone(items) : undefined);
    runs.summaries.push(
      summarizeReplication(live, {
        replication,
        backlog: backlog === undefined ? undefined : { items, doneByHours: backlog.doneByHours },
      }),
    );
    const leadTimes: number[] = [];
    const waits: number[] = [];
    const records = live.records;
    for (let position = 0; position < (records?.count ?? 0); position++) {
      const record = records?.at(position);
      if (record === undefined || (record.outcome !== 'delivered' && record.outcome !== 'stopped')) continue;
      leadTimes.push(record.finish - record.arrival);
      waits.push(record.waitTime);
    }
    runs.leadTimes.push(leadTimes);
    runs.waits.push(waits);
    runs.endTimes.push(live.simulation.now);
  }
  return runs;
}

/**
 * Two work types through a desk (a service desk step) and a specialist step, with people in two teams:
 * enough moving parts for every metric to have something to show.
 */
export function twoStepModel(deskPeople = 3): ServiceModel {
  return createServiceModel({
    teams: [
      { name: 'desk', preset: { shape: 'I', skills: ['triage'], count: deskPeople } },
      { name: 'apps', preset: { shape: 'I', skills: ['apps'], count: 2 } },
    ],
    valueStreams: [
      {
        name: 'support',
        steps: [
          { name: 'log', teams: ['desk'], skill: 'triage', exitWhen: 'firstLineResolvable' },
          { name: 'fix', teams: ['apps'], skill: 'apps' },
        ],
      },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [poissonArrivals({ ratePerHour: 3 })],
        effort: { triage: exponential({ mean: 0.5 }), apps: exponential({ mean: 1 }) },
        firstLineResolvable: 0.6,
      },
      {
        name: 'request',
        valueStream: 'support',
        arrivals: [poissonArrivals({ ratePerHour: 1 })],
        effort: { triage: exponential({ mean: 0.4 }), apps: exponential({ mean: 0.8 }) },
        firstLineResolvable: 0.5,
      },
    ],
    serviceDesks: [{ valueStream: 'support', step: 'log', answerTargetHours: 0.25 }],
  });
}

/** One person, constant effort per item, no arrivals: a backlog offered at time 0 is worked one by one. */
export function backlogModel(effortHours: number): ServiceModel {
  return createServiceModel({
    teams: [{ name: 'team', preset: { shape: 'I', skills: ['build'], count: 1 } }],
    valueStreams: [{ name: 'delivery', steps: [{ name: 'build', teams: ['team'], skill: 'build' }] }],
    workTypes: [
      {
        name: 'feature',
        valueStream: 'delivery',
        arrivals: [],
        effort: { build: constant({ value: effortHours }) },
      },
    ],
  });
}

/** Every number in a JSON-bound value, with its path, that is not finite (NaN or ±Infinity). */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value))
    return value.flatMap((entry, index) => nonFiniteNumbers(entry, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) => nonFiniteNumbers(entry, `${path}.${key}`));
  }
  return [];
}

/** The sample standard deviation (n − 1) of a list, by the two-pass formula. */
export function sampleStandardDeviation(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1));
}

/** R's type-7 quantile of a list, by sorting a copy. */
export function exactQuantile(values: readonly number[], probability: number): number {
  const sorted = [...values].sort((first, second) => first - second);
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? Number.NaN;
  return lower + (position - below) * (upper - lower);
}
