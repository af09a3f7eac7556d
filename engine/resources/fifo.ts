// First in, first out: jobs are served in arrival order (FCFS); a preempted job goes back to the front.

import type { Job } from './job.ts';
import { JobDeque } from './jobDeque.ts';
import type { QueueDiscipline } from './queueDiscipline.ts';

/**
 * First-come-first-served order. A job preempted from service rejoins at the front, since it arrived
 * before everybody still waiting. The job served last ({@link QueueDiscipline.peekLast}) is the one at
 * the back of the line: the latest arrival, or a preempted job only when nobody else waits.
 * @returns a new discipline for one resource
 * @example
 * new Resource(sim, { capacity: 1, discipline: fifo() });
 */
export function fifo(): QueueDiscipline {
  const deque = new JobDeque();
  return {
    kind: 'fifo',
    get length() {
      return deque.length;
    },
    add: (job: Job) => deque.pushBack(job),
    requeue: (job: Job) => deque.pushFront(job),
    next: () => deque.popFront(),
    peek: () => deque.peekFront(),
    peekLast: () => deque.peekBack(),
    remove: () => deque.markRemoved(),
  };
}
