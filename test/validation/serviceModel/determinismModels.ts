// The models of the determinism and common-random-numbers cases: a rich model using most features, and
// two work types on two skills whose arrivals are recorded as they are offered. Shared by
// determinism.test.ts and the refactoring guard.
import {
  type ArrivalSource,
  automationRule,
  type CompiledModel,
  deferralRule,
  elasticCapacityRule,
  intakeLimit,
  poissonArrivals,
  type ShapedPeopleOptions,
  WorkingCalendar,
} from '../../../engine/model/index.ts';
import { exponential, lognormal } from '../../../engine/random/index.ts';
import { createServiceModel, type ServiceModelDefinition } from '../../../engine/runner/index.ts';

/**
 * A model using most features: priorities, patience, first-line exits, a service, blocking, a WIP limit,
 * a gate, rework, an intake limit, automation, deferral, a calendar, multitasking, on-call people with an
 * elastic rule, a service desk and SLAs. Built afresh per call, so stateful rules are not shared.
 */
export function richModel(
  policies: Pick<ServiceModelDefinition, 'queueOrder' | 'assignment'> = {},
): CompiledModel {
  return createServiceModel({
    ...policies,
    calendars: { office: WorkingCalendar.businessHours() },
    services: [{ name: 'mail', valuePerHour: 100 }],
    slaHours: [4, 8, 24, 72],
    elastic: { engineers: elasticCapacityRule({ queueAbove: 4, joinDelayHours: 0.5 }) },
    teams: [
      { name: 'desk', preset: { shape: 'T', skills: ['triage', 'fix'], count: 4 } },
      {
        name: 'engineers',
        people: [
          { name: 'eve', skills: { fix: 'expert', deploy: 'expert' }, maxInHand: 2, calendar: 'office' },
          { name: 'sam', skills: { deploy: 'expert', fix: 'knowledgeable' } },
          { name: 'ola', skills: { fix: 'expert', deploy: 'knowledgeable' }, onCall: true },
        ],
      },
    ],
    valueStreams: [
      {
        name: 'support',
        steps: [
          {
            name: 'log',
            teams: ['desk'],
            skill: 'triage',
            effort: exponential({ mean: 0.3 }),
            exitWhen: 'firstLineResolvable',
            restoresValue: true,
          },
          {
            name: 'repair',
            teams: ['desk', 'engineers'],
            skill: 'fix',
            effort: lognormal({ mean: 1, cv: 1.5 }),
            blocking: { probability: 0.1, duration: exponential({ mean: 2 }) },
            wipLimit: 6,
          },
          {
            name: 'release',
            teams: ['engineers'],
            skill: 'deploy',
            effort: exponential({ mean: 0.5 }),
            gate: { every: 24, at: 10 },
            rework: { probability: 0.2, toStep: 'repair' },
          },
        ],
      },
      {
        name: 'fulfilment',
        steps: [{ name: 'fulfil', teams: ['desk'], skill: 'triage', effort: exponential({ mean: 0.5 }) }],
      },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'support',
        arrivals: [poissonArrivals({ ratePerHour: 1.5 })],
        impactWeights: [1, 2, 3, 4],
        urgencyWeights: [1, 1, 2, 4],
        patience: exponential({ mean: 30 }),
        firstLineResolvable: 0.3,
        service: { name: 'mail', impact: 0.5 },
        requesters: 40,
        intake: intakeLimit({ perRequester: 2 }),
      },
      {
        name: 'request',
        valueStream: 'fulfilment',
        arrivals: [poissonArrivals({ ratePerHour: 1 })],
        classOfServiceWeights: { standard: 3, 'fixed-date': 1 },
        deadlineHours: 48,
        automation: automationRule({ share: 0.2 }),
        deferral: deferralRule({ cutoffHour: 16 }),
      },
    ],
    serviceDesks: [{ valueStream: 'support', step: 'log', answerTargetHours: 0.25 }],
  });
}

/** An arrival source that logs the time of every offer it makes, then lets the runtime handle it. */
function recorded(source: ArrivalSource, times: number[]): ArrivalSource {
  return {
    kind: `recorded ${source.kind}`,
    meanRatePerHour: source.meanRatePerHour,
    start: (context) => {
      source.start({
        ...context,
        offer: (arrival) => {
          for (let count = 0; count < arrival.count; count++) times.push(context.simulation.now);
          context.offer(arrival);
        },
      });
    },
  };
}

/** Two work types on two skills, every item admitted; the variants change only people and queue order. */
export function twoTypeModel(
  people: Omit<ShapedPeopleOptions, 'skills'>,
  arrivalTimes: { incident: number[]; change: number[] },
  queueOrder?: ServiceModelDefinition['queueOrder'],
): CompiledModel {
  return createServiceModel({
    ...(queueOrder === undefined ? {} : { queueOrder }),
    teams: [{ name: 'ops', preset: { ...people, skills: ['network', 'database'] } }],
    valueStreams: [
      {
        name: 'restore',
        steps: [
          { name: 'diagnose', teams: ['ops'], skill: 'network' },
          {
            name: 'fix',
            teams: ['ops'],
            skill: 'database',
            rework: { probability: 0.2, toStep: 'diagnose' },
          },
        ],
      },
      { name: 'implement', steps: [{ name: 'change', teams: ['ops'], skill: 'database' }] },
    ],
    workTypes: [
      {
        name: 'incident',
        valueStream: 'restore',
        arrivals: [recorded(poissonArrivals({ ratePerHour: 0.6 }), arrivalTimes.incident)],
        effort: { network: exponential({ mean: 1 }), database: lognormal({ mean: 1, cv: 1 }) },
        impactWeights: [1, 1, 2, 4],
        urgencyWeights: [2, 1, 1, 1],
        patience: exponential({ mean: 50 }),
        attributes: { vip: 0.1 },
      },
      {
        name: 'change',
        valueStream: 'implement',
        arrivals: [recorded(poissonArrivals({ ratePerHour: 0.4 }), arrivalTimes.change)],
        effort: { database: exponential({ mean: 1.5 }) },
        classOfServiceWeights: { standard: 3, expedite: 1 },
        valuePerHour: exponential({ mean: 20 }),
      },
    ],
  });
}
