// A binary min-heap of jobs keyed by two numbers (a primary key, then a tie-break such as the arrival
// sequence), with the keys in typed arrays beside the job references so comparisons touch no objects.
import type { Job } from './job.ts';

/**
 * A min-heap of jobs ordered by (primary, secondary). O(log n) push and pop, O(1) peek, O(n) peekLargest.
 *
 * @example
 * const heap = new JobHeap();
 * heap.push(urgentJob, 0, urgentJob.sequence);
 * heap.push(routineJob, 1, routineJob.sequence);
 * heap.pop(); // => urgentJob
 */
export class JobHeap {
  private primary = new Float64Array(64);
  private secondary = new Float64Array(64);
  private jobs: (Job | undefined)[] = [];
  private count = 0;

  /** Number of jobs in the heap. */
  get size(): number {
    return this.count;
  }

  /** Adds a job with its keys. */
  push(job: Job, primaryKey: number, secondaryKey: number): void {
    if (this.count === this.primary.length) {
      const primary = new Float64Array(this.count * 2);
      primary.set(this.primary);
      this.primary = primary;
      const secondary = new Float64Array(this.count * 2);
      secondary.set(this.secondary);
      this.secondary = secondary;
    }
    let hole = this.count++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      const parentPrimary = this.primary[parent]!;
      if (
        parentPrimary < primaryKey ||
        (parentPrimary === primaryKey && this.secondary[parent]! <= secondaryKey)
      ) {
        break;
      }
      this.move(parent, hole);
      hole = parent;
    }
    this.primary[hole] = primaryKey;
    this.secondary[hole] = secondaryKey;
    this.jobs[hole] = job;
  }

  /** The job with the smallest keys, without removing it. */
  peek(): Job | undefined {
    return this.count > 0 ? this.jobs[0] : undefined;
  }

  /**
   * The job with the largest keys among those `accept` admits, without removing it (undefined when none
   * does). O(n): a heap keeps no order among its leaves, so every entry is compared.
   * @example
   * heap.peekLargest((job) => job.state === 'waiting'); // => routineJob
   */
  peekLargest(accept: (job: Job) => boolean): Job | undefined {
    let largest = -1;
    for (let index = 0; index < this.count; index++) {
      if (accept(this.jobs[index]!) && (largest < 0 || this.less(largest, index))) largest = index;
    }
    return largest < 0 ? undefined : this.jobs[largest];
  }

  /** Primary key of the top job (Infinity when empty). */
  peekPrimary(): number {
    return this.count > 0 ? this.primary[0]! : Number.POSITIVE_INFINITY;
  }

  /** Removes and returns the job with the smallest keys. */
  pop(): Job | undefined {
    if (this.count === 0) return undefined;
    const top = this.jobs[0];
    const last = --this.count;
    const lastPrimary = this.primary[last]!;
    const lastSecondary = this.secondary[last]!;
    const lastJob = this.jobs[last];
    this.jobs[last] = undefined;
    if (last > 0) {
      let hole = 0;
      for (;;) {
        let child = 2 * hole + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && this.less(right, child)) child = right;
        const childPrimary = this.primary[child]!;
        if (
          lastPrimary < childPrimary ||
          (lastPrimary === childPrimary && lastSecondary <= this.secondary[child]!)
        ) {
          break;
        }
        this.move(child, hole);
        hole = child;
      }
      this.primary[hole] = lastPrimary;
      this.secondary[hole] = lastSecondary;
      this.jobs[hole] = lastJob;
    }
    return top;
  }

  private less(left: number, right: number): boolean {
    const leftPrimary = this.primary[left]!;
    const rightPrimary = this.primary[right]!;
    return (
      leftPrimary < rightPrimary ||
      (leftPrimary === rightPrimary && this.secondary[left]! < this.secondary[right]!)
    );
  }

  private move(from: number, to: number): void {
    this.primary[to] = this.primary[from]!;
    this.secondary[to] = this.secondary[from]!;
    this.jobs[to] = this.jobs[from];
  }
}
