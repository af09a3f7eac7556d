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
  /** Takes a waiting job out (it reneged); its `state` has already been changed by the resource. */
  remove(job: Job): void;
}
