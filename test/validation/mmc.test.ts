// M/M/c against Erlang C (c = 5 at utilisation 0.9, c = 20 at 0.95), and the loss systems: M/M/c/K
// blocking and Erlang B (with exponential and, by insensitivity, lognormal service).
import { describe, it } from 'vitest';
import { exponential, lognormal } from '../../engine/random/index.ts';
import { replicate } from './stationModel.ts';
import { erlangB, mmc, mmckBlocking } from './theory.ts';
import { expectMatchesTheory } from './theoryCheck.ts';

describe('M/M/c', () => {
  const cases = [
    { servers: 5, rho: 0.9, replications: 10, warmUp: 2_000, measuredHours: 200_000, seed: 5_901 },
    { servers: 20, rho: 0.95, replications: 20, warmUp: 2_000, measuredHours: 100_000, seed: 20_951 },
  ];
  for (const { servers, rho, replications, warmUp, measuredHours, seed } of cases) {
    it(`matches Erlang C with c = ${servers} at utilisation ${rho}`, { timeout: 240_000 }, () => {
      const arrivalRate = rho * servers;
      const results = replicate(
        {
          label: `M/M/${servers}`,
          servers,
          arrivalRates: [arrivalRate],
          service: exponential({ rate: 1 }),
          warmUp,
          measuredHours,
          seed,
        },
        replications,
      );
      const theory = mmc(servers, arrivalRate, 1);
      expectMatchesTheory(
        `M/M/${servers} rho=${rho} wait in queue`,
        theory.waitInQueue,
        results.map((result) => result.meanWait),
      );
      expectMatchesTheory(
        `M/M/${servers} rho=${rho} sojourn`,
        theory.sojourn,
        results.map((result) => result.meanSojourn),
      );
    });
  }
});

describe('M/M/c/K and Erlang B', () => {
  it('matches the M/M/c/K blocking probability (c = 3, K = 8, offered load 3)', { timeout: 120_000 }, () => {
    const results = replicate(
      {
        label: 'M/M/3/8',
        servers: 3,
        maxQueueLength: 5,
        arrivalRates: [3],
        service: exponential({ rate: 1 }),
        warmUp: 100,
        measuredHours: 50_000,
        seed: 3_008,
      },
      10,
    );
    const blocked = results.map((result) => result.baulked / result.arrivals);
    expectMatchesTheory('M/M/3/8 blocking probability', mmckBlocking(3, 8, 3, 1), blocked);
  });

  for (const service of [exponential({ rate: 1 }), lognormal({ mean: 1, cv: 2 })]) {
    it(`matches Erlang B for c = 5, offered load 4 with ${service.kind} service (insensitivity)`, {
      timeout: 120_000,
    }, () => {
      const results = replicate(
        {
          label: 'M/G/5/5',
          servers: 5,
          maxQueueLength: 0,
          arrivalRates: [4],
          service,
          warmUp: 100,
          measuredHours: 50_000,
          seed: 5_005,
        },
        10,
      );
      const blocked = results.map((result) => result.baulked / result.arrivals);
      expectMatchesTheory(`Erlang B, ${service.kind} service`, erlangB(5, 4), blocked);
    });
  }
});
