// The service-desk benchmark's organisation as a model definition: 3 teams, 30 people, 5 skills, four
// value streams and about 100 000 items a year; shared by the benchmark, its hand-coded twin's test and the
// refactoring guard.
import { poissonArrivals } from '../engine/model/index.ts';
import { constant, exponential, lognormal } from '../engine/random/index.ts';
import { createServiceModel, type ServiceModelDefinition } from '../engine/runner/index.ts';

/** The benchmark's organisation, compiled. */
export function serviceDeskModel() {
  return createServiceModel(serviceDeskDefinition());
}

/** The benchmark's organisation: a T-shaped service desk and two Pi-shaped specialist teams. */
export function serviceDeskDefinition(): ServiceModelDefinition {
  const incidentStream = (name: string, specialist: string, skill: string) => ({
    name,
    steps: [
      { name: 'register', teams: ['desk'], skill: 'triage', effort: constant({ value: 0.1 }) },
      {
        name: 'first-line fix',
        teams: ['desk'],
        skill: 'triage',
        effort: exponential({ mean: 0.3 }),
        exitWhen: 'firstLineResolvable',
      },
      { name: 'specialist fix', teams: [specialist], skill, effort: lognormal({ mean: 2, cv: 1 }) },
      {
        name: 'verify',
        teams: ['desk'],
        skill: 'triage',
        effort: constant({ value: 0.1 }),
        restoresValue: true,
      },
    ],
  });
  return {
    teams: [
      { name: 'desk', preset: { shape: 'T', skills: ['triage', 'apps'], count: 10, knowledgeableIn: 1 } },
      { name: 'applications', preset: { shape: 'Pi', skills: ['apps', 'database'], count: 10 } },
      { name: 'infrastructure', preset: { shape: 'Pi', skills: ['network', 'servers'], count: 10 } },
    ],
    valueStreams: [
      incidentStream('application incident', 'applications', 'apps'),
      incidentStream('infrastructure incident', 'infrastructure', 'network'),
      {
        name: 'database request',
        steps: [
          { name: 'register', teams: ['desk'], skill: 'triage', effort: constant({ value: 0.1 }) },
          { name: 'fulfil', teams: ['applications'], skill: 'database', effort: exponential({ mean: 1 }) },
        ],
      },
      {
        name: 'server change',
        steps: [
          { name: 'assess', teams: ['infrastructure'], skill: 'servers', effort: exponential({ mean: 1 }) },
          {
            name: 'implement',
            teams: ['infrastructure'],
            skill: 'servers',
            effort: exponential({ mean: 2 }),
          },
        ],
      },
    ],
    workTypes: [
      {
        name: 'application incident',
        category: 'incident',
        valueStream: 'application incident',
        arrivals: [poissonArrivals({ ratePerHour: 4 })],
        firstLineResolvable: 0.6,
        impactWeights: [1, 3, 6, 10],
        urgencyWeights: [1, 3, 6, 10],
      },
      {
        name: 'infrastructure incident',
        category: 'incident',
        valueStream: 'infrastructure incident',
        arrivals: [poissonArrivals({ ratePerHour: 3 })],
        firstLineResolvable: 0.6,
        impactWeights: [1, 3, 6, 10],
        urgencyWeights: [1, 3, 6, 10],
      },
      {
        name: 'database request',
        valueStream: 'database request',
        arrivals: [poissonArrivals({ ratePerHour: 3 })],
      },
      {
        name: 'server change',
        category: 'change',
        valueStream: 'server change',
        arrivals: [poissonArrivals({ ratePerHour: 1.4 })],
      },
    ],
    slaHours: [4, 8, 24, 72],
  };
}
