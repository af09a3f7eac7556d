// One queueing station driven by Poisson arrivals of one or more priority classes, run for one seeded
// replication on the real kernel and Resource, measuring per-class waits and sojourns after a warm-up.
import { Simulation } from '../../engine/kernel/index.ts';
import { type Distribution, exponential, stream } from '../../engine/random/index.ts';
import {
  type Job,
  type PreemptionRule,
  type QueueDiscipline,
  Resource,
  type ResourceBase,
  SharedResource,
} from '../../engine/resources/index.ts';
import { expectLittlesLaw } from './theoryCheck.ts';

/** A single station: servers, classes' arrival rates (class index = priority), service, discipline. */
export interface StationSpec {
  readonly label: string;
  readonly servers: number;
  readonly arrivalRates: readonly number[];
  readonly service: Distribution;
  /** A factory, so each replication gets a fresh discipline; omitted: FIFO. */
  readonly discipline?: () => QueueDiscipline;
  readonly preemption?: PreemptionRule;
  /** Processor sharing instead of servers and a queue. */
  readonly processorSharing?: boolean;
  readonly maxQueueLength?: number;
  readonly warmUp: number;
  /** Length of the measured window after the warm-up, in hours. */
  readonly measuredHours: number;
  readonly seed: number;
  /** Called for each job that finishes after the warm-up (extra measures). */
  readonly onMeasuredFinish?: (job: Job) => void;
  /** Called once the station is built, to attach extra listeners. */
  readonly instrument?: (simulation: Simulation, resource: ResourceBase, end: number) => void;
}

/** What one replication measured after the warm-up. */
export interface StationResult {
  readonly waitInQueue: number[];
  readonly sojourn: number[];
  readonly meanWait: number;
  readonly meanSojourn: number;
  readonly secondMomentOfWait: number;
  readonly arrivals: number;
  readonly baulked: number;
  readonly resource: ResourceBase;
  readonly simulation: Simulation;
}

/** Runs one replication and checks Little's law on it. */
export function runStation(spec: StationSpec, replication: number): StationResult {
  const simulation = new Simulation();
  const resource: ResourceBase = spec.processorSharing
    ? new SharedResource(simulation, { capacity: spec.servers, name: spec.label })
    : new Resource(simulation, {
        capacity: spec.servers,
        ...(spec.discipline === undefined ? {} : { discipline: spec.discipline() }),
        preemption: spec.preemption ?? 'none',
        maxQueueLength: spec.maxQueueLength ?? Number.POSITIVE_INFINITY,
        name: spec.label,
      });
  const serviceStream = stream(spec.seed, replication, 'service');
  const classes = spec.arrivalRates.length;
  const waitSums = new Float64Array(classes);
  const sojournSums = new Float64Array(classes);
  const counts = new Float64Array(classes);
  let squaredWaitSum = 0;
  const warmUp = spec.warmUp;
  resource.on('finish', (job) => {
    if (simulation.now < warmUp) return;
    const priority = job.priority;
    waitSums[priority]! += job.waitingTime;
    sojournSums[priority]! += job.departureTime - job.arrivalTime;
    counts[priority]!++;
    squaredWaitSum += job.waitingTime * job.waitingTime;
    spec.onMeasuredFinish?.(job);
  });
  spec.arrivalRates.forEach((rate, priority) => {
    const interArrival = exponential({ rate });
    const arrivalStream = stream(spec.seed, replication, `arrivals:${priority}`);
    const arrive = (): void => {
      resource.arrive({ work: spec.service.sample(serviceStream), priority });
      simulation.schedule(interArrival.sample(arrivalStream), arrive);
    };
    simulation.schedule(interArrival.sample(arrivalStream), arrive);
  });
  simulation.setWarmUp(warmUp);
  const end = warmUp + spec.measuredHours;
  spec.instrument?.(simulation, resource, end);
  simulation.run({ until: end });
  const statistics = resource.statistics;
  const completions = counts.reduce((sum, count) => sum + count, 0);
  const meanSojourn = sojournSums.reduce((sum, value) => sum + value, 0) / completions;
  expectLittlesLaw(
    spec.label,
    statistics.numberInSystem.mean(end),
    completions / spec.measuredHours,
    meanSojourn,
  );
  return {
    waitInQueue: Array.from(waitSums, (sum, index) => sum / counts[index]!),
    sojourn: Array.from(sojournSums, (sum, index) => sum / counts[index]!),
    meanWait: waitSums.reduce((sum, value) => sum + value, 0) / completions,
    meanSojourn,
    secondMomentOfWait: squaredWaitSum / completions,
    arrivals: statistics.arrivals,
    baulked: statistics.baulked,
    resource,
    simulation,
  };
}

/** Runs replications 0..count-1. */
export function replicate(spec: StationSpec, count: number): StationResult[] {
  return Array.from({ length: count }, (_, replication) => runStation(spec, replication));
}
