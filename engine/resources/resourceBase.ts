// What every resource shares: creating and validating jobs, the three ways to use a resource (callback,
// process request/release, process serve), listeners, trace events, statistics and the completions stop rule.
import { type Process, SimEvent, type Simulation } from '../kernel/index.ts';
import { Job, type JobOptions, validateJobOptions } from './job.ts';
import type { CapacityChangedEvent, JobEventKind, JobTraceEvent } from './resourceEvent.ts';
import { ResourceStatistics } from './resourceStatistics.ts';

/** A function told about a job's step at a resource. */
export type JobListener = (job: Job) => void;

/**
 * The base of {@link Resource} and {@link SharedResource}. Subclasses decide only how jobs are admitted,
 * served and released; this class owns job creation, listeners, events and statistics.
 */
export abstract class ResourceBase {
  /** The simulation the resource lives in. */
  readonly simulation: Simulation;
  /** Name used in messages and trace events. */
  readonly name: string;
  /** Queue length, utilisation, waits and sojourns, restarted at the end of the warm-up. */
  readonly statistics: ResourceStatistics;
  /** Jobs that finished or were released since the run started (the warm-up does not reset it). */
  totalCompletions = 0;
  private nextSequence = 0;
  private completionLimit = Number.POSITIVE_INFINITY;
  private readonly listeners: Record<JobEventKind, JobListener[]> = {
    arrive: [],
    start: [],
    finish: [],
    release: [],
    renege: [],
    baulk: [],
    'push-out': [],
    preempt: [],
  };

  protected constructor(simulation: Simulation, name: string) {
    this.simulation = simulation;
    this.name = name;
    this.statistics = new ResourceStatistics(simulation);
  }

  /** Number of servers. */
  abstract get capacity(): number;
  /** Number of jobs waiting for a server. */
  abstract get queueLength(): number;
  /** Number of jobs being served. */
  abstract get inService(): number;

  /**
   * A job with `options.work` hours of work arrives now; the resource serves it and it leaves by itself.
   * The fastest way to use a resource: no events are created for processes.
   * @returns the job, whose `state` tells what happened (it may have baulked already)
   * @throws RangeError when an option is invalid (the resource is unchanged)
   * @example
   * const job = desk.arrive({ work: 0.25, patience: 0.1 });
   */
  arrive(options: JobOptions = {}): Job {
    return this.admitNew(options, Number.NaN, false, false);
  }

  /**
   * For processes: asks for a server and holds it until {@link release} (SimPy's `request()`).
   * `yield job.granted` waits until the job gets a server, or leaves without one (check `job.state`).
   * @throws RangeError when an option is invalid
   * @example
   * const job = desk.request({ priority: 1 });
   * yield job.granted; // then work, then: desk.release(job)
   */
  request(options: JobOptions = {}): Job {
    return this.admitNew(options, Number.POSITIVE_INFINITY, true, false);
  }

  /**
   * For processes: a job with work arrives, and `yield job.done` waits until it leaves (finished,
   * reneged, baulked or pushed out: check `job.state`).
   * @example
   * const job = desk.serve({ work: 2 });
   * yield job.done; // job.state => 'finished'
   */
  serve(options: JobOptions = {}): Job {
    return this.admitNew(options, Number.NaN, false, true);
  }

  /**
   * Ends a job's service now and frees its server; required for jobs from {@link request}.
   * @throws Error when the job is not in service at this resource
   */
  abstract release(job: Job): void;

  /**
   * Changes the number of servers now.
   * @param capacity - an integer >= 0
   */
  abstract setCapacity(capacity: number): void;

  /**
   * Calls `listener(job)` each time a job takes this step here. Listeners run in the order added.
   * @example
   * desk.on('finish', (job) => sojourns.add(job.sojournTime));
   */
  on(kind: JobEventKind, listener: JobListener): void {
    this.listeners[kind].push(listener);
  }

