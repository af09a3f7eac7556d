// Priority order: the most urgent waiting job first (lowest key), first come first served within a key.
// With a custom key it also gives shortest-job-first, earliest-deadline-first and similar orders.
import type { Job } from './job.ts';
import { JobHeap } from './jobHeap.ts';
import type { QueueDiscipline } from './queueDiscipline.ts';

/** Options of {@link priorityOrder}. */
export interface PriorityOrderOptions {
  /** The key to order by, lower first; default the job's priority class. Read once, when the job joins. */
  readonly key?: (job: Job) => number;
}

/**
 * Serves the waiting job with the lowest key first, and among equal keys the earliest arrival (so a
 * preempted job returns to the head of its class). The job served last ({@link QueueDiscipline.peekLast})
 * is therefore the one with the highest key, and among equal keys the latest arrival (the highest
 * arrival `sequence`; a preempted job keeps its own). With the default key this is the classic
 * non-preemptive priority queue; combine it with the resource's `preemption` option for preemptive
 * priority.
 * @returns a new discipline for one resource
 * @example
 * new Resource(sim, { capacity: 1, discipline: priorityOrder() });
 * new Resource(sim, { capacity: 1, discipline: priorityOrder({ key: (job) => job.work }) }); // shortest first
 */
export function priorityOrder(options: PriorityOrderOptions = {}): QueueDiscipline {
  const key = options.key ?? ((job: Job) => job.priority);
  const heap = new JobHeap();
  let live = 0;
  const isWaiting = (job: Job): boolean => job.state === 'waiting';
  const dropStale = (): void => {
    while (heap.size > 0 && heap.peek()!.state !== 'waiting') heap.pop();
  };
  const add = (job: Job): void => {
    heap.push(job, key(job), job.sequence);
    live++;
  };
  return {
    kind: options.key === undefined ? 'priority' : 'priority-by-key',
    get length() {
      return live;
    },
    add,
    requeue: add,
    next: () => {
      dropStale();
      const job = heap.pop();
      if (job !== undefined) live--;
      return job;
    },
    peek: () => {
      dropStale();
      return heap.peek();
    },
    // O(n), but the resource asks only when a preempted job overflows a finite queue limit.
    peekLast: () => heap.peekLargest(isWaiting),
    remove: () => {
      live--;
    },
  };
}
