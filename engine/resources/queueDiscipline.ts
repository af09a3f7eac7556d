// The one decision a queue discipline makes for a resource: which waiting job is served next.
// The resource owns every invariant (counts, states, timers); a discipline only orders jobs.
import type { Job } from './job.ts';

/**
 * The order in which a {@link Resource} serves waiting jobs (SimPy's `_do_get` idea: the base resource
 * keeps the invariants, the discipline supplies one choice). Implement it to add your own order.
 *
 * Removal is by the resource's word: a job leaves the queue through {@link next} or {@link remove},
 * and a discipline may drop removed jobs lazily (skipping any job whose `state` is no longer 'waiting').
 *
 * @example
 * const resource = new Resource(sim, { capacity: 2, discipline: lifo() });
 */
export interface QueueDiscipline {
  /** A name for messages and traces, e.g. "fifo". */
  readonly kind: string;
  /** Number of jobs waiting. */
  readonly length: number;
  /** A job joins the queue on arrival. */
  add(job: Job): void;
  /** A job preempted from service rejoins; most disciplines put it ahead of later arrivals of its class. */
  requeue(job: Job): void;
  /** Removes and returns the job to serve next, or undefined when none waits. */
  next(): Job | undefined;
  /** The job that {@link next} would return, without removing it. */
  peek(): Job | undefined;
  /**
   * The job this discipline would serve last if no other job joined, without removing it (undefined
   * when none waits). The resource pushes this job out when a preempted job's return overflows
   * `maxQueueLength`, then takes it out with {@link remove}. Must agree with {@link next}: calling
   * `next()` until the queue is empty returns this job last.
   */
  peekLast(): Job | undefined;
  /** Takes a waiting job out (it reneged or was pushed out); the resource has already changed its `state`. */
  remove(job: Job): void;
}