  /**
   * Stop rule: stops the running simulation when this many jobs have finished (or been released) in
   * total since the run started.
   * @throws RangeError when the count is not a positive integer
   */
  stopAfterCompletions(count: number): void {
    if (!Number.isInteger(count) || count < 1) {
      throw new RangeError(`${this.name}: stopAfterCompletions needs a positive integer, got ${count}`);
    }
    this.completionLimit = count;
  }

  /** Announces a change in the number of servers on the event stream (only while somebody subscribes). */
  protected announceCapacity(capacity: number): void {
    const simulation = this.simulation;
    if (simulation.observed) {
      const event: CapacityChangedEvent = {
        kind: 'capacity-changed',
        time: simulation.now,
        resource: this.name,
        capacity,
      };
      simulation.emit(event);
    }
  }

  /** Refuses a job at the door (the queue or the system is at its limit). */
  protected baulk(job: Job): void {
    job.state = 'baulked';
    job.departureTime = this.simulation.now;
    this.statistics.baulked++;
    this.notify('baulk', job);
    this.settleDeparture(job);
  }

  /**
   * Refuses options this kind of resource cannot serve, before anything is counted or announced.
   * @throws RangeError naming the option
   */
  protected checkOptions(_options: JobOptions): void {}

  /** Admits a validated job: start, queue, or refuse it. */
  protected abstract admit(job: Job): void;

  /** Announces a job's step to listeners and, if observed, to the event stream. */
  protected notify(kind: JobEventKind, job: Job): void {
    const listeners = this.listeners[kind];
    for (let index = 0; index < listeners.length; index++) listeners[index]!(job);
    const simulation = this.simulation;
    if (simulation.observed) {
      const event: JobTraceEvent = {
        kind: `job-${kind}`,
        time: simulation.now,
        resource: this.name,
        job: job.sequence,
        priority: job.priority,
      };
      simulation.emit(event);
    }
  }

  /** Books a job that leaves after service (finished or released), and applies the completions stop rule. */
  protected recordDeparture(job: Job): void {
    this.statistics.recordDeparture(job);
    this.totalCompletions++;
    if (this.totalCompletions >= this.completionLimit) this.simulation.stop();
  }

  /** Resolves the events a process may be waiting on when the job leaves. */
  protected settleDeparture(job: Job): void {
    if (job.granted !== undefined && job.granted.state === 'pending') job.granted.succeed(job);
    if (job.done !== undefined) job.done.succeed(job);
  }

  /** Tells a waiting process its job got a server. */
  protected settleGrant(job: Job): void {
    if (job.granted !== undefined) job.granted.succeed(job);
  }

  /** Interrupts the process holding a seized job that lost its server. */
  protected interruptHolder(job: Job, holder: Process<unknown> | undefined): void {
    if (holder?.isAlive) holder.interrupt({ kind: 'preempted', resource: this.name, job });
  }

  /** @throws RangeError unless the capacity is an integer >= 0 */
  protected checkCapacity(capacity: number): void {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`${this.name}: capacity must be an integer >= 0, got ${capacity}`);
    }
  }

  /** @throws RangeError unless the limit is an integer >= 0 or Infinity */
  protected checkLimit(field: string, limit: number): void {
    if (!(limit >= 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
      throw new RangeError(`${this.name}: ${field} must be an integer >= 0 or Infinity, got ${limit}`);
    }
  }

  private admitNew(options: JobOptions, defaultWork: number, withGrant: boolean, withDone: boolean): Job {
    validateJobOptions(options, this.name);
    this.checkOptions(options);
    if (options.work === undefined && Number.isNaN(defaultWork)) {
      throw new RangeError(
        `${this.name}: arrive() and serve() need work (hours of service); use request() to hold a server`,
      );
    }
    const job = new Job(this.nextSequence++, this.simulation.now, options, defaultWork);
    if (withGrant) job.granted = new SimEvent<Job>(this.simulation, `${this.name}:granted#${job.sequence}`);
    if (withDone) job.done = new SimEvent<Job>(this.simulation, `${this.name}:done#${job.sequence}`);
    this.statistics.arrivals++;
    this.notify('arrive', job);
    this.admit(job);
    return job;
  }
}
