// A growable ring buffer of jobs that both ends can push and pop, with lazy removal: the storage
// under the first-in-first-out and last-in-first-out disciplines.
import type { Job } from './job.ts';

/**
 * A double-ended queue of waiting jobs. Jobs whose `state` is no longer 'waiting' (they reneged) are
 * skipped when they reach an end, so removal is O(1). All operations are amortised O(1).
 *
 * @example
 * const deque = new JobDeque();
 * deque.pushBack(first); deque.pushBack(second);
 * deque.popFront(); // => first
 */
export class JobDeque {
  private buffer: (Job | undefined)[] = new Array(64);
  private head = 0;
  private stored = 0;
  private live = 0;

  /** Number of jobs still waiting (stale entries excluded). */
  get length(): number {
    return this.live;
  }

  /** Adds a job at the back. */
  pushBack(job: Job): void {
    if (this.stored === this.buffer.length) this.grow();
    this.buffer[(this.head + this.stored) % this.buffer.length] = job;
    this.stored++;
    this.live++;
  }

  /** Adds a job at the front. */
  pushFront(job: Job): void {
    if (this.stored === this.buffer.length) this.grow();
    this.head = (this.head - 1 + this.buffer.length) % this.buffer.length;
    this.buffer[this.head] = job;
    this.stored++;
    this.live++;
  }

  /** Removes and returns the first waiting job. */
  popFront(): Job | undefined {
    this.dropStaleFront();
    if (this.stored === 0) return undefined;
    const job = this.buffer[this.head];
    this.buffer[this.head] = undefined;
    this.head = (this.head + 1) % this.buffer.length;
    this.stored--;
    this.live--;
    return job;
  }

  /** Removes and returns the last waiting job. */
  popBack(): Job | undefined {
    this.dropStaleBack();
    if (this.stored === 0) return undefined;
    const index = (this.head + this.stored - 1) % this.buffer.length;
    const job = this.buffer[index];
    this.buffer[index] = undefined;
    this.stored--;
    this.live--;
    return job;
  }

  /** The first waiting job, without removing it. */
  peekFront(): Job | undefined {
    this.dropStaleFront();
    return this.stored === 0 ? undefined : this.buffer[this.head];
  }

  /** The last waiting job, without removing it. */
  peekBack(): Job | undefined {
    this.dropStaleBack();
    return this.stored === 0 ? undefined : this.buffer[(this.head + this.stored - 1) % this.buffer.length];
  }

  /** Counts a job as gone; it stays stored until it reaches an end. */
  markRemoved(): void {
    this.live--;
  }

  private dropStaleFront(): void {
    while (this.stored > 0 && this.buffer[this.head]!.state !== 'waiting') {
      this.buffer[this.head] = undefined;
      this.head = (this.head + 1) % this.buffer.length;
      this.stored--;
    }
  }

  private dropStaleBack(): void {
    while (this.stored > 0) {
      const index = (this.head + this.stored - 1) % this.buffer.length;
      if (this.buffer[index]!.state === 'waiting') return;
      this.buffer[index] = undefined;
      this.stored--;
    }
  }

  private grow(): void {
    const larger: (Job | undefined)[] = new Array(this.buffer.length * 2);
    for (let index = 0; index < this.stored; index++) {
      larger[index] = this.buffer[(this.head + index) % this.buffer.length];
    }
    this.buffer = larger;
    this.head = 0;
  }
}
