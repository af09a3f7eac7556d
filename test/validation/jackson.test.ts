// Networks of exponential single-server stations against Jackson's theorem: a three-station tandem and
// a two-station network with feedback, checking end-to-end sojourn, total wait and Little's law.
import { describe, it } from 'vitest';
import { Simulation } from '../../engine/kernel/index.ts';
import { exponential, type Rng, stream } from '../../engine/random/index.ts';
import { type Job, Resource } from '../../engine/resources/index.ts';
import { jacksonSojourn } from './theory.ts';
import { expectLittlesLaw, expectMatchesTheory } from './theoryCheck.ts';

/** A customer's own record as it moves through the network. */
interface Customer {
  readonly arrivalTime: number;
  waitInQueue: number;
}

interface NetworkSpec {
  readonly label: string;
  readonly arrivalRate: number;
  readonly serviceRates: readonly number[];
  /** Station after `station` (or -1 to leave), given a uniform draw from the routing stream. */
  readonly route: (station: number, rng: Rng) => number;
  readonly warmUp: number;
  readonly measuredHours: number;
  readonly seed: number;
}

function runNetwork(spec: NetworkSpec, replication: number): { sojourn: number; wait: number } {
  const simulation = new Simulation();
  const stations = spec.serviceRates.map(
    (_, index) => new Resource(simulation, { capacity: 1, name: `station ${index}` }),
  );
  const services = spec.serviceRates.map((rate) => exponential({ rate }));
  const serviceStreams = spec.serviceRates.map((_, index) =>
    stream(spec.seed, replication, `service:${index}`),
  );
  const routing = stream(spec.seed, replication, 'routing');
  const visit = (station: number, customer: Customer): void => {
    stations[station]!.arrive({
      work: services[station]!.sample(serviceStreams[station]!),
      payload: customer,
    });
  };
  let sojournSum = 0;
  let waitSum = 0;
  let leavers = 0;
  stations.forEach((station, index) => {
    station.on('finish', (job: Job) => {
      const customer = job.payload as Customer;
      customer.waitInQueue += job.waitingTime;
      const next = spec.route(index, routing);
      if (next >= 0) {
        visit(next, customer);
      } else if (simulation.now >= spec.warmUp) {
        sojournSum += simulation.now - customer.arrivalTime;
        waitSum += customer.waitInQueue;
        leavers++;
      }
    });
  });
  const interArrival = exponential({ rate: spec.arrivalRate });
  const arrivals = stream(spec.seed, replication, 'arrivals');
  const arrive = (): void => {
    visit(0, { arrivalTime: simulation.now, waitInQueue: 0 });
    simulation.schedule(interArrival.sample(arrivals), arrive);
  };
  simulation.schedule(interArrival.sample(arrivals), arrive);
  simulation.setWarmUp(spec.warmUp);
  const end = spec.warmUp + spec.measuredHours;
  simulation.run({ until: end });
  const inNetwork = stations.reduce((sum, station) => sum + station.statistics.numberInSystem.mean(end), 0);
  expectLittlesLaw(spec.label, inNetwork, leavers / spec.measuredHours, sojournSum / leavers);
  return { sojourn: sojournSum / leavers, wait: waitSum / leavers };
}

function replicateNetwork(spec: NetworkSpec, count: number): { sojourn: number; wait: number }[] {
  return Array.from({ length: count }, (_, replication) => runNetwork(spec, replication));
}

describe('Jackson networks', () => {
  it('matches a three-station tandem (lambda 0.8; mu 1, 1.2, 1.5)', { timeout: 240_000 }, () => {
    const serviceRates = [1, 1.2, 1.5];
    const spec: NetworkSpec = {
      label: 'tandem',
      arrivalRate: 0.8,
      serviceRates,
      route: (station) => (station < 2 ? station + 1 : -1),
      warmUp: 2_000,
      measuredHours: 200_000,
      seed: 3_300,
    };
    const results = replicateNetwork(spec, 10);
    const visitRates = [0.8, 0.8, 0.8];
    // Wait in queue per station rho / (mu - lambda), summed.
    const totalWait = serviceRates.reduce((sum, rate) => sum + 0.8 / rate / (rate - 0.8), 0);
    expectMatchesTheory(
      'tandem sojourn',
      jacksonSojourn(0.8, visitRates, serviceRates),
      results.map((r) => r.sojourn),
    );
    expectMatchesTheory(
      'tandem total wait in queue',
      totalWait,
      results.map((r) => r.wait),
    );
  });

  it('matches a network with feedback (after station 2, back to station 1 with probability 0.4)', {
    timeout: 240_000,
  }, () => {
    const serviceRates = [2, 1.5];
    const feedback = 0.4;
    const spec: NetworkSpec = {
      label: 'feedback',
      arrivalRate: 0.5,
      serviceRates,
      route: (station, rng) => (station === 0 ? 1 : rng() < feedback ? 0 : -1),
      warmUp: 2_000,
      measuredHours: 200_000,
      seed: 3_400,
    };
    const results = replicateNetwork(spec, 10);
    // Traffic equations: Lambda_1 = 0.5 + 0.4 Lambda_2 and Lambda_2 = Lambda_1, so both are 0.5 / 0.6.
    const visitRate = 0.5 / (1 - feedback);
    const visitRates = [visitRate, visitRate];
    // Lq = sum rho^2 / (1 - rho); Little: total wait per customer = Lq / lambda.
    const queueLength = serviceRates.reduce(
      (sum, rate) => sum + (visitRate / rate) ** 2 / (1 - visitRate / rate),
      0,
    );
    expectMatchesTheory(
      'feedback sojourn',
      jacksonSojourn(0.5, visitRates, serviceRates),
      results.map((r) => r.sojourn),
    );
    expectMatchesTheory(
      'feedback total wait in queue',
      queueLength / 0.5,
      results.map((r) => r.wait),
    );
  });
});
