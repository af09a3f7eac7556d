// Last in, first out (non-preemptive LCFS): the newest waiting job is served next.

import type { Job } from './job.ts';
import { JobDeque } from './jobDeque.ts';
import type { QueueDiscipline } from './queueDiscipline.ts';

/**
 * Last-come-first-served order, without preemption of the job in service. The mean wait equals FIFO's
 * (the work is the same), but the variance is larger: in M/G/1, E[W²] under LIFO is E[W²] under FIFO
 * divided by (1 - ρ) (Kleinrock, Queueing Systems vol. 2, §3.3). A job preempted from service rejoins at
 * the back, so it is served next; the job served last ({@link QueueDiscipline.peekLast}) is the one at
 * the front: the job that joined the queue earliest of those still waiting.
 * @returns a new discipline for one resource
 * @example
 * new Resource(sim, { capacity: 1, discipline: lifo() });
 */
export function lifo(): QueueDiscipline {
  const deque = new JobDeque();
  return {
    kind: 'lifo',
    get length() {
      return deque.length;
    },
    add: (job: Job) => deque.pushBack(job),
    requeue: (job: Job) => deque.pushBack(job),
    next: () => deque.popBack(),
    peek: () => deque.peekBack(),
    peekLast: () => deque.peekFront(),
    remove: () => deque.markRemoved(),
  };
}
