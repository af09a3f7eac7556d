// Statistics every resource keeps: queue length, busy servers and number in system over time, and the
// waiting and sojourn times of departing jobs. They restart when the simulation's warm-up ends.
import type { Simulation } from '../kernel/index.ts';
import { Tally, TimeWeightedAverage } from '../stats/index.ts';
import type { Job } from './job.ts';

/**
 * Steady-state measures of one resource. Time averages cover the time since the start or the end of the
 * warm-up; the tallies hold jobs that finished (or were released) in that window. Little's law,
 * L = λW, links `numberInSystem.mean(now)` with the finishing rate times `sojournTimes.mean`.
 *
 * @example
 * desk.statistics.waitingTimes.mean;         // => mean wait in queue of finished jobs, hours
 * desk.statistics.busyServers.mean(sim.now); // => mean number of busy servers
 */
export class ResourceStatistics {
  /** Number of jobs waiting, over time. */
  readonly queueLength: TimeWeightedAverage;
  /** Number of servers busy, over time (divide by capacity for utilisation). */
  readonly busyServers: TimeWeightedAverage;
  /** Number of jobs in queue or in service, over time. */
  readonly numberInSystem: TimeWeightedAverage;
  /** Total time in queue of each job that finished or was released. */
  readonly waitingTimes = new Tally();
  /** Time from arrival to departure of each job that finished or was released. */
  readonly sojournTimes = new Tally();
  /** Jobs that arrived (baulked ones included) since the start or the warm-up. */
  arrivals = 0;
  /** Jobs that finished or were released since the start or the warm-up. */
  completions = 0;
  /** Jobs that reneged since the start or the warm-up. */
  reneged = 0;
  /** Jobs that baulked since the start or the warm-up. */
  baulked = 0;
  /**
   * Jobs pushed out of a full queue by a preempted job's return (see `ResourceOptions.maxQueueLength`)
   * since the start or the warm-up; counted neither as baulked nor as reneged.
   */
  pushedOut = 0;
  /** Time the current observation window started (0, or the end of the warm-up). */
  windowStart: number;

  constructor(simulation: Simulation) {
    const now = simulation.now;
    this.windowStart = now;
    this.queueLength = new TimeWeightedAverage(now, 0);
    this.busyServers = new TimeWeightedAverage(now, 0);
    this.numberInSystem = new TimeWeightedAverage(now, 0);
    simulation.onWarmUpEnd(() => this.reset(simulation.now));
  }

  /** Records a departing job's waiting and sojourn times. */
  recordDeparture(job: Job): void {
    this.completions++;
    this.waitingTimes.add(job.waitingTime);
    this.sojournTimes.add(job.departureTime - job.arrivalTime);
  }

  /** Restarts every measure at `now`, keeping the current state (a warm-up end calls it). */
  reset(now: number): void {
    this.windowStart = now;
    this.queueLength.reset(now);
    this.busyServers.reset(now);
    this.numberInSystem.reset(now);
    this.waitingTimes.reset();
    this.sojournTimes.reset();
    this.arrivals = 0;
    this.completions = 0;
    this.reneged = 0;
    this.baulked = 0;
    this.pushedOut = 0;
  }
}
