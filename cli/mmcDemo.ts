// The built-in demonstration: an M/M/c queue run over seeded replications on the public API, with the
// simulated mean wait and sojourn (95% confidence intervals) set beside Erlang C's textbook values.
import {
  confidenceInterval,
  erlangC,
  erlangWaitInQueue,
  exponential,
  Resource,
  Simulation,
  stream,
} from '../engine/index.ts';

/** The demonstration's parameters. */
export interface MmcDemoOptions {
  readonly servers: number;
  readonly arrivalRate: number;
  readonly serviceRate: number;
  readonly replications: number;
  readonly hours: number;
  readonly warmUp: number;
  readonly seed: number;
}

/** One measure: simulated mean with its 95% interval, and the textbook value. */
export interface DemoMeasure {
  readonly measure: string;
  readonly textbook: number;
  readonly simulated: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Runs the M/M/c demonstration and returns its measures.
 * @example
 * runMmcDemo({ servers: 5, arrivalRate: 4.5, serviceRate: 1, replications: 10, hours: 20_000, warmUp: 500, seed: 1 });
 * // => [{ measure: 'mean wait in queue (h)', textbook: 1.525, simulated: 1.52..., ... }, ...]
 */
export function runMmcDemo(options: MmcDemoOptions): DemoMeasure[] {
  const waits: number[] = [];
  const sojourns: number[] = [];
  const waitingShares: number[] = [];
  const utilisations: number[] = [];
  for (let replication = 0; replication < options.replications; replication++) {
    const simulation = new Simulation();
    const desk = new Resource(simulation, { capacity: options.servers, name: 'desk' });
    const interArrival = exponential({ rate: options.arrivalRate });
    const service = exponential({ rate: options.serviceRate });
    const arrivals = stream(options.seed, replication, 'arrivals');
    const services = stream(options.seed, replication, 'service');
    let waited = 0;
    let finished = 0;
    desk.on('finish', (job) => {
      finished++;
      if (job.waitingTime > 0) waited++;
    });
    simulation.onWarmUpEnd(() => {
      waited = 0;
      finished = 0;
    });
    const arrive = (): void => {
      desk.arrive({ work: service.sample(services) });
      simulation.schedule(interArrival.sample(arrivals), arrive);
    };
    simulation.schedule(interArrival.sample(arrivals), arrive);
    simulation.setWarmUp(options.warmUp);
    const end = options.warmUp + options.hours;
    simulation.run({ until: end });
    waits.push(desk.statistics.waitingTimes.mean);
    sojourns.push(desk.statistics.sojournTimes.mean);
    waitingShares.push(waited / finished);
    utilisations.push(desk.statistics.busyServers.mean(end) / options.servers);
  }
  const offeredLoad = options.arrivalRate / options.serviceRate;
  const waitInQueue = erlangWaitInQueue(options.servers, options.arrivalRate, options.serviceRate);
  const measure = (name: string, textbook: number, values: number[]): DemoMeasure => {
    const interval = confidenceInterval(values, 0.95);
    return {
      measure: name,
      textbook,
      simulated: interval.mean,
      lower: interval.lower,
      upper: interval.upper,
    };
  };
  return [
    measure('mean wait in queue (h)', waitInQueue, waits),
    measure('mean time in system (h)', waitInQueue + 1 / options.serviceRate, sojourns),
    measure('share of arrivals who wait', erlangC(options.servers, offeredLoad), waitingShares),
    measure('server utilisation', offeredLoad / options.servers, utilisations),
  ];
}
