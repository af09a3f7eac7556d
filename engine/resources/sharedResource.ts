// Processor sharing: every job present is in service at once, sharing c servers' worth of speed
// (each at min(1, c/n)). Tracked in "attained service" time so each event costs O(log n).
import type { Simulation } from '../kernel/index.ts';
import type { Job, JobOptions } from './job.ts';
import { JobHeap } from './jobHeap.ts';
import { ResourceBase } from './resourceBase.ts';

/** Options of a {@link SharedResource}. */
export interface SharedResourceOptions {
  /** Servers' worth of speed shared among the jobs present, an integer >= 0. Default 1. */
  readonly capacity?: number;
  /** Baulking: an arrival that finds this many jobs present leaves at once. Default Infinity. */
  readonly maxJobs?: number;
  /** Name for messages and trace events. Default "shared". */
  readonly name?: string;
}

/**
 * A processor-sharing resource (M/G/c-PS): the n jobs present are all served, each at speed
 * min(1, c/n). In M/G/1-PS a job of size x stays x / (1 - ρ) on average whatever the size
 * distribution (Kleinrock, Queueing Systems vol. 2, §4.4), which makes it the model of a person or
 * team that juggles everything in hand.
 *
 * Processor sharing decides speed, not order, so there is no queue discipline, no preemption and no
 * reneging; jobs need known work (no `request()`). A job's `waitingTime` is its sojourn minus its work:
 * the delay sharing caused.
 *
 * Implementation: the attained service of every present job grows at the same rate r(t); a job
 * finishes when the attained service reaches its tag (attained service at arrival + work). One
 * completion event is pending at a time and is rescheduled when n or c changes.
 *
 * @example
 * const person = new SharedResource(sim, { capacity: 1 });
 * person.arrive({ work: 2 });
 * person.arrive({ work: 2 });
 * sim.run(); // both finish at t = 4
 */
export class SharedResource extends ResourceBase {
  private servers: number;
  private readonly maxJobs: number;
  private readonly present = new JobHeap();
  private attainedService = 0;
  private lastUpdate: number;
  private completionEvent = -1;
  private readonly completionHandler = (): void => this.complete();

  /** @throws RangeError when an option is invalid, naming it and the value */
  constructor(simulation: Simulation, options: SharedResourceOptions = {}) {
    const name = options.name ?? 'shared';
    super(simulation, name);
    const capacity = options.capacity ?? 1;
    this.checkCapacity(capacity);
    const maxJobs = options.maxJobs ?? Number.POSITIVE_INFINITY;
    this.checkLimit('maxJobs', maxJobs);
    this.servers = capacity;
    this.maxJobs = maxJobs;
    this.lastUpdate = simulation.now;
  }

  /** Servers' worth of speed shared among jobs. */
  get capacity(): number {
    return this.servers;
  }

  /** Always 0: under processor sharing nobody waits in line. */
  get queueLength(): number {
    return 0;
  }

  /** Number of jobs present, all being served. */
  get inService(): number {
    return this.present.size;
  }

  /**
   * Not supported: processor sharing needs to know each job's work; use `arrive()` or `serve()`.
   * @throws RangeError always
   */
  override request(): Job {
    throw new RangeError(
      `${this.name}: processor sharing needs jobs with finite work; request() is not supported`,
    );
  }

  /**
   * Not supported: under processor sharing a job leaves when its work is done.
   * @throws Error always, naming the job
   */
  release(job: Job): void {
    throw new Error(
      `${this.name}: cannot release job #${job.sequence}: processor sharing jobs leave when their work is done`,
    );
  }

  /**
   * Changes the servers' worth of speed now; jobs present speed up or slow down at once.
   * @throws RangeError when the capacity is not an integer >= 0
   */
  setCapacity(capacity: number): void {
    this.checkCapacity(capacity);
    this.advance();
    this.servers = capacity;
    this.announceCapacity(capacity);
    this.statistics.busyServers.update(Math.min(this.present.size, capacity), this.simulation.now);
    this.reschedule();
  }

  protected override checkOptions(options: JobOptions): void {
    if (options.work === Number.POSITIVE_INFINITY) {
      throw new RangeError(`${this.name}: processor sharing needs jobs with finite work, got work Infinity`);
    }
  }

  protected admit(job: Job): void {
    const now = this.simulation.now;
    if (job.work === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `${this.name}: processor sharing needs jobs with finite work; request() is not supported`,
      );
    }
    if (this.present.size >= this.maxJobs) {
      this.baulk(job);
      return;
    }
    this.advance();
    job.state = 'in-service';
    job.firstStartTime = now;
    job.lastStartTime = now;
    job._finishTag = this.attainedService + job.work;
    this.present.push(job, job._finishTag, job.sequence);
    this.updateOccupancy(now);
    this.notify('start', job);
    this.settleGrant(job);
    this.reschedule();
  }

  private complete(): void {
    this.completionEvent = -1;
    this.advance();
    const now = this.simulation.now;
    // Jobs whose tags were reached together (equal work, same arrival instant) leave in arrival order;
    // the tolerance absorbs rounding in the attained-service clock.
    const reached = this.attainedService + 1e-9 * Math.max(1, Math.abs(this.attainedService));
    while (this.present.size > 0 && this.present.peekPrimary() <= reached) {
      const job = this.present.pop()!;
      job.state = 'finished';
      job.remainingWork = 0;
      job.departureTime = now;
      // Clamped: rounding in the attained-service clock can leave a few ulps below zero.
      job.waitingTime = Math.max(0, now - job.arrivalTime - job.work);
      this.updateOccupancy(now);
      this.recordDeparture(job);
      this.notify('finish', job);
      this.settleDeparture(job);
    }
    this.reschedule();
  }

  // Brings the attained-service clock up to now at the rate that held since the last change.
  private advance(): void {
    const now = this.simulation.now;
    const count = this.present.size;
    if (count > 0) this.attainedService += (now - this.lastUpdate) * Math.min(1, this.servers / count);
    this.lastUpdate = now;
  }

  private reschedule(): void {
    const simulation = this.simulation;
    if (this.completionEvent >= 0) simulation.cancel(this.completionEvent);
    this.completionEvent = -1;
    const count = this.present.size;
    if (count === 0 || this.servers === 0) return;
    const rate = Math.min(1, this.servers / count);
    const delay = Math.max(0, (this.present.peekPrimary() - this.attainedService) / rate);
    this.completionEvent = simulation.schedule(delay, this.completionHandler);
  }

  private updateOccupancy(now: number): void {
    const count = this.present.size;
    this.statistics.numberInSystem.update(count, now);
    this.statistics.busyServers.update(Math.min(count, this.servers), now);
  }
}
