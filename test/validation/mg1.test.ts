// M/G/1 against Pollaczek-Khinchine (deterministic and lognormal CV 2 service), and the disciplines
// that means alone cannot tell apart: processor sharing by job size, and LIFO's larger wait variance.
import { describe, expect, it } from 'vitest';
import { constant, exponential, lognormal } from '../../engine/random/index.ts';
import { lifo } from '../../engine/resources/index.ts';
import { replicate } from './stationModel.ts';
import { mg1WaitSecondMoment, pollaczekKhinchine, processorSharingSojourn } from './theory.ts';
import { expectMatchesTheory } from './theoryCheck.ts';

describe('M/G/1 (Pollaczek-Khinchine)', () => {
  it('matches M/D/1 at utilisation 0.8', { timeout: 120_000 }, () => {
    const results = replicate(
      {
        label: 'M/D/1',
        servers: 1,
        arrivalRates: [0.8],
        service: constant({ value: 1 }),
        warmUp: 2_000,
        measuredHours: 200_000,
        seed: 1_801,
      },
      10,
    );
    const theory = pollaczekKhinchine(0.8, 1, 0);
    expectMatchesTheory(
      'M/D/1 rho=0.8 wait in queue',
      theory.waitInQueue,
      results.map((result) => result.meanWait),
    );
    expectMatchesTheory(
      'M/D/1 rho=0.8 sojourn',
      theory.sojourn,
      results.map((result) => result.meanSojourn),
    );
  });

  it('matches M/G/1 with lognormal service of CV 2 at utilisation 0.6', { timeout: 240_000 }, () => {
    const results = replicate(
      {
        label: 'M/G/1 lognormal',
        servers: 1,
        arrivalRates: [0.6],
        service: lognormal({ mean: 1, cv: 2 }),
        warmUp: 2_000,
        measuredHours: 600_000,
        seed: 2_601,
      },
      // Heavy-tailed service makes replication means heavy-tailed too: more replications, not longer ones.
      40,
    );
    const theory = pollaczekKhinchine(0.6, 1, 2);
    expectMatchesTheory(
      'M/G/1 lognormal cv=2 wait in queue',
      theory.waitInQueue,
      results.map((result) => result.meanWait),
    );
    expectMatchesTheory(
      'M/G/1 lognormal cv=2 sojourn',
      theory.sojourn,
      results.map((result) => result.meanSojourn),
    );
  });
});

describe('M/G/1 processor sharing', () => {
  it('keeps a job of size x for x / (1 - rho) on average, in every size band', { timeout: 240_000 }, () => {
    const rho = 0.7;
    // Bands of job size (hours); per replication, the ratio of summed sojourns to summed sizes in a band
    // estimates 1 / (1 - rho) for that band.
    const bandEdges = [0, 0.25, 1, 4, Number.POSITIVE_INFINITY];
    const bandCount = bandEdges.length - 1;
    const ratios: number[][] = Array.from({ length: bandCount }, () => []);
    for (let replication = 0; replication < 20; replication++) {
      const sojournSums = new Float64Array(bandCount);
      const sizeSums = new Float64Array(bandCount);
      replicate(
        {
          label: 'M/G/1-PS',
          servers: 1,
          processorSharing: true,
          arrivalRates: [rho],
          service: lognormal({ mean: 1, cv: 2 }),
          warmUp: 2_000,
          measuredHours: 200_000,
          seed: 7_000 + replication,
          onMeasuredFinish: (job) => {
            let band = 0;
            while (job.work >= bandEdges[band + 1]!) band++;
            sojournSums[band]! += job.sojournTime;
            sizeSums[band]! += job.work;
          },
        },
        1,
      );
      for (let band = 0; band < bandCount; band++) ratios[band]!.push(sojournSums[band]! / sizeSums[band]!);
    }
    for (let band = 0; band < bandCount; band++) {
      const label = `M/G/1-PS rho=0.7, sizes [${bandEdges[band]}, ${bandEdges[band + 1]}) h: sojourn per hour of work`;
      expectMatchesTheory(label, processorSharingSojourn(1, rho), ratios[band]!);
    }
  });
});

describe('M/M/1 last-in-first-out', () => {
  it('has the FIFO mean wait but a second moment larger by 1 / (1 - rho)', { timeout: 240_000 }, () => {
    const rho = 0.5;
    const spec = {
      servers: 1,
      arrivalRates: [rho],
      service: exponential({ rate: 1 }),
      warmUp: 200,
      measuredHours: 400_000,
    };
    const fifoResults = replicate({ ...spec, label: 'M/M/1 FIFO', seed: 4_501 }, 20);
    const lifoResults = replicate({ ...spec, label: 'M/M/1 LIFO', seed: 4_502, discipline: lifo }, 20);
    // Exponential service of rate 1: E[S^2] = 2, E[S^3] = 6.
    const fifoSecond = mg1WaitSecondMoment(rho, 2, 6, rho, 'fifo');
    const lifoSecond = mg1WaitSecondMoment(rho, 2, 6, rho, 'lifo');
    expectMatchesTheory(
      'M/M/1 LIFO mean wait',
      pollaczekKhinchine(rho, 1, 1).waitInQueue,
      lifoResults.map((r) => r.meanWait),
    );
    expectMatchesTheory(
      'M/M/1 FIFO E[Wq^2]',
      fifoSecond,
      fifoResults.map((r) => r.secondMomentOfWait),
    );
    expectMatchesTheory(
      'M/M/1 LIFO E[Wq^2]',
      lifoSecond,
      lifoResults.map((r) => r.secondMomentOfWait),
    );
    // The simulated variances themselves, Var = E[W^2] - E[W]^2, must order the same way.
    const variance = (results: typeof fifoResults): number => {
      const mean = results.reduce((sum, r) => sum + r.meanWait, 0) / results.length;
      return results.reduce((sum, r) => sum + r.secondMomentOfWait, 0) / results.length - mean ** 2;
    };
    const fifoVariance = variance(fifoResults);
    const lifoVariance = variance(lifoResults);
    console.log(
      `M/M/1 rho=0.5 wait variance: FIFO ${fifoVariance.toFixed(3)} (theory 3), LIFO ${lifoVariance.toFixed(3)} (theory 7)`,
    );
    expect(lifoVariance).toBeGreaterThan(fifoVariance);
  });
});
