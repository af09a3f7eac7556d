// M/M/1 against the textbook: mean wait in queue and sojourn at utilisation 0.5, 0.8 and 0.95, and the
// distribution of the number in system P(n) for n = 0..10.
import { describe, expect, it } from 'vitest';
import { exponential } from '../../engine/random/index.ts';
import { TimeWeightedDistribution } from '../../engine/stats/index.ts';
import { replicate } from './stationModel.ts';
import { mm1, mm1StateProbability } from './theory.ts';
import { expectMatchesTheory } from './theoryCheck.ts';

// Run lengths grow with the relaxation time, which scales like 1 / (1 - sqrt(rho))^2 (Whitt 1989,
// "Planning queueing simulations"): the warm-up is several relaxation times, the window long enough
// for the 5% precision at 99.9%.
const cases = [
  { rho: 0.5, replications: 10, warmUp: 200, measuredHours: 100_000, seed: 501 },
  { rho: 0.8, replications: 10, warmUp: 2_000, measuredHours: 400_000, seed: 801 },
  { rho: 0.95, replications: 20, warmUp: 20_000, measuredHours: 1_000_000, seed: 951 },
];

describe('M/M/1', () => {
  for (const { rho, replications, warmUp, measuredHours, seed } of cases) {
    it(`matches Wq = rho / (mu - lambda) and W = 1 / (mu - lambda) at utilisation ${rho}`, {
      timeout: 240_000,
    }, () => {
      const results = replicate(
        {
          label: `M/M/1 rho=${rho}`,
          servers: 1,
          arrivalRates: [rho],
          service: exponential({ rate: 1 }),
          warmUp,
          measuredHours,
          seed,
        },
        replications,
      );
      const theory = mm1(rho, 1);
      expectMatchesTheory(
        `M/M/1 rho=${rho} wait in queue`,
        theory.waitInQueue,
        results.map((result) => result.meanWait),
      );
      expectMatchesTheory(
        `M/M/1 rho=${rho} sojourn`,
        theory.sojourn,
        results.map((result) => result.meanSojourn),
      );
    });
  }

  it('matches P(n) = (1 - rho) rho^n for n = 0..10 within 0.005 at utilisation 0.8', {
    timeout: 120_000,
  }, () => {
    const rho = 0.8;
    const readOuts: (() => ArrayLike<number>)[] = [];
    replicate(
      {
        label: 'M/M/1 P(n)',
        servers: 1,
        arrivalRates: [rho],
        service: exponential({ rate: 1 }),
        warmUp: 2_000,
        measuredHours: 200_000,
        seed: 8_002,
        // The number in system changes by one at each arrival and departure; record the time in each state.
        instrument: (simulation, resource, end) => {
          const distribution = new TimeWeightedDistribution(30, simulation.now, 0);
          let numberInSystem = 0;
          resource.on('arrive', () => distribution.update(++numberInSystem, simulation.now));
          resource.on('finish', () => distribution.update(--numberInSystem, simulation.now));
          simulation.onWarmUpEnd(() => distribution.reset(simulation.now));
          readOuts.push(() => distribution.proportions(end));
        },
      },
      10,
    );
    const replications = readOuts.map((readOut) => readOut());
    for (let n = 0; n <= 10; n++) {
      const simulated =
        replications.reduce((sum, proportions) => sum + (proportions[n] ?? 0), 0) / replications.length;
      const theory = mm1StateProbability(rho, n);
      console.log(`M/M/1 rho=0.8 P(${n}): theory ${theory.toFixed(5)}, simulated ${simulated.toFixed(5)}`);
      expect(Math.abs(simulated - theory), `P(${n})`).toBeLessThan(0.005);
    }
  });
});
