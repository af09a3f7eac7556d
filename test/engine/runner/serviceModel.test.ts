// The service model end to end against queueing theory in its simplest forms, and conservation.
import { describe, expect, it } from 'vitest';
import { poissonArrivals } from '../../../engine/model/demand/poissonArrivals.ts';
import { exponential } from '../../../engine/random/index.ts';
import { erlangWaitInQueue } from '../../../engine/resources/index.ts';
import { createServiceModel, runServiceReplication } from '../../../engine/runner/serviceModel.ts';
import { observed } from '../../helpers/observed.ts';

describe('createServiceModel', () => {
  it('runs a one-step stream of c experts as M/M/c (Erlang C)', () => {
    const model = createServiceModel({
      teams: [{ name: 'desk', preset: { shape: 'I', skills: ['support'], count: 3 } }],
      valueStreams: [{ name: 'support', steps: [{ name: 'resolve', teams: ['desk'], skill: 'support' }] }],
      workTypes: [
        {
          name: 'call',
          valueStream: 'support',
          arrivals: [poissonArrivals({ ratePerHour: 2.4 })],
          effort: { support: exponential({ mean: 1 }) },
        },
      ],
    });
    const waits: number[] = [];
    for (let replication = 0; replication < 5; replication++) {
      const results = runServiceReplication(model, { seed: 1, replication, hours: 50_000, warmUpHours: 500 });
      expect(results.conservation.holds).toBe(true);
      waits.push(observed(results.endToEnd.meanQueueTime, 'mean wait'));
    }
    const mean = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
    console.log('service model M/M/3 wait', mean, 'Erlang C', erlangWaitInQueue(3, 2.4, 1));
    expect(Math.abs(mean / erlangWaitInQueue(3, 2.4, 1) - 1)).toBeLessThan(0.1);
  });
});
