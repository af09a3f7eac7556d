// One customer of a resource: what it asks for (work, priority, patience) and its record of waiting,
// service, preemption and leaving. Plain fields of fixed shape, because millions pass through a run.
import type { Process, SimEvent } from '../kernel/index.ts';

/** What a job asks of a resource. Every field is optional. */
export interface JobOptions {
  /**
   * Service requirement in hours at speed 1. Infinity (the default for `request()`) means the job holds
   * a server until it is released, as in SimPy's request/release.
   */
  readonly work?: number;
  /** Priority class; lower numbers are more urgent (0 before 1). Default 0. */
  readonly priority?: number;
  /** Longest wait in queue before the job reneges (leaves unserved), in hours. Default Infinity. */
  readonly patience?: number;
  /** A process to interrupt when this job loses its server to preemption (seized jobs only). */
  readonly holder?: Process<unknown>;
  /** Anything the model wants to carry with the job (a class index, a work item). */
  readonly payload?: unknown;
}

/**
 * Where a job is: waiting in queue, in service, or gone (finished, released, reneged, baulked, pushed
 * out, or preempted for good, which happens only to seized jobs: they have no work to resume).
 * 'pushed-out': the job was waiting, or had just lost its server, when a preempted job's return took
 * the queue past its `maxQueueLength`, and it was the waiting job the discipline would serve last.
 */
export type JobState =
  | 'waiting'
  | 'in-service'
  | 'finished'
  | 'released'
  | 'reneged'
  | 'baulked'
  | 'pushed-out'
  | 'preempted';

/**
 * A job at a resource and its own record. Times are in hours; NaN means "has not happened".
 *
 * @example
 * const job = desk.arrive({ work: 0.5, priority: 1 });
 * // later: job.state => 'finished', job.waitingTime => 0.2, job.sojournTime => 0.7
 */
export class Job {
  /** Arrival number at its resource, from 0; also the tie-break for equal priorities (first come first). */
  readonly sequence: number;
  /** Work asked for, in hours at speed 1 (Infinity for a job held until released). */
  readonly work: number;
  /** Priority class, lower is more urgent. */
  readonly priority: number;
  /** Longest wait before reneging, in hours. */
  readonly patience: number;
  /** Time the job arrived. */
  readonly arrivalTime: number;
  /** The model's own data for this job. */
  readonly payload: unknown;
  /** The process interrupted if this (seized) job is preempted. */
  readonly holder: Process<unknown> | undefined;
  /** Where the job is now. */
  state: JobState = 'waiting';
  /** Work still to do, in hours; equals `work` until service starts (and again after a preempt-restart). */
  remainingWork: number;
  /** Time service first started. */
  firstStartTime = Number.NaN;
  /** Time the current (or last) period of service started. */
  lastStartTime = Number.NaN;
  /** Time the job left: finished, released, reneged, baulked, pushed out or preempted. */
  departureTime = Number.NaN;
  /** Total time spent waiting in queue, over every visit to the queue (preemption sends it back). */
  waitingTime = 0;
  /** Number of times the job lost its server to a more urgent job or to a capacity cut. */
  preemptions = 0;
  /** Succeeds with the job when it gets a server, or when it leaves without one (created by `request()`). */
  granted: SimEvent<Job> | undefined = undefined;
  /** Succeeds with the job when it leaves, whatever the reason (created by `serve()`). */
  done: SimEvent<Job> | undefined = undefined;
  // Bookkeeping owned by the resource; fixed fields rather than maps, for speed.
  /** @internal when the job last joined the queue */
  _queuedSince: number;
  /** @internal the pending completion event, or -1 */
  _completionEvent = -1;
  /** @internal the pending renege event, or -1 */
  _renegeEvent = -1;
  /** @internal position in the resource's in-service list, or -1 */
  _serviceIndex = -1;
  /** @internal attained-service tag at which the job completes under processor sharing */
  _finishTag = 0;

  constructor(sequence: number, arrivalTime: number, options: JobOptions, defaultWork: number) {
    this.sequence = sequence;
    this.arrivalTime = arrivalTime;
    this.work = options.work ?? defaultWork;
    this.priority = options.priority ?? 0;
    this.patience = options.patience ?? Number.POSITIVE_INFINITY;
    this.payload = options.payload;
    this.holder = options.holder;
    this.remainingWork = this.work;
    this._queuedSince = arrivalTime;
  }

  /** Time from arrival to departure, in hours (NaN while the job is still there). */
  get sojournTime(): number {
    return this.departureTime - this.arrivalTime;
  }
}

/**
 * Checks job options, throwing a RangeError that names the field and the value.
 * @throws RangeError when work is negative or NaN, priority is not finite, or patience is negative or NaN
 */
export function validateJobOptions(options: JobOptions, resourceName: string): void {
  const { work, priority, patience } = options;
  if (work !== undefined && !(work >= 0)) {
    throw new RangeError(`${resourceName}: job work must be a number of hours >= 0, got ${work}`);
  }
  if (priority !== undefined && !Number.isFinite(priority)) {
    throw new RangeError(`${resourceName}: job priority must be a finite number, got ${priority}`);
  }
  if (patience !== undefined && !(patience >= 0)) {
    throw new RangeError(`${resourceName}: job patience must be a number of hours >= 0, got ${patience}`);
  }
}
