// Priority classes at the service model's own queues: one team of three identical experts, three classes
// of work with Poisson arrivals and exponential effort, served non-preemptively in priority order (triage,
// the default), against Cobham's M/M/c formula for each class's mean wait in queue.
//
// The classes are three work types whose items all take one urgency of a 1 x 3 priority matrix, so class k
// is priority k. Utilisation 0.8: lambda = 0.6, 0.9 and 0.9 per hour, mu = 1 per hour, c = 3.
import { describe, expect, it } from 'vitest';
import { type CompiledModel, poissonArrivals } from '../../../engine/model/index.ts';
import { exponential } from '../../../engine/random/index.ts';
import { createServiceModel } from '../../../engine/runner/index.ts';
import { observed } from '../../helpers/observed.ts';
import { cobhamMmcWaits, mmc } from '../theory.ts';
import { expectMatchesTheory } from '../theoryCheck.ts';
import { runReplications } from './replications.ts';

const SERVERS = 3;
const ARRIVAL_RATES = [0.6, 0.9, 0.9];
// Sized for a 99.9% half-width under 5% of theory for the lowest class, whose waits vary most.
const PLAN = { seed: 3_330, replications: 20, hours: 40_000, warmUpHours: 500 };

function priorityClassesModel(): CompiledModel {
  const oneHot = (position: number): number[] =>
    ARRIVAL_RATES.map((_, index) => (index === position ? 1 : 0));
  return createServiceModel({
    priorityMatrix: { cells: [[1, 2, 3]] },
    teams: [{ name: 'experts', preset: { shape: 'I', skills: ['serve'], count: SERVERS } }],
    valueStreams: [{ name: 'service', steps: [{ name: 'serve', teams: ['experts'], skill: 'serve' }] }],
    workTypes: ARRIVAL_RATES.map((ratePerHour, index) => ({
      name: `class ${index + 1}`,
      valueStream: 'service',
      arrivals: [poissonArrivals({ ratePerHour })],
      effort: { serve: exponential({ mean: 1 }) },
      impactWeights: [1],
      urgencyWeights: oneHot(index),
    })),
  });
}

describe('non-preemptive priority classes at the service model queues (Cobham M/M/c)', () => {
  it('has the textbook property that the classes average to the M/M/3 wait (the conservation law)', () => {
    const waits = cobhamMmcWaits(ARRIVAL_RATES, SERVERS, 1);
    const total = ARRIVAL_RATES.reduce((sum, rate) => sum + rate, 0);
    const average = waits.reduce((sum, wait, index) => sum + wait * (ARRIVAL_RATES[index] ?? 0), 0) / total;
    expect(average).toBeCloseTo(mmc(SERVERS, total, 1).waitInQueue, 12);
  });

  it('gives each class the mean wait of Cobham M/M/c', { timeout: 240_000 }, () => {
    const theory = cobhamMmcWaits(ARRIVAL_RATES, SERVERS, 1);
    const runs = runReplications('priority classes', priorityClassesModel(), PLAN, { checkDispatch: true });
    theory.forEach((wait, index) => {
      const label = `class ${index + 1}`;
      expect(runs[0]?.byType[index]?.byPriority[index]?.flow.count, `${label} is priority ${index + 1}`).toBe(
        runs[0]?.byType[index]?.flow.count,
      );
      expectMatchesTheory(
        `priority M/M/3 at utilisation 0.8, ${label}: mean wait in queue (h)`,
        wait,
        runs.map((results) => observed(results.byType[index]?.flow.meanQueueTime ?? null, `${label} wait`)),
      );
    });
  });
});
