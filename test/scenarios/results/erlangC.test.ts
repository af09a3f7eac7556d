// The whole pipeline against queueing theory: an M/M/3 queue built in code (3 experts, Poisson arrivals at
// 2.4 an hour, exponential effort of mean 1 h), run as 20 replications of 5 000 h after a 200 h warm-up,
// summarised and aggregated; the aggregated mean wait's 95% interval must contain Erlang C's Wq.
import { describe, expect, it } from 'vitest';
import { createServiceModel, exponential, poissonArrivals } from '../../../engine/index.ts';
import { aggregateRun } from '../../../scenarios/results/aggregateRun.ts';
import { runReplications } from './replicationRuns.ts';

const SERVERS = 3;
const ARRIVAL_RATE = 2.4; // an hour
const SERVICE_RATE = 1; // an hour per server

/**
 * Erlang C's probability of waiting by the direct sum, with offered load a = λ / μ (Gross, Shortle,
 * Thompson & Harris, Fundamentals of Queueing Theory, 4th ed., 2008, eq. 2.31):
 * C(c, a) = (a^c / c!) · c / (c − a) / (Σ_{k<c} a^k / k! + (a^c / c!) · c / (c − a)).
 */
function erlangC(servers: number, load: number): number {
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < servers; k++) {
    sum += term;
    term *= load / (k + 1);
  }
  const waiting = (term * servers) / (servers - load);
  return waiting / (sum + waiting);
}

describe('the results pipeline on M/M/3', () => {
  it('contains Erlang C’s mean wait in queue in the 95% interval of the aggregated wait', () => {
    const load = ARRIVAL_RATE / SERVICE_RATE;
    // C(3, 2.4) = 0.64719, Wq = C / (cμ − λ) = 1.0787 h.
    const expectedWait = erlangC(SERVERS, load) / (SERVERS * SERVICE_RATE - ARRIVAL_RATE);
    expect(expectedWait).toBeCloseTo(1.0787, 4);
    const model = createServiceModel({
      teams: [{ name: 'experts', preset: { shape: 'I', skills: ['fix'], count: SERVERS } }],
      valueStreams: [{ name: 'support', steps: [{ name: 'fix', teams: ['experts'], skill: 'fix' }] }],
      workTypes: [
        {
          name: 'job',
          valueStream: 'support',
          arrivals: [poissonArrivals({ ratePerHour: ARRIVAL_RATE })],
          effort: { fix: exponential({ rate: SERVICE_RATE }) },
        },
      ],
    });
    const runs = runReplications(model, { seed: 2_024, replications: 20, hours: 5_000, warmUpHours: 200 });
    const document = aggregateRun({ scenario: 'M/M/3', seed: 2_024, summaries: runs.summaries });
    const wait = document.metrics.waitTime;
    expect(wait.ci95?.[0]).toBeLessThanOrEqual(expectedWait);
    expect(wait.ci95?.[1]).toBeGreaterThanOrEqual(expectedWait);
    // Utilisation is ρ = λ / (cμ) = 0.8, a sanity check on the same run.
    expect(document.metrics.utilisation.mean).toBeCloseTo(0.8, 1);
  });
});
