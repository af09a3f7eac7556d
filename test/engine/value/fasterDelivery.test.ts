// Faster delivery is worth money: the same demand and seeds served by twice the people halves the lead
// time (M/M/2 at 80% load against M/M/4 at 40%: Erlang C gives 2.78 h against 1.04 h), and the ledger
// must then book less delay and more realised value, each paired difference outside its 95% interval,
// and the delay saved must match arrivals x value rate x the lead time Erlang C says is saved.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../engine/model/demand/poissonArrivals.ts';
import { exponential } from '../../../engine/random/index.ts';
import { erlangWaitInQueue } from '../../../engine/resources/index.ts';
import {
  createServiceModel,
  type ReplicationResults,
  runServiceReplication,
} from '../../../engine/runner/index.ts';
import { pairedDifference } from '../../../engine/stats/index.ts';
import { observed } from '../../helpers/observed.ts';

const REPLICATIONS = 20;
const ARRIVALS_PER_HOUR = 1.6;

function runWith(people: number): ReplicationResults[] {
  const model = createServiceModel({
    teams: [{ name: 'team', preset: { shape: 'I', skills: ['build'], count: people } }],
    valueStreams: [{ name: 'delivery', steps: [{ name: 'build', teams: ['team'], skill: 'build' }] }],
    workTypes: [
      {
        name: 'feature',
        category: 'feature',
        valueStream: 'delivery',
        arrivals: [poissonArrivals({ ratePerHour: ARRIVALS_PER_HOUR })],
        effort: { build: exponential({ mean: 1 }) },
        valuePerHour: 10,
        valueLifeHours: 200,
      },
    ],
  });
  return Array.from({ length: REPLICATIONS }, (_, replication) =>
    runServiceReplication(model, { seed: 11, replication, hours: 2_000, warmUpHours: 200 }),
  );
}

describe('a value stream whose lead time halves', () => {
  it('books less delay and more realised value, each difference outside its 95% interval', () => {
    const two = runWith(2);
    const four = runWith(4);
    const leadTime = (runs: ReplicationResults[]): number =>
      runs.reduce((sum, run) => sum + observed(run.endToEnd.meanLeadTime, 'lead time'), 0) / runs.length;
    // Theory first, so the comparison is the one the test says it is.
    expect(erlangWaitInQueue(2, ARRIVALS_PER_HOUR, 1) + 1).toBeCloseTo(2.78, 2);
    expect(erlangWaitInQueue(4, ARRIVALS_PER_HOUR, 1) + 1).toBeCloseTo(1.04, 2);
    expect(leadTime(four)).toBeLessThan(0.5 * leadTime(two));

    // The same demand: the same arrivals in each paired replication.
    const offered = (runs: ReplicationResults[]) => runs.map((run) => run.windowConservation.offered);
    expect(offered(four)).toEqual(offered(two));
    const delay = pairedDifference(
      four.map((run) => run.value.leakage.delay),
      two.map((run) => run.value.leakage.delay),
    );
    const realised = pairedDifference(
      four.map((run) => run.value.realised),
      two.map((run) => run.value.realised),
    );
    console.log('lead time', leadTime(two), leadTime(four), 'delay diff', delay, 'realised diff', realised);
    expect(delay.upper).toBeLessThan(0);
    expect(realised.lower).toBeGreaterThan(0);
    // And by how much: arrivals in the window x value rate x the lead time saved, from Erlang C.
    const saved = erlangWaitInQueue(2, ARRIVALS_PER_HOUR, 1) - erlangWaitInQueue(4, ARRIVALS_PER_HOUR, 1);
    const theory = -ARRIVALS_PER_HOUR * 1_800 * 10 * saved;
    expect(delay.lower).toBeLessThan(theory);
    expect(delay.upper).toBeGreaterThan(theory);
  });
});
